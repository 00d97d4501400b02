import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, describe, it } from 'node:test';
import { extractionSchema } from './extraction.ts';

// `gavel extract` end to end, as a person runs it.
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const gavel = path.join(root, 'bin/gavel.js');
const fixtures = path.join(root, 'src/import/fixtures');
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'gavel-extract-'));

function run(...args: string[]) {
  const result = spawnSync(process.execPath, [gavel, 'extract', ...args], { encoding: 'utf8', timeout: 60_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr.trim() };
}

function assertHumanError(result: ReturnType<typeof run>, pattern: RegExp) {
  assert.notEqual(result.code, 0);
  assert.match(result.stderr, pattern);
  assert.doesNotMatch(result.stderr, /^\s+at /m, 'a stack trace was printed');
  assert.equal(result.stderr.split('\n').length, 1, result.stderr);
  assert.equal(result.stdout, '');
}

describe('gavel extract', () => {
  after(() => fs.rmSync(scratch, { recursive: true, force: true }));

  it('prints one JSON object in the contract shape', () => {
    const result = run(path.join(fixtures, 'parish-minutes.txt'), '--format', 'json');
    assert.equal(result.code, 0, result.stderr);
    const extraction = extractionSchema.parse(JSON.parse(result.stdout));
    assert.equal(extraction.source.documentType, 'minutes');
    assert.equal(extraction.meetings[0]!.committee, 'Ashby Parish Council');
  });

  it('prints a readable summary by default', () => {
    const result = run(path.join(fixtures, 'agenda-pack.txt'));
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /agenda-pack/);
    assert.match(result.stdout, /Meeting: Communities Scrutiny Panel, 2025-06-12 10:00/);
    assert.match(result.stdout, /action log entries: 3/);
  });

  it('names the file in a one-line error when it cannot read it', () => {
    assertHumanError(run(path.join(scratch, 'missing.pdf'), '--format', 'json'), /^gavel: .*missing\.pdf: no such file$/);
    const empty = path.join(scratch, 'empty.txt');
    fs.writeFileSync(empty, '');
    assertHumanError(run(empty, '--format', 'json'), /^gavel: .*empty\.txt: the file is empty$/);
    const broken = path.join(scratch, 'broken.pdf');
    fs.writeFileSync(broken, '%PDF-1.4\ngarbage');
    assertHumanError(run(broken), /^gavel: .*broken\.pdf: the PDF is damaged or not a PDF$/);
    const image = path.join(scratch, 'photo.jpg');
    fs.writeFileSync(image, Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]));
    assertHumanError(run(image), /^gavel: .*photo\.jpg: not a document Gavel can read/);
  });

  it('refuses an unknown format', () => {
    const result = run(path.join(fixtures, 'parish-minutes.txt'), '--format', 'xml');
    assert.notEqual(result.code, 0);
    assert.match(result.stderr, /xml/);
  });
});
