import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { openTestDatabase, testEngines, type TestDatabaseHandle } from '../../test/support/database.ts';
import { FOLLOW_THROUGH_TODAY, seedFollowThrough } from '../actions/testing/follow-through-fixture.ts';
import { findRecommendation, listCommitteeMeetings, listExecutiveMeetings, listRecommendations, updateRecommendation } from './recommendation-repository.ts';

for (const engine of testEngines) {
  describe(`recommendation repository (${engine})`, () => {
    let database: TestDatabaseHandle;
    let seed: Awaited<ReturnType<typeof seedFollowThrough>>;

    before(async () => {
      database = await openTestDatabase(engine);
      seed = await seedFollowThrough(database.db);
    });
    after(() => database.close());

    it('lists a committee’s recommendations newest meeting first, in letter order, imported ones alike', async () => {
      const rows = await listRecommendations(database.db, { committeeId: seed.committee.id });
      assert.deepEqual(rows.map((r) => [r.letter, r.meetingDate, r.origin]), [
        ['a', '2026-02-10', 'gavel'],
        ['d', '2026-02-10', 'gavel'],
        ['e', '2026-02-10', 'import'],
        ['b', '2026-01-13', 'gavel'],
        ['c', '2026-01-13', 'gavel'],
      ]);
      assert.equal((await listRecommendations(database.db)).length, 6, 'the task and finish group’s too');
    });

    it('lists only those still awaiting a response', async () => {
      const rows = await listRecommendations(database.db, { awaitingResponse: true });
      assert.deepEqual(rows.map((r) => r.letter).sort(), ['a', 'a', 'b', 'd', 'e']);
    });

    it('records the response with the meeting that decided it, and reads it back with that meeting', async () => {
      const id = seed.recommendationId('a');
      await database.db.transaction().execute((trx) =>
        updateRecommendation(trx, id, { response: 'accepted', responseText: 'The routes are protected.', respondedOn: '2026-02-24', responseDecisionReference: 'CAB/2026/011', responseDecisionUrl: null, responseMeetingId: seed.meetings.cabinetMeeting.id }),
      );
      const rec = await findRecommendation(database.db, id);
      assert.deepEqual([rec?.response, rec?.responseMeetingDate, rec?.responseMeetingCommitteeName, rec?.itemTitle, rec?.committeeContactEmail], ['accepted', '2026-02-24', 'Cabinet', 'Bus service review', 'place.scrutiny@northwold.example']);
      assert.equal((await listRecommendations(database.db, { awaitingResponse: true })).some((r) => r.id === id), false);
    });

    it('offers the executive’s meetings for a response and the committee’s own for a review', async () => {
      assert.deepEqual((await listExecutiveMeetings(database.db, FOLLOW_THROUGH_TODAY)).map((m) => m.committeeName), ['Cabinet']);
      assert.deepEqual((await listCommitteeMeetings(database.db, seed.committee.id)).map((m) => m.date), ['2026-02-10', '2026-01-13']);
    });
  });
}
