import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { simpleParser } from 'mailparser';
import { readConfig } from '../config.ts';
import { listJobs } from '../jobs/job-repository.ts';
import { startServer, type RunningServer } from '../server.ts';
import { createTestDatabase, testEngines, type TestDatabase } from '../../test/support/database.ts';
import { startTestSmtpServer, type TestSmtpServer } from '../../test/support/smtp.ts';
import { queueEmail } from './queue-email.ts';

/** What a running Gavel does with queued email: the whole path from queueEmail to a mail server or the outbox. */

const testEmail = (to: string, n = 1) => ({ to, subject: `Test email ${n}`, template: 'test-email', context: { sentBy: 'a test', destination: 'the test server' } });

function serverEnv(database: TestDatabase, extra: Record<string, string> = {}): Record<string, string> {
  const where: Record<string, string> = database.config.engine === 'postgres' ? { DATABASE_URL: database.config.url } : { GAVEL_DATA_DIR: database.config.dataDir };
  return { ...where, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent', GAVEL_DEMO: 'false', GAVEL_SCHEDULER_POLL_SECONDS: '0.05', ...extra };
}

async function waitFor(what: string, condition: () => boolean | Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

for (const engine of testEngines) {
  describe(`a running Gavel sending email (${engine})`, () => {
    let smtp: TestSmtpServer;
    const databases: TestDatabase[] = [];
    const servers: RunningServer[] = [];
    before(async () => {
      smtp = await startTestSmtpServer();
    });
    after(async () => {
      await Promise.all(servers.map((server) => server.stop()));
      await smtp.close();
      await Promise.all(databases.map((database) => database.drop()));
    });
    const start = async (env: Record<string, string>) => {
      const server = await startServer(readConfig(env), () => undefined);
      servers.push(server);
      return server;
    };
    const newDatabase = async () => {
      const database = await createTestDatabase(engine);
      databases.push(database);
      return database;
    };

    it('sends a queued email through the configured mail server without being asked', async () => {
      smtp.messages.length = 0;
      const server = await start(serverEnv(await newDatabase(), smtp.env));
      await queueEmail(server.database.db, testEmail('amber.holt@northwold.example'));
      const [email] = await smtp.waitForMessages(1);
      assert.equal(email!.parsed.subject, 'Test email 1');
      assert.deepEqual(email!.envelope.to, ['amber.holt@northwold.example']);
      await waitFor('the job to be marked finished', async () => (await listJobs(server.database.db, 'finished')).some((job) => job.kind === 'send-email'));
    });

    it('writes a queued email to the outbox in the data folder when no mail server is set', async (t) => {
      const database = await newDatabase();
      // The embedded database lives in the data folder; beside PostgreSQL the data folder holds only the outbox.
      const dataDir = database.config.engine === 'pglite' ? database.config.dataDir : fs.mkdtempSync(path.join(os.tmpdir(), 'gavel-outbox-'));
      t.after(() => (database.config.engine === 'postgres' ? fs.rmSync(dataDir, { recursive: true, force: true }) : undefined));
      const server = await start({ ...serverEnv(database), GAVEL_DATA_DIR: dataDir });
      const outbox = path.join(dataDir, 'outbox');
      await queueEmail(server.database.db, testEmail('amber.holt@northwold.example'));
      await waitFor('an .eml file in the outbox', () => fs.existsSync(outbox) && fs.readdirSync(outbox).some((name) => name.endsWith('.eml')));
      const [file] = fs.readdirSync(outbox);
      const parsed = await simpleParser(fs.readFileSync(path.join(outbox, file!)));
      assert.equal(parsed.subject, 'Test email 1');
    });

    it('leaves queued email alone in a web-only process (GAVEL_SCHEDULER=false)', async () => {
      smtp.messages.length = 0;
      const server = await start(serverEnv(await newDatabase(), { ...smtp.env, GAVEL_SCHEDULER: 'false' }));
      assert.equal(server.scheduler, undefined);
      await queueEmail(server.database.db, testEmail('amber.holt@northwold.example'));
      await new Promise((resolve) => setTimeout(resolve, 300));
      assert.equal(smtp.messages.length, 0);
      assert.equal((await listJobs(server.database.db, 'waiting')).filter((job) => job.kind === 'send-email').length, 1);
    });

    if (engine === 'postgres') {
      it('sends each email once when two servers share the database', async () => {
        smtp.messages.length = 0;
        const database = await newDatabase();
        const [first, second] = await Promise.all([start(serverEnv(database, smtp.env)), start(serverEnv(database, smtp.env))]);
        const total = 30;
        for (let n = 1; n <= total; n++) await queueEmail((n % 2 ? first : second).database.db, testEmail(`member${n}@northwold.example`, n));
        await smtp.waitForMessages(total, 20_000);
        await new Promise((resolve) => setTimeout(resolve, 300));
        const subjects = smtp.messages.map((message) => message.parsed.subject).sort();
        assert.equal(subjects.length, total, 'no email arrived twice');
        assert.equal(new Set(subjects).size, total);
      });
    }
  });
}
