import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { isGavelError } from '../errors.ts';
import { toBlocks } from './blocks.ts';
import { classify } from './classify.ts';
import { extractWithProvenance } from './extract-document.ts';
import { agendaDocx, minutesPdf } from './fixtures/make-files.ts';
import { readDocument } from './read-document.ts';
import { documentText } from './save/document-text.ts';
import { itemExtents, locate } from './save/locate.ts';

/**
 * Whatever bytes arrive, the pipeline either extracts something or refuses
 * the file with a GavelError, and does so in bounded time: never a crash,
 * never a hang. Inputs are arbitrary text, arbitrary bytes, and real
 * fixtures mutated (bytes flipped, cut short, lines shuffled and repeated).
 */
const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures');
const textFixtures = fs
  .readdirSync(fixtures)
  .filter((f) => !f.endsWith('.ts'))
  .map((f) => ({ name: f, bytes: new Uint8Array(fs.readFileSync(path.join(fixtures, f))) }));
const limitMs = 5_000;

async function runPipeline(name: string, bytes: Uint8Array): Promise<void> {
  const started = performance.now();
  try {
    const read = await readDocument({ name, bytes });
    const blocks = toBlocks(read.lines);
    classify(blocks, read.format);
    const extraction = await extractWithProvenance({ name, bytes });
    const stored = documentText(read.lines);
    assert.equal(stored.lineStarts.length, stored.text.split('\n').length);
    for (const meeting of extraction.meetings) {
      for (const item of itemExtents(meeting.items, meeting.at.toLine)) {
        const at = locate(item.resolutions[0] ?? item.title, read.lines, item.at);
        assert.ok(at.fromLine >= item.at.fromLine && at.toLine <= item.at.toLine, 'a located span left its item');
      }
    }
  } catch (error) {
    if (!isGavelError(error)) throw error;
  }
  const elapsed = performance.now() - started;
  assert.ok(elapsed < limitMs, `${name} took ${Math.round(elapsed)} ms`);
}

/** Flips, deletes, inserts and truncates bytes; shuffles, repeats and drops lines of text. */
const mutation = fc.oneof(
  fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), value: fc.integer({ min: 0, max: 255 }) }),
  fc.record({ kind: fc.constant('cut' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.string({ maxLength: 80 }) }),
  fc.record({ kind: fc.constant('lines' as const), order: fc.array(fc.nat(), { maxLength: 200 }) }),
);

interface Mutation {
  kind: 'flip' | 'cut' | 'insert' | 'lines';
  at?: number;
  value?: number;
  text?: string;
  order?: number[];
}

function mutate(bytes: Uint8Array, mutations: Mutation[]): Uint8Array {
  let out = Buffer.from(bytes);
  for (const m of mutations) {
    if (out.length === 0) break;
    const at = (m.at ?? 0) % out.length;
    if (m.kind === 'flip') out[at] = m.value!;
    if (m.kind === 'cut') out = out.subarray(0, at);
    if (m.kind === 'insert') out = Buffer.concat([out.subarray(0, at), Buffer.from(m.text!), out.subarray(at)]);
    if (m.kind === 'lines') {
      const lines = out.toString('latin1').split('\n');
      out = Buffer.from(m.order!.map((i) => lines[i % lines.length]).join('\n'), 'latin1');
    }
  }
  return new Uint8Array(out);
}

describe('the importer on arbitrary and damaged input', () => {
  it('never crashes or hangs on arbitrary text, whatever the file is called', async () => {
    const names = fc.constantFrom('x.txt', 'x.md', 'x.html', 'x.vtt', 'x.srt', 'x', 'x.csv');
    const lines = fc.array(
      fc.oneof(
        fc.string({ maxLength: 120 }),
        fc.constantFrom('Present: Councillor', 'RESOLVED: That', '(a)', '1.', 'Apologies', 'WEBVTT', '00:00:01.000 --> 00:00:02.000', '<table><tr><td>', '\t\t', 'Page 1 of 2', '| a | b |', 'The meeting ended at'),
      ),
      { maxLength: 120 },
    );
    await fc.assert(
      fc.asyncProperty(names, lines, async (name, text) => runPipeline(name, new TextEncoder().encode(text.join('\n')))),
      { numRuns: 150 },
    );
  });

  it('never crashes or hangs on arbitrary bytes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('x.pdf', 'x.docx', 'x.txt', 'x'), fc.uint8Array({ maxLength: 4096 }), async (name, bytes) => runPipeline(name, bytes)),
      { numRuns: 100 },
    );
  });

  it('never crashes or hangs on mutated committee documents', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...textFixtures), fc.array(mutation, { minLength: 1, maxLength: 6 }), async (file, mutations) =>
        runPipeline(file.name, mutate(file.bytes, mutations)),
      ),
      { numRuns: 150 },
    );
  });

  it('never crashes or hangs on damaged PDF and Word files', async () => {
    const binaries = [
      { name: 'minutes.pdf', bytes: await minutesPdf() },
      { name: 'agenda.docx', bytes: await agendaDocx() },
    ];
    const damage = fc.array(fc.oneof(
      fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), value: fc.integer({ min: 0, max: 255 }) }),
      fc.record({ kind: fc.constant('cut' as const), at: fc.nat() }),
    ), { minLength: 1, maxLength: 4 });
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...binaries), damage, async (file, mutations) => runPipeline(file.name, mutate(file.bytes, mutations))),
      { numRuns: 60 },
    );
  });
});
