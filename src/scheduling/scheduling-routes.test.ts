import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import * as cheerio from 'cheerio';
import type { FastifyInstance } from 'fastify';
import ICAL from 'ical.js';
import { buildTestApp, getPage, textOf } from '../../test/build-test-app.ts';
import { insertCommittee, insertCouncil, insertPerson } from '../../test/factories.ts';
import { openTestDatabase, type TestDatabaseHandle } from '../../test/support/database.ts';
import { signedInAs, type TestBrowser } from '../../test/support/staff.ts';
import { londonInstant } from '../deadlines/london-time.ts';

const today = '2026-04-01';
const provenance = { sourceDocumentId: null, sourceLineFrom: null, sourceLineTo: null };
const hrefs = ($: cheerio.CheerioAPI) => $('.govuk-error-summary a').map((_, a) => $(a).attr('href')).get();

describe('scheduling meetings in the back office', () => {
  let database: TestDatabaseHandle;
  let app: FastifyInstance;
  let children: { id: number };
  let planning: { id: number };
  let yearId: number;
  let clerk: TestBrowser;

  before(async () => {
    database = await openTestDatabase('pglite');
    const db = database.db;
    await insertCouncil(db);
    yearId = (await db.insertInto('municipalYear').values({ label: '2026/27', startsOn: '2026-05-12', endsOn: '2027-05-17' }).returning('id').executeTakeFirstOrThrow()).id;
    children = await insertCommittee(db, { name: 'Children’s Scrutiny Committee', slug: 'children' });
    planning = await insertCommittee(db, { name: 'Planning Committee', slug: 'planning', kind: 'regulatory' });
    await db.updateTable('committee').set({ defaultVenue: 'Committee Room 1' }).where('id', '=', children.id).execute();
    const ada = await insertPerson(db, { fullName: 'Ada Cole' });
    await db
      .insertInto('membership')
      .values([
        { committeeId: children.id, personId: ada.id, startsOn: '2026-05-12', endsOn: null, represents: null, ...provenance },
        { committeeId: planning.id, personId: ada.id, isSubstitute: true, startsOn: '2026-05-12', endsOn: null, represents: null, ...provenance },
      ])
      .execute();
    await db
      .insertInto('meeting')
      .values({
        committeeId: planning.id, municipalYearId: yearId, slug: '2026-06-09', date: '2026-06-09', startsAt: londonInstant('2026-06-09', '18:30'), endsAt: null, kind: 'ordinary',
        venue: 'Committee Room 1', remoteLink: null, videoUrl: null, agendaPublishedAt: null, minutesPublishedAt: null, minutesApprovedAt: null, minutesApprovedByMeetingId: null, cancellationReason: null, ...provenance,
      })
      .execute();
    await db.insertInto('councilClosureDay').values({ date: '2026-12-08', reason: 'Staff training day' }).execute();
    app = await buildTestApp(database, today);
    clerk = await signedInAs(app, db, 'democratic-services');
  });
  after(async () => {
    await app.close();
    await database.close();
  });

  const oneMeeting = (overrides: Record<string, string> = {}) => ({
    committeeId: String(children.id),
    kind: 'ordinary',
    'date-day': '16',
    'date-month': '6',
    'date-year': '2026',
    startTime: '6pm',
    endTime: '',
    venue: '',
    remoteLink: '',
    ...overrides,
  });

  const crumbs = ($: cheerio.CheerioAPI) => $('.govuk-breadcrumbs__list-item').map((_, li) => `${$(li).text().trim()} ${$(li).find('a').attr('href')}`).get();

  it('schedules one meeting on a clear day straight away, in its municipal year, audited', async () => {
    const form = await clerk.get(`/manage/meetings/new?committee=${children.id}`);
    assert.deepEqual(crumbs(form.$), ['Back office /manage', 'Meetings /manage/meetings']);
    const response = await clerk.post('/manage/meetings', oneMeeting());
    assert.equal(response.statusCode, 303);
    const meeting = await database.db.selectFrom('meeting').selectAll().where('committeeId', '=', children.id).where('date', '=', '2026-06-16').executeTakeFirstOrThrow();
    assert.deepEqual([meeting.slug, meeting.municipalYearId, meeting.startsAt?.toISOString(), meeting.venue], ['2026-06-16', yearId, '2026-06-16T17:00:00.000Z', null]);
    const { $ } = await clerk.get(response.headers.location as string);
    assert.match(textOf($, '.govuk-notification-banner'), /The meeting is scheduled\. Children’s Scrutiny Committee, Tuesday 16 June 2026/);
    // The banner leads on to the new meeting's page, where its agenda is built; the list links it too.
    assert.equal($(`.govuk-notification-banner a[href="/manage/meetings/${meeting.id}"]`).text(), 'Children’s Scrutiny Committee, Tuesday 16 June 2026');
    assert.equal($(`table a[href="/manage/meetings/${meeting.id}"]`).length, 1);
    const audit = await database.db.selectFrom('auditEvent').select(['action', 'summary']).where('entity', '=', 'meeting').where('entityId', '=', String(meeting.id)).executeTakeFirstOrThrow();
    assert.deepEqual(audit, { action: 'create', summary: 'Scheduled Children’s Scrutiny Committee for Tuesday 16 June 2026' });
  });

  it('warns that a member and a room are booked twice, and saves only once the clerk confirms', async () => {
    await clerk.get('/manage/meetings/new');
    const form = oneMeeting({ 'date-day': '9', startTime: '6pm' });
    const first = await clerk.post('/manage/meetings', form);
    assert.equal(first.statusCode, 200);
    const $ = cheerio.load(first.body);
    const warnings = $('#warnings li').map((_, li) => $(li).text()).get();
    assert.deepEqual(warnings, [
      'Ada Cole (as a named substitute) also sits on Planning Committee, which meets at an overlapping time, from 6.30pm on Tuesday 9 June 2026.',
      'Committee Room 1 is booked then for Planning Committee, from 6.30pm on Tuesday 9 June 2026.',
    ]);
    assert.equal(await database.db.selectFrom('meeting').select('id').where('committeeId', '=', children.id).where('date', '=', '2026-06-09').executeTakeFirst(), undefined);

    const shown = String($('input[name="warningsShown"]').val());
    const unticked = await clerk.post('/manage/meetings', { ...form, warningsShown: shown });
    assert.equal(unticked.statusCode, 400);
    assert.deepEqual(hrefs(cheerio.load(unticked.body)), ['#confirmWarnings']);
    const confirmed = await clerk.post('/manage/meetings', { ...form, warningsShown: shown, confirmWarnings: 'yes' });
    assert.equal(confirmed.statusCode, 303);
  });

  it('warns about a bank holiday', async () => {
    await clerk.get('/manage/meetings/new');
    const response = await clerk.post('/manage/meetings', oneMeeting({ 'date-day': '31', 'date-month': '8' }));
    assert.match(textOf(cheerio.load(response.body), '#warnings'), /Monday 31 August 2026 is a bank holiday: Summer bank holiday\./);
  });

  it('names each wrong field', async () => {
    await clerk.get('/manage/meetings/new');
    const response = await clerk.post('/manage/meetings', oneMeeting({ committeeId: '', 'date-day': '31', 'date-month': '6', startTime: '10', endTime: '', remoteLink: 'youtube' }));
    assert.equal(response.statusCode, 400);
    const $ = cheerio.load(response.body);
    assert.deepEqual(hrefs($), ['#committeeId', '#remoteLink', '#date-day', '#startTime']);
    assert.equal(textOf($, '#date-error'), 'Error: Date must be a real date');
    assert.equal(textOf($, '#startTime-error'), 'Error: Start time must be a time, like 10am, 6.30pm or 14:00');
  });

  it('previews a year from a pattern, then schedules the dates the clerk kept, moved and added', async () => {
    const { $: $form } = await clerk.get(`/manage/meetings/schedule?committee=${children.id}`);
    assert.equal($form('#municipalYearId').val(), String(yearId));
    const preview = await clerk.post('/manage/meetings/schedule', {
      action: 'preview', committeeId: String(children.id), municipalYearId: String(yearId), kind: 'ordinary',
      patternKind: 'monthly', week: '2', weekday: '2', exceptMonths: ['8'], startTime: '6pm', venue: '',
    });
    assert.equal(preview.statusCode, 200);
    const $ = cheerio.load(preview.body);
    const headings = $('.gavel-schedule-row h2').map((_, h) => $(h).text().replace(/\s+/g, ' ').trim()).get();
    assert.equal(headings.length, 14);
    assert.equal(headings[0], 'Meeting 1: Tuesday 12 May 2026');
    assert.equal(headings[6], 'Meeting 7: Tuesday 8 December 2026 Check');
    assert.match(textOf($, '.gavel-schedule-row:nth-child(7)'), /Tuesday 8 December 2026 is a closure day: Staff training day/);
    // 9 June is already taken by the meeting scheduled above, so that row warns too.
    assert.match(textOf($, '.gavel-schedule-row:nth-child(2)'), /Children’s Scrutiny Committee already meets then/);

    // The clerk leaves out 9 June, moves 8 December to the 15th and adds 21 July in a blank row.
    const form: Record<string, string | string[]> = {};
    $('form[action="/manage/meetings/schedule"] input').each((_, input) => {
      const name = $(input).attr('name');
      if (!name || ($(input).attr('type') === 'checkbox' && !$(input).is(':checked'))) return;
      form[name] = form[name] === undefined ? String($(input).val() ?? '') : [form[name]].flat().concat(String($(input).val() ?? ''));
    });
    delete form._csrf;
    delete form['row-1-include'];
    Object.assign(form, { 'row-6-date-day': '15', 'row-12-date-day': '21', 'row-12-date-month': '7', 'row-12-date-year': '2026', 'row-12-startTime': '10am', action: 'check' });
    const checked = await clerk.post('/manage/meetings/schedule', form);
    assert.equal(checked.statusCode, 200);
    const $checked = cheerio.load(checked.body);
    assert.equal($checked('#warnings').length, 0, 'no warnings are left once 9 June is out and 8 December moved');
    assert.equal(textOf($checked, 'button[value="create"]'), 'Schedule 12 meetings');
    const created = await clerk.post('/manage/meetings/schedule', { ...form, action: 'create' });
    assert.equal(created.statusCode, 303, cheerio.load(created.body)('.govuk-error-summary').text());
    const dates = (await database.db.selectFrom('meeting').select('date').where('committeeId', '=', children.id).where('municipalYearId', '=', yearId).orderBy('date').execute()).map((m) => m.date);
    assert.ok(dates.includes('2026-12-15') && !dates.includes('2026-12-08') && dates.includes('2026-07-21'));
    assert.equal(dates.filter((d) => d === '2026-06-09').length, 1, 'the row left out was not scheduled again');
    assert.equal(dates.length, 2 + 12);
    assert.match(created.headers.location as string, /done=scheduled&count=12$/);
  });

  it('asks for the pattern’s missing parts by name', async () => {
    await clerk.get('/manage/meetings/schedule');
    const response = await clerk.post('/manage/meetings/schedule', { action: 'preview', committeeId: '', municipalYearId: '', kind: 'ordinary', patternKind: 'every-weeks', weeks: '0', startTime: '' });
    assert.equal(response.statusCode, 400);
    assert.deepEqual(hrefs(cheerio.load(response.body)), ['#committeeId', '#municipalYearId', '#weeks', '#firstDate-day', '#startTime']);
  });

  it('changes a meeting’s details before its agenda is out', async () => {
    const meeting = await database.db.selectFrom('meeting').select('id').where('committeeId', '=', children.id).where('date', '=', '2026-06-16').executeTakeFirstOrThrow();
    const { $ } = await clerk.get(`/manage/meetings/${meeting.id}/edit`);
    assert.equal($('#startTime').val(), '6pm');
    assert.deepEqual(crumbs($), ['Back office /manage', 'Meetings /manage/meetings', `Children’s Scrutiny Committee, Tuesday 16 June 2026 /manage/meetings/${meeting.id}`]);
    const response = await clerk.post(`/manage/meetings/${meeting.id}/edit`, { kind: 'extraordinary', startTime: '5.30pm', endTime: '7pm', venue: 'Council Chamber', remoteLink: '' });
    assert.equal(response.statusCode, 303);
    const after = await database.db.selectFrom('meeting').selectAll().where('id', '=', meeting.id).executeTakeFirstOrThrow();
    assert.deepEqual([after.kind, after.startsAt?.toISOString(), after.endsAt?.toISOString(), after.venue], ['extraordinary', '2026-06-16T16:30:00.000Z', '2026-06-16T18:00:00.000Z', 'Council Chamber']);
  });

  it('cancels a meeting with a public notice on its page, the committee’s page and in the calendar', async () => {
    const meeting = await database.db.selectFrom('meeting').selectAll().where('committeeId', '=', children.id).where('date', '=', '2026-07-14').executeTakeFirstOrThrow();
    await clerk.get(`/manage/meetings/${meeting.id}/cancel`);
    const empty = await clerk.post(`/manage/meetings/${meeting.id}/cancel`, { reason: ' ' });
    assert.equal(empty.statusCode, 400);
    assert.deepEqual(hrefs(cheerio.load(empty.body)), ['#reason']);
    const response = await clerk.post(`/manage/meetings/${meeting.id}/cancel`, { reason: 'There is no business to transact' });
    assert.equal(response.statusCode, 303);

    const { $ } = await getPage(app, '/committees/children/meetings/2026-07-14');
    assert.match(textOf($, '#notices'), /The meeting on Tuesday 14 July 2026 was cancelled: There is no business to transact\. Notice given on/);
    const { $: $committee } = await getPage(app, '/committees/children');
    assert.match(textOf($committee, '#meeting-changes'), /The meeting on Tuesday 14 July 2026 was cancelled/);
    const ics = await getPage(app, '/committees/children/calendar.ics');
    const event = new ICAL.Component(ICAL.parse(ics.response.body)).getAllSubcomponents('vevent').find((e) => e.getFirstPropertyValue('uid') === `meeting-${meeting.id}@gavel.test`)!;
    assert.equal(event.getFirstPropertyValue('status'), 'CANCELLED');
    assert.equal(event.getFirstPropertyValue('sequence'), 1);
    const audit = await database.db.selectFrom('auditEvent').select('action').where('entity', '=', 'meeting').where('entityId', '=', String(meeting.id)).orderBy('id', 'desc').executeTakeFirstOrThrow();
    assert.equal(audit.action, 'cancel');

    const again = await clerk.post(`/manage/meetings/${meeting.id}/move`, { 'date-day': '21', 'date-month': '7', 'date-year': '2026', startTime: '6pm', reason: 'x' });
    assert.equal(again.statusCode, 400);
    assert.match(textOf(cheerio.load(again.body), '.govuk-error-summary'), /This meeting is cancelled, so it cannot be moved or cancelled/);
  });

  it('moves a meeting after showing the notice, keeps its old address and its calendar UID', async () => {
    const meeting = await database.db.selectFrom('meeting').selectAll().where('committeeId', '=', children.id).where('date', '=', '2026-09-08').executeTakeFirstOrThrow();
    const { $: $form } = await clerk.get(`/manage/meetings/${meeting.id}/move`);
    assert.equal($form('#date-day').val(), '8');
    const unchanged = await clerk.post(`/manage/meetings/${meeting.id}/move`, { 'date-day': '8', 'date-month': '9', 'date-year': '2026', startTime: '6pm', endTime: '', venue: 'Committee Room 1', reason: 'x' });
    assert.equal(unchanged.statusCode, 400);
    assert.deepEqual(hrefs(cheerio.load(unchanged.body)), ['#date-day']);

    const form = { 'date-day': '15', 'date-month': '9', 'date-year': '2026', startTime: '6pm', endTime: '', venue: 'Committee Room 1', reason: 'The chair is unwell' };
    const first = await clerk.post(`/manage/meetings/${meeting.id}/move`, form);
    assert.equal(first.statusCode, 200);
    const $ = cheerio.load(first.body);
    assert.match(textOf($, '#warnings .govuk-inset-text'), /This meeting was moved from Tuesday 8 September 2026 to Tuesday 15 September 2026: The chair is unwell\./);
    assert.equal((await database.db.selectFrom('meeting').select('date').where('id', '=', meeting.id).executeTakeFirstOrThrow()).date, '2026-09-08');
    const moved = await clerk.post(`/manage/meetings/${meeting.id}/move`, { ...form, warningsShown: String($('input[name="warningsShown"]').val()), confirmWarnings: 'yes' });
    assert.equal(moved.statusCode, 303);

    const old = await app.inject({ method: 'GET', url: '/committees/children/meetings/2026-09-08' });
    assert.equal(old.statusCode, 301);
    assert.equal(old.headers.location, '/committees/children/meetings/2026-09-15');
    const oldCalendar = await app.inject({ method: 'GET', url: '/committees/children/meetings/2026-09-08/calendar.ics' });
    assert.equal(oldCalendar.headers.location, '/committees/children/meetings/2026-09-15/calendar.ics');
    const { $: $page } = await getPage(app, '/committees/children/meetings/2026-09-15');
    assert.match(textOf($page, '#notices'), /This meeting was moved from Tuesday 8 September 2026 to Tuesday 15 September 2026: The chair is unwell\./);
    const { $: $committee } = await getPage(app, '/committees/children');
    assert.match(textOf($committee, '#meeting-changes'), /moved from Tuesday 8 September 2026 to Tuesday 15 September 2026/);

    const ics = await getPage(app, '/committees/children/meetings/2026-09-15/calendar.ics');
    const [event] = new ICAL.Component(ICAL.parse(ics.response.body)).getAllSubcomponents('vevent');
    assert.equal(event!.getFirstPropertyValue('uid'), `meeting-${meeting.id}@gavel.test`);
    assert.equal(event!.getFirstPropertyValue('sequence'), 1);
    assert.equal(String(event!.getFirstPropertyValue('dtstart')), '2026-09-15T17:00:00Z');
    const audit = await database.db.selectFrom('auditEvent').selectAll().where('entity', '=', 'meeting').where('entityId', '=', String(meeting.id)).orderBy('id', 'desc').executeTakeFirstOrThrow();
    assert.equal(audit.action, 'move');
    assert.equal((audit.before as { date: string }).date, '2026-09-08');
    assert.equal((audit.after as { slug: string }).slug, '2026-09-15');
  });

  it('lists meetings upcoming first and filters by committee and year', async () => {
    const { $ } = await clerk.get(`/manage/meetings?committee=${planning.id}`);
    assert.deepEqual($('table:has(caption:contains("Upcoming")) tbody tr').map((_, tr) => $(tr).find('td').eq(1).text().trim()).get(), ['Planning Committee']);
    const { $: $all } = await clerk.get(`/manage/meetings?year=${yearId}`);
    const dates = $all('table:has(caption:contains("Upcoming")) tbody tr td:first-child a').map((_, a) => $all(a).text().split(',')[0]!.trim()).get();
    assert.equal(dates[0], 'Tuesday 12 May 2026');
    assert.ok(dates.length > 10);
  });

  it('is still 404 for an address that never was a meeting', async () => {
    await getPage(app, '/committees/children/meetings/2026-09-09', 404);
  });

  for (const role of ['councillor', 'report-author'] as const) {
    it(`lets a ${role} read the list but refuses them every scheduling page and post`, async () => {
      const staff = await signedInAs(app, database.db, role);
      const meeting = await database.db.selectFrom('meeting').select('id').where('committeeId', '=', children.id).where('status', '=', 'scheduled').orderBy('date').executeTakeFirstOrThrow();
      const { $ } = await staff.get('/manage/meetings');
      assert.equal($('a[href^="/manage/meetings/schedule"], a[href^="/manage/meetings/new"]').length, 0);
      for (const url of ['/manage/meetings/new', '/manage/meetings/schedule', `/manage/meetings/${meeting.id}/edit`, `/manage/meetings/${meeting.id}/cancel`, `/manage/meetings/${meeting.id}/move`]) await staff.get(url, 403);
      await staff.get('/manage/meetings');
      const before = await database.db.selectFrom('meeting').select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow();
      assert.equal((await staff.post('/manage/meetings', oneMeeting({ 'date-day': '23' }))).statusCode, 403);
      assert.equal((await staff.post('/manage/meetings/schedule', { action: 'create', committeeId: String(children.id), municipalYearId: String(yearId), kind: 'ordinary', rowCount: '1', 'row-0-include': 'yes', 'row-0-date-day': '1', 'row-0-date-month': '10', 'row-0-date-year': '2026', 'row-0-startTime': '6pm' })).statusCode, 403);
      assert.equal((await staff.post(`/manage/meetings/${meeting.id}/cancel`, { reason: 'Taken over' })).statusCode, 403);
      assert.equal((await staff.post(`/manage/meetings/${meeting.id}/move`, { 'date-day': '1', 'date-month': '10', 'date-year': '2026', startTime: '6pm', reason: 'x', confirmWarnings: 'yes' })).statusCode, 403);
      assert.equal((await staff.post(`/manage/meetings/${meeting.id}/edit`, { kind: 'special', startTime: '1pm' })).statusCode, 403);
      const afterCount = await database.db.selectFrom('meeting').select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow();
      assert.equal(afterCount.n, before.n);
      const unchanged = await database.db.selectFrom('meeting').select(['status', 'kind']).where('id', '=', meeting.id).executeTakeFirstOrThrow();
      assert.deepEqual(unchanged, { status: 'scheduled', kind: 'ordinary' });
    });
  }
});
