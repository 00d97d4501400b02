import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import * as cheerio from 'cheerio';
import type { FastifyInstance } from 'fastify';
import { buildTestApp, getPage, textOf } from '../../test/build-test-app.ts';
import { openTestDatabase, type TestDatabaseHandle } from '../../test/support/database.ts';
import { signedInAs, type TestBrowser } from '../../test/support/staff.ts';
import { seedWorkProgramme, type WorkProgrammeSeed, WORK_PROGRAMME_TODAY } from './testing/work-programme-fixture.ts';

/** A multipart form as a browser sends it. */
async function multipartBody(fields: Record<string, string>, file: { filename: string; type: string; text: string }) {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  form.append('file', new Blob([file.text], { type: file.type }), file.filename);
  const request = new Request('http://gavel.test/', { method: 'POST', body: form });
  return { payload: Buffer.from(await request.arrayBuffer()), contentType: request.headers.get('content-type')! };
}

describe('a task and finish group’s review', () => {
  let database: TestDatabaseHandle;
  let app: FastifyInstance;
  let seed: WorkProgrammeSeed;
  let officer: TestBrowser;
  let review: string;

  before(async () => {
    database = await openTestDatabase('pglite');
    seed = await seedWorkProgramme(database.db);
    app = await buildTestApp(database, WORK_PROGRAMME_TODAY);
    officer = await signedInAs(app, database.db, 'scrutiny-officer');
    review = `/manage/work-programme/${seed.items.review}/review`;
  });
  after(async () => {
    await app.close();
    await database.close();
  });

  it('shows the group’s members, warning that only one sits on the committee that set it up', async () => {
    const { $ } = await officer.get(review);
    assert.equal(textOf($, 'h1'), 'Rural bus services review');
    assert.deepEqual($('#members ~ ul').first().find('li').map((_, li) => $(li).text().trim()).get(), ['Robin Ash (Chair)', 'Sam Cedar']);
    assert.match(textOf($, '.govuk-warning-text'), /At least 2 of the group’s members should sit on the committee that set it up; one does\./);
  });

  it('saves the scope and a timetable, and marks a milestone done', async () => {
    await officer.get(review);
    assert.equal((await officer.post(`${review}/scope`, { scope: 'Supported rural routes', desiredOutcomes: 'A network people can rely on', exclusions: 'School transport' })).statusCode, 303);
    const missing = await officer.post(`${review}/milestones`, { title: 'Evidence from operators' });
    assert.equal(missing.statusCode, 400);
    assert.match(cheerio.load(missing.body)('.govuk-error-summary').text(), /Enter the date/);
    assert.equal((await officer.post(`${review}/milestones`, { title: 'Evidence from operators', 'dueOn-day': '1', 'dueOn-month': '3', 'dueOn-year': '2026' })).statusCode, 303);
    assert.equal((await officer.post(`${review}/milestones`, { title: 'Report to committee', 'dueOn-day': '21', 'dueOn-month': '4', 'dueOn-year': '2026' })).statusCode, 303);
    const { $ } = await officer.get(review);
    assert.deepEqual($('#timetable ~ div table tbody tr').first().find('td').slice(0, 3).map((_, td) => $(td).text().trim()).get(), ['1 March 2026', 'Evidence from operators', 'Overdue']);
    const action = $('#timetable ~ div form').first().attr('action')!;
    assert.equal((await officer.post(action, { action: 'complete' })).statusCode, 303);
    const after = await officer.get(review);
    assert.equal(after.$('#timetable ~ div table tbody tr').first().find('td').eq(2).text().trim(), 'Done 2 March 2026');
    const audit = await database.db.selectFrom('auditEvent').select('entity').where('entity', 'in', ['task_and_finish_review', 'task_and_finish_milestone']).execute();
    assert.equal(audit.length, 4);
  });

  it('takes the final report as text and as an uploaded document, published on the group’s page', async () => {
    await officer.get(review);
    assert.equal((await officer.post(`${review}/report`, { finalReportText: 'The group found that evening services matter most.\n\nIt makes two recommendations.', 'finalReportOn-day': '20', 'finalReportOn-month': '2', 'finalReportOn-year': '2026', reportedToMeetingId: String(seed.meetings.march.id) })).statusCode, 303);
    await officer.get(review);
    const body = await multipartBody({ _csrf: officer.csrfToken }, { filename: 'rural-buses-final-report.txt', type: 'text/plain', text: 'Rural bus services review\n\nFinal report of the Bus Services Task Group.\n' });
    const uploaded = await officer.request('POST', `${review}/report-document`, body.payload, body.contentType);
    assert.equal(uploaded.statusCode, 303, uploaded.body.slice(0, 300));
    const stored = await database.db.selectFrom('taskAndFinishReview').select(['finalReportDocumentId', 'reportedToMeetingId']).where('workProgrammeItemId', '=', seed.items.review).executeTakeFirstOrThrow();
    assert.equal(stored.reportedToMeetingId, seed.meetings.march.id);
    const document = await getPage(app, `/documents/${stored.finalReportDocumentId}`);
    assert.match(textOf(document.$, 'main'), /Final report of the Bus Services Task Group/);
    const wrong = await multipartBody({ _csrf: officer.csrfToken }, { filename: 'empty.txt', type: 'text/plain', text: '' });
    assert.equal((await officer.request('POST', `${review}/report-document`, wrong.payload, wrong.contentType)).statusCode, 400);
  });

  it('adds the report’s recommendations to the executive, which the recommendations tracker follows', async () => {
    await officer.get(review);
    const late = await officer.post(`${review}/recommendations`, { text: 'That Cabinet protect the evening services', addresseeName: 'Cabinet', 'sentOn-day': '3', 'sentOn-month': '3', 'sentOn-year': '2026', 'receivedOn-day': '2', 'receivedOn-month': '3', 'receivedOn-year': '2026' });
    assert.equal(late.statusCode, 400);
    assert.equal((await officer.post(`${review}/recommendations`, { text: 'That Cabinet protect the evening services', addresseeName: 'Cabinet', 'receivedOn-day': '5', 'receivedOn-month': '3', 'receivedOn-year': '2026' })).statusCode, 303);
    const recommendation = await database.db.selectFrom('recommendation').select(['committeeId', 'letter', 'addressedTo', 'receivedOn']).executeTakeFirstOrThrow();
    assert.deepEqual(recommendation, { committeeId: seed.group.id, letter: 'a', addressedTo: 'executive', receivedOn: '2026-03-05' });
    const tracker = await getPage(app, '/committees/bus-services-group/recommendations');
    assert.match(textOf(tracker.$, 'main'), /That Cabinet protect the evening services/);
    const { $ } = await officer.get(review);
    assert.match(textOf($, '#recommendations ~ div table'), /\(a\) That Cabinet protect the evening services .* 4 May 2026 Awaiting response/);
  });

  it('shows the public the review on the group’s page: scope, members, timetable, report and recommendations', async () => {
    const { $ } = await getPage(app, '/committees/bus-services-group/review');
    assert.equal(textOf($, 'h1'), 'Rural bus services review');
    const text = textOf($, 'main');
    for (const words of ['Supported rural routes', 'School transport', 'Robin Ash', 'Evidence from operators', 'evening services matter most', 'Read the final report', 'That Cabinet protect the evening services']) assert.ok(text.includes(words), words);
    await getPage(app, '/committees/place-scrutiny/review', 404);
  });

  it('lets a councillor read the review but not change it, page or direct POST', async () => {
    const councillor = await signedInAs(app, database.db, 'councillor');
    const { $ } = await councillor.get(review);
    assert.equal($('form[action$="/scope"]').length, 0);
    for (const url of [`${review}/scope`, `${review}/milestones`, `${review}/report`, `${review}/recommendations`]) {
      assert.equal((await councillor.post(url, { scope: 'Changed', title: 'X', text: 'X' })).statusCode, 403, url);
    }
    assert.equal((await database.db.selectFrom('taskAndFinishReview').select('scope').executeTakeFirstOrThrow()).scope, 'Supported rural routes');
    await officer.get(`/manage/work-programme/${seed.items.highways}/review`, 404);
  });
});
