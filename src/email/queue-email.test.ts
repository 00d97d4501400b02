import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { openTestDatabase, testEngines, type TestDatabaseHandle } from '../../test/support/database.ts';
import { insertCommittee, insertCouncil } from '../../test/factories.ts';
import { sendQueuedEmails, startTestSmtpServer, type TestSmtpServer } from '../../test/support/smtp.ts';
import { listJobs } from '../jobs/job-repository.ts';
import { queueEmail } from './queue-email.ts';

const testEmail = (to: string | string[], extra: { unsubscribeUrl?: string } = {}) => ({
  to,
  subject: 'Test email from Gavel',
  template: 'test-email',
  context: { sentBy: 'a test', destination: 'the test server' },
  ...extra,
});

for (const engine of testEngines) {
  describe(`queueing email (${engine})`, () => {
    let database: TestDatabaseHandle;
    let smtp: TestSmtpServer;
    before(async () => {
      [database, smtp] = await Promise.all([openTestDatabase(engine), startTestSmtpServer()]);
      await insertCouncil(database.db, { name: 'Northwold District Council' });
    });
    after(() => Promise.all([database.close(), smtp.close()]));
    beforeEach(async () => {
      await database.db.deleteFrom('job').execute();
      smtp.messages.length = 0;
    });

    it('delivers a queued email once the change that queued it commits, with what the template said', async () => {
      await database.db.transaction().execute(async (trx) => {
        await insertCommittee(trx, { name: 'Overview and Scrutiny Committee' });
        await queueEmail(trx, testEmail('amber.holt@northwold.example', { unsubscribeUrl: 'https://gavel.northwold.example/unsubscribe/abc' }));
      });
      assert.deepEqual(smtp.messages, [], 'nothing is sent until the jobs run');
      const outcomes = await sendQueuedEmails(database.db, smtp);
      assert.deepEqual(outcomes.map((o) => o.status), ['finished']);

      const [email] = await smtp.waitForMessages(1);
      assert.deepEqual(email!.envelope.to, ['amber.holt@northwold.example']);
      assert.equal(email!.parsed.subject, 'Test email from Gavel');
      assert.match(email!.parsed.text!, /^Northwold District Council\n/);
      assert.match(email!.parsed.text!, /This is a test email from Gavel, sent by a test\./);
      assert.match(String(email!.parsed.html), /<h1[^>]*>Test email from Gavel<\/h1>/);
      assert.equal(email!.header('List-Unsubscribe'), '<https://gavel.northwold.example/unsubscribe/abc>');
      assert.equal(email!.header('List-Unsubscribe-Post'), 'List-Unsubscribe=One-Click');
    });

    it('sends nothing when the change that queued the email rolls back', async () => {
      await assert.rejects(
        database.db.transaction().execute(async (trx) => {
          await queueEmail(trx, testEmail('amber.holt@northwold.example'));
          throw new Error('the meeting could not be saved');
        }),
      );
      assert.deepEqual(await sendQueuedEmails(database.db, smtp), []);
      assert.deepEqual(smtp.messages, []);
    });

    it('sends an email queued twice with one dedupe key once', async () => {
      const first = await queueEmail(database.db, testEmail('amber.holt@northwold.example'), { dedupeKey: 'agenda-published:12:amber' });
      const second = await queueEmail(database.db, testEmail('amber.holt@northwold.example'), { dedupeKey: 'agenda-published:12:amber' });
      assert.equal(typeof first, 'number');
      assert.equal(second, undefined);
      await sendQueuedEmails(database.db, smtp);
      await smtp.waitForMessages(1);
      assert.equal(smtp.messages.length, 1);
    });

    it('refuses an address that is not one, naming the field, and queues nothing', async () => {
      await assert.rejects(queueEmail(database.db, testEmail(['amber.holt@northwold.example', 'not an address'])), (error: Error) => {
        assert.match(error.message, /cannot send the email "Test email from Gavel"/);
        assert.match(error.message, /to\[1\]|to\.1/);
        return true;
      });
      assert.deepEqual(await listJobs(database.db, 'waiting'), []);
    });

    it('tries again when the mail server says to try later, and the email arrives', async () => {
      smtp.refuseNext(2, { code: 451, message: 'Greylisted, try again later' });
      await queueEmail(database.db, testEmail('amber.holt@northwold.example'));
      const outcomes = await sendQueuedEmails(database.db, smtp, { retryDelay: () => 0 });
      assert.deepEqual(outcomes.map((o) => o.status), ['retrying', 'retrying', 'finished']);
      const [email] = await smtp.waitForMessages(1);
      assert.equal(email!.parsed.subject, 'Test email from Gavel');
    });

    it('keeps an email while the mail server is unreachable, with the reason', async () => {
      await queueEmail(database.db, testEmail('amber.holt@northwold.example'));
      const unreachable = { mailConfig: { ...smtp.mailConfig, smtp: { host: '127.0.0.1', port: 1, secure: false } } };
      const [outcome] = await sendQueuedEmails(database.db, unreachable);
      assert.equal(outcome?.status, 'retrying');
      const [job] = await listJobs(database.db, 'waiting');
      assert.match(job!.lastError!, /ECONNREFUSED|connect/i);
    });

    it('gives up at once on an address the mail server refuses for good', async () => {
      smtp.refuseNext(1, { code: 550, message: 'No such mailbox' });
      await queueEmail(database.db, testEmail('nobody@northwold.example'));
      const outcomes = await sendQueuedEmails(database.db, smtp, { retryDelay: () => 0 });
      assert.deepEqual(outcomes.map((o) => o.status), ['failed']);
      const [job] = await listJobs(database.db, 'failed');
      assert.match(job!.lastError!, /No such mailbox/);
    });
  });
}
