import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import ExcelJS from 'exceljs';
import type { FastifyInstance } from 'fastify';
import { extractText, getDocumentProxy, getMeta } from 'unpdf';
import { buildTestApp, getPage } from '../../test/build-test-app.ts';
import { openTestDatabase, type TestDatabaseHandle } from '../../test/support/database.ts';
import { signedInAs } from '../../test/support/staff.ts';
import { EXEMPT_ACTION_MARKER, FOLLOW_THROUGH_TODAY, seedFollowThrough } from './testing/follow-through-fixture.ts';

async function pdfText(body: Buffer): Promise<string> {
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(body)), { mergePages: true });
  return text.replace(/\s+/g, ' ');
}

async function sheetRows(body: Buffer): Promise<{ rows: unknown[][]; workbook: ExcelJS.Workbook }> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(body as unknown as ArrayBuffer);
  const rows: unknown[][] = [];
  workbook.getWorksheet('Action log')!.eachRow((r) => rows.push((r.values as unknown[]).slice(1)));
  return { rows, workbook };
}

describe('action log report', () => {
  let database: TestDatabaseHandle;
  let app: FastifyInstance;

  before(async () => {
    database = await openTestDatabase('pglite');
    await seedFollowThrough(database.db);
    app = await buildTestApp(database, FOLLOW_THROUGH_TODAY);
  });
  after(async () => {
    await app.close();
    await database.close();
  });

  it('shows the public report page with the printed columns and no exempt action', async () => {
    const { $, response } = await getPage(app, '/committees/place-scrutiny/actions/report');
    assert.doesNotMatch(response.body, new RegExp(EXEMPT_ACTION_MARKER));
    assert.deepEqual($('thead th').map((_, th) => $(th).text().trim()).get(), ['Number', 'Meeting', 'Item', 'Action', 'Owner', 'Due', 'Status', 'Progress / date completed']);
    // Outstanding 1, 2, 3 and 5; 4 was completed on 6 February, before the last meeting (10 February), so it is left out.
    assert.deepEqual($('tbody tr').map((_, tr) => $(tr).find('td').first().text().trim()).get(), ['1', '2', '3', '5']);
    const since = await getPage(app, '/committees/place-scrutiny/actions/report?since=2026-02-01');
    assert.deepEqual(since.$('tbody tr').map((_, tr) => since.$(tr).find('td').first().text().trim()).get(), ['1', '4', '2', '3', '5']);
    assert.match(since.$('tbody tr').eq(1).text(), /Completed 6 February 2026 \(7 days late\)/);
  });

  it('gives the public a PDF whose text reads back with the actions and without the exempt one', async () => {
    const response = await app.inject({ url: '/committees/place-scrutiny/actions/report.pdf' });
    assert.equal(response.statusCode, 200);
    assert.equal(response.headers['content-type'], 'application/pdf');
    assert.equal(response.headers['content-disposition'], `attachment; filename="place-scrutiny-action-log-${FOLLOW_THROUGH_TODAY}.pdf"`);
    const text = await pdfText(response.rawPayload);
    assert.match(text, /Action log/);
    assert.match(text, /Place Scrutiny Committee/);
    for (const expected of ['Report pothole repair times by ward', 'Priya Roads', 'Overdue', 'Share the bus operators’ punctuality figures', 'Progress / date completed', 'Data requested from the highways contractor']) {
      assert.ok(text.includes(expected), `the PDF says "${expected}"`);
    }
    assert.ok(!text.includes(EXEMPT_ACTION_MARKER));
    const { info } = await getMeta(await getDocumentProxy(new Uint8Array(response.rawPayload)));
    assert.equal((info as { Title?: string }).Title, 'Place Scrutiny Committee: action log');
  });

  it('gives the public a spreadsheet that parses back to the same actions, with real dates', async () => {
    const response = await app.inject({ url: '/committees/place-scrutiny/actions/report.xlsx?since=2026-02-01' });
    assert.equal(response.statusCode, 200);
    const { rows, workbook } = await sheetRows(response.rawPayload);
    assert.deepEqual(rows[0], ['Number', 'Meeting', 'Item', 'Action', 'Owner', 'Directorate', 'Due', 'Status', 'Date completed', 'Progress']);
    assert.deepEqual(rows.slice(1).map((r) => r[0]), ['1', '4', '2', '3', '5']);
    const completed = rows[2]!;
    assert.deepEqual([completed[1], completed[6], completed[7], completed[8]], [new Date('2026-01-13T00:00:00Z'), new Date('2026-01-30T00:00:00Z'), 'Completed', new Date('2026-02-06T00:00:00Z')]);
    assert.equal(rows[1]![4], 'Priya Roads');
    assert.equal(rows[1]![5], 'Economy and Place');
    assert.ok(!JSON.stringify(rows).includes(EXEMPT_ACTION_MARKER));
    assert.match(String(workbook.getWorksheet('About this report')!.getCell('A3').value), /Actions agreed at the committee’s meetings/);
  });

  it('ignores a request for the restricted version on the public routes', async () => {
    const page = await app.inject({ url: '/committees/place-scrutiny/actions/report?version=restricted' });
    assert.doesNotMatch(page.body, new RegExp(EXEMPT_ACTION_MARKER));
    const pdf = await app.inject({ url: '/committees/place-scrutiny/actions/report.pdf?version=restricted' });
    assert.ok(!(await pdfText(pdf.rawPayload)).includes(EXEMPT_ACTION_MARKER));
    const xlsx = await app.inject({ url: '/committees/place-scrutiny/actions/report.xlsx?version=restricted' });
    assert.ok(!JSON.stringify((await sheetRows(xlsx.rawPayload)).rows).includes(EXEMPT_ACTION_MARKER));
  });

  it('gives staff the restricted version, marked not for publication, and sends the public to sign in for it', async () => {
    const clerk = await signedInAs(app, database.db, 'democratic-services');
    const { $ } = await clerk.get('/manage/actions/report?committee=place-scrutiny&version=restricted');
    assert.match($('.govuk-warning-text').text(), /Not for publication/);
    assert.ok($('tbody').text().includes(EXEMPT_ACTION_MARKER));
    const pdf = await clerk.request('GET', '/manage/actions/report.pdf?committee=place-scrutiny&version=restricted');
    assert.equal(pdf.headers['cache-control'], 'no-store, private');
    const text = await pdfText(pdf.rawPayload);
    assert.ok(text.includes(EXEMPT_ACTION_MARKER));
    assert.match(text, /Not for publication/);
    const xlsx = await clerk.request('GET', '/manage/actions/report.xlsx?committee=place-scrutiny&version=restricted');
    const { rows } = await sheetRows(xlsx.rawPayload);
    assert.equal(rows[0]!.at(-1), 'Exempt item');
    assert.ok(rows.some((r) => r.at(-1) === 'Exempt'));
    const visitor = await app.inject({ url: '/manage/actions/report.pdf?committee=place-scrutiny&version=restricted' });
    assert.equal(visitor.statusCode, 303);
  });

  it('names the field when the date typed is not a date', async () => {
    const { $ } = await getPage(app, '/committees/place-scrutiny/actions/report?since-day=31&since-month=2&since-year=2026', 400);
    assert.equal($('.govuk-error-summary a').attr('href'), '#since-day');
    assert.match($('.govuk-error-summary').text(), /Completed since must be a real date/);
    await getPage(app, '/committees/no-such-committee/actions/report', 404);
  });
});
