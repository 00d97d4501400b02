import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';

const gavel = path.resolve('bin/gavel.js');
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'gavel-cli-'));

function run(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [gavel, ...args], {
    encoding: 'utf8',
    env: { ...process.env, DATABASE_URL: '', GAVEL_DATA_DIR: path.join(scratch, 'data'), ...env },
    timeout: 60_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr.trim() };
}

/** A person's error: short, saying what is wrong, with no stack trace. */
function assertHumanError(result: ReturnType<typeof run>, pattern: RegExp) {
  assert.notEqual(result.code, 0);
  assert.match(result.stderr, pattern);
  assert.doesNotMatch(result.stderr, /^\s+at /m, 'a stack trace was printed');
  assert.ok(result.stderr.split('\n').length <= 2, `expected one line (and perhaps a hint), got:\n${result.stderr}`);
}

describe('the gavel command', () => {
  after(() => fs.rmSync(scratch, { recursive: true, force: true }));

  it('lists its commands', () => {
    const result = run(['--help']);
    assert.equal(result.code, 0);
    for (const command of ['serve', 'migrate', 'demo']) assert.match(result.stdout, new RegExp(`^\\s+${command}\\b`, 'm'));
  });

  it('refuses an unknown command in one line', () => {
    assertHumanError(run(['frobnicate']), /unknown command 'frobnicate'/);
  });

  it('names the setting when a config value has the wrong type', () => {
    assertHumanError(run(['migrate'], { PORT: 'eighty' }), /^gavel: PORT is not valid/);
  });

  it('says which database it cannot reach', () => {
    assertHumanError(run(['migrate'], { DATABASE_URL: 'postgres://nobody@127.0.0.1:1/nowhere' }), /^gavel: cannot reach the database at postgres:\/\/nobody@127\.0\.0\.1:1\/nowhere/);
  });

  it('says when the data directory cannot be used', () => {
    const file = path.join(scratch, 'a-file');
    fs.writeFileSync(file, 'not a directory');
    assertHumanError(run(['migrate'], { GAVEL_DATA_DIR: file }), /^gavel: cannot use the data directory .*a-file/);
  });

  it('refuses a --seed that is not a number', () => {
    assertHumanError(run(['demo', '--seed', 'abc']), /--seed must be a whole number/);
  });

  it('migrates the embedded database, then finds nothing left to do', () => {
    const dataDir = path.join(scratch, 'migrate');
    const first = run(['migrate'], { GAVEL_DATA_DIR: dataDir });
    assert.equal(first.code, 0, first.stderr);
    assert.match(first.stdout, /Ran \d+ migration\(s\): 0001-foundation, /);
    const second = run(['migrate'], { GAVEL_DATA_DIR: dataDir });
    assert.match(second.stdout, /up to date/);
  });
});
