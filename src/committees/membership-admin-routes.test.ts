import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import * as cheerio from 'cheerio';
import type { FastifyInstance } from 'fastify';
import { buildTestApp, getPage, textOf } from '../../test/build-test-app.ts';
import { insertCommittee, insertCouncil, insertPerson } from '../../test/factories.ts';
import { openTestDatabase, type TestDatabaseHandle } from '../../test/support/database.ts';
import { signedInAs } from '../../test/support/staff.ts';

const today = '2026-03-02';
const place = (overrides: Record<string, string> = {}) => ({
  place: 'member',
  role: 'member',
  memberType: 'councillor',
  represents: '',
  'startsOn-day': '13',
  'startsOn-month': '5',
  'startsOn-year': '2025',
  ...overrides,
});

describe('committee memberships in the back office', () => {
  let database: TestDatabaseHandle;
  let app: FastifyInstance;
  let committeeId: number;
  before(async () => {
    database = await openTestDatabase('pglite');
    await insertCouncil(database.db);
    committeeId = (await insertCommittee(database.db, { name: 'Children and Young People Scrutiny Committee', slug: 'children', kind: 'scrutiny' })).id;
    app = await buildTestApp(database, today);
  });
  after(async () => {
    await app.close();
    await database.close();
  });

  it('adds an existing councillor as chair and shows them on the public committee page', async () => {
    const clerk = await signedInAs(app, database.db, 'democratic-services');
    const ada = await insertPerson(database.db, { fullName: 'Ada Cole', slug: 'ada-cole' });
    await clerk.get(`/manage/committees/${committeeId}/members/new`);
    const response = await clerk.post(`/manage/committees/${committeeId}/members`, { personChoice: 'existing', personId: String(ada.id), ...place({ role: 'chair' }) });
    assert.equal(response.statusCode, 303);
    const { $ } = await getPage(app, '/committees/children');
    assert.match(textOf($, 'table:has(caption:contains("Members"))'), /Councillor Ada Cole Chair/);
    const audit = await database.db.selectFrom('auditEvent').select(['action', 'summary']).where('entity', '=', 'membership').executeTakeFirstOrThrow();
    assert.deepEqual(audit, { action: 'create', summary: 'Added Ada Cole to Children and Young People Scrutiny Committee as chair from 13 May 2025' });
  });

  it('refuses a second chair on the same days, naming the role field, and saves nothing', async () => {
    const clerk = await signedInAs(app, database.db, 'democratic-services');
    const ben = await insertPerson(database.db, { fullName: 'Ben Dale' });
    await clerk.get(`/manage/committees/${committeeId}/members/new`);
    const response = await clerk.post(`/manage/committees/${committeeId}/members`, { personChoice: 'existing', personId: String(ben.id), ...place({ role: 'chair' }) });
    assert.equal(response.statusCode, 400);
    const $ = cheerio.load(response.body);
    assert.equal($('.govuk-error-summary a').attr('href'), '#role');
    assert.match(textOf($, '#role-error'), /Ada Cole is already chair from 13 May 2025/);
    assert.equal($('#personId').val(), String(ben.id));
    assert.equal(await database.db.selectFrom('membership').select('id').where('personId', '=', ben.id).executeTakeFirst(), undefined);
  });

  it('adds someone new as a voting co-optee once the clerk confirms the education warning', async () => {
    const clerk = await signedInAs(app, database.db, 'democratic-services');
    const form = {
      personChoice: 'new',
      newFullName: 'Gwen Hart',
      newKind: 'co-optee',
      newPoliticalGroupId: '',
      newWardId: '',
      newEmail: '',
      ...place({ memberType: 'voting-co-optee', represents: 'Parent governor representative' }),
    };
    await clerk.get(`/manage/committees/${committeeId}/members/new`);
    const first = await clerk.post(`/manage/committees/${committeeId}/members`, form);
    assert.equal(first.statusCode, 200);
    const $first = cheerio.load(first.body);
    assert.match(textOf($first, '#warnings'), /Voting co-optees may vote only on education matters/);
    assert.equal(await database.db.selectFrom('person').select('id').where('fullName', '=', 'Gwen Hart').executeTakeFirst(), undefined);

    const unticked = await clerk.post(`/manage/committees/${committeeId}/members`, { ...form, warningsShown: String($first('input[name="warningsShown"]').val()) });
    assert.equal(unticked.statusCode, 400);
    assert.equal(cheerio.load(unticked.body)('.govuk-error-summary a').attr('href'), '#confirmWarnings');

    const confirmed = await clerk.post(`/manage/committees/${committeeId}/members`, { ...form, warningsShown: String($first('input[name="warningsShown"]').val()), confirmWarnings: 'yes' });
    assert.equal(confirmed.statusCode, 303);
    const gwen = await database.db.selectFrom('person').selectAll().where('fullName', '=', 'Gwen Hart').executeTakeFirstOrThrow();
    assert.deepEqual([gwen.kind, gwen.slug, gwen.familyName, gwen.honorific], ['co-optee', 'gwen-hart', 'Hart', null]);
    const { $ } = await getPage(app, '/committees/children');
    assert.match(textOf($, 'table:has(caption:contains("Co-opted members"))'), /Gwen Hart Co-opted member \(voting\) Parent governor representative/);
    const trail = await database.db.selectFrom('auditEvent').select('entity').where('summary', 'like', '%Gwen Hart%').orderBy('id').execute();
    assert.deepEqual(trail.map((t) => t.entity), ['person', 'membership']);
  });

  it('refuses a named substitute who is already a member', async () => {
    const clerk = await signedInAs(app, database.db, 'democratic-services');
    const ada = await database.db.selectFrom('person').select('id').where('slug', '=', 'ada-cole').executeTakeFirstOrThrow();
    await clerk.get(`/manage/committees/${committeeId}/members/new`);
    const response = await clerk.post(`/manage/committees/${committeeId}/members`, { personChoice: 'existing', personId: String(ada.id), ...place({ place: 'substitute' }) });
    assert.equal(response.statusCode, 400);
    const $ = cheerio.load(response.body);
    assert.equal($('.govuk-error-summary a').first().attr('href'), '#place');
    assert.match(textOf($, '#place-error'), /cannot also be a named substitute/);
  });

  it('names every missing field at once', async () => {
    const clerk = await signedInAs(app, database.db, 'democratic-services');
    await clerk.get(`/manage/committees/${committeeId}/members/new`);
    const response = await clerk.post(`/manage/committees/${committeeId}/members`, { place: 'member', role: 'member', memberType: 'councillor', 'startsOn-day': '31', 'startsOn-month': '2', 'startsOn-year': '2026' });
    const $ = cheerio.load(response.body);
    assert.equal(response.statusCode, 400);
    assert.deepEqual($('.govuk-error-summary a').map((_, a) => $(a).attr('href')).get(), ['#personId', '#startsOn-day']);
    assert.equal(textOf($, '#personId-error'), 'Error: Choose a person from the list, or enter the name of someone new');
    assert.equal(textOf($, '#startsOn-error'), 'Error: Start date must be a real date');
  });

  it('ends a membership, keeping it as history on the person’s public page', async () => {
    const clerk = await signedInAs(app, database.db, 'democratic-services');
    const membership = await database.db.selectFrom('membership as ms').innerJoin('person as p', 'p.id', 'ms.personId').select('ms.id').where('p.slug', '=', 'ada-cole').executeTakeFirstOrThrow();
    await clerk.get(`/manage/memberships/${membership.id}/end`);
    const early = await clerk.post(`/manage/memberships/${membership.id}/end`, { 'endsOn-day': '1', 'endsOn-month': '1', 'endsOn-year': '2025' });
    assert.equal(early.statusCode, 400);
    assert.match(textOf(cheerio.load(early.body), '#endsOn-error'), /same as or after the start date, 13 May 2025/);
    const response = await clerk.post(`/manage/memberships/${membership.id}/end`, { 'endsOn-day': '1', 'endsOn-month': '3', 'endsOn-year': '2026' });
    assert.equal(response.statusCode, 303);
    const { $ } = await getPage(app, '/people/ada-cole');
    assert.match(textOf($, 'table:has(caption:contains("Past committee places"))'), /Children and Young People Scrutiny Committee Chair 13 May 2025 1 March 2026/);
    const { $: $committee } = await clerk.get(`/manage/committees/${committeeId}`);
    assert.match(textOf($committee, '#past-members'), /Ada Cole/);
    const audit = await database.db.selectFrom('auditEvent').select('action').where('entity', '=', 'membership').where('entityId', '=', String(membership.id)).orderBy('id', 'desc').executeTakeFirstOrThrow();
    assert.equal(audit.action, 'end');
  });

  it('lets the next chair start once the last one’s membership has ended', async () => {
    const clerk = await signedInAs(app, database.db, 'democratic-services');
    const ben = await database.db.selectFrom('person').select('id').where('fullName', '=', 'Ben Dale').executeTakeFirstOrThrow();
    await clerk.get(`/manage/committees/${committeeId}/members/new`);
    const response = await clerk.post(`/manage/committees/${committeeId}/members`, { personChoice: 'existing', personId: String(ben.id), ...place({ role: 'chair', 'startsOn-day': '2', 'startsOn-month': '3', 'startsOn-year': '2026' }) });
    assert.equal(response.statusCode, 303);
  });

  it('changes a membership’s role', async () => {
    const clerk = await signedInAs(app, database.db, 'democratic-services');
    const gwen = await database.db.selectFrom('membership as ms').innerJoin('person as p', 'p.id', 'ms.personId').select('ms.id').where('p.fullName', '=', 'Gwen Hart').executeTakeFirstOrThrow();
    const { $ } = await clerk.get(`/manage/memberships/${gwen.id}/edit`);
    assert.equal($('input[name="memberType"]:checked').val(), 'voting-co-optee');
    const response = await clerk.post(`/manage/memberships/${gwen.id}`, place({ memberType: 'non-voting-co-optee', represents: 'Parent governor representative' }));
    assert.equal(response.statusCode, 303);
    const after = await database.db.selectFrom('membership').select('memberType').where('id', '=', gwen.id).executeTakeFirstOrThrow();
    assert.equal(after.memberType, 'non-voting-co-optee');
  });

  for (const role of ['councillor', 'report-author'] as const) {
    it(`refuses a ${role} the membership pages and direct posts`, async () => {
      const staff = await signedInAs(app, database.db, role);
      const person = await insertPerson(database.db);
      const membership = await database.db.selectFrom('membership').select('id').orderBy('id').executeTakeFirstOrThrow();
      for (const url of [`/manage/committees/${committeeId}/members/new`, `/manage/memberships/${membership.id}/edit`, `/manage/memberships/${membership.id}/end`]) await staff.get(url, 403);
      await staff.get('/manage');
      assert.equal((await staff.post(`/manage/committees/${committeeId}/members`, { personChoice: 'existing', personId: String(person.id), ...place() })).statusCode, 403);
      assert.equal((await staff.post(`/manage/memberships/${membership.id}/end`, { 'endsOn-day': '1', 'endsOn-month': '1', 'endsOn-year': '2026' })).statusCode, 403);
      assert.equal(await database.db.selectFrom('membership').select('id').where('personId', '=', person.id).executeTakeFirst(), undefined);
    });
  }
});
