import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { useTestPortal, getPage } from '../../test/build-test-app.ts';
import { seedPublicRecord } from '../tracking/public-record-fixture.ts';

describe('person page', () => {
  const portal = useTestPortal(seedPublicRecord);

  it('gives attendance per committee as a share of held meetings, substitute meetings apart', async () => {
    const { $ } = await getPage(portal.app, '/people/alice-member');
    const rows = $('table[class="govuk-table"]').filter((_, t) => $(t).find('caption').text() === 'Attendance by committee').find('tbody tr, tfoot tr');
    const cells = rows.map((_, tr) => [$(tr).find('th, td').map((__, c) => $(c).text().trim()).get()]).get() as string[][];
    assert.deepEqual(cells, [
      ['Cabinet', '0', '0', 'Not applicable', '1'],
      ['Children Scrutiny Committee', '2', '1', '50%', '0'],
      ['All committees', '2', '1', '50%', '1'],
    ]);
  });

  it('lists declarations linked to their meetings', async () => {
    const { $ } = await getPage(portal.app, '/people/alice-member');
    const links = $('a[href$="#declarations"]').map((_, a) => $(a).attr('href')).get();
    assert.deepEqual(links, ['/committees/children-scrutiny/meetings/2026-02-10#declarations', '/committees/children-scrutiny/meetings/2026-02-10#declarations']);
    assert.match($('#declarations + div').text(), /A governor of Riverside Primary School/);
  });

  it('downloads the attendance table as CSV', async () => {
    const response = await portal.app.inject({ url: '/people/alice-member?format=csv' });
    assert.equal(response.headers['content-disposition'], 'attachment; filename="alice-member-attendance.csv"');
    assert.deepEqual(response.body.replace(/^\uFEFF/, '').trim().split('\r\n'), [
      'Committee,Meetings expected,Meetings attended,Attendance (%),Attended as substitute',
      'Cabinet,0,0,,1',
      'Children Scrutiny Committee,2,1,50,0',
      'All committees,2,1,50,1',
    ]);
  });
});
