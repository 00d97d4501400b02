import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import * as cheerio from 'cheerio';
import type { FastifyInstance } from 'fastify';
import { buildTestApp, textOf } from '../../test/build-test-app.ts';
import { insertCommittee, insertCouncil, insertMeeting } from '../../test/factories.ts';
import { openTestDatabase, type TestDatabaseHandle } from '../../test/support/database.ts';
import { signedInAs } from '../../test/support/staff.ts';

const scrutinyForm = {
  name: 'Children and Young People Scrutiny Committee',
  kind: 'scrutiny',
  parentCommitteeId: '',
  purpose: 'Scrutinises services for children, schools and families.',
  quorum: '3',
  contactName: 'Sam Clerk',
  contactEmail: 'democratic.services@northwold.example',
  contactPhone: '01234 567890',
  defaultVenue: 'Committee Room 1, Civic Centre',
  reportDeadlineWorkingDays: '8',
  questionDeadlineWorkingDays: '2',
  questionDeadlineTime: '5pm',
};

describe('committees in the back office', () => {
  let database: TestDatabaseHandle;
  let app: FastifyInstance;
  before(async () => {
    database = await openTestDatabase('pglite');
    await insertCouncil(database.db);
    app = await buildTestApp(database);
  });
  after(async () => {
    await app.close();
    await database.close();
  });

  const crumbs = ($: cheerio.CheerioAPI) => $('.govuk-breadcrumbs__list-item').map((_, li) => `${$(li).text().trim()} ${$(li).find('a').attr('href')}`).get();

  it('adds a committee with its deadline rules and audits it', async () => {
    const clerk = await signedInAs(app, database.db, 'democratic-services');
    const form = await clerk.get('/manage/committees/new');
    assert.deepEqual(crumbs(form.$), ['Back office /manage', 'Committees /manage/committees']);
    const response = await clerk.post('/manage/committees', scrutinyForm);
    assert.equal(response.statusCode, 303);
    const committee = await database.db.selectFrom('committee').selectAll().where('name', '=', scrutinyForm.name).executeTakeFirstOrThrow();
    assert.equal(response.headers.location, `/manage/committees/${committee.id}?done=created`);
    assert.deepEqual(
      [committee.slug, committee.quorum, committee.reportDeadlineWorkingDays, committee.questionDeadlineWorkingDays, committee.questionDeadlineTime],
      ['children-and-young-people-scrutiny-committee', 3, 8, 2, '17:00:00'],
    );
    const { $ } = await clerk.get(response.headers.location as string);
    assert.equal(textOf($, '.govuk-notification-banner'), 'Success The committee is added.');
    assert.match(textOf($, '.govuk-summary-list'), /2 working days before the meeting, by 5pm/);
    const audit = await database.db.selectFrom('auditEvent').select(['action', 'summary']).where('entity', '=', 'committee').where('entityId', '=', String(committee.id)).executeTakeFirstOrThrow();
    assert.deepEqual(audit, { action: 'create', summary: `Added ${scrutinyForm.name}` });
  });

  it('asks a task and finish group for its parent scrutiny committee and scope, naming the fields', async () => {
    const clerk = await signedInAs(app, database.db, 'democratic-services');
    await clerk.get('/manage/committees/new');
    const response = await clerk.post('/manage/committees', { name: 'School Transport Review', kind: 'task-and-finish', parentCommitteeId: '', purpose: '', questionDeadlineTime: 'soon' });
    assert.equal(response.statusCode, 400);
    const $ = cheerio.load(response.body);
    assert.match($('title').text(), /^Error: /);
    assert.deepEqual($('.govuk-error-summary a').map((_, a) => $(a).attr('href')).get(), ['#parentCommitteeId', '#purpose', '#questionDeadlineTime']);
    assert.equal(textOf($, '#parentCommitteeId-error'), 'Error: Choose the scrutiny committee the task and finish group reports to');
    assert.equal(await database.db.selectFrom('committee').select('id').where('name', '=', 'School Transport Review').executeTakeFirst(), undefined);
  });

  it('adds a task and finish group under its scrutiny committee and warns while it has fewer than two members', async () => {
    const clerk = await signedInAs(app, database.db, 'democratic-services');
    const parent = await database.db.selectFrom('committee').select('id').where('name', '=', scrutinyForm.name).executeTakeFirstOrThrow();
    await clerk.get('/manage/committees/new');
    const response = await clerk.post('/manage/committees', { name: 'School Transport Review', kind: 'task-and-finish', parentCommitteeId: String(parent.id), purpose: 'Review home to school transport' });
    assert.equal(response.statusCode, 303);
    const { $ } = await clerk.get(response.headers.location as string);
    assert.match(textOf($, '.govuk-warning-text'), /needs at least 2 members; this one has 0/);
    const { $: $parent } = await clerk.get(`/manage/committees/${parent.id}`);
    assert.match(textOf($parent, 'main'), /Groups reporting to this committee School Transport Review/);
  });

  it('changes a committee’s details, keeping its address', async () => {
    const clerk = await signedInAs(app, database.db, 'democratic-services');
    const committee = await insertCommittee(database.db, { name: 'Audit Committee', slug: 'audit', kind: 'regulatory' });
    const { $ } = await clerk.get(`/manage/committees/${committee.id}/edit`);
    assert.equal($('#name').val(), 'Audit Committee');
    assert.equal($('#quorum').val(), '3');
    assert.deepEqual(crumbs($), ['Back office /manage', 'Committees /manage/committees', `Audit Committee /manage/committees/${committee.id}`]);
    const response = await clerk.post(`/manage/committees/${committee.id}`, { ...scrutinyForm, name: 'Audit and Governance Committee', kind: 'regulatory', questionDeadlineTime: '' });
    assert.equal(response.statusCode, 303);
    const after = await database.db.selectFrom('committee').selectAll().where('id', '=', committee.id).executeTakeFirstOrThrow();
    assert.deepEqual([after.name, after.slug, after.questionDeadlineTime], ['Audit and Governance Committee', 'audit', null]);
    const audit = await database.db.selectFrom('auditEvent').selectAll().where('entity', '=', 'committee').where('entityId', '=', String(committee.id)).executeTakeFirstOrThrow();
    assert.equal((audit.before as { name: string }).name, 'Audit Committee');
    assert.equal((audit.after as { name: string }).name, 'Audit and Governance Committee');
  });

  it('refuses to deactivate a committee with meetings ahead, then deactivates it once they are cancelled', async () => {
    const clerk = await signedInAs(app, database.db, 'democratic-services');
    const committee = await insertCommittee(database.db, { name: 'Standards Committee', kind: 'regulatory' });
    const meeting = await insertMeeting(database.db, committee.id, '2026-04-20');
    await clerk.get(`/manage/committees/${committee.id}`);
    const refused = await clerk.post(`/manage/committees/${committee.id}/active`, { active: 'false' });
    assert.equal(refused.statusCode, 400);
    assert.match(cheerio.load(refused.body)('.govuk-error-summary').text(), /Cancel the committee’s upcoming meeting before deactivating it/);
    await database.db.updateTable('meeting').set({ status: 'cancelled' }).where('id', '=', meeting.id).execute();
    const response = await clerk.post(`/manage/committees/${committee.id}/active`, { active: 'false' });
    assert.equal(response.statusCode, 303);
    const { $ } = await clerk.get('/manage/committees');
    assert.match(textOf($, 'table:has(caption:contains("Inactive committees"))'), /Standards Committee/);
    const { $: $public } = await clerk.get('/committees');
    assert.doesNotMatch(textOf($public, 'main'), /Standards Committee/);
  });

  for (const role of ['councillor', 'report-author'] as const) {
    it(`refuses a ${role} the pages and direct posts`, async () => {
      const staff = await signedInAs(app, database.db, role);
      const committee = await insertCommittee(database.db);
      for (const url of ['/manage/committees', '/manage/committees/new', `/manage/committees/${committee.id}`, `/manage/committees/${committee.id}/edit`]) await staff.get(url, 403);
      await staff.get('/manage');
      assert.equal((await staff.post('/manage/committees', scrutinyForm)).statusCode, 403);
      assert.equal((await staff.post(`/manage/committees/${committee.id}`, { ...scrutinyForm, name: 'Renamed' })).statusCode, 403);
      assert.equal((await staff.post(`/manage/committees/${committee.id}/active`, { active: 'false' })).statusCode, 403);
      const after = await database.db.selectFrom('committee').select(['name', 'isActive']).where('id', '=', committee.id).executeTakeFirstOrThrow();
      assert.deepEqual(after, { name: committee.name, isActive: true });
    });
  }

  it('shows the committees section to an administrator but not scheduling', async () => {
    const administrator = await signedInAs(app, database.db, 'administrator');
    const committee = await insertCommittee(database.db);
    const { $ } = await administrator.get(`/manage/committees/${committee.id}`);
    assert.equal($('a[href^="/manage/meetings/schedule"]').length, 0);
    assert.ok($('.govuk-service-navigation a[href="/manage/committees"]').length);
  });
});
