import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { openTestDatabase, testEngines, type TestDatabaseHandle } from '../../test/support/database.ts';
import { EXEMPT_MARKER, seedPublicRecord } from '../tracking/public-record-fixture.ts';
import { listPersonDeclarations, listPersonMeetings } from './attendance-repository.ts';

for (const engine of testEngines) {
  describe(`attendance repository (${engine})`, () => {
    let database: TestDatabaseHandle;
    let seeded: Awaited<ReturnType<typeof seedPublicRecord>>;
    before(async () => {
      database = await openTestDatabase(engine);
      seeded = await seedPublicRecord(database.db);
    });
    after(() => database.close());

    it('lists meetings of committees the person sat on, and meetings they attended as a substitute', async () => {
      const rows = await listPersonMeetings(database.db, seeded.member.id);
      assert.deepEqual(rows.map((r) => [r.committeeSlug, r.date, r.meetingStatus, r.wasMember, r.attendance]), [
        ['children-scrutiny', '2026-04-15', 'cancelled', true, null],
        ['children-scrutiny', '2026-03-20', 'scheduled', true, null],
        ['cabinet', '2026-02-17', 'minutes-approved', false, 'substitute'],
        ['children-scrutiny', '2026-02-10', 'draft-minutes', true, 'apologies'],
        ['children-scrutiny', '2026-01-12', 'minutes-approved', true, 'present'],
      ]);
    });

    it('does not count a meeting before the person’s place began', async () => {
      await database.db.updateTable('membership').set({ startsOn: '2026-02-01' }).where('personId', '=', seeded.member.id).where('isSubstitute', '=', false).execute();
      const rows = await listPersonMeetings(database.db, seeded.member.id);
      assert.equal(rows.find((r) => r.date === '2026-01-12')!.wasMember, false);
      await database.db.updateTable('membership').set({ startsOn: '2025-05-20' }).where('personId', '=', seeded.member.id).execute();
    });

    it('lists declarations with their meetings, without the description of one on an exempt item', async () => {
      const rows = await listPersonDeclarations(database.db, seeded.member.id);
      assert.deepEqual(rows.map((r) => [r.itemTitle, r.itemIsExempt, r.description]), [
        ['School budgets', false, 'A governor of Riverside Primary School'],
        ['Transport contract award', true, null],
      ]);
      assert.ok(!JSON.stringify(rows).includes(EXEMPT_MARKER));
    });
  });
}
