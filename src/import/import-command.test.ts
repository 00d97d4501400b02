import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, describe, it } from 'node:test';
import { zipBomb } from './import-test-files.ts';

// `gavel import` end to end, as a clerk runs it on a folder of old papers.
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const gavel = path.join(root, 'bin/gavel.js');
const fixtures = path.join(root, 'src/import/fixtures');
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'gavel-import-command-'));

function run(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [gavel, 'import', ...args], {
    encoding: 'utf8',
    timeout: 120_000,
    env: { ...process.env, DATABASE_URL: '', GAVEL_DATA_DIR: path.join(scratch, 'data'), GAVEL_DEMO: 'false', ...env },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr.trim() };
}

describe('gavel import', () => {
  after(() => fs.rmSync(scratch, { recursive: true, force: true }));
  const archive = path.join(scratch, 'archive');
  fs.mkdirSync(path.join(archive, '2025'), { recursive: true });
  for (const name of ['agenda-pack.txt', 'district-minutes.md', 'forward-plan.md']) fs.copyFileSync(path.join(fixtures, name), path.join(archive, '2025', name));
  fs.writeFileSync(path.join(archive, 'empty.txt'), '');
  fs.writeFileSync(path.join(archive, 'bomb.docx'), zipBomb());

  it('imports a folder file by file, goes on past bad files, ends with a table and fails the exit', () => {
    const result = run([archive]);
    assert.equal(result.code, 1, result.stderr);
    // Not a terminal here: one plain line per file, no progress bar.
    assert.match(result.stdout, /^imported {2}.*agenda-pack\.txt: \d+ records$/m);
    assert.match(result.stdout, /^failed {4}.*empty\.txt: the file is empty$/m);
    assert.match(result.stdout, /^failed {4}.*bomb\.docx: refused as a possible zip bomb/m);
    assert.match(result.stdout, /^Imported +3$/m);
    assert.match(result.stdout, /^Failed +2$/m);
    assert.match(result.stdout, /^Forward plan entries +3$/m);
    assert.equal(result.stderr, 'gavel: 2 files could not be imported');
  });

  it('reports every file unchanged the second time, and exits cleanly when nothing failed', () => {
    const result = run([path.join(archive, '2025')]);
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /^Unchanged +3$/m);
    assert.doesNotMatch(result.stdout, /Records created/);
  });

  it('refuses a file over GAVEL_IMPORT_MAX_BYTES and names the limit', () => {
    const result = run([path.join(fixtures, 'parish-minutes.txt')], { GAVEL_IMPORT_MAX_BYTES: '100' });
    assert.equal(result.code, 1);
    assert.match(result.stdout, /parish-minutes\.txt: the file is .* over the import limit .*GAVEL_IMPORT_MAX_BYTES/);
  });
});
