import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { buildTestApp } from '../../test/build-test-app.ts';
import { insertAgendaItem, insertMeeting } from '../../test/factories.ts';
import { createTestDatabase, openTestDatabase, type TestDatabaseHandle, testEngines } from '../../test/support/database.ts';
import { sendQueuedEmails, startTestSmtpServer, type TestSmtpServer } from '../../test/support/smtp.ts';
import { TestBrowser } from '../../test/support/staff.ts';
import { instanceSecret } from '../accounts/instance-secret-repository.ts';
import { openDatabase, type DatabaseHandle } from '../db/connection.ts';
import { createMailer } from '../email/mailer.ts';
import { createSendEmailJob } from '../email/send-email-job.ts';
import { startScheduler } from '../jobs/scheduler.ts';
import { issueFormStart } from '../questions/form-start-token.ts';
import { seedTopicRecords } from '../topics/topic-test-records.ts';
import { createNotifyFollowersJob, NOTIFY_FOLLOWERS } from './follow-jobs.ts';
import { confirmedFollower, recordAgendaPublication, TEST_PUBLIC_URL } from './following-test-setup.ts';
import { notifyFollowers } from './notify-followers.ts';

describe('follow emails through a mail server', () => {
  let database: TestDatabaseHandle;
  let smtp: TestSmtpServer;

  before(async () => {
    database = await openTestDatabase('pglite');
    await seedTopicRecords(database.db);
    smtp = await startTestSmtpServer();
  });
  after(async () => {
    await smtp.close();
    await database.close();
  });

  it('delivers the confirmation with List-Unsubscribe headers whose address a bare POST unsubscribes', async () => {
    const app = await buildTestApp(database);
    try {
      const browser = new TestBrowser(app);
      await browser.get('/committees/children-scrutiny/follow');
      const started = issueFormStart(await instanceSecret(database.db, 'follow-form'), new Date(Date.now() - 30_000));
      assert.equal((await browser.post('/committees/children-scrutiny/follow', { email: 'jo.reader@example.com', started, website: '' })).statusCode, 303);
      await sendQueuedEmails(database.db, smtp);
      const [email] = await smtp.waitForMessages(1);
      assert.deepEqual(email!.envelope.to, ['jo.reader@example.com']);
      assert.equal(email!.parsed.subject, 'Confirm your email address to get emails about the Children and Young People Scrutiny Committee');
      const unsubscribe = /^<(http:\/\/gavel\.test\/following\/unsubscribe\/[A-Za-z0-9_-]{43})>$/.exec(email!.header('List-Unsubscribe') ?? '');
      assert.ok(unsubscribe, email!.header('List-Unsubscribe'));
      assert.equal(email!.header('List-Unsubscribe-Post'), 'List-Unsubscribe=One-Click');
      assert.match(email!.parsed.text ?? '', /http:\/\/gavel\.test\/following\/confirm\/[A-Za-z0-9_-]{43}/);
      assert.match(String(email!.parsed.html), /Unsubscribe from these emails/);

      const response = await app.inject({ method: 'POST', url: unsubscribe[1]!.replace(TEST_PUBLIC_URL, ''), headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: 'List-Unsubscribe=One-Click' });
      assert.equal(response.statusCode, 200);
      const follow = await database.db.selectFrom('follow').select(['endedAt', 'confirmedAt']).executeTakeFirstOrThrow();
      assert.ok(follow.endedAt, 'ended');
      assert.equal(follow.confirmedAt, null);
    } finally {
      await app.close();
    }
  });
});

/**
 * Two server processes on one database, each with its own pool and its own
 * scheduler running the notification job, while both also run it by hand
 * at once: each follower gets one email about the agenda. PGlite is one
 * process's database, so this runs on PostgreSQL (TEST_DATABASE_URL, as in CI).
 */
describe('follow notifications with two server processes on PostgreSQL', { skip: testEngines.includes('postgres') ? false : 'set TEST_DATABASE_URL to run' }, () => {
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

  it('delivers each follower’s email about an agenda exactly once', async () => {
    const database = await createTestDatabase('postgres');
    drop = database.drop;
    const first = await openDatabase(database.config);
    const second = await openDatabase(database.config);
    handles.push(first, second);
    const seeded = await seedTopicRecords(first.db);
    await notifyFollowers(first.db, { publicUrl: TEST_PUBLIC_URL });
    const followers = ['one@example.com', 'two@example.com', 'three@example.com'];
    for (const email of followers) await confirmedFollower(first.db, email, { kind: 'committee', committeeId: seeded.committee.id });
    // The confirmations went out long ago; only the notification is counted here.
    await first.db.updateTable('job').set({ finishedAt: sql<Date>`now()` }).where('kind', '=', 'send-email').execute();

    const soon = new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10);
    const meeting = await insertMeeting(first.db, seeded.committee.id, soon);
    const item = await insertAgendaItem(first.db, meeting.id, 2, { title: 'Safer routes to school' });
    await recordAgendaPublication(first.db, meeting.id, [item.id]);
    // The run the database asked for, due now rather than in a minute.
    await first.db.updateTable('job').set({ runAt: sql<Date>`now()` }).where('kind', '=', NOTIFY_FOLLOWERS).where('finishedAt', 'is', null).execute();

    const process = async (handle: DatabaseHandle, name: string) => {
      const mailer = createMailer(smtp.mailConfig);
      const scheduler = await startScheduler({ db: handle.db, jobs: [createNotifyFollowersJob({ config: { publicUrl: TEST_PUBLIC_URL } }), createSendEmailJob(mailer)], pollIntervalMs: 20, workerId: name });
      return { stop: async () => (await scheduler.stop(), mailer.close()) };
    };
    const [a, b] = await Promise.all([process(first, 'process-a'), process(second, 'process-b')]);
    await Promise.all([notifyFollowers(first.db, { publicUrl: TEST_PUBLIC_URL }), notifyFollowers(second.db, { publicUrl: TEST_PUBLIC_URL })]);
    await smtp.waitForMessages(followers.length, 20_000);
    // Give any duplicate time to arrive before counting.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await Promise.all([a.stop(), b.stop()]);

    const delivered = smtp.messages.map((m) => m.envelope.to.join(',')).sort();
    assert.deepEqual(delivered, [...followers].sort());
    for (const message of smtp.messages) assert.match(message.parsed.subject ?? '', /^Agenda published: Children and Young People Scrutiny Committee/);
    const notes = await first.db.selectFrom('followNotification').select('jobId').execute();
    assert.equal(notes.length, followers.length);
    assert.ok(notes.every((n) => n.jobId !== null));
  });
});
