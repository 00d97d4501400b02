import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { readConfig } from './config.ts';

const from = { GAVEL_MAIL_FROM: 'Democratic Services <democratic.services@northwold.example>' };

describe('reading the mail settings', () => {
  it('writes email to the outbox in the data folder when no mail server is set', () => {
    const config = readConfig({ GAVEL_DATA_DIR: '/srv/gavel' });
    assert.deepEqual(config.mail, { transport: 'outbox', outboxDir: path.resolve('/srv/gavel/outbox'), from: 'Gavel <gavel@localhost>' });
  });

  it('takes a mail server as one smtp:// or smtps:// address', () => {
    const config = readConfig({ GAVEL_SMTP_URL: 'smtps://gavel:secret@mail.northwold.example:465', ...from });
    assert.deepEqual(config.mail, { transport: 'smtp', smtp: { url: 'smtps://gavel:secret@mail.northwold.example:465' }, from: from.GAVEL_MAIL_FROM });
  });

  it('takes a mail server in parts, with TLS and port 465 going together unless told otherwise', () => {
    const parts = (env: Record<string, string>) => readConfig({ GAVEL_SMTP_HOST: 'mail.northwold.example', ...from, ...env }).mail;
    assert.deepEqual(parts({}), { transport: 'smtp', smtp: { host: 'mail.northwold.example', port: 587, secure: false }, from: from.GAVEL_MAIL_FROM });
    assert.deepEqual(parts({ GAVEL_SMTP_PORT: '465' }), { transport: 'smtp', smtp: { host: 'mail.northwold.example', port: 465, secure: true }, from: from.GAVEL_MAIL_FROM });
    assert.deepEqual(parts({ GAVEL_SMTP_SECURE: 'true' }), { transport: 'smtp', smtp: { host: 'mail.northwold.example', port: 465, secure: true }, from: from.GAVEL_MAIL_FROM });
    assert.deepEqual(parts({ GAVEL_SMTP_USER: 'gavel', GAVEL_SMTP_PASSWORD: 'secret' }), {
      transport: 'smtp',
      smtp: { host: 'mail.northwold.example', port: 587, secure: false, user: 'gavel', password: 'secret' },
      from: from.GAVEL_MAIL_FROM,
    });
  });

  it('names the setting that is wrong or missing', () => {
    const cases: [Record<string, string>, RegExp][] = [
      [{ GAVEL_SMTP_URL: 'https://mail.northwold.example' }, /GAVEL_SMTP_URL is not valid: must be an smtp:\/\/ or smtps:\/\/ address/],
      [{ GAVEL_SMTP_URL: 'smtp://mail.northwold.example' }, /GAVEL_MAIL_FROM must be set/],
      [{ GAVEL_SMTP_URL: 'smtp://mail.northwold.example', GAVEL_SMTP_HOST: 'mail', ...from }, /GAVEL_SMTP_URL or GAVEL_SMTP_HOST, not both/],
      [{ GAVEL_SMTP_USER: 'gavel', GAVEL_SMTP_PASSWORD: 'secret' }, /need GAVEL_SMTP_HOST/],
      [{ GAVEL_SMTP_HOST: 'mail', GAVEL_SMTP_USER: 'gavel', ...from }, /both GAVEL_SMTP_USER and GAVEL_SMTP_PASSWORD/],
      [{ GAVEL_SMTP_HOST: 'mail', GAVEL_SMTP_PORT: '99999', ...from }, /GAVEL_SMTP_PORT is not valid/],
      [{ GAVEL_MAIL_FROM: 'Democratic Services' }, /GAVEL_MAIL_FROM is not valid: must be one email address/],
      [{ GAVEL_MAIL_FROM: 'a@northwold.example, b@northwold.example' }, /GAVEL_MAIL_FROM is not valid/],
    ];
    for (const [env, message] of cases) assert.throws(() => readConfig(env), message, JSON.stringify(env));
  });

  it('never repeats a password in an error', () => {
    assert.throws(
      () => readConfig({ GAVEL_SMTP_URL: 'ftp://gavel:hunter2@mail.northwold.example' }),
      (error: Error) => !error.message.includes('hunter2') && error.message.startsWith('GAVEL_SMTP_URL is not valid'),
    );
  });
});

describe('reading the scheduler settings', () => {
  it('runs the scheduler every 5 seconds by default', () => {
    assert.deepEqual(readConfig({}).scheduler, { enabled: true, pollIntervalMs: 5000 });
  });

  it('can be turned off for a web-only process, or poll more often', () => {
    assert.deepEqual(readConfig({ GAVEL_SCHEDULER: 'false', GAVEL_SCHEDULER_POLL_SECONDS: '0.5' }).scheduler, { enabled: false, pollIntervalMs: 500 });
    assert.throws(() => readConfig({ GAVEL_SCHEDULER: 'no' }), /GAVEL_SCHEDULER is not valid/);
    assert.throws(() => readConfig({ GAVEL_SCHEDULER_POLL_SECONDS: '0' }), /GAVEL_SCHEDULER_POLL_SECONDS is not valid/);
  });
});
