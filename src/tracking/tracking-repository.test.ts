import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { openTestDatabase, testEngines, type TestDatabaseHandle } from '../../test/support/database.ts';
import { listForwardPlan, listForwardPlanMonths } from './forward-plan-repository.ts';
import { EXEMPT_MARKER, seedPublicRecord } from './public-record-fixture.ts';
import { listActionLog, listDecisions, listRecommendations } from './tracking-repository.ts';

for (const engine of testEngines) {
  describe(`tracking repository (${engine})`, () => {
    let database: TestDatabaseHandle;
    let seeded: Awaited<ReturnType<typeof seedPublicRecord>>;
    before(async () => {
      database = await openTestDatabase(engine);
      seeded = await seedPublicRecord(database.db);
    });
    after(() => database.close());
    const leaks = (rows: unknown) => JSON.stringify(rows).includes(EXEMPT_MARKER);

    it('lists decisions newest meeting first, in agenda order, without exempt items', async () => {
      const rows = await listDecisions(database.db, seeded.committee.id);
      assert.deepEqual(rows.map((r) => [r.meetingDate, r.itemNumber, r.text.slice(0, 12)]), [
        ['2026-02-10', '4', 'That the rep'],
        ['2026-02-10', '4', '=HYPERLINK("'],
        ['2026-01-12', '5', 'That the ins'],
      ]);
      assert.ok(!leaks(rows));
    });

    it('gives each action its meeting and latest update, leaving out actions on exempt items', async () => {
      const rows = await listActionLog(database.db, seeded.committee.id);
      assert.deepEqual(rows.map((r) => r.number), ['2', '1', '3']);
      const first = rows.find((r) => r.number === '1')!;
      assert.deepEqual([first.meetingDate, first.latestUpdate, first.latestUpdateOn], ['2026-02-10', 'Draft circulated to the chair', '2026-02-25']);
      assert.ok(!leaks(rows));
    });

    it('lists recommendations with the response, leaving out those on exempt items', async () => {
      const rows = await listRecommendations(database.db, seeded.committee.id);
      assert.deepEqual(rows.map((r) => r.letter), ['b', 'a']);
      assert.equal(rows[1]!.responseText, 'Budgets will be published each spring.');
      assert.ok(!leaks(rows));
    });

    it('lists planned decisions from today in date order, month-only entries as the first of the month', async () => {
      const rows = await listForwardPlan(database.db, { from: '2026-03-02' });
      assert.deepEqual(rows.map((r) => r.title), ['Revenue budget 2026/27', 'Home to school transport policy', 'Disposal of the old depot']);
      assert.deepEqual(rows[1]!.wards, ['Riverside']);
    });

    it('empties an exempt entry’s details and wards in SQL, keeping its title and paragraph', async () => {
      const rows = await listForwardPlan(database.db, { from: '2026-03-02' });
      const exempt = rows.find((r) => r.isExempt)!;
      assert.deepEqual([exempt.title, exempt.exemptParagraph, exempt.purpose, exempt.directorate, exempt.leadOfficerName, exempt.wards], ['Disposal of the old depot', 3, null, null, null, []]);
      assert.ok(!leaks(rows));
    });

    it('filters the forward plan by kind and by month', async () => {
      assert.deepEqual((await listForwardPlan(database.db, { from: '2026-03-02', kind: 'budget-and-policy-framework' })).map((r) => r.title), ['Revenue budget 2026/27']);
      assert.deepEqual((await listForwardPlan(database.db, { from: '2026-03-02', month: '2026-05' })).map((r) => r.title), ['Disposal of the old depot']);
      assert.deepEqual(await listForwardPlanMonths(database.db, '2026-03-02'), ['2026-03', '2026-04', '2026-05']);
    });
  });
}
