import fs from 'node:fs/promises';
import path from 'node:path';
import nodemailer, { type SendMailOptions } from 'nodemailer';
import addressparser from 'nodemailer/lib/addressparser';
import type { MailConfig, SmtpConfig } from '../config.ts';

/** A message ready to send: bodies rendered, recipients checked. */
export interface OutgoingEmail {
  to: string[];
  subject: string;
  text: string;
  html: string;
  /** Sent as List-Unsubscribe with List-Unsubscribe-Post: One-Click (RFC 8058). */
  unsubscribeUrl?: string;
  replyTo?: string;
  /** Unique to the message and the same on every attempt: the Message-ID is made from it, so a message sent twice after a crash is one message to mail programs. */
  messageKey?: string;
}

export interface SentEmail {
  messageId: string;
  /** The .eml file written, when there is no mail server. */
  file?: string;
}

export interface Mailer {
  /** Where mail goes, for logs and `gavel email test`: the server (no password) or the outbox folder. */
  readonly destination: string;
  send(email: OutgoingEmail, options?: { signal?: AbortSignal }): Promise<SentEmail>;
  /** Closes pooled connections to the mail server. */
  close(): void;
}

/**
 * Sends through the configured SMTP server with nodemailer, or, with none
 * configured, writes each message as an .eml file (nodemailer's stream
 * transport builds the same MIME message) in the outbox folder, where any
 * mail program opens it.
 *
 * @example
 * const mailer = createMailer(config.mail);
 * await mailer.send({ to: ['clerk@northwold.example'], subject: 'Test', text: 'Hello', html: '<p>Hello</p>' });
 * mailer.close();
 */
export function createMailer(config: MailConfig): Mailer {
  return config.transport === 'smtp' ? smtpMailer(config.smtp, config.from) : outboxMailer(config.outboxDir, config.from);
}

function smtpMailer(smtp: SmtpConfig, from: string): Mailer {
  // Pooled: a notification to a committee's followers reuses a few connections.
  const options = 'url' in smtp ? smtp.url : { host: smtp.host, port: smtp.port, secure: smtp.secure, ...(smtp.user ? { auth: { user: smtp.user, pass: smtp.password } } : {}) };
  const transport = nodemailer.createTransport(typeof options === 'string' ? withPool(options) : { ...options, pool: true, maxConnections: 2 });
  return {
    destination: describeSmtp(smtp),
    async send(email, { signal } = {}) {
      const info = await transport.sendMail({ ...message(email, from), ...(signal ? { signal } : {}) });
      return { messageId: info.messageId };
    },
    close: () => transport.close(),
  };
}

function outboxMailer(outboxDir: string, from: string): Mailer {
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'windows' });
  return {
    destination: outboxDir,
    async send(email) {
      const info = await transport.sendMail(message(email, from));
      await fs.mkdir(outboxDir, { recursive: true });
      // Sorts by time in a folder listing; the message id keeps names unique.
      const stamp = new Date().toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
      const file = path.join(outboxDir, `${stamp}-${info.messageId.replace(/[^A-Za-z0-9.@-]/g, '')}.eml`);
      // Written aside, then renamed: a program watching the folder never reads half a message.
      await fs.writeFile(`${file}.part`, info.message);
      await fs.rename(`${file}.part`, file);
      return { messageId: info.messageId, file };
    },
    close: () => undefined,
  };
}

function message(email: OutgoingEmail, from: string): SendMailOptions {
  return {
    from,
    to: email.to,
    subject: email.subject,
    text: email.text,
    html: email.html,
    ...(email.replyTo ? { replyTo: email.replyTo } : {}),
    ...(email.messageKey ? { messageId: `<${email.messageKey}@${domainOf(from)}>` } : {}),
    ...(email.unsubscribeUrl
      ? {
          list: { unsubscribe: email.unsubscribeUrl },
          // RFC 8058: mail programs may unsubscribe with one POST, no page visit.
          headers: { 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
        }
      : {}),
  };
}

function domainOf(mailbox: string): string {
  const address = addressparser(mailbox)[0]?.address ?? '';
  return address.split('@')[1] || 'localhost';
}

function withPool(url: string): string {
  const parsed = new URL(url);
  if (!parsed.searchParams.has('pool')) parsed.searchParams.set('pool', 'true');
  return parsed.toString();
}

function describeSmtp(smtp: SmtpConfig): string {
  if (!('url' in smtp)) return `${smtp.secure ? 'smtps' : 'smtp'}://${smtp.host}:${smtp.port}`;
  const url = new URL(smtp.url);
  return `${url.protocol}//${url.host}`;
}
