import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { simpleParser } from 'mailparser';
import { readConfig } from '../config.ts';
import { startTestSmtpServer, type TestSmtpServer } from '../../test/support/smtp.ts';
import { createMailer, type OutgoingEmail } from './mailer.ts';

const email: OutgoingEmail = {
  to: ['amber.holt@northwold.example', 'Owen Pryce <owen.pryce@northwold.example>'],
  subject: 'Agenda published: Overview and Scrutiny Committee, 5 January 2027',
  text: 'The agenda is published.\n',
  html: '<p>The agenda is published.</p>',
};

describe('sending email through an SMTP server', () => {
  let smtp: TestSmtpServer;
  before(async () => {
    smtp = await startTestSmtpServer();
  });
  after(() => smtp.close());

  it('delivers to every recipient with the subject, both bodies and the configured sender', async () => {
    const mailer = createMailer(smtp.mailConfig);
    try {
      await mailer.send(email);
    } finally {
      mailer.close();
    }
    const [received] = await smtp.waitForMessages(1);
    assert.deepEqual(received!.envelope.to, ['amber.holt@northwold.example', 'owen.pryce@northwold.example']);
    assert.equal(received!.envelope.from, 'democratic.services@northwold.example');
    assert.equal(received!.parsed.subject, email.subject);
    assert.equal(received!.parsed.text, 'The agenda is published.\n');
    assert.equal(received!.parsed.html, '<p>The agenda is published.</p>');
    assert.equal(received!.parsed.from?.value[0]?.name, 'Northwold Democratic Services');
    assert.equal(received!.header('List-Unsubscribe'), undefined, 'no unsubscribe headers unless asked');
  });

  it('adds one-click unsubscribe headers (RFC 8058) and a Message-ID that is the same on every attempt', async () => {
    const mailer = createMailer(smtp.mailConfig);
    const messageKey = '0b0e8f5c-59a4-4c57-9f5e-2d2c5cf8f0a1';
    try {
      await mailer.send({ ...email, unsubscribeUrl: 'https://gavel.northwold.example/unsubscribe/abc123', messageKey });
      await mailer.send({ ...email, unsubscribeUrl: 'https://gavel.northwold.example/unsubscribe/abc123', messageKey });
    } finally {
      mailer.close();
    }
    const [, first, second] = await smtp.waitForMessages(3);
    assert.equal(first!.header('List-Unsubscribe'), '<https://gavel.northwold.example/unsubscribe/abc123>');
    assert.equal(first!.header('List-Unsubscribe-Post'), 'List-Unsubscribe=One-Click');
    assert.equal(first!.parsed.messageId, `<${messageKey}@northwold.example>`);
    assert.equal(second!.parsed.messageId, first!.parsed.messageId);
  });
});

describe('signing in to the mail server', () => {
  let smtp: TestSmtpServer;
  before(async () => {
    smtp = await startTestSmtpServer({ user: 'gavel@northwold.example', password: 'p@ss:word/1' });
  });
  after(() => smtp.close());

  it('signs in with the credentials in GAVEL_SMTP_URL', async () => {
    const mailer = createMailer(readConfig(smtp.env).mail);
    try {
      await mailer.send(email);
    } finally {
      mailer.close();
    }
    const [received] = await smtp.waitForMessages(1);
    assert.equal(received!.user, 'gavel@northwold.example');
  });

  it('signs in with GAVEL_SMTP_USER and GAVEL_SMTP_PASSWORD', async () => {
    const config = readConfig({
      GAVEL_SMTP_HOST: '127.0.0.1',
      GAVEL_SMTP_PORT: String(smtp.port),
      GAVEL_SMTP_SECURE: 'false',
      GAVEL_SMTP_USER: 'gavel@northwold.example',
      GAVEL_SMTP_PASSWORD: 'p@ss:word/1',
      GAVEL_MAIL_FROM: 'democratic.services@northwold.example',
    });
    const mailer = createMailer(config.mail);
    try {
      await mailer.send(email);
    } finally {
      mailer.close();
    }
    const [, received] = await smtp.waitForMessages(2);
    assert.equal(received!.user, 'gavel@northwold.example');
  });

  it('fails with the server\'s answer when the password is wrong', async () => {
    const mailer = createMailer({ ...smtp.mailConfig, smtp: { host: '127.0.0.1', port: smtp.port, secure: false, user: 'gavel@northwold.example', password: 'wrong' } });
    try {
      await assert.rejects(mailer.send(email), (error: Error & { code?: string }) => error.code === 'EAUTH');
    } finally {
      mailer.close();
    }
  });
});

describe('writing email to the outbox when no mail server is configured', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gavel-outbox-'));
  after(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('writes each message as an .eml file in $GAVEL_DATA_DIR/outbox that a mail program can read', async () => {
    const config = readConfig({ GAVEL_DATA_DIR: dataDir });
    assert.equal(config.mail.transport, 'outbox');
    const mailer = createMailer(config.mail);
    const sent = await mailer.send({ ...email, unsubscribeUrl: 'https://gavel.northwold.example/unsubscribe/abc123' });
    assert.equal(mailer.destination, path.join(dataDir, 'outbox'));
    assert.equal(path.dirname(sent.file!), path.join(dataDir, 'outbox'));
    assert.deepEqual(fs.readdirSync(path.join(dataDir, 'outbox')), [path.basename(sent.file!)]);
    assert.match(path.basename(sent.file!), /^\d{8}T\d{6}Z-.+\.eml$/);

    const raw = fs.readFileSync(sent.file!);
    assert.ok(raw.includes('\r\n'), 'lines end with CRLF, as in mail');
    const parsed = await simpleParser(raw);
    assert.equal(parsed.subject, email.subject);
    assert.deepEqual(
      [parsed.to].flat().flatMap((to) => to!.value.map((mailbox) => mailbox.address)),
      ['amber.holt@northwold.example', 'owen.pryce@northwold.example'],
    );
    assert.equal(parsed.text, 'The agenda is published.\n');
    assert.equal(parsed.html, '<p>The agenda is published.</p>');
    const headerLines = parsed.headerLines.map((header) => header.line);
    assert.ok(headerLines.includes('List-Unsubscribe: <https://gavel.northwold.example/unsubscribe/abc123>'), headerLines.join('\n'));
    assert.ok(headerLines.includes('List-Unsubscribe-Post: List-Unsubscribe=One-Click'), headerLines.join('\n'));
  });
});
