import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { useTestPortal, getPage, textOf } from '../../test/build-test-app.ts';
import { seedPublicRecord } from './public-record-fixture.ts';

describe('forward plan page', () => {
  const portal = useTestPortal(seedPublicRecord);

  it('lists upcoming decisions with their maker, date, kind, lead officer and wards', async () => {
    const { $ } = await getPage(portal.app, '/forward-plan');
    $('br').replaceWith(' ');
    const rows = $('tbody tr').map((_, tr) => [$(tr).find('td').map((__, td) => $(td).text().replace(/\s+/g, ' ').trim()).get()]).get() as string[][];
    assert.deepEqual(rows.map((r) => r[0]!.split(' ').slice(0, 3).join(' ')), ['Revenue budget 2026/27', 'Home to school', 'Disposal of the']);
    assert.deepEqual(rows[1]!.slice(1), ['Tuesday 14 April 2026', 'Cabinet Cabinet Member for Children', 'Sam Lead', 'Riverside']);
    assert.match(rows[1]![0]!, /Key decision .*To agree the transport policy/);
    assert.equal(rows[2]![1], 'May 2026');
  });

  it('shows an exempt entry’s title with the exempt notice only', async () => {
    const { $ } = await getPage(portal.app, '/forward-plan');
    const exempt = $('tbody tr').eq(2);
    assert.match(exempt.text(), /Exempt/);
    assert.match(exempt.text(), /paragraph 3 of Part 1 of Schedule 12A/);
    assert.equal(exempt.find('td').eq(3).text().trim(), '');
  });

  it('filters by kind and by month, and says when nothing matches', async () => {
    let { $ } = await getPage(portal.app, '/forward-plan?kind=budget-and-policy-framework');
    assert.equal($('tbody tr').length, 1);
    ({ $ } = await getPage(portal.app, '/forward-plan?month=2026-04'));
    assert.equal($('tbody tr').length, 1);
    assert.equal($('#month option[selected]').text(), 'April 2026');
    ({ $ } = await getPage(portal.app, '/forward-plan?kind=key&month=2026-05'));
    assert.match(textOf($, 'main'), /No planned decisions match these filters\./);
    assert.equal($('tbody tr').length, 0);
    assert.equal((await portal.app.inject({ url: '/forward-plan?month=2026-13' })).statusCode, 400);
  });

  it('downloads the filtered plan as CSV', async () => {
    const response = await portal.app.inject({ url: '/forward-plan?kind=key&format=csv' });
    assert.equal(response.headers['content-disposition'], 'attachment; filename="forward-plan.csv"');
    const lines = response.body.trim().split('\r\n');
    assert.equal(lines.length, 2);
    assert.match(lines[1]!, /^FP\/2026\/014,2026-04-14,Cabinet,Key decision,Home to school transport policy,,To agree/);
  });
});
