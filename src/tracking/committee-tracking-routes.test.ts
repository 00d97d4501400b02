import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { buildTestApp, getPage, textOf } from '../../test/build-test-app.ts';
import { openTestDatabase, type TestDatabaseHandle } from '../../test/support/database.ts';
import { seedPublicRecord } from './public-record-fixture.ts';

describe('committee tracking pages', () => {
  let database: TestDatabaseHandle;
  let app: FastifyInstance;
  const base = '/committees/children-scrutiny';

  before(async () => {
    database = await openTestDatabase('pglite');
    await seedPublicRecord(database.db);
    app = await buildTestApp(database, '2026-03-02');
  });
  after(async () => {
    await app.close();
    await database.close();
  });

  const rowsOf = ($: Awaited<ReturnType<typeof getPage>>['$'], selector = 'tbody tr') =>
    $('br').replaceWith(' ') && $(selector).map((_, tr) => [$(tr).find('td, th').map((__, td) => $(td).text().replace(/\s+/g, ' ').trim()).get()]).get() as string[][];

  it('links each decision to its minute on the meeting page, newest meeting first', async () => {
    const { $ } = await getPage(app, `${base}/decisions`);
    assert.equal(textOf($, 'h1'), 'Decisions');
    assert.deepEqual($('main h2.govuk-heading-m').map((_, h) => $(h).text()).get(), ['Tuesday 10 February 2026', 'Monday 12 January 2026']);
    assert.equal($('.gavel-resolution h3 a').first().attr('href'), `${base}/meetings/2026-02-10#minute-item-4`);
    assert.equal($('nav[aria-label="Children Scrutiny Committee"] a[aria-current="page"]').text(), 'Decisions');
    const href = $('.gavel-resolution h3 a').first().attr('href')!;
    const meeting = await getPage(app, href.split('#')[0]!);
    assert.equal(meeting.$(`#${href.split('#')[1]}`).length, 1, 'the minute the decision links to is on the meeting page');
  });

  it('shows the action log with overdue computed from today and the latest update', async () => {
    const { $ } = await getPage(app, `${base}/actions`);
    const rows = rowsOf($);
    assert.deepEqual(rows.map((r) => [r[0], r[5]]), [['2', 'Completed 28 January 2026'], ['1', 'Overdue'], ['3', 'In progress']]);
    assert.equal(rows[1]![6], 'Draft circulated to the chair 25 February 2026');
  });

  it('filters the action log by status, and the CSV keeps the filter', async () => {
    const { $ } = await getPage(app, `${base}/actions?status=overdue`);
    assert.deepEqual(rowsOf($).map((r) => r[0]), ['1']);
    assert.equal($('#status option[selected]').attr('value'), 'overdue');
    const href = $('a[download]').attr('href')!;
    assert.equal(href, `${base}/actions?status=overdue&format=csv`);
    const csv = await app.inject({ url: href });
    assert.equal(csv.headers['content-disposition'], 'attachment; filename="children-scrutiny-actions.csv"');
    const lines = csv.body.trim().split('\r\n');
    assert.equal(lines.length, 2);
    assert.match(lines[1]!, /^1,Circulate the budget breakdown by school,2026-02-10,Jo Officer,Children’s Services,2026-02-20,Overdue,/);
  });

  it('refuses a status the log does not have', async () => {
    const response = await app.inject({ url: `${base}/actions?status=lost` });
    assert.equal(response.statusCode, 400);
  });

  it('flags a late response and an overdue one on the recommendations page', async () => {
    const { $ } = await getPage(app, `${base}/recommendations`);
    const rows = rowsOf($);
    assert.deepEqual(rows.map((r) => [r[0]!.slice(0, 3), r[4], r[5]!.split(' Accepted')[0]]), [
      ['(b)', '16 April 2026', 'Awaiting response'],
      ['(a)', '31 January 2026', 'Responded late'],
    ]);
    assert.match(rows[1]![5]!, /Budgets will be published each spring\./);
    assert.equal($('.govuk-tag--red').text().trim(), 'Responded late');
  });

  it('filters the recommendations by status, response and lateness, and the CSV keeps the filters', async () => {
    const letters = async (query: string) => rowsOf((await getPage(app, `${base}/recommendations?${query}`)).$).map((r) => r[0]!.slice(0, 3));
    assert.deepEqual(await letters('late=yes'), ['(a)']);
    assert.deepEqual(await letters('status=awaiting'), ['(b)']);
    assert.deepEqual(await letters('response=accepted'), ['(a)']);
    assert.deepEqual(await letters('response=none&status='), ['(b)']);
    assert.deepEqual(await letters('status=overdue'), []);
    const { $ } = await getPage(app, `${base}/recommendations?response=none`);
    assert.equal($('a[download]').attr('href'), `${base}/recommendations?response=none&format=csv`);
    assert.equal($('#response option[selected]').attr('value'), 'none');
    const csv = await app.inject({ url: `${base}/recommendations?late=yes&format=csv` });
    assert.equal(csv.body.trim().split('\r\n').length, 2);
    assert.equal((await app.inject({ url: `${base}/recommendations?response=maybe` })).statusCode, 400);
  });

  it('downloads the decisions as CSV with formula cells neutralised', async () => {
    const response = await app.inject({ url: `${base}/decisions?format=csv` });
    assert.equal(response.headers['content-type'], 'text/csv; charset=utf-8');
    const lines = response.body.replace(/^\uFEFF/, '').trim().split('\r\n');
    assert.equal(lines[0], 'Meeting date,Minute,Item,Resolution,Outcome,Minute anchor');
    assert.equal(lines[2], `2026-02-10,4,School budgets,"'=HYPERLINK(""http://evil.example"") be endorsed.",carried,#minute-item-4`);
  });

  it('answers an unknown committee with the not-found page', async () => {
    for (const page of ['decisions', 'actions', 'recommendations']) await getPage(app, `/committees/no-such/${page}`, 404);
  });
});
