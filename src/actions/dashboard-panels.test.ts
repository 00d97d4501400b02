import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { CheerioAPI } from 'cheerio';
import type { FastifyInstance } from 'fastify';
import { buildTestApp } from '../../test/build-test-app.ts';
import { openTestDatabase, type TestDatabaseHandle } from '../../test/support/database.ts';
import { insertPerson } from '../../test/factories.ts';
import { signedInAs } from '../../test/support/staff.ts';
import { FOLLOW_THROUGH_TODAY, seedFollowThrough } from './testing/follow-through-fixture.ts';

const linksIn = ($: CheerioAPI, labelledBy: string) => $(`[aria-labelledby="${labelledBy}"] tbody tr td:first-child a`).map((_, a) => $(a).text().trim()).get();

describe('dashboard panels for follow-through', () => {
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

  it('shows a scrutiny officer every overdue action, longest overdue first, and the responses late and due', async () => {
    const officer = await signedInAs(app, database.db, 'scrutiny-officer');
    const { $ } = await officer.get('/manage');
    assert.equal($('#overdue-actions').text().trim(), 'Overdue actions');
    assert.deepEqual(linksIn($, 'overdue-actions').map((t) => t.split(':')[0]), ['1', '5', '6']);
    assert.match($('[aria-labelledby="overdue-actions"] tbody tr').first().text(), /17 days late/);
    assert.equal($('#responses-late').text().trim(), 'Late');
    assert.deepEqual(linksIn($, 'responses-late').map((t) => t.slice(0, 3)), ['(b)', '(a)']);
    assert.equal($('#responses-due').next('p').text().trim(), 'No responses are due in the next four weeks.');
  });

  it('shows a report author their own outstanding actions and no responses', async () => {
    const author = await signedInAs(app, database.db, 'report-author', { personId: seed.people.roads.id });
    const { $ } = await author.get('/manage');
    assert.equal($('#overdue-actions').text().trim(), 'Your actions');
    assert.deepEqual(linksIn($, 'overdue-actions').map((t) => t.split(':')[0]), ['1', '6']);
    assert.equal($('#responses').length, 0);
  });

  it('shows a chair the overdue actions and late responses of the committees they chair, and no others', async () => {
    const chairOf = async (committeeSlug: string, fullName: string, slug: string) => {
      const person = await insertPerson(database.db, { fullName, slug });
      const committee = await database.db.selectFrom('committee').select('id').where('slug', '=', committeeSlug).executeTakeFirstOrThrow();
      await database.db.insertInto('membership').values({ committeeId: committee.id, personId: person.id, role: 'chair', startsOn: '2025-05-20', endsOn: null, represents: null, sourceDocumentId: null, sourceLineFrom: null, sourceLineTo: null }).execute();
      return signedInAs(app, database.db, 'councillor', { personId: person.id });
    };
    const placeChair = await chairOf('place-scrutiny', 'Robin Ash', 'robin-ash');
    let { $ } = await placeChair.get('/manage');
    assert.deepEqual(linksIn($, 'overdue-actions').map((t) => t.split(':')[0]), ['1', '5', '6']);
    assert.match($('#overdue-actions').next('p').text(), /on the committees you chair/);
    assert.deepEqual(linksIn($, 'responses-late').map((t) => t.slice(0, 3)), ['(b)', '(a)']);
    const auditChair = await chairOf('audit', 'Kit Birch', 'kit-birch');
    ({ $ } = await auditChair.get('/manage'));
    assert.equal($('#overdue-actions').next('p').text().trim(), 'No actions are overdue.');
    assert.equal($('#responses-late').next('p').text().trim(), 'No responses are late.');
  });

  it('shows a councillor who chairs nothing neither panel', async () => {
    const councillor = await signedInAs(app, database.db, 'councillor');
    const { $ } = await councillor.get('/manage');
    assert.equal($('#overdue-actions').length, 0);
    assert.equal($('#responses').length, 0);
  });
});
