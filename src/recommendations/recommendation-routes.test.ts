import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import * as cheerio from 'cheerio';
import type { CheerioAPI } from 'cheerio';
import type { FastifyInstance } from 'fastify';
import { buildTestApp } from '../../test/build-test-app.ts';
import { openTestDatabase, type TestDatabaseHandle } from '../../test/support/database.ts';
import { signedInAs, TestBrowser } from '../../test/support/staff.ts';
import { EXEMPT_ACTION_MARKER, FOLLOW_THROUGH_TODAY, seedFollowThrough } from '../actions/testing/follow-through-fixture.ts';

const firstCells = ($: CheerioAPI) => $('tbody tr').map((_, tr) => $(tr).find('td').first().find('a').text().trim().slice(0, 3)).get();

describe('back-office recommendation tracker', () => {
  let database: TestDatabaseHandle;
  let app: FastifyInstance;
  let seed: Awaited<ReturnType<typeof seedFollowThrough>>;

  before(async () => {
    database = await openTestDatabase('pglite');
    seed = await seedFollowThrough(database.db);
    app = await buildTestApp(database, FOLLOW_THROUGH_TODAY);
  });
  after(async () => {
    await app.close();
    await database.close();
  });

  it('shows every committee’s and group’s recommendations, exempt ones marked, with where each stands', async () => {
    const officer = await signedInAs(app, database.db, 'scrutiny-officer');
    const { $ } = await officer.get('/manage/recommendations');
    assert.equal($('tbody tr').length, 6);
    const overdue = $('tbody tr').filter((_, tr) => $(tr).text().includes('pothole repair times'));
    assert.equal(overdue.find('.govuk-tag').first().text().trim(), 'Response overdue');
    assert.match(overdue.text(), /14 February 2026\s*16 days late/);
    assert.ok($('tbody tr').filter((_, tr) => $(tr).text().includes(EXEMPT_ACTION_MARKER)).text().includes('Exempt'));
  });

  it('filters the tracker per committee by status, by response and to late responses only', async () => {
    const officer = await signedInAs(app, database.db, 'scrutiny-officer');
    const committee = await officer.get('/manage/recommendations?committee=place-scrutiny');
    assert.equal(committee.$('.govuk-caption-l').first().text().trim(), 'Place Scrutiny Committee');
    assert.equal(committee.$('tbody tr').length, 5);
    assert.deepEqual(firstCells((await officer.get('/manage/recommendations?committee=place-scrutiny&status=awaiting')).$), ['(a)', '(d)']);
    assert.deepEqual(firstCells((await officer.get('/manage/recommendations?response=partly-accepted')).$), ['(c)']);
    // (b) overdue; (c) answered on 25 January, six days after its due date; the group's (a) overdue.
    assert.deepEqual(firstCells((await officer.get('/manage/recommendations?late=yes')).$).sort(), ['(a)', '(b)', '(c)']);
    assert.deepEqual(firstCells((await officer.get('/manage/recommendations?status=not-received')).$), ['(e)'], 'the imported one, not yet received');
    await officer.get('/manage/recommendations?status=lost', 400);
  });

  it('records receipt by the executive and works out the s.9FE response date, with an audit entry', async () => {
    const clerk = await signedInAs(app, database.db, 'democratic-services', { name: 'Nia Clerk' });
    const id = seed.recommendationId('e');
    const form = await clerk.get(`/manage/recommendations/${id}/receipt`);
    assert.equal(form.$('input[name="addressedTo"][checked]').val(), 'council');
    const response = await clerk.post(`/manage/recommendations/${id}/receipt`, {
      addressedTo: 'council',
      addresseeName: 'Council',
      addresseeEmail: 'council.support@northwold.example',
      'sentOn-day': '12',
      'sentOn-month': '2',
      'sentOn-year': '2026',
      'receivedOn-day': '26',
      'receivedOn-month': '2',
      'receivedOn-year': '2026',
    });
    assert.equal(response.statusCode, 303);
    const row = await database.db.selectFrom('recommendation').select(['receivedOn', 'responseDueOn', 'addresseeEmail', 'origin']).where('id', '=', id).executeTakeFirstOrThrow();
    assert.deepEqual(row, { receivedOn: '2026-02-26', responseDueOn: '2026-04-25', addresseeEmail: 'council.support@northwold.example', origin: 'import' });
    const { $ } = await clerk.get(response.headers.location as string);
    assert.match($('.govuk-notification-banner').text(), /Sending and receipt recorded/);
    assert.match($('.govuk-summary-list').text(), /Saturday 25 April 2026\s*Two months beginning with receipt/);
    const audit = await database.db.selectFrom('auditEvent').selectAll().where('entity', '=', 'recommendation').where('entityId', '=', String(id)).executeTakeFirstOrThrow();
    assert.equal(audit.summary, 'Recorded that recommendation (e) of the Place Scrutiny Committee, 10 February 2026 was received on 26 February 2026');
    assert.equal(audit.userName, 'Nia Clerk');
  });

  it('records the executive’s response with the decision that made it, flagged late when it was', async () => {
    const officer = await signedInAs(app, database.db, 'scrutiny-officer');
    const id = seed.recommendationId('b');
    const form = await officer.get(`/manage/recommendations/${id}/response`);
    assert.ok(form.$('#responseMeetingId option').filter((_, o) => form.$(o).text().includes('Cabinet, 24 February 2026')).length === 1);
    const response = await officer.post(`/manage/recommendations/${id}/response`, {
      response: 'accepted',
      responseText: 'Repair times by ward will be published each quarter.',
      'respondedOn-day': '24',
      'respondedOn-month': '2',
      'respondedOn-year': '2026',
      responseDecisionReference: 'CAB/2026/012',
      responseMeetingId: String(seed.meetings.cabinetMeeting.id),
      responseDecisionUrl: '',
    });
    assert.equal(response.statusCode, 303);
    const { $ } = await officer.get(`/manage/recommendations/${id}`);
    assert.match($('.govuk-summary-list').text(), /Responded late\s*10 days late/);
    assert.match($('.govuk-summary-list').text(), /CAB\/2026\/012/);
    assert.equal($('.govuk-summary-list a').filter((_, a) => $(a).text().includes('Cabinet, Tuesday 24 February 2026')).attr('href'), '/committees/cabinet/meetings/2026-02-24');
  });

  it('names each field that is wrong and saves nothing', async () => {
    const officer = await signedInAs(app, database.db, 'scrutiny-officer');
    const id = seed.recommendationId('a');
    await officer.get(`/manage/recommendations/${id}/response`);
    const response = await officer.post(`/manage/recommendations/${id}/response`, { response: 'maybe', responseText: '', 'respondedOn-day': '2', 'respondedOn-month': '13', 'respondedOn-year': '2026' });
    assert.equal(response.statusCode, 400);
    const $ = cheerio.load(response.body);
    assert.match($('title').text(), /^Error: /);
    assert.deepEqual($('.govuk-error-summary a').map((_, a) => $(a).attr('href')).get(), ['#response', '#responseText', '#respondedOn-day']);
    assert.equal($('#respondedOn-month').val(), '13');
    const row = await database.db.selectFrom('recommendation').select('response').where('id', '=', id).executeTakeFirstOrThrow();
    assert.equal(row.response, null);
  });

  it('records implementation and plans, then records, the follow-up review', async () => {
    const officer = await signedInAs(app, database.db, 'scrutiny-officer');
    const id = seed.recommendationId('c');
    await officer.get(`/manage/recommendations/${id}/implementation`);
    assert.equal((await officer.post(`/manage/recommendations/${id}/implementation`, { implementationStatus: 'implemented', 'implementedOn-day': '1', 'implementedOn-month': '2', 'implementedOn-year': '2026' })).statusCode, 303);
    await officer.get(`/manage/recommendations/${id}/review`);
    assert.equal((await officer.post(`/manage/recommendations/${id}/review`, { 'reviewOn-day': '14', 'reviewOn-month': '7', 'reviewOn-year': '2026', reviewMeetingId: '' })).statusCode, 303);
    let { $ } = await officer.get(`/manage/recommendations/${id}`);
    assert.match($('.govuk-summary-list').text(), /Review planned, Tuesday 14 July 2026/);
    await officer.get(`/manage/recommendations/${id}/review`);
    const done = await officer.post(`/manage/recommendations/${id}/review`, { 'reviewOn-day': '10', 'reviewOn-month': '2', 'reviewOn-year': '2026', reviewMeetingId: String(seed.meetings.february.id), reviewOutcome: 'Two extra routes gritted; no further scrutiny needed.' });
    assert.equal(done.statusCode, 303);
    ({ $ } = await officer.get(`/manage/recommendations/${id}`));
    assert.match($('.govuk-summary-list').text(), /Reviewed, Tuesday 10 February 2026\s*At the meeting on 10 February 2026\s*Two extra routes gritted/);
    const trail = await database.db.selectFrom('auditEvent').select('summary').where('entity', '=', 'recommendation').where('entityId', '=', String(id)).orderBy('id').execute();
    assert.deepEqual(trail.map((t) => t.summary), [
      'Recorded the implementation of recommendation (c) of the Place Scrutiny Committee, 13 January 2026: implemented',
      'Planned a follow-up review of recommendation (c) of the Place Scrutiny Committee, 13 January 2026 for 14 July 2026',
      'Recorded the follow-up review of recommendation (c) of the Place Scrutiny Committee, 13 January 2026',
    ]);
  });

  it('refuses councillors and report authors, through the pages and direct POSTs, and sends the public to sign in', async () => {
    const id = seed.recommendationId('a');
    for (const role of ['councillor', 'report-author'] as const) {
      const user = await signedInAs(app, database.db, role, { personId: seed.people.transport.id });
      await user.get('/manage/recommendations', 403);
      await user.get(`/manage/recommendations/${id}`, 403);
      await user.get(`/manage/recommendations/${id}/response`, 403);
      await user.get('/manage');
      for (const step of ['receipt', 'response', 'implementation', 'review']) {
        assert.equal((await user.post(`/manage/recommendations/${id}/${step}`, { response: 'rejected', responseText: 'No', 'respondedOn-day': '1', 'respondedOn-month': '3', 'respondedOn-year': '2026' })).statusCode, 403, `${role} ${step}`);
      }
    }
    const visitor = new TestBrowser(app);
    assert.equal((await visitor.request('GET', `/manage/recommendations/${id}`)).statusCode, 303);
    await visitor.get('/sign-in');
    const post = await visitor.post(`/manage/recommendations/${id}/response`, { response: 'rejected' });
    assert.equal(post.statusCode, 303);
    assert.match(post.headers.location as string, /^\/sign-in/);
    const row = await database.db.selectFrom('recommendation').select('response').where('id', '=', id).executeTakeFirstOrThrow();
    assert.equal(row.response, null);
  });
});
