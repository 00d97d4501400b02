import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { openDatabase, type DatabaseHandle } from '../db/connection.ts';
import { createTestDatabase, openTestDatabase, testEngines, type TestDatabaseHandle } from '../../test/support/database.ts';
import { sendQueuedEmails, startTestSmtpServer, type TestSmtpServer } from '../../test/support/smtp.ts';
import { createMailer } from '../email/mailer.ts';
import { createSendEmailJob } from '../email/send-email-job.ts';
import { dailyDedupeKey } from '../jobs/job-definition.ts';
import { countJobs, enqueueJob } from '../jobs/job-repository.ts';
import { startScheduler } from '../jobs/scheduler.ts';
import { ACTION_REMINDERS, createActionRemindersJob, sendDueActionReminders } from './action-reminders.ts';
import { FOLLOW_THROUGH_TODAY, seedFollowThrough } from './testing/follow-through-fixture.ts';

const publicUrl = 'http://gavel.test';

for (const engine of testEngines) {
  describe(`action reminders (${engine})`, () => {
    let database: TestDatabaseHandle;
    let smtp: TestSmtpServer;
    let seed: Awaited<ReturnType<typeof seedFollowThrough>>;

    before(async () => {
      database = await openTestDatabase(engine);
      seed = await seedFollowThrough(database.db);
      smtp = await startTestSmtpServer();
    });
    after(async () => {
      await smtp.close();
      await database.close();
    });
    beforeEach(async () => {
      await database.db.deleteFrom('followThroughReminder').execute();
      await database.db.deleteFrom('followThroughSettings').execute();
      await database.db.deleteFrom('job').execute();
      smtp.messages.length = 0;
    });

    it('reminds each owner with an email address of the reminder due today, by the default intervals', async () => {
      const reminded = await sendDueActionReminders(database.db, { today: FOLLOW_THROUGH_TODAY, publicUrl });
      // 1: overdue since 13 Feb (first overdue reminder 27 Feb); 2: due today; 3: a week to go; 6: due 27 Feb.
      // 5 and A1 belong to an owner with no email address; 4 and 7 are completed.
      assert.deepEqual(reminded.sort((a, b) => a - b), ['1', '2', '3', '6'].map(seed.actionId).sort((a, b) => a - b));
      await sendQueuedEmails(database.db, smtp);
      const messages = await smtp.waitForMessages(4);
      const bySubject = new Map(messages.map((m) => [m.parsed.subject, m]));
      assert.deepEqual([...bySubject.keys()].sort(), [
        'Action 1 for the Place Scrutiny Committee is overdue: it was due on 13 February 2026',
        'Action 2 for the Place Scrutiny Committee is due today',
        'Action 3 for the Place Scrutiny Committee is due on 9 March 2026',
        'Action 6 for the Place Scrutiny Committee is overdue: it was due on 27 February 2026',
      ]);
      const week = bySubject.get('Action 3 for the Place Scrutiny Committee is due on 9 March 2026')!;
      assert.deepEqual(week.envelope.to, ['tom.transport@northwold.example']);
      assert.match(week.parsed.text!, /due on Monday 9 March 2026, in 7 days/);
      assert.match(week.parsed.text!, /http:\/\/gavel\.test\/action-update\/\S+/);
      const exempt = bySubject.get('Action 6 for the Place Scrutiny Committee is overdue: it was due on 27 February 2026')!;
      assert.match(exempt.parsed.text!, /agreed in private \(exempt\) business\. Do not forward this email/);
      const log = await database.db.selectFrom('followThroughReminder').select(['actionId', 'reminderKey', 'sentOn', 'recipients', 'jobId']).orderBy('actionId').execute();
      assert.deepEqual(log.map((r) => r.reminderKey), ['overdue-1:2026-02-13', 'due:2026-03-02', 'before-7:2026-03-09', 'due:2026-02-27']);
      assert.ok(log.every((r) => r.jobId !== null && r.sentOn === FOLLOW_THROUGH_TODAY));
    });

    it('sends each reminder once, however often the sweep runs, and the next one when its day comes', async () => {
      await sendDueActionReminders(database.db, { today: FOLLOW_THROUGH_TODAY, publicUrl });
      assert.deepEqual(await sendDueActionReminders(database.db, { today: FOLLOW_THROUGH_TODAY, publicUrl }), []);
      assert.deepEqual(await sendDueActionReminders(database.db, { today: '2026-03-03', publicUrl }), []);
      // 9 March: action 3's due date.
      assert.deepEqual(await sendDueActionReminders(database.db, { today: '2026-03-09', publicUrl }), [seed.actionId('3')]);
      // 13 March: four weeks after action 1 was due (its second overdue reminder), two after action 6 (its first).
      assert.deepEqual(await sendDueActionReminders(database.db, { today: '2026-03-13', publicUrl }), [seed.actionId('1'), seed.actionId('6')]);
      const keys = await database.db.selectFrom('followThroughReminder').select('reminderKey').where('sentOn', '=', '2026-03-13').orderBy('actionId').execute();
      assert.deepEqual(keys.map((k) => k.reminderKey), ['overdue-2:2026-02-13', 'overdue-1:2026-02-27']);
    });

    it('follows the committee’s own intervals', async () => {
      await database.db.insertInto('followThroughSettings').values({ committeeId: seed.committee.id, actionDaysBefore: [], actionOnDueDate: false, actionOverdueEveryDays: null, responseDaysBefore: [14], responseOnDueDate: true, responseOverdueEveryDays: 14 }).execute();
      assert.deepEqual(await sendDueActionReminders(database.db, { today: FOLLOW_THROUGH_TODAY, publicUrl }), []);
    });

    it('stops reminding once the action is completed', async () => {
      await database.db.updateTable('action').set({ status: 'completed', completedOn: '2026-03-01' }).where('id', '=', seed.actionId('1')).execute();
      const reminded = await sendDueActionReminders(database.db, { today: FOLLOW_THROUGH_TODAY, publicUrl });
      assert.ok(!reminded.includes(seed.actionId('1')));
      await database.db.updateTable('action').set({ status: 'open', completedOn: null }).where('id', '=', seed.actionId('1')).execute();
    });
  });
}

/**
 * Two server processes on one database, each with its own pool and its own
 * scheduler: the day's sweep is queued before either starts (as after a
 * restart), both also sweep by hand at the same moment, and every reminder
 * reaches the mail server exactly once. PGlite is one process's database,
 * so this runs on PostgreSQL (TEST_DATABASE_URL, as in CI).
 */
describe('action reminders with two server processes on PostgreSQL', { skip: testEngines.includes('postgres') ? false : 'set TEST_DATABASE_URL to run' }, () => {
  const handles: DatabaseHandle[] = [];
  let drop: (() => Promise<void>) | undefined;
  let smtp: TestSmtpServer;

  before(async () => {
    smtp = await startTestSmtpServer();
  });
  after(async () => {
    await Promise.all(handles.map((h) => h.close()));
    await drop?.();
    await smtp.close();
  });

  it('delivers each reminder exactly once', async () => {
    const database = await createTestDatabase('postgres');
    drop = database.drop;
    const first = await openDatabase(database.config);
    const second = await openDatabase(database.config);
    handles.push(first, second);
    const seed = await seedFollowThrough(first.db);
    // Queued while no process runs: the scheduler picks it up after a restart.
    await enqueueJob(first.db, { kind: ACTION_REMINDERS, payload: { date: FOLLOW_THROUGH_TODAY }, dedupeKey: dailyDedupeKey(ACTION_REMINDERS, FOLLOW_THROUGH_TODAY) });

    const process = async (handle: DatabaseHandle, name: string) => {
      const mailer = createMailer(smtp.mailConfig);
      const scheduler = await startScheduler({ db: handle.db, jobs: [createActionRemindersJob({ publicUrl }), createSendEmailJob(mailer)], pollIntervalMs: 20, workerId: name });
      return { stop: async () => (await scheduler.stop(), mailer.close()) };
    };
    const [a, b] = await Promise.all([process(first, 'process-a'), process(second, 'process-b')]);
    // Both processes also sweep at once, as two daily jobs racing would.
    await Promise.all([
      sendDueActionReminders(first.db, { today: FOLLOW_THROUGH_TODAY, publicUrl }),
      sendDueActionReminders(second.db, { today: FOLLOW_THROUGH_TODAY, publicUrl }),
      sendDueActionReminders(first.db, { today: FOLLOW_THROUGH_TODAY, publicUrl }),
    ]);
    await smtp.waitForMessages(4, 20_000);
    // Give any duplicate time to arrive before counting.
    const deadline = Date.now() + 20_000;
    while ((await countJobs(first.db)).waiting > 1 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
    await new Promise((resolve) => setTimeout(resolve, 500));
    await Promise.all([a.stop(), b.stop()]);

    const subjects = smtp.messages.map((m) => m.parsed.subject).sort();
    assert.equal(subjects.length, 4, subjects.join('\n'));
    assert.equal(new Set(subjects).size, 4);
    const log = await first.db.selectFrom('followThroughReminder').select('actionId').execute();
    assert.deepEqual(log.map((r) => r.actionId).sort((x, y) => x! - y!), ['1', '2', '3', '6'].map(seed.actionId).sort((x, y) => x - y));
    const sweeps = await first.db.selectFrom('job').select(['lockedBy', 'finishedAt']).where('kind', '=', ACTION_REMINDERS).where('dedupeKey', '=', dailyDedupeKey(ACTION_REMINDERS, FOLLOW_THROUGH_TODAY)).execute();
    assert.equal(sweeps.length, 1);
    assert.ok(sweeps[0]!.finishedAt, 'the queued sweep ran');
  });
});
