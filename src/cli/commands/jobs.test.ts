import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { openDatabase } from '../../db/connection.ts';
import { migrateToLatest } from '../../db/migrate.ts';
import { queueEmail } from '../../email/queue-email.ts';
import { claimNextJob, countJobs, enqueueJob, recordJobFailure } from '../../jobs/job-repository.ts';
import { createTestDatabase, type TestDatabase } from '../../../test/support/database.ts';
import { startTestSmtpServer, type TestSmtpServer } from '../../../test/support/smtp.ts';

const gavel = path.resolve('bin/gavel.js');
let dataDir: string;

// Asynchronous, unlike spawnSync: the test SMTP server in this process must answer while the command runs.
function run(args: string[], env: Record<string, string> = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [gavel, ...args], { env: { ...process.env, DATABASE_URL: '', GAVEL_DATA_DIR: dataDir, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk));
    child.on('exit', (code) => resolve({ code, stdout, stderr: stderr.trim() }));
  });
}

async function withDatabase(work: (db: Awaited<ReturnType<typeof openDatabase>>['db']) => Promise<unknown>): Promise<void> {
  const database = await openDatabase({ engine: 'pglite', dataDir });
  try {
    await migrateToLatest(database.db);
    await work(database.db);
  } finally {
    await database.close();
  }
}

describe('gavel jobs and gavel email test', () => {
  let smtp: TestSmtpServer;
  let database: TestDatabase;
  before(async () => {
    // A migrated copy: the commands start without building a database.
    [smtp, database] = await Promise.all([startTestSmtpServer(), createTestDatabase('pglite')]);
    dataDir = (database.config as { dataDir: string }).dataDir;
  });
  after(async () => {
    await smtp.close();
    await database.drop();
  });

  it('sends a test email through the mail server in GAVEL_SMTP_URL', async () => {
    const result = await run(['email', 'test', 'amber.holt@northwold.example'], smtp.env);
    assert.equal(result.code, 0, result.stderr);
    assert.equal(result.stdout, `Sent a test email to amber.holt@northwold.example through smtp://127.0.0.1:${smtp.port}.\n`);
    const [email] = await smtp.waitForMessages(1);
    assert.equal(email!.parsed.subject, 'Test email from Gavel');
    assert.match(email!.parsed.text!, new RegExp(`reached you through smtp://127\\.0\\.0\\.1:${smtp.port}`));
  });

  it('writes the test email to the outbox when no mail server is set, and says where', async () => {
    const result = await run(['email', 'test', 'amber.holt@northwold.example']);
    assert.equal(result.code, 0, result.stderr);
    const file = /written to (.+\.eml)$/m.exec(result.stdout)?.[1];
    assert.ok(file && fs.existsSync(file), result.stdout);
    assert.equal(path.dirname(file), path.join(dataDir, 'outbox'));
  });

  it('says in one line when the mail server cannot be reached', async () => {
    const result = await run(['email', 'test', 'amber.holt@northwold.example'], { ...smtp.env, GAVEL_SMTP_URL: 'smtp://127.0.0.1:1' });
    assert.notEqual(result.code, 0);
    assert.match(result.stderr, /^gavel: the test email could not be sent through smtp:\/\/127\.0\.0\.1:1: .*ECONNREFUSED/);
  });

  it('runs the due jobs once and exits, sending queued email', async () => {
    smtp.messages.length = 0;
    await withDatabase((db) => queueEmail(db, { to: 'owen.pryce@northwold.example', subject: 'Queued earlier', template: 'test-email', context: { sentBy: 'a test', destination: 'x' } }));
    const result = await run(['jobs', 'run'], smtp.env);
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /^Ran 1 job\(s\): 1 finished, 0 to be tried again, 0 failed\./);
    const [email] = await smtp.waitForMessages(1);
    assert.equal(email!.parsed.subject, 'Queued earlier');
  });

  it('lists failed jobs with their errors, and retries one on request', async () => {
    let id = 0;
    await withDatabase(async (db) => {
      id = (await enqueueJob(db, { kind: 'send-email', payload: {}, maxAttempts: 1 }))!;
      await claimNextJob(db, { kinds: ['send-email'], workerId: 'test', leaseSeconds: 60 });
      await recordJobFailure(db, { id, workerId: 'test', error: '550 No such mailbox', retryInSeconds: null });
    });
    const list = await run(['jobs']);
    assert.equal(list.code, 0, list.stderr);
    assert.match(list.stdout, /Failed: 1\./);
    assert.match(list.stdout, new RegExp(`^  ${id}  send-email  \\S+  after 1 attempt\\(s\\): 550 No such mailbox$`, 'm'));

    const retry = await run(['jobs', 'retry', String(id)]);
    assert.equal(retry.code, 0, retry.stderr);
    await withDatabase(async (db) => assert.deepEqual(await countJobs(db), { waiting: 1, running: 0, finished: 1, failed: 0 }));
    const again = await run(['jobs', 'retry', String(id)]);
    assert.equal(again.stderr, `gavel: there is no failed job ${id} (run \`gavel jobs\` to see them)`);
  });
});
