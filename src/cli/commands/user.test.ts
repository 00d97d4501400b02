import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { nameFromEmail } from './user.ts';

const gavel = path.resolve('bin/gavel.js');
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'gavel-user-'));
const env = { ...process.env, DATABASE_URL: '', GAVEL_DATA_DIR: path.join(scratch, 'data'), GAVEL_PUBLIC_URL: 'https://committees.northwold.example' };

function run(args: string[], input?: string) {
  const result = spawnSync(process.execPath, [gavel, 'user', ...args], { encoding: 'utf8', env, input, timeout: 60_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr.trim() };
}

describe('gavel user', () => {
  after(() => fs.rmSync(scratch, { recursive: true, force: true }));

  it('adds the first administrator and prints a one-time link on the public address to choose a password', () => {
    const result = run(['add', 'ada.lovelace@northwold.example', '--role', 'administrator']);
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /^Added Ada Lovelace <ada\.lovelace@northwold\.example> as Administrator\./);
    assert.match(result.stdout, /https:\/\/committees\.northwold\.example\/set-password\/[A-Za-z0-9_-]{43}\n/);
  });

  it('takes a password piped in, for scripts, and refuses a weak one in one line', () => {
    const weak = run(['add', 'bo@northwold.example', '--role', 'councillor', '--password-stdin'], 'short\n');
    assert.notEqual(weak.code, 0);
    assert.equal(weak.stderr, 'gavel: the password on standard input is not accepted: password must be at least 12 characters');
    const good = run(['add', 'bo@northwold.example', '--role', 'councillor', '--name', 'Councillor Bo Diddley', '--password-stdin'], 'a long piped passphrase\n');
    assert.equal(good.code, 0, good.stderr);
    assert.match(good.stdout, /Sign in at https:\/\/committees\.northwold\.example\/sign-in/);
  });

  it('refuses a duplicate address and an unknown role in one line each', () => {
    const duplicate = run(['add', 'ADA.lovelace@northwold.example', '--role', 'councillor']);
    assert.notEqual(duplicate.code, 0);
    assert.equal(duplicate.stderr, 'gavel: there is already an account for ADA.lovelace@northwold.example');
    const role = run(['add', 'cy@northwold.example', '--role', 'chief']);
    assert.notEqual(role.code, 0);
    assert.match(role.stderr, /--role must be one of administrator, democratic-services, scrutiny-officer, report-author, councillor, not "chief"/);
  });

  it('lists the accounts with their state', () => {
    const result = run(['list']);
    assert.equal(result.code, 0, result.stderr);
    assert.deepEqual(result.stdout.trim().split('\n').sort(), [
      'ada.lovelace@northwold.example\tAdministrator\tAda Lovelace\tinvited',
      'bo@northwold.example\tCouncillor\tCouncillor Bo Diddley\tactive',
    ]);
  });

  it('guesses a name from an email address', () => {
    assert.equal(nameFromEmail('jo.ann-smith@x.example'), 'Jo Ann Smith');
  });
});
