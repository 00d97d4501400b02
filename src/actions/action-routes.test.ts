import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { CheerioAPI } from 'cheerio';
import type { FastifyInstance } from 'fastify';
import { buildTestApp } from '../../test/build-test-app.ts';
import { openTestDatabase, type TestDatabaseHandle } from '../../test/support/database.ts';
import { signedInAs, TestBrowser } from '../../test/support/staff.ts';
import { listJobs } from '../jobs/job-repository.ts';
import { EXEMPT_ACTION_MARKER, FOLLOW_THROUGH_TODAY, seedFollowThrough } from './testing/follow-through-fixture.ts';

const numbersIn = ($: CheerioAPI) => $('tbody tr').map((_, tr) => $(tr).find('td').first().text().trim()).get();
const fieldError = ($: CheerioAPI, id: string) => $(`#${id}-error`).text().replace('Error:', '').trim();

describe('back-office action log', () => {
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

  it('lists every committee’s actions for a clerk, exempt ones included and marked', async () => {
    const clerk = await signedInAs(app, database.db, 'democratic-services');
    const { $ } = await clerk.get('/manage/actions');
    assert.equal($('h1').text().trim(), 'Actions');
    assert.deepEqual(numbersIn($).sort(), ['1', '2', '3', '4', '5', '6', '7', 'A1'].sort());
    const exemptRow = $('tbody tr').filter((_, tr) => $(tr).text().includes(EXEMPT_ACTION_MARKER));
    assert.equal(exemptRow.find('.govuk-tag').first().text().trim(), 'Exempt');
  });

  it('filters by status, with overdue from the day after the due date, soonest due first', async () => {
    const clerk = await signedInAs(app, database.db, 'scrutiny-officer');
    const overdue = await clerk.get('/manage/actions?status=overdue');
    assert.deepEqual(numbersIn(overdue.$), ['1', '5', '6']);
    assert.equal(overdue.$('#status option[selected]').text().trim(), 'Overdue (3)');
    const inProgress = await clerk.get('/manage/actions?status=in-progress');
    assert.deepEqual(numbersIn(inProgress.$), ['2'], 'due today is not yet overdue');
    const completed = await clerk.get('/manage/actions?status=completed');
    assert.deepEqual(numbersIn(completed.$).sort(), ['4', '7']);
    const late = completed.$('tbody tr').filter((_, tr) => completed.$(tr).find('td').first().text().trim() === '4');
    assert.match(late.text(), /Completed 6 February 2026, 7 days late/);
    const imported = completed.$('tbody tr').filter((_, tr) => completed.$(tr).find('td').first().text().trim() === '7');
    assert.match(imported.text(), /Completed \(date not recorded\)/);
  });

  it('filters by committee and by owner together', async () => {
    const clerk = await signedInAs(app, database.db, 'scrutiny-officer');
    const { $ } = await clerk.get(`/manage/actions?committee=place-scrutiny&owner=${seed.people.roads.id}&status=outstanding`);
    assert.deepEqual(numbersIn($), ['1', '6']);
    assert.equal($('.govuk-caption-l').first().text().trim(), 'Place Scrutiny Committee');
    await clerk.get('/manage/actions?committee=no-such-committee', 404);
    await clerk.get('/manage/actions?status=lost', 400);
  });

  it('shows a report author only their own actions, and lets them report on them', async () => {
    const author = await signedInAs(app, database.db, 'report-author', { personId: seed.people.transport.id });
    const list = await author.get(`/manage/actions?owner=${seed.people.roads.id}`);
    assert.equal(list.$('h1').text().trim(), 'Your actions');
    assert.deepEqual(numbersIn(list.$).sort(), ['2', '3'], 'the owner filter cannot widen their view');
    const own = seed.actionId('3');
    await author.get(`/manage/actions/${own}`);
    const response = await author.post(`/manage/actions/${own}/progress`, { progress: 'Consultation plan drafted', status: '' });
    assert.equal(response.statusCode, 303);
    const row = await database.db.selectFrom('action').select(['status']).where('id', '=', own).executeTakeFirstOrThrow();
    assert.equal(row.status, 'in-progress', 'a progress note starts work on an open action');
  });

  it('refuses a report author another owner’s action, through the page and a direct POST', async () => {
    const author = await signedInAs(app, database.db, 'report-author', { personId: seed.people.transport.id });
    const others = seed.actionId('1');
    await author.get(`/manage/actions/${others}`, 403);
    await author.get('/manage/actions');
    const post = await author.post(`/manage/actions/${others}/progress`, { progress: 'Not mine to say', status: 'completed', 'completedOn-day': '1', 'completedOn-month': '3', 'completedOn-year': '2026' });
    assert.equal(post.statusCode, 403);
    await author.get(`/manage/actions/${others}/edit`, 403);
    assert.equal((await author.post(`/manage/actions/${seed.actionId('3')}/link`)).statusCode, 403, 'owners do not send links');
    const updates = await database.db.selectFrom('actionUpdate').select('text').where('actionId', '=', others).execute();
    assert.ok(!updates.some((u) => u.text === 'Not mine to say'));
  });

  it('refuses a councillor every action page and change', async () => {
    const councillor = await signedInAs(app, database.db, 'councillor');
    await councillor.get('/manage/actions', 403);
    await councillor.get(`/manage/actions/${seed.actionId('1')}`, 403);
    await councillor.get('/manage', 200);
    for (const url of [`/manage/actions/${seed.actionId('1')}/progress`, `/manage/actions/${seed.actionId('1')}`, '/manage/actions', `/manage/actions/${seed.actionId('1')}/link`]) {
      assert.equal((await councillor.post(url, { progress: 'x', description: 'x' })).statusCode, 403, url);
    }
  });

  it('sends the public to sign in, for pages and direct POSTs', async () => {
    const visitor = new TestBrowser(app);
    const page = await visitor.request('GET', `/manage/actions/${seed.actionId('1')}`);
    assert.equal(page.statusCode, 303);
    assert.match(page.headers.location as string, /^\/sign-in\?next=/);
    await visitor.get('/sign-in');
    const post = await visitor.post(`/manage/actions/${seed.actionId('1')}/progress`, { progress: 'Sneaky' });
    assert.equal(post.statusCode, 303);
    assert.match(post.headers.location as string, /^\/sign-in/);
  });

  it('records a clerk’s progress report with its date, author and audit entry', async () => {
    const clerk = await signedInAs(app, database.db, 'democratic-services', { name: 'Nia Clerk' });
    const id = seed.actionId('5');
    await clerk.get(`/manage/actions/${id}`);
    const response = await clerk.post(`/manage/actions/${id}/progress`, { progress: 'Chased finance by phone', status: 'in-progress' });
    assert.equal(response.statusCode, 303);
    const { $ } = await clerk.get(response.headers.location as string);
    assert.equal($('.govuk-notification-banner__heading, .govuk-notification-banner__content').first().text().trim(), 'Progress recorded');
    assert.match($('.gavel-update').first().text(), /2 March 2026.*Nia Clerk.*Chased finance by phone/s);
    const audit = await database.db.selectFrom('auditEvent').selectAll().where('entity', '=', 'action').where('entityId', '=', String(id)).executeTakeFirstOrThrow();
    assert.equal(audit.summary, 'Changed action 5 of the Place Scrutiny Committee to in progress');
    assert.equal(audit.userName, 'Nia Clerk');
  });

  it('asks for the date an action was completed and refuses one in the future, saving nothing', async () => {
    const clerk = await signedInAs(app, database.db, 'scrutiny-officer');
    const id = seed.actionId('3');
    await clerk.get(`/manage/actions/${id}`);
    const missing = await clerk.post(`/manage/actions/${id}/progress`, { status: 'completed', 'completedOn-day': '', 'completedOn-month': '', 'completedOn-year': '' });
    assert.equal(missing.statusCode, 400);
    const $missing = (await import('cheerio')).load(missing.body);
    assert.equal(fieldError($missing, 'completedOn'), 'Enter the date the action was completed');
    assert.equal($missing('.govuk-error-summary a').attr('href'), '#completedOn-day');
    assert.match($missing('title').text(), /^Error: /);
    const future = await clerk.post(`/manage/actions/${id}/progress`, { status: 'completed', 'completedOn-day': '3', 'completedOn-month': '3', 'completedOn-year': '2026' });
    assert.equal(future.statusCode, 400);
    assert.match(future.body, /The date completed must be today or in the past/);
    const nothing = await clerk.post(`/manage/actions/${id}/progress`, { progress: '   ' });
    assert.equal(nothing.statusCode, 400);
    assert.match(nothing.body, /Enter a progress update, or choose a new status/);
    const row = await database.db.selectFrom('action').select(['status', 'completedOn']).where('id', '=', id).executeTakeFirstOrThrow();
    assert.notEqual(row.status, 'completed');
  });

  it('adds an action with the next number in the committee’s log, and audits it', async () => {
    const clerk = await signedInAs(app, database.db, 'democratic-services');
    const form = await clerk.get('/manage/actions/new?committee=place-scrutiny');
    assert.equal(form.$('#number').val(), '8');
    const response = await clerk.post('/manage/actions', {
      committee: 'place-scrutiny',
      minute: `i${seed.items.buses.id}`,
      number: '8',
      description: 'Ask the bus partnership for its fares review',
      ownerPersonId: String(seed.people.transport.id),
      ownerName: '',
      directorate: '',
      'dueOn-day': '30',
      'dueOn-month': '4',
      'dueOn-year': '2026',
      dueText: '',
    });
    assert.equal(response.statusCode, 303);
    const id = Number(/\/manage\/actions\/(\d+)/.exec(response.headers.location as string)![1]);
    const saved = await database.db.selectFrom('action').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    assert.deepEqual([saved.number, saved.meetingId, saved.agendaItemId, saved.dueOn, saved.directorate, saved.ownerName, saved.origin], ['8', seed.meetings.february.id, seed.items.buses.id, '2026-04-30', 'Economy and Place', 'Tom Transport', 'gavel']);
    const audit = await database.db.selectFrom('auditEvent').select('summary').where('entity', '=', 'action').where('action', '=', 'create').where('entityId', '=', String(id)).executeTakeFirstOrThrow();
    assert.equal(audit.summary, 'Added action 8 to the Place Scrutiny Committee action log');
  });

  it('refuses a meeting of another committee, a number already used and a missing owner, naming each field', async () => {
    const clerk = await signedInAs(app, database.db, 'democratic-services');
    await clerk.get('/manage/actions/new?committee=place-scrutiny');
    const before = await database.db.selectFrom('action').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    const response = await clerk.post('/manage/actions', {
      committee: 'place-scrutiny',
      minute: `i${seed.items.accounts.id}`,
      number: '2',
      description: 'Something',
      ownerPersonId: '',
      ownerName: '',
      'dueOn-day': '31',
      'dueOn-month': '2',
      'dueOn-year': '2026',
    });
    assert.equal(response.statusCode, 400);
    const $ = (await import('cheerio')).load(response.body);
    assert.deepEqual($('.govuk-error-summary a').map((_, a) => $(a).text().trim()).get(), ['Choose who owns the action, or type their name', 'Due date must be a real date']);
    const again = await clerk.post('/manage/actions', { committee: 'place-scrutiny', minute: `i${seed.items.accounts.id}`, number: '2', description: 'Something', ownerName: 'Clerk to the committee' });
    const $again = (await import('cheerio')).load(again.body);
    assert.deepEqual($again('.govuk-error-summary a').map((_, a) => $again(a).attr('href')).get(), ['#minute', '#number']);
    assert.equal(fieldError($again, 'number'), 'Action 2 is already in this committee’s action log');
    const after = await database.db.selectFrom('action').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    assert.equal(Number(after.n), Number(before.n));
  });

  it('lets an imported action that names no meeting keep none, while a new action must name one', async () => {
    const clerk = await signedInAs(app, database.db, 'democratic-services');
    const { id } = await database.db
      .insertInto('action')
      .values({ committeeId: seed.committee.id, meetingId: null, agendaItemId: null, number: '99', description: 'Chase the bus shelter survey', ownerPersonId: null, ownerName: 'Head of Transport', directorate: null, dueOn: null, dueText: 'Ongoing', completedOn: null, origin: 'import', sourceDocumentId: null, sourceLineFrom: null, sourceLineTo: null })
      .returning('id')
      .executeTakeFirstOrThrow();
    const edit = await clerk.get(`/manage/actions/${id}/edit`);
    assert.equal(edit.$('#minute option').first().text().trim(), 'Not recorded (as imported)');
    const saved = await clerk.post(`/manage/actions/${id}`, { minute: '', number: '99', description: 'Chase the bus shelter survey', ownerName: 'Head of Transport', dueText: 'Ongoing' });
    assert.equal(saved.statusCode, 303);
    await clerk.get('/manage/actions/new?committee=place-scrutiny');
    const refused = await clerk.post('/manage/actions', { committee: 'place-scrutiny', minute: '', description: 'Something', ownerName: 'Clerk to the committee' });
    assert.equal(refused.statusCode, 400);
    assert.match(refused.body, /Select the meeting and item that raised the action/);
  });

  it('emails the owner a link, and says why it cannot when the owner has no email address', async () => {
    const clerk = await signedInAs(app, database.db, 'scrutiny-officer');
    await clerk.get(`/manage/actions/${seed.actionId('2')}`);
    const sent = await clerk.post(`/manage/actions/${seed.actionId('2')}/link`);
    assert.equal(sent.statusCode, 303);
    const email = (await listJobs(database.db, 'waiting')).find((j) => (j.payload as { subject: string }).subject.startsWith('Action 2 for the Place Scrutiny Committee'));
    assert.deepEqual((email?.payload as { to: string[] }).to, ['tom.transport@northwold.example']);
    const links = await database.db.selectFrom('actionUpdateLink').selectAll().where('actionId', '=', seed.actionId('2')).execute();
    assert.equal(links.length, 1);
    assert.ok(!(email!.payload as { text: string }).text.includes(links[0]!.tokenHash), 'the email carries the token, the database only its hash');
    const noEmail = await clerk.post(`/manage/actions/${seed.actionId('5')}/link`);
    assert.equal(noEmail.statusCode, 400);
    assert.match(noEmail.body, /Fay Finance has no email address in Gavel/);
  });

  it('withdraws the links sent to the old owner when the action passes to someone else', async () => {
    const clerk = await signedInAs(app, database.db, 'scrutiny-officer');
    const id = seed.actionId('3');
    await clerk.get(`/manage/actions/${id}`);
    await clerk.post(`/manage/actions/${id}/link`);
    const edit = await clerk.get(`/manage/actions/${id}/edit`);
    assert.equal(edit.$('#minute option[selected]').val(), `i${seed.items.buses.id}`);
    const response = await clerk.post(`/manage/actions/${id}`, {
      minute: `i${seed.items.buses.id}`,
      number: '3',
      description: 'Circulate the route consultation plan',
      ownerPersonId: String(seed.people.roads.id),
      'dueOn-day': '9',
      'dueOn-month': '3',
      'dueOn-year': '2026',
    });
    assert.equal(response.statusCode, 303);
    assert.deepEqual(await database.db.selectFrom('actionUpdateLink').select('tokenHash').where('actionId', '=', id).execute(), []);
    const audit = await database.db.selectFrom('auditEvent').select('summary').where('entity', '=', 'action').where('action', '=', 'update').where('entityId', '=', String(id)).executeTakeFirstOrThrow();
    assert.match(audit.summary, /withdrew 1 update link sent to the previous owner/);
  });
});
