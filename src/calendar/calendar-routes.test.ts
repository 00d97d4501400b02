import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { useTestPortal, getPage, textOf } from '../../test/build-test-app.ts';
import { seedPublicRecord } from '../tracking/public-record-fixture.ts';

describe('calendar pages', () => {
  const portal = useTestPortal(seedPublicRecord);

  it('lists the coming meetings by month, a cancelled one marked cancelled with its reason', async () => {
    const { $ } = await getPage(portal.app, '/calendar');
    assert.deepEqual($('main caption').map((_, c) => $(c).text()).get(), ['March 2026', 'April 2026']);
    const april = $('main table').eq(1).find('tbody td').eq(1);
    assert.equal(april.find('s').text(), 'Children Scrutiny Committee');
    assert.match(april.text(), /Cancelled\s+Insufficient business/);
  });

  it('shows a chosen month, past meetings included, for one committee', async () => {
    const { $ } = await getPage(portal.app, '/calendar?month=2026-02&committee=cabinet');
    assert.equal(textOf($, 'h1'), 'Meetings in February 2026');
    assert.deepEqual($('main tbody a').map((_, a) => $(a).attr('href')).get(), ['/committees/cabinet/meetings/2026-02-17']);
    assert.equal($('#committee option[selected]').attr('value'), 'cabinet');
    await getPage(portal.app, '/calendar?committee=no-such', 404);
    assert.equal((await portal.app.inject({ url: '/calendar?month=2026-1' })).statusCode, 400);
  });

  it('downloads the list as shown, as CSV', async () => {
    const response = await portal.app.inject({ url: '/calendar?format=csv' });
    assert.equal(response.headers['content-disposition'], 'attachment; filename="meetings-2026-03-02-to-2026-08-31.csv"');
    const lines = response.body.replace(/^\uFEFF/, '').trim().split('\r\n');
    assert.deepEqual(lines, [
      'Date,Time,Committee,Venue,Status,Cancellation reason',
      '2026-03-20,1pm,Children Scrutiny Committee,Council Chamber,scheduled,',
      '2026-04-15,2pm,Children Scrutiny Committee,Council Chamber,Cancelled,Insufficient business',
    ]);
  });

  it('draws the month as weeks from Monday with meetings on their days', async () => {
    const { $ } = await getPage(portal.app, '/calendar/2026/02');
    assert.equal(textOf($, 'h1'), 'February 2026');
    assert.deepEqual($('table thead abbr').map((_, a) => $(a).attr('title')).get().slice(0, 2), ['Monday', 'Tuesday']);
    const weeks = $('table tbody tr');
    assert.equal(weeks.length, 5);
    // 1 February 2026 is a Sunday, so 10 February is the Tuesday of the third week.
    assert.match(weeks.eq(2).find('td').eq(1).text(), /10\s+1pm\s+Children Scrutiny Committee/);
    assert.equal($('.govuk-pagination__prev a').attr('href'), '/calendar/2026/01');
    assert.equal($('.govuk-pagination__next a').attr('href'), '/calendar/2026/03');
    assert.equal($('#list + ul li').length, 2);
  });

  it('marks today and keeps the committee filter in the month links', async () => {
    const { $ } = await getPage(portal.app, '/calendar/2026/03?committee=children-scrutiny');
    assert.match($('td[aria-current="date"]').text(), /2\s+\(today\)/);
    assert.equal($('.govuk-pagination__next a').first().attr('href'), '/calendar/2026/04?committee=children-scrutiny');
    await getPage(portal.app, '/calendar/2026/13', 404);
  });
});
