import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { openTestDatabase, testEngines, type TestDatabaseHandle } from '../../test/support/database.ts';
import { seedPublicRecord } from '../tracking/public-record-fixture.ts';
import { listCalendarMeetings } from './calendar-repository.ts';

for (const engine of testEngines) {
  describe(`calendar repository (${engine})`, () => {
    let database: TestDatabaseHandle;
    let seeded: Awaited<ReturnType<typeof seedPublicRecord>>;
    before(async () => {
      database = await openTestDatabase(engine);
      seeded = await seedPublicRecord(database.db);
    });
    after(() => database.close());

    it('lists meetings in a range in date order, cancelled ones included with their reason', async () => {
      const rows = await listCalendarMeetings(database.db, { from: '2026-02-01', to: '2026-04-30' });
      assert.deepEqual(rows.map((r) => [r.date, r.committeeSlug, r.status]), [
        ['2026-02-10', 'children-scrutiny', 'draft-minutes'],
        ['2026-02-17', 'cabinet', 'minutes-approved'],
        ['2026-03-20', 'children-scrutiny', 'scheduled'],
        ['2026-04-15', 'children-scrutiny', 'cancelled'],
      ]);
      assert.equal(rows.at(-1)!.cancellationReason, 'Insufficient business');
    });

    it('keeps to one committee when asked', async () => {
      const rows = await listCalendarMeetings(database.db, { from: '2026-01-01', to: '2026-12-31', committeeId: seeded.cabinet.id });
      assert.deepEqual(rows.map((r) => r.date), ['2026-02-17']);
    });
  });
}
