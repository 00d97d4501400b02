import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { insertCouncil } from '../../test/factories.ts';
import { openTestDatabase, testEngines, type TestDatabaseHandle } from '../../test/support/database.ts';
import { agendaPublicationDeadline } from './agenda-publication.ts';
import { deleteClosureDay, listClosureDays, loadWorkingCalendar, saveClosureDay } from './working-calendar-repository.ts';
import { isWorkingDay, nonWorkingDay } from './working-calendar.ts';

for (const engine of testEngines) {
  describe(`working calendar repository (${engine})`, () => {
    let database: TestDatabaseHandle;
    before(async () => {
      database = await openTestDatabase(engine);
    });
    after(() => database.close());
    beforeEach(async () => {
      await database.db.deleteFrom('councilClosureDay').execute();
      await database.db.deleteFrom('council').execute();
    });

    it('says there is no calendar before a council is set up', async () => {
      await assert.rejects(loadWorkingCalendar(database.db), { name: 'GavelError', code: 'not-found' });
    });

    it("loads the council's nation and closure days into the calendar", async () => {
      await insertCouncil(database.db, { nation: 'scotland' });
      await saveClosureDay(database.db, { date: '2026-12-29', reason: 'Offices closed between Christmas and New Year' });
      const calendar = await loadWorkingCalendar(database.db);
      assert.equal(calendar.nation, 'scotland');
      assert.equal(isWorkingDay(calendar, '2026-11-30'), false, "St Andrew's Day");
      assert.deepEqual(nonWorkingDay(calendar, '2026-12-29'), { kind: 'closure', reason: 'Offices closed between Christmas and New Year' });
      assert.equal(isWorkingDay(calendar, '2026-12-30'), true);
    });

    it('moves the agenda deadline for a closure day', async () => {
      await insertCouncil(database.db);
      const before = agendaPublicationDeadline(await loadWorkingCalendar(database.db), '2027-01-06').latestOn;
      await saveClosureDay(database.db, { date: '2026-12-31', reason: "New Year's Eve" });
      const after = agendaPublicationDeadline(await loadWorkingCalendar(database.db), '2027-01-06').latestOn;
      assert.equal(before, '2026-12-28', 'a bank holiday, but publishing online that day leaves 29, 30, 31 December, 4 and 5 January');
      assert.equal(after, '2026-12-23');
    });

    it('keeps one reason per day, lists in date order within a range, and deletes', async () => {
      await saveClosureDay(database.db, { date: '2026-12-30', reason: 'Closed' });
      await saveClosureDay(database.db, { date: '2026-12-29', reason: 'Closed' });
      await saveClosureDay(database.db, { date: '2026-12-30', reason: '  Offices closed  ' });
      await saveClosureDay(database.db, { date: '2027-08-02', reason: 'Town show day' });
      assert.deepEqual(await listClosureDays(database.db), [
        { date: '2026-12-29', reason: 'Closed' },
        { date: '2026-12-30', reason: 'Offices closed' },
        { date: '2027-08-02', reason: 'Town show day' },
      ]);
      assert.deepEqual((await listClosureDays(database.db, { from: '2026-12-30', to: '2027-01-31' })).map((d) => d.date), ['2026-12-30']);
      assert.equal(await deleteClosureDay(database.db, '2026-12-29'), true);
      assert.equal(await deleteClosureDay(database.db, '2026-12-29'), false);
      assert.equal((await listClosureDays(database.db)).length, 2);
    });

    it('refuses a closure day without a reason or a real date, naming the field', async () => {
      await assert.rejects(saveClosureDay(database.db, { date: '2026-12-29', reason: '   ' }), /^GavelError: reason:/);
      await assert.rejects(saveClosureDay(database.db, { date: '2026-02-30', reason: 'Closed' }), /^GavelError: date: 2026-02-30/);
      assert.deepEqual(await listClosureDays(database.db), []);
    });
  });
}
