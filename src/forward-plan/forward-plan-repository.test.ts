import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { openTestDatabase, type TestDatabaseHandle, testEngines } from '../../test/support/database.ts';
import { EXEMPT_FP_MARKER, seedWorkProgramme, type WorkProgrammeSeed, WORK_PROGRAMME_TODAY } from '../work-programme/testing/work-programme-fixture.ts';
import { type EntryValues, findManagedEntry, insertEntry, listEntriesNotPickedUp, listEntryWardIds, listManagedEntries, listScrutinyTargets, updateEntry } from './forward-plan-admin-repository.ts';
import { findPublicEntry, listChangedEntries, listDatedEntries } from './forward-plan-public-repository.ts';
import { listForwardPlan, listForwardPlanDecisionMakers } from '../tracking/forward-plan-repository.ts';

const values = (over: Partial<EntryValues> = {}): EntryValues => ({
  reference: 'FP/2026/030', title: 'Parks maintenance contract', purpose: 'To award the contract.', decisionMaker: 'Cabinet', decisionMakerCommitteeId: null, decisionMakerPersonId: null, decisionKind: 'key',
  decisionDueOn: '2026-06-02', decisionDueMonth: null, firstPublishedOn: WORK_PROGRAMME_TODAY, directorate: null, leadOfficerName: null, leadOfficerPersonId: null, portfolioHolderName: null,
  allWards: false, isExempt: false, exemptParagraph: null, urgencyRoute: null, scrutinyChairNotifiedOn: null, exceptionNoticePublishedOn: null, urgencyAgreedBy: null, urgencyAgreedOn: null,
  status: 'planned', decidedOn: null, decision: null, ...over,
});

for (const engine of testEngines) {
  describe(`forward plan repositories (${engine})`, () => {
    let database: TestDatabaseHandle;
    let seed: WorkProgrammeSeed;
    before(async () => {
      database = await openTestDatabase(engine);
      seed = await seedWorkProgramme(database.db);
    });
    after(() => database.close());

    it('stores an entry with its wards, and "all wards" clears them', async () => {
      const id = await database.db.transaction().execute((trx) => insertEntry(trx, values(), [seed.ward.id]));
      assert.deepEqual(await listEntryWardIds(database.db, id), [seed.ward.id]);
      await database.db.transaction().execute((trx) => updateEntry(trx, id, values({ allWards: true, urgencyRoute: 'special-urgency', urgencyAgreedBy: 'Councillor Ash', urgencyAgreedOn: '2026-03-02' }), [seed.ward.id]));
      assert.deepEqual(await listEntryWardIds(database.db, id), []);
      const entry = (await findManagedEntry(database.db, id))!;
      assert.deepEqual([entry.allWards, entry.urgencyRoute, entry.urgencyAgreedBy, entry.scrutinyItems], [true, 'special-urgency', 'Councillor Ash', 0]);
      const row = await database.db.selectFrom('forwardPlanEntry').select(['createdAt', 'updatedAt']).where('id', '=', id).executeTakeFirstOrThrow();
      assert.ok(row.updatedAt.getTime() >= row.createdAt.getTime());
    });

    it('lists the back office’s entries soonest first, counting the work programmes that took each up', async () => {
      await database.db.insertInto('workProgrammeItem').values({ committeeId: seed.committee.id, municipalYearId: seed.year.id, meetingId: seed.meetings.april.id, kind: 'scheduled', title: 'Bus service support contracts', purpose: null, raisedBy: null, leadOfficerName: null, leadOfficerPersonId: null, currentPosition: null, taskAndFinishCommitteeId: null, forwardPlanEntryId: seed.entries.busContract, suggestedByName: null, position: null, sourceDocumentId: null, sourceLineFrom: null, sourceLineTo: null }).execute();
      const rows = await listManagedEntries(database.db, { statuses: ['planned', 'deferred'], from: WORK_PROGRAMME_TODAY });
      assert.deepEqual(rows.map((r) => r.title), ['Bus service support contracts', 'Disposal of the Mill Lane depot', 'Parks maintenance contract', 'Library opening hours']);
      assert.deepEqual(rows.map((r) => r.scrutinyItems), [1, 0, 0, 0]);
      assert.equal(rows[1]!.purpose, `Sale to ${EXEMPT_FP_MARKER} Ltd.`, 'staff read exempt details');
    });

    it('finds the decisions in the next three months no work programme has taken up', async () => {
      const { rows, total } = await listEntriesNotPickedUp(database.db, WORK_PROGRAMME_TODAY, '2026-06-02');
      assert.deepEqual(rows.map((r) => r.title), ['Disposal of the Mill Lane depot', 'Parks maintenance contract']);
      assert.equal(total, 2);
    });

    it('offers scrutiny committees’ meetings from today to before the decision', async () => {
      const targets = await listScrutinyTargets(database.db, WORK_PROGRAMME_TODAY, '2026-04-21');
      assert.deepEqual(targets.map((t) => [t.name, t.meetings.map((m) => m.date)]), [['Place Scrutiny Committee', ['2026-03-17']]]);
      assert.deepEqual((await listScrutinyTargets(database.db, WORK_PROGRAMME_TODAY, null))[0]!.meetings.map((m) => m.date), ['2026-03-17', '2026-04-21', '2026-06-16']);
    });

    it('keeps an exempt entry’s title, decision maker, date and paragraph for the public, and nothing else', async () => {
      const entry = (await findPublicEntry(database.db, seed.entries.depot))!;
      assert.deepEqual([entry.title, entry.decisionMaker, entry.decisionDueOn, entry.exemptParagraph], ['Disposal of the Mill Lane depot', 'Cabinet', '2026-05-05', 3]);
      assert.deepEqual([entry.purpose, entry.leadOfficerName, entry.portfolioHolderName, entry.directorate, entry.wards, entry.allWards], [null, null, null, null, [], false]);
      const everything = JSON.stringify([await listChangedEntries(database.db, 100), await listDatedEntries(database.db, '2025-01-01'), await listForwardPlan(database.db, { from: WORK_PROGRAMME_TODAY })]);
      assert.ok(!everything.includes(EXEMPT_FP_MARKER));
    });

    it('lists changes newest first, and dated entries only for the calendar', async () => {
      await database.db.updateTable('forwardPlanEntry').set({ updatedAt: new Date('2030-01-01T00:00:00Z') }).where('id', '=', seed.entries.libraries).execute();
      assert.equal((await listChangedEntries(database.db, 1))[0]!.title, 'Library opening hours');
      assert.ok(!(await listDatedEntries(database.db, '2025-01-01')).some((e) => e.title === 'Library opening hours'), 'month-only');
    });

    it('filters the public plan by decision maker', async () => {
      assert.deepEqual(await listForwardPlanDecisionMakers(database.db, WORK_PROGRAMME_TODAY), ['Cabinet']);
      assert.equal((await listForwardPlan(database.db, { from: WORK_PROGRAMME_TODAY, decisionMaker: 'Council' })).length, 0);
      assert.equal((await listForwardPlan(database.db, { from: WORK_PROGRAMME_TODAY, decisionMaker: 'Cabinet' })).length, 4);
    });
  });
}
