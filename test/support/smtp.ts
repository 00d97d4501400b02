import type { AddressInfo } from 'node:net';
import type { Kysely } from 'kysely';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import type { MailConfig } from '../../src/config.ts';
import type { Database } from '../../src/db/database.ts';
import { createMailer } from '../../src/email/mailer.ts';
import { createSendEmailJob } from '../../src/email/send-email-job.ts';
import { runDueJobs, type JobOutcome } from '../../src/jobs/job-worker.ts';

/** One message as the mail server received it. */
export interface ReceivedEmail {
  /** The SMTP envelope: who the message was actually delivered to (Bcc included). */
  envelope: { from: string; to: string[] };
  /** The account the client signed in with, if it did. */
  user?: string;
  raw: string;
  parsed: ParsedMail;
  /** A header's raw value as sent, e.g. header('List-Unsubscribe-Post'); undefined when absent. */
  header(name: string): string | undefined;
}

export interface TestSmtpServer {
  port: number;
  /** For readConfig or startServer: GAVEL_SMTP_URL (with the credentials, when the server asks for them) and GAVEL_MAIL_FROM. */
  env: { GAVEL_SMTP_URL: string; GAVEL_MAIL_FROM: string };
  /** For createMailer. */
  mailConfig: Extract<MailConfig, { transport: 'smtp' }>;
  /** Every message received so far, in order. */
  messages: ReceivedEmail[];
  /** Resolves with the first `count` messages once they have arrived; rejects after `timeoutMs`. */
  waitForMessages(count: number, timeoutMs?: number): Promise<ReceivedEmail[]>;
  /** Refuses the next `count` messages with an SMTP reply: 451 (try later) or 550 (refused for good). */
  refuseNext(count: number, reply: { code: number; message: string }): void;
  close(): Promise<void>;
}

/**
 * A real SMTP server on a free local port, collecting what it receives, so
 * tests see email exactly as a mail server would. Plain SMTP, no TLS.
 *
 * @example
 * const smtp = await startTestSmtpServer();
 * after(() => smtp.close());
 * …make the change that queues the email…
 * await sendQueuedEmails(database.db, smtp);
 * const [email] = await smtp.waitForMessages(1);
 * assert.deepEqual(email.envelope.to, ['owner@northwold.example']);
 * assert.equal(email.parsed.subject, 'Action 12 is due on 5 January 2027');
 */
export async function startTestSmtpServer(options: { user?: string; password?: string } = {}): Promise<TestSmtpServer> {
  const messages: ReceivedEmail[] = [];
  const waiting = new Set<() => void>();
  const refusals: { code: number; message: string }[] = [];
  const needsAuth = options.user !== undefined;

  const server = new SMTPServer({
    disabledCommands: needsAuth ? ['STARTTLS'] : ['STARTTLS', 'AUTH'],
    authOptional: !needsAuth,
    allowInsecureAuth: true,
    closeTimeout: 200,
    logger: false,
    onAuth(auth, _session, callback) {
      if (auth.username === options.user && auth.password === options.password) return callback(null, { user: auth.username });
      return callback(Object.assign(new Error('Authentication credentials invalid'), { responseCode: 535 }));
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const refusal = refusals.shift();
        if (refusal) return callback(Object.assign(new Error(refusal.message), { responseCode: refusal.code }));
        const raw = Buffer.concat(chunks).toString('utf8');
        simpleParser(raw).then(
          (parsed) => {
            messages.push({
              envelope: {
                from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
                to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
              },
              ...(session.user ? { user: String(session.user) } : {}),
              raw,
              parsed,
              header: (name) => parsed.headerLines.find((line) => line.key === name.toLowerCase())?.line.replace(/^[^:]+:\s*/, '').replace(/\r?\n\s+/g, ' '),
            });
            for (const wake of waiting) wake();
            callback();
          },
          (error: Error) => callback(error),
        );
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const port = (server.server.address() as AddressInfo).port;
  const credentials = needsAuth ? `${encodeURIComponent(options.user!)}:${encodeURIComponent(options.password ?? '')}@` : '';
  const from = 'Northwold Democratic Services <democratic.services@northwold.example>';

  return {
    port,
    env: { GAVEL_SMTP_URL: `smtp://${credentials}127.0.0.1:${port}`, GAVEL_MAIL_FROM: from },
    mailConfig: {
      transport: 'smtp',
      smtp: { host: '127.0.0.1', port, secure: false, ...(needsAuth ? { user: options.user!, password: options.password ?? '' } : {}) },
      from,
    },
    messages,
    waitForMessages(count, timeoutMs = 5000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          if (messages.length < count) return;
          clearTimeout(timer);
          waiting.delete(check);
          resolve(messages.slice(0, count));
        };
        const timer = setTimeout(() => {
          waiting.delete(check);
          reject(new Error(`expected ${count} email(s), ${messages.length} arrived: ${messages.map((m) => m.parsed.subject).join('; ') || 'none'}`));
        }, timeoutMs);
        waiting.add(check);
        check();
      });
    },
    refuseNext(count, reply) {
      for (let n = 0; n < count; n++) refusals.push(reply);
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/**
 * Sends the emails queued in `db` that are due, through the test server,
 * as the scheduler would: for tests of a route or command that queues email.
 */
export async function sendQueuedEmails(db: Kysely<Database>, smtp: Pick<TestSmtpServer, 'mailConfig'>, options: { retryDelay?: (attempt: number) => number } = {}): Promise<JobOutcome[]> {
  const mailer = createMailer(smtp.mailConfig);
  try {
    return await runDueJobs(db, [createSendEmailJob(mailer)], options);
  } finally {
    mailer.close();
  }
}
