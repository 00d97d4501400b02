import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { openTestDatabase, testEngines, type TestDatabaseHandle } from '../../test/support/database.ts';
import { findUsableActionLink, insertActionLink } from './action-link-repository.ts';
import { countActionStates, findAction, listActionOwners, listActions, listActionsForReminders } from './action-repository.ts';
import { findMinuteOfCommittee, listMinuteOptions } from './follow-through-options-repository.ts';
import { claimReminder, listSentReminders } from './reminder-log-repository.ts';
import { defaultActionReminders } from './reminder-schedule.ts';
import { deleteReminderSettings, findReminderSettings, listReminderSettings, saveReminderSettings } from './reminder-settings-repository.ts';
import { FOLLOW_THROUGH_TODAY, seedFollowThrough } from './testing/follow-through-fixture.ts';

for (const engine of testEngines) {
  describe(`action repositories (${engine})`, () => {
    let database: TestDatabaseHandle;
    let seed: Awaited<ReturnType<typeof seedFollowThrough>>;
    const today = FOLLOW_THROUGH_TODAY;

    before(async () => {
      database = await openTestDatabase(engine);
      seed = await seedFollowThrough(database.db);
    });
    after(() => database.close());

    const numbers = async (filter: Partial<Parameters<typeof listActions>[1]>) =>
      (await listActions(database.db, { today, limit: 100, offset: 0, ...filter })).rows.map((r) => r.number);

    it('selects each state by the same rules as actionState, in SQL', async () => {
      assert.deepEqual(await numbers({ state: 'overdue' }), ['1', '5', '6']);
      assert.deepEqual(await numbers({ state: 'in-progress' }), ['2']);
      assert.deepEqual(await numbers({ state: 'open' }), ['3', 'A1']);
      assert.deepEqual(await numbers({ state: 'completed' }), ['4', '7']);
      assert.deepEqual((await numbers({ state: 'outstanding' })).sort(), ['1', '2', '3', '5', '6', 'A1']);
      assert.deepEqual(await countActionStates(database.db, today), { open: 2, 'in-progress': 1, overdue: 3, completed: 2 });
      assert.deepEqual(await countActionStates(database.db, today, { committeeId: seed.other.id }), { open: 1, 'in-progress': 0, overdue: 0, completed: 0 });
    });

    it('pages through the list and counts everything that matches', async () => {
      const first = await listActions(database.db, { today, limit: 3, offset: 0 });
      const second = await listActions(database.db, { today, limit: 3, offset: 3 });
      assert.equal(first.total, 8);
      assert.equal(second.total, 8);
      assert.equal(new Set([...first.rows, ...second.rows].map((r) => r.id)).size, 6);
    });

    it('gives an action its committee, meeting, item, owner and latest update, imported ones alike', async () => {
      const action = await findAction(database.db, seed.actionId('1'));
      assert.deepEqual(
        [action?.committeeName, action?.meetingDate, action?.itemTitle, action?.ownerName, action?.ownerEmail, action?.directorate, action?.latestUpdate, action?.latestUpdateOn],
        ['Place Scrutiny Committee', '2026-01-13', 'Highway maintenance', 'Priya Roads', 'priya.roads@northwold.example', 'Economy and Place', 'Data requested from the highways contractor', '2026-02-02'],
      );
      const imported = await findAction(database.db, seed.actionId('7'));
      assert.deepEqual([imported?.origin, imported?.ownerName, imported?.ownerPersonId, imported?.ownerEmail], ['import', 'Clerk to the committee', null, null]);
      const exempt = await findAction(database.db, seed.actionId('6'));
      assert.deepEqual([exempt?.itemIsExempt, exempt?.exemptParagraph], [true, 3]);
    });

    it('lists owners with how many of their actions are not completed', async () => {
      const owners = await listActionOwners(database.db, seed.committee.id);
      assert.deepEqual(owners.map((o) => [o.name, o.outstanding]), [
        ['Fay Finance', 1],
        ['Priya Roads', 2],
        ['Tom Transport', 2],
      ]);
    });

    it('gives the reminder sweep only outstanding, dated actions whose owner has an email address', async () => {
      const candidates = await listActionsForReminders(database.db);
      assert.deepEqual(candidates.map((c) => c.id).sort((a, b) => a - b), ['1', '2', '3', '6'].map(seed.actionId).sort((a, b) => a - b));
    });

    it('offers the committee’s own meetings and items only, and checks a posted choice belongs to it', async () => {
      const options = await listMinuteOptions(database.db, seed.committee.id, today);
      assert.deepEqual(options.map((o) => [o.meetingDate, o.itemTitle]), [
        ['2026-02-10', null],
        ['2026-02-10', 'Bus service review'],
        ['2026-02-10', 'Depot lease'],
        ['2026-01-13', null],
        ['2026-01-13', 'Highway maintenance'],
      ]);
      assert.ok(await findMinuteOfCommittee(database.db, seed.committee.id, { meetingId: seed.meetings.february.id, agendaItemId: seed.items.buses.id }));
      assert.equal(await findMinuteOfCommittee(database.db, seed.committee.id, { meetingId: seed.meetings.auditMeeting.id, agendaItemId: null }), undefined);
      assert.equal(await findMinuteOfCommittee(database.db, seed.committee.id, { meetingId: seed.meetings.february.id, agendaItemId: seed.items.potholes.id }), undefined, 'an item of another meeting');
    });

    it('stores a committee’s reminder settings, and gives the defaults to one without', async () => {
      assert.deepEqual((await findReminderSettings(database.db, seed.committee.id)).actions, defaultActionReminders);
      await database.db.transaction().execute((trx) =>
        saveReminderSettings(trx, {
          committeeId: seed.committee.id,
          actions: { daysBefore: [3, 14, 3], onDueDate: false, overdueEveryDays: 7 },
          responses: { daysBefore: [], onDueDate: true, overdueEveryDays: null },
          scrutinyOfficerEmail: 'scrutiny@northwold.example',
          executiveContactEmail: null,
        }),
      );
      const saved = await findReminderSettings(database.db, seed.committee.id);
      assert.deepEqual([saved.actions, saved.responses, saved.scrutinyOfficerEmail, saved.isDefault], [
        { daysBefore: [14, 3], onDueDate: false, overdueEveryDays: 7 },
        { daysBefore: [], onDueDate: true, overdueEveryDays: null },
        'scrutiny@northwold.example',
        false,
      ]);
      const all = await listReminderSettings(database.db, [seed.committee.id, seed.other.id]);
      assert.deepEqual([all.get(seed.committee.id)?.isDefault, all.get(seed.other.id)?.isDefault], [false, true]);
      await database.db.transaction().execute((trx) => deleteReminderSettings(trx, seed.committee.id));
      assert.equal((await findReminderSettings(database.db, seed.committee.id)).isDefault, true);
    });

    it('claims a reminder once: a second claim of the same key finds it taken', async () => {
      const subject = { actionId: seed.actionId('3') };
      const first = await database.db.transaction().execute((trx) => claimReminder(trx, subject, { key: 'before-7:2026-03-09', sentOn: today, recipients: ['tom.transport@northwold.example'] }));
      const again = await database.db.transaction().execute((trx) => claimReminder(trx, subject, { key: 'before-7:2026-03-09', sentOn: today, recipients: ['tom.transport@northwold.example'] }));
      assert.equal(typeof first, 'number');
      assert.equal(again, undefined);
      const sent = await listSentReminders(database.db, 'action', [subject.actionId]);
      assert.deepEqual(sent.get(subject.actionId), [{ key: 'before-7:2026-03-09', sentOn: today, recipients: ['tom.transport@northwold.example'] }]);
      await assert.rejects(database.db.transaction().execute((trx) => claimReminder(trx, subject, { key: 'whenever', sentOn: today, recipients: [] })), 'a key that names no reminder is refused by the schema');
    });

    it('finds a link only for its action, before it expires, while its person owns the action', async () => {
      const tokenHash = 'a'.repeat(64);
      await database.db.transaction().execute((trx) =>
        insertActionLink(trx, { tokenHash, actionId: seed.actionId('3'), personId: seed.people.transport.id, sentTo: 'tom.transport@northwold.example', expiresAt: new Date(Date.now() + 60_000) }),
      );
      assert.equal((await findUsableActionLink(database.db, tokenHash, seed.actionId('3'), new Date()))?.personName, 'Tom Transport');
      assert.equal(await findUsableActionLink(database.db, tokenHash, seed.actionId('2'), new Date()), undefined);
      assert.equal(await findUsableActionLink(database.db, tokenHash, seed.actionId('3'), new Date(Date.now() + 120_000)), undefined);
    });
  });
}
