import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { insertStaff } from '../../test/support/staff.ts';
import { openTestDatabase, type TestDatabaseHandle, testEngines } from '../../test/support/database.ts';
import { fixtureTitles } from './topic-fixtures.ts';
import { groupSimilarRecords } from './topic-groups.ts';
import { findRecordsToLink, listLinkCandidates, listUngroupedRecords, titleWordFrequencies } from './topic-candidate-repository.ts';
import { listTopicActions, listTopicAgendaItems, listTopicRecommendations, listTopicResolutions } from './topic-history-repository.ts';
import { decideTopicLink, findCurrentTopic, findTopicBySlug, insertTopic, lexemesOf, listConfirmedLexemes, listConfirmedRecords, listTopics, mergeTopic } from './topic-repository.ts';
import { lexemeWeights, significantLexemes } from './topic-similarity.ts';
import { suggestLinks } from './topic-suggestions.ts';
import { seedTopicRecords, TOPIC_EXEMPT_MARKER } from './topic-test-records.ts';

for (const engine of testEngines) {
  describe(`topic repositories (${engine})`, () => {
    let database: TestDatabaseHandle;
    let seeded: Awaited<ReturnType<typeof seedTopicRecords>>;
    let actor: { id: number; name: string };

    before(async () => {
      database = await openTestDatabase(engine);
      seeded = await seedTopicRecords(database.db);
      const staff = await insertStaff(database.db, 'scrutiny-officer', { name: 'Alex Morgan' });
      actor = { id: staff.id, name: staff.name };
    });
    after(() => database.close());

    const newTopic = (slug: string, name: string) => database.db.transaction().execute((trx) => insertTopic(trx, { slug, name, description: null }));
    const decide = (topicId: number, kind: Parameters<typeof decideTopicLink>[1]['kind'], recordId: number, status: 'confirmed' | 'rejected') =>
      database.db.transaction().execute((trx) => decideTopicLink(trx, { topicId, kind, recordId, status, source: 'suggested', score: 0.8, actor }));

    it('stems the unit tests’ fixture titles as the unit tests say', async () => {
      for (const { title, lexemes } of Object.values(fixtureTitles)) assert.deepEqual((await lexemesOf(database.db, title)).sort(), [...lexemes].sort(), title);
    });

    it('suggests the transport records for a school transport topic, and not the library', async () => {
      const topic = await newTopic('school-transport', 'School transport');
      const words = significantLexemes(await lexemesOf(database.db, topic.name));
      const candidates = await listLinkCandidates(database.db, topic, words);
      const { frequencies, total } = await titleWordFrequencies(database.db);
      const titles = suggestLinks({ nameLexemes: words, linked: [] }, candidates, lexemeWeights(frequencies, total)).map((s) => s.record.title);
      for (const expected of ['School transport', 'Home to school transport policy', 'SEND transport review', 'Home to school transport policy 2026']) assert.ok(titles.includes(expected), `${expected} in ${titles.join('; ')}`);
      assert.ok(!titles.includes('Library opening hours'));
      assert.ok(frequencies.get('transport')! >= 5);
    });

    it('forgets nothing: a rejected record is not suggested again, a confirmed one ties its recommendations and actions', async () => {
      const topic = (await findTopicBySlug(database.db, 'school-transport'))!;
      assert.equal(await decide(topic.id, 'agenda-item', seeded.items.policy.id, 'confirmed'), null);
      assert.equal(await decide(topic.id, 'work-programme-item', seeded.workProgramme.sendReview, 'rejected'), null);
      const candidates = await listLinkCandidates(database.db, topic, ['school', 'transport']);
      assert.ok(!candidates.some((c) => c.kind === 'work-programme-item' && c.id === seeded.workProgramme.sendReview));
      assert.ok(!candidates.some((c) => c.kind === 'agenda-item' && c.id === seeded.items.policy.id));
      const tied = candidates.filter((c) => c.tied).map((c) => `${c.kind}:${c.id}`);
      assert.ok(tied.includes(`recommendation:${seeded.recommendations.eligibility}`));
      assert.ok(tied.includes(`action:${seeded.actions.routeMap}`));
      assert.deepEqual((await listConfirmedRecords(database.db, topic.id)).map((r) => r.title), ['Home to school transport policy']);
      assert.deepEqual((await listConfirmedLexemes(database.db, topic.id)).map((r) => r.title), ['Home to school transport policy']);
    });

    it('records a change of mind in place: adding back a rejected record confirms it', async () => {
      const topic = (await findTopicBySlug(database.db, 'school-transport'))!;
      assert.equal(await decide(topic.id, 'work-programme-item', seeded.workProgramme.sendReview, 'confirmed'), 'rejected');
      const rows = await database.db.selectFrom('topicLink').select(['status']).where('topicId', '=', topic.id).where('recordKind', '=', 'work-programme-item').execute();
      assert.deepEqual(rows, [{ status: 'confirmed' }]);
    });

    it('finds records by words for adding by hand, leaving out those already in', async () => {
      const topic = (await findTopicBySlug(database.db, 'school-transport'))!;
      const found = (await findRecordsToLink(database.db, topic.id, 'transport')).map((r) => r.title);
      assert.ok(found.includes('School transport contract award'), 'staff see exempt items to link them');
      assert.ok(!found.includes('Home to school transport policy'));
      assert.ok(!found.includes('SEND transport review'));
      assert.deepEqual(await findRecordsToLink(database.db, topic.id, '100%_'), []);
    });

    it('groups the ungrouped titles into suggested topics', async () => {
      const records = await listUngroupedRecords(database.db);
      assert.ok(!records.some((r) => r.title === 'Home to school transport policy'), 'already in a topic');
      const { frequencies, total } = await titleWordFrequencies(database.db);
      const groups = groupSimilarRecords(records, lexemeWeights(frequencies, total));
      const transport = groups.find((g) => g.members.some((m) => m.record.title === 'School transport'));
      assert.ok(transport && transport.members.length >= 2);
      assert.ok(!groups.some((g) => g.members.some((m) => m.record.title === 'Library opening hours')));
    });

    it('shows the public only confirmed records, and nothing of exempt ones but the item title', async () => {
      const topic = (await findTopicBySlug(database.db, 'school-transport'))!;
      for (const [kind, id] of [['agenda-item', seeded.items.contract.id], ['recommendation', seeded.recommendations.secret], ['action', seeded.actions.secret], ['recommendation', seeded.recommendations.eligibility]] as const) {
        await decide(topic.id, kind, id, 'confirmed');
      }
      await decide(topic.id, 'agenda-item', seeded.items.library.id, 'rejected');
      const [items, resolutions, recommendations, actions] = await Promise.all([
        listTopicAgendaItems(database.db, topic.id),
        listTopicResolutions(database.db, topic.id),
        listTopicRecommendations(database.db, topic.id),
        listTopicActions(database.db, topic.id),
      ]);
      assert.deepEqual(items.map((i) => i.title), ['Home to school transport policy', 'School transport contract award']);
      assert.equal(items[1]!.minutes, null);
      assert.equal(items[0]!.minutes, 'The committee considered the draft policy.');
      const everything = JSON.stringify({ items, resolutions, recommendations, actions });
      assert.ok(!everything.includes(TOPIC_EXEMPT_MARKER));
      assert.deepEqual(recommendations.map((r) => r.id), [seeded.recommendations.eligibility]);
      assert.deepEqual(actions, []);
    });

    it('merges a topic into another: decisions move, a confirmation beats a rejection, the old address leads to the new', async () => {
      const into = (await findTopicBySlug(database.db, 'school-transport'))!;
      const from = await newTopic('home-to-school-transport', 'Home to school transport');
      await decide(from.id, 'agenda-item', seeded.items.library.id, 'confirmed');
      await decide(from.id, 'agenda-item', seeded.items.schoolTransport.id, 'confirmed');
      const result = await database.db.transaction().execute((trx) => mergeTopic(trx, from.id, into.id, actor));
      assert.deepEqual(result, { moved: 1, alreadyThere: 1 });
      const statuses = await database.db.selectFrom('topicLink').select(['recordId', 'status']).where('topicId', '=', into.id).where('recordKind', '=', 'agenda-item').orderBy('recordId').execute();
      assert.ok(statuses.some((s) => s.recordId === seeded.items.library.id && s.status === 'confirmed'));
      assert.deepEqual(await database.db.selectFrom('topicLink').select('id').where('topicId', '=', from.id).execute(), []);
      const merged = (await findTopicBySlug(database.db, 'home-to-school-transport'))!;
      assert.equal((await findCurrentTopic(database.db, merged))!.slug, 'school-transport');
      assert.deepEqual((await listTopics(database.db)).map((t) => t.slug), ['school-transport']);
    });

    it('takes a deleted record’s links with it', async () => {
      const topic = (await findTopicBySlug(database.db, 'school-transport'))!;
      await database.db.deleteFrom('action').where('id', '=', seeded.actions.secret).execute();
      const left = await sql<{ n: number }>`select count(*)::int as n from topic_link where topic_id = ${topic.id} and record_kind = 'action' and record_id = ${seeded.actions.secret}`.execute(database.db);
      assert.equal(left.rows[0]!.n, 0);
    });
  });
}
