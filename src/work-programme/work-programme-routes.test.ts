import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import * as cheerio from 'cheerio';
import { buildTestApp, textOf } from '../../test/build-test-app.ts';
import { openTestDatabase, type TestDatabaseHandle } from '../../test/support/database.ts';
import { signedInAs, type TestBrowser } from '../../test/support/staff.ts';
import type { SendEmailPayload } from '../email/send-email-job.ts';
import { SENDER_MARKER, seedWorkProgramme, type WorkProgrammeSeed, WORK_PROGRAMME_TODAY } from './testing/work-programme-fixture.ts';

describe('the back office work programme', () => {
  let database: TestDatabaseHandle;
  let app: FastifyInstance;
  let seed: WorkProgrammeSeed;
  let officer: TestBrowser;
  const programme = '/manage/committees/place-scrutiny/work-programme';

  before(async () => {
    database = await openTestDatabase('pglite');
    seed = await seedWorkProgramme(database.db);
    app = await buildTestApp(database, WORK_PROGRAMME_TODAY);
    officer = await signedInAs(app, database.db, 'scrutiny-officer');
  });
  after(async () => {
    await app.close();
    await database.close();
  });

  const historyOf = async (browser: TestBrowser, id: number) => {
    const { $ } = await browser.get(`/manage/work-programme/${id}`);
    return $('#history + ol li h3').map((_, h) => $(h).text().trim()).get();
  };
  const auditActions = async (entityId: number) =>
    (await database.db.selectFrom('auditEvent').select(['action', 'summary']).where('entity', '=', 'work_programme_item').where('entityId', '=', String(entityId)).orderBy('id').execute());

  it('shows the year by meeting and by section, with the suggestions to triage', async () => {
    const { $ } = await officer.get(programme);
    assert.equal(textOf($, 'h1'), 'Work programme 2025/26');
    assert.deepEqual($('#suggestions + ul a').map((_, a) => $(a).text()).get(), ['Safer crossing on Mill Lane']);
    assert.deepEqual($('main h2.govuk-heading-l').map((_, h) => $(h).text()).get(), ['Suggestions from the public to triage', 'Items by meeting', 'Annual items', 'Potential items: to be scheduled', 'Task and finish groups', 'Workshops', 'Briefing notes', 'Suggestions from the public']);
    assert.equal($('a.govuk-button').filter((_, a) => $(a).text().trim() === 'Add an item').length, 1);
  });

  it('lets a councillor and a report author read the programme but change nothing, page or direct POST', async () => {
    for (const role of ['councillor', 'report-author'] as const) {
      const reader = await signedInAs(app, database.db, role);
      const { $ } = await reader.get(programme);
      assert.equal($('a.govuk-button').filter((_, a) => $(a).text().trim() === 'Add an item').length, 0, role);
      const item = await reader.get(`/manage/work-programme/${seed.items.highways}`);
      assert.equal(item.$('form[action$="/move"]').length, 0, role);
      assert.equal(item.$('form[action$="/triage"]').length, 0);
      await reader.get(`${programme}/new`, 403);
      await reader.get(`/manage/work-programme/${seed.items.highways}/edit`, 403);
      for (const [url, form] of [
        [programme, { kind: 'potential', title: 'Sneaky item' }],
        [`/manage/work-programme/${seed.items.highways}/move`, { to: String(seed.meetings.april.id) }],
        [`/manage/work-programme/${seed.items.highways}/position`, { status: 'completed' }],
        [`/manage/work-programme/${seed.items.highways}`, { kind: 'scheduled', title: 'Renamed' }],
        [`/manage/work-programme/${seed.items.suggestion}/triage`, { decision: 'accept' }],
      ] as const) {
        assert.equal((await reader.post(url, form)).statusCode, 403, `${role} ${url}`);
      }
    }
    const unchanged = await database.db.selectFrom('workProgrammeItem').select(['title', 'meetingId', 'status']).where('id', '=', seed.items.highways).executeTakeFirstOrThrow();
    assert.deepEqual(unchanged, { title: 'Highway maintenance plan', meetingId: seed.meetings.march.id, status: 'planned' });
  });

  it('sends the public to sign in, from the page and from a direct POST', async () => {
    const page = await app.inject({ url: programme });
    assert.equal(page.statusCode, 303);
    assert.match(String(page.headers.location), /^\/sign-in\?next=/);
    const post = await app.inject({ method: 'POST', url: `/manage/work-programme/${seed.items.highways}/move`, payload: { to: String(seed.meetings.april.id) } });
    assert.ok([302, 303, 403].includes(post.statusCode), `status ${post.statusCode}`);
    assert.equal((await database.db.selectFrom('workProgrammeItem').select('meetingId').where('id', '=', seed.items.highways).executeTakeFirstOrThrow()).meetingId, seed.meetings.march.id);
  });

  it('adds an item to a meeting, with its history and an audit entry', async () => {
    await officer.get(`${programme}/new?year=2025-26`);
    const response = await officer.post(programme, { year: '2025-26', kind: 'scheduled', title: 'Winter gritting', meetingId: String(seed.meetings.april.id), leadOfficerPersonId: String(seed.officers.roads.id), raisedByKind: 'officer', currentPosition: 'Report requested' });
    assert.equal(response.statusCode, 303);
    const id = Number(String(response.headers.location).match(/work-programme\/(\d+)/)![1]);
    const item = await database.db.selectFrom('workProgrammeItem').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    assert.deepEqual([item.kind, item.meetingId, item.municipalYearId, item.leadOfficerName, item.status], ['scheduled', seed.meetings.april.id, seed.year.id, 'Priya Roads', 'planned']);
    assert.deepEqual(await historyOf(officer, id), ['Added to the work programme for the meeting on Tuesday 21 April 2026']);
    assert.deepEqual((await auditActions(id)).map((a) => a.action), ['create']);
  });

  it('names the fields with problems, and keeps what was typed', async () => {
    await officer.get(`${programme}/new`);
    const response = await officer.post(programme, { kind: 'scheduled', title: '', purpose: 'Kept' });
    assert.equal(response.statusCode, 400);
    const $ = (await import('cheerio')).load(response.body);
    assert.match($('title').text(), /^Error: /);
    assert.deepEqual($('.govuk-error-summary a').map((_, a) => $(a).attr('href')).get(), ['#title']);
    assert.equal($('#purpose').text(), 'Kept');
    const unscheduled = await officer.post(programme, { kind: 'scheduled', title: 'No meeting' });
    assert.match(unscheduled.body, /Choose the meeting it is scheduled for, or add it as a potential item/);
    const cancelled = await officer.post(programme, { kind: 'scheduled', title: 'Cancelled meeting', meetingId: String(seed.meetings.may.id) });
    assert.match(cancelled.body, /That meeting is cancelled/);
  });

  it('moves an item to another meeting without JavaScript, keeping each move in its history', async () => {
    const id = seed.items.highways;
    await officer.get(`/manage/work-programme/${id}`);
    const moved = await officer.post(`/manage/work-programme/${id}/move`, { to: String(seed.meetings.april.id), note: 'Waiting for the asset survey' });
    assert.equal(moved.statusCode, 303);
    await officer.get(`/manage/work-programme/${id}`);
    await officer.post(`/manage/work-programme/${id}/move`, { to: 'none' });
    const { $ } = await officer.get(`/manage/work-programme/${id}`);
    const history = $('#history + ol li').map((_, li) => $(li).text().replace(/\s+/g, ' ').trim()).get();
    assert.match(history[0]!, /^Taken off the meeting on Tuesday 21 April 2026: not yet scheduled Monday 2 March 2026, Test scrutiny-officer/);
    assert.match(history[1]!, /^Moved from the meeting on Tuesday 17 March 2026 to the meeting on Tuesday 21 April 2026 .* Waiting for the asset survey$/);
    const item = await database.db.selectFrom('workProgrammeItem').select(['kind', 'meetingId']).where('id', '=', id).executeTakeFirstOrThrow();
    assert.deepEqual(item, { kind: 'potential', meetingId: null });
    assert.deepEqual((await auditActions(id)).map((a) => a.action), ['move', 'move']);
  });

  it('refuses a move to a cancelled meeting, a past one, or another committee’s, saying why', async () => {
    const id = seed.items.parking;
    for (const [meeting, message] of [
      [seed.meetings.may.id, 'That meeting is cancelled: choose another'],
      [seed.meetings.january.id, 'That meeting has already taken place: choose one still to come'],
      [seed.meetings.auditMeeting.id, 'Choose one of this committee’s meetings'],
    ] as const) {
      await officer.get(`/manage/work-programme/${id}`);
      const response = await officer.post(`/manage/work-programme/${id}/move`, { to: String(meeting) });
      assert.equal(response.statusCode, 400);
      const $ = (await import('cheerio')).load(response.body);
      assert.equal($('#to-error').text().replace('Error:', '').trim(), message);
    }
    assert.equal((await database.db.selectFrom('workProgrammeItem').select('meetingId').where('id', '=', id).executeTakeFirstOrThrow()).meetingId, null);
  });

  it('records a new current position and status in the history', async () => {
    const id = seed.items.budget;
    await officer.get(`/manage/work-programme/${id}`);
    assert.equal((await officer.post(`/manage/work-programme/${id}/position`, { currentPosition: 'Draft budget due in January', status: 'in-progress', note: 'Agreed with the chair' })).statusCode, 303);
    assert.deepEqual((await historyOf(officer, id))[0], 'Current position: Draft budget due in January (in progress)');
    await officer.get(`/manage/work-programme/${id}`);
    assert.equal((await officer.post(`/manage/work-programme/${id}/position`, { currentPosition: 'Draft budget due in January', status: 'in-progress' })).statusCode, 400, 'nothing changed');
  });

  it('warns when a task and finish group has too few members from the committee, and saves once confirmed', async () => {
    const form = { kind: 'task-and-finish', title: 'Second bus review', taskAndFinishCommitteeId: String(seed.group.id), year: '2025-26' };
    await officer.get(`${programme}/new`);
    const shown = await officer.post(programme, form);
    assert.equal(shown.statusCode, 200);
    const $ = (await import('cheerio')).load(shown.body);
    assert.match(textOf($, '#warnings'), /At least 2 of the group’s members should sit on the committee that set it up; one does\./);
    const fingerprint = String($('input[name="warningsShown"]').val());
    assert.equal((await officer.post(programme, { ...form, warningsShown: fingerprint })).statusCode, 400, 'not ticked');
    const saved = await officer.post(programme, { ...form, warningsShown: fingerprint, confirmWarnings: 'yes' });
    assert.equal(saved.statusCode, 303);
  });

  it('changes an item’s details, noting which in its history', async () => {
    const id = seed.items.workshop;
    const { $ } = await officer.get(`/manage/work-programme/${id}/edit`);
    assert.equal($('#sessionStartsAt').val(), '11am');
    const response = await officer.post(`/manage/work-programme/${id}`, { kind: 'workshop', title: 'Understanding the transport capital programme', 'sessionOn-day': '28', 'sessionOn-month': '4', 'sessionOn-year': '2026', sessionStartsAt: '10am', sessionEndsAt: '12pm' });
    assert.equal(response.statusCode, 303);
    const item = await database.db.selectFrom('workProgrammeItem').select(['sessionOn', 'sessionStartsAt']).where('id', '=', id).executeTakeFirstOrThrow();
    assert.deepEqual(item, { sessionOn: '2026-04-28', sessionStartsAt: '10:00:00' });
    const { $: page } = await officer.get(`/manage/work-programme/${id}`);
    assert.match(textOf(page, '#history + ol'), /Details changed .* Changed: date, start time, end time/);
  });
});

describe('suggestions from the public', () => {
  let database: TestDatabaseHandle;
  let app: FastifyInstance;
  let seed: WorkProgrammeSeed;
  let officer: TestBrowser;
  const form = '/committees/place-scrutiny/work-programme/suggest';

  before(async () => {
    database = await openTestDatabase('pglite');
    seed = await seedWorkProgramme(database.db);
    app = await buildTestApp(database, WORK_PROGRAMME_TODAY);
    officer = await signedInAs(app, database.db, 'scrutiny-officer');
  });
  after(async () => {
    await app.close();
    await database.close();
  });

  const emailsTo = async (address: string) =>
    (await database.db.selectFrom('job').select('payload').where('kind', '=', 'send-email').orderBy('id').execute()).map((j) => j.payload as SendEmailPayload).filter((p) => p.to.includes(address));

  /** The form as a resident sends it, its start time moved back past the minimum fill time. */
  async function resident(ip = '203.0.113.7') {
    const { TestBrowser } = await import('../../test/support/staff.ts');
    const browser = new TestBrowser(app);
    const { $, response } = await browser.get(form);
    const [ms, signature] = String($('input[name="formStart"]').val()).split('.');
    const { issueFormStart } = await import('../questions/form-start-token.ts');
    const { instanceSecret } = await import('../accounts/instance-secret-repository.ts');
    const started = issueFormStart(await instanceSecret(database.db, 'suggestion-form-start'), new Date(Number(ms) - 60_000));
    assert.ok(signature);
    // Sent from `ip`: the per-address limit counts by the connection's address.
    const send = (fields: Record<string, string>, options: { formStart?: string } = {}) =>
      app.inject({
        method: 'POST',
        url: form,
        remoteAddress: ip,
        payload: new URLSearchParams({ _csrf: browser.csrfToken, formStart: options.formStart ?? started, ...fields }).toString(),
        headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: `_csrf=${browser.cookie('_csrf')}` },
      });
    return { browser, page: response, send, $ };
  }

  it('is a form that works without JavaScript, carries a CSRF token and is never cached', async () => {
    const { page, $ } = await resident();
    assert.match(String(page.headers['cache-control']), /no-store/);
    assert.ok($('input[name="_csrf"]').val());
    assert.deepEqual($('form[method="post"] :input[name]').map((_, i) => $(i).attr('name')).get(), ['_csrf', 'formStart', 'topic', 'reason', 'name', 'email', 'website']);
    await (await import('../../test/build-test-app.ts')).getPage(app, '/committees/cabinet/work-programme/suggest', 404);
  });

  it('names each field with a problem', async () => {
    const { send } = await resident();
    const response = await send({ topic: '', reason: '', name: '', email: 'nope' });
    assert.equal(response.statusCode, 400);
    const $ = (await import('cheerio')).load(response.body);
    assert.deepEqual($('.govuk-error-summary a').map((_, a) => $(a).text()).get().sort(), ['Enter an email address in the correct format, like name@example.com', 'Enter the topic you suggest', 'Enter why the topic matters', 'Enter your name']);
  });

  it('takes nothing sent sooner than a person could write it, nor from a filled-in honeypot', async () => {
    const { send, $ } = await resident();
    const quick = await send({ topic: 'Quick', reason: 'Quick', name: 'Bot', email: 'bot@example.com' }, { formStart: String($('input[name="formStart"]').val()) });
    assert.equal(quick.statusCode, 400);
    assert.match(quick.body, /Check your suggestion, then send it again/);
    // Sent empty at once: the person is told what is missing, not that they were too quick.
    const empty = await send({ topic: '', reason: '', name: '', email: '' }, { formStart: String($('input[name="formStart"]').val()) });
    assert.equal(empty.statusCode, 400);
    assert.doesNotMatch(empty.body, /Check your suggestion, then send it again/);
    assert.ok(cheerio.load(empty.body)('.govuk-error-summary a[href="#topic"]').length, 'the topic is named');
    const trap = await send({ topic: 'Cheap pills', reason: 'Buy now', name: 'Bot', email: 'bot@example.com', website: 'http://spam.example' });
    assert.equal(trap.statusCode, 303);
    assert.equal((await database.db.selectFrom('workProgrammeItem').select('id').where('title', 'in', ['Quick', 'Cheap pills']).execute()).length, 0);
    assert.deepEqual(await emailsTo('bot@example.com'), []);
  });

  it('stores a suggestion for triage and emails the resident an acknowledgment', async () => {
    const { send } = await resident();
    const response = await send({ topic: 'Potholes on Station Road', reason: 'Cyclists have been hurt.', name: 'Ari Resident', email: `ari.${SENDER_MARKER}@example.com` });
    assert.equal(response.statusCode, 303);
    assert.equal(response.headers.location, `${form}/sent`);
    const item = await database.db.selectFrom('workProgrammeItem').selectAll().where('title', '=', 'Potholes on Station Road').executeTakeFirstOrThrow();
    assert.deepEqual([item.kind, item.status, item.purpose, item.municipalYearId], ['public-suggestion', 'suggested', 'Cyclists have been hurt.', seed.year.id]);
    const [email] = await emailsTo(`ari.${SENDER_MARKER}@example.com`);
    assert.equal(email!.subject, 'Your suggestion for the Place Scrutiny Committee');
    assert.match(email!.text, /Dear Ari Resident,[\s\S]*Topic: Potholes on Station Road/);
    const audit = await database.db.selectFrom('auditEvent').select('summary').where('entity', '=', 'work_programme_item').where('entityId', '=', String(item.id)).executeTakeFirstOrThrow();
    assert.ok(!audit.summary.includes('Ari'));
  });

  it('stops an address after three suggestions in an hour', async () => {
    const ip = '198.51.100.9';
    for (let n = 1; n <= 3; n++) {
      const { send } = await resident(ip);
      assert.equal((await send({ topic: `Topic ${n}`, reason: 'Because', name: 'Sam', email: 'sam@example.com' })).statusCode, 303);
    }
    const { send } = await resident(ip);
    const fourth = await send({ topic: 'Topic 4', reason: 'Because', name: 'Sam', email: 'sam@example.com' });
    assert.equal(fourth.statusCode, 429);
    assert.match(fourth.body, /Try again in an hour/);
    const other = await resident('198.51.100.10');
    assert.equal((await other.send({ topic: 'Topic 5', reason: 'Because', name: 'Kim', email: 'kim@example.com' })).statusCode, 303);
  });

  it('lets the scrutiny officer accept a suggestion as a potential item, emailing the resident', async () => {
    const id = seed.items.suggestion;
    const { $ } = await officer.get(`/manage/work-programme/${id}`);
    assert.match(textOf($, '.govuk-inset-text'), new RegExp(`Sent by Jo Resident, jo.${SENDER_MARKER}@example.com`));
    const response = await officer.post(`/manage/work-programme/${id}/triage`, { decision: 'accept' });
    assert.equal(response.statusCode, 303);
    const item = await database.db.selectFrom('workProgrammeItem').select(['kind', 'status', 'raisedByKind']).where('id', '=', id).executeTakeFirstOrThrow();
    assert.deepEqual(item, { kind: 'potential', status: 'planned', raisedByKind: 'public' });
    const [email] = await emailsTo(`jo.${SENDER_MARKER}@example.com`);
    assert.match(email!.subject, /added to the work programme/);
    await officer.get(`/manage/work-programme/${id}`);
    const again = await officer.post(`/manage/work-programme/${id}/triage`, { decision: 'reject', reason: 'Changed my mind' });
    assert.equal(again.statusCode, 409, 'decided once');
    const publicPage = await app.inject({ url: '/committees/place-scrutiny/work-programme' });
    assert.match(publicPage.body, /Safer crossing on Mill Lane/);
    assert.ok(!publicPage.body.includes(SENDER_MARKER));
  });

  it('needs a reason to reject, and emails it', async () => {
    const item = await database.db.selectFrom('workProgrammeItem').select('id').where('title', '=', 'Topic 1').executeTakeFirstOrThrow();
    await officer.get(`/manage/work-programme/${item.id}`);
    const missing = await officer.post(`/manage/work-programme/${item.id}/triage`, { decision: 'reject' });
    assert.equal(missing.statusCode, 400);
    assert.match(missing.body, /Enter why the suggestion is not taken forward/);
    assert.equal((await officer.post(`/manage/work-programme/${item.id}/triage`, { decision: 'reject', reason: 'The council’s highways team will reply directly.' })).statusCode, 303);
    const emails = await emailsTo('sam@example.com');
    assert.match(emails.at(-1)!.text, /not been taken forward[\s\S]*The reason: The council’s highways team will reply directly\./);
  });

  it('merges a suggestion into an open item, and the item’s history says so', async () => {
    const item = await database.db.selectFrom('workProgrammeItem').select('id').where('title', '=', 'Topic 2').executeTakeFirstOrThrow();
    await officer.get(`/manage/work-programme/${item.id}`);
    assert.equal((await officer.post(`/manage/work-programme/${item.id}/triage`, { decision: 'merge', mergeInto: String(seed.items.highways) })).statusCode, 303);
    const merged = await database.db.selectFrom('workProgrammeItem').select(['status', 'mergedIntoItemId']).where('id', '=', item.id).executeTakeFirstOrThrow();
    assert.deepEqual(merged, { status: 'merged', mergedIntoItemId: seed.items.highways });
    const { $ } = await officer.get(`/manage/work-programme/${seed.items.highways}`);
    assert.equal($('#history + ol li h3').first().text().trim(), 'A suggestion from the public was merged into this item');
    const emails = await emailsTo('sam@example.com');
    assert.match(emails.at(-1)!.text, /"Highway maintenance plan"/);
  });
});
