/**
 * Building an agenda pack: a 100-page pack (front matter, five reports
 * uploaded as PDF and merged, five uploaded as text and typeset) built with
 * pdfkit and pdf-lib, its text read back through the importer's reader for
 * search, and the whole publication stored on PGlite; the baseline is
 * pdf-lib merging the same uploaded PDFs and nothing else, in the same run.
 */
import os from 'node:os';
import path from 'node:path';
import fs from 'node:fs/promises';
import { PDFDocument } from 'pdf-lib';
import { openDatabase } from '../src/db/connection.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { readDocument } from '../src/import/read-document.ts';
import { buildPack } from '../src/publishing/build-pack.ts';
import { publicationContents } from '../src/publishing/publication-contents.ts';
import { publishPapers } from '../src/publishing/publish-papers.ts';
import { fixtureItem, fixtureMeeting, fixtureReport, uploadedPdf } from '../src/publishing/testing/pack-fixture.ts';
import { seedPublishingMeeting } from '../src/publishing/testing/publishing-fixture.ts';

const paragraph = 'The service has met eleven of its fourteen targets this year. Demand rose in the autumn, and the two vacancies in the team were filled in January, so the backlog is expected to clear by the summer. ';

/** A report as an author writes it in Word: headings, paragraphs, a table, about `pages` pages when typeset. */
function reportText(pages: number): string {
  const sections: string[] = [];
  for (let s = 1; s <= pages * 2; s++) {
    sections.push(`Section ${s}: progress`, '', paragraph.repeat(3), '', paragraph.repeat(2), '');
  }
  return sections.join('\n');
}

async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; result: T }> {
  const started = performance.now();
  const result = await work();
  return { ms: performance.now() - started, result };
}

export async function run(): Promise<string[]> {
  const uploads = await Promise.all([8, 10, 6, 12, 4].map((pages, i) => uploadedPdf(`Uploaded report ${i + 1}`, pages)));
  const items = Array.from({ length: 12 }, (_, i) => fixtureItem(i + 1, { title: `Item ${i + 1}`, description: 'To consider the report.', standardKind: i === 0 ? 'apologies' : null }));
  const reports = [
    ...uploads.map((bytes, i) => fixtureReport(100 + i, i + 2, { title: `Uploaded report ${i + 1}`, document: { id: i, filename: `report-${i + 1}.pdf`, mediaType: 'application/pdf', original: bytes, text: '' } })),
    ...[16, 18, 16, 14, 16].map((pages, i) => {
      const text = reportText(pages);
      return fixtureReport(200 + i, i + 7, { title: `Typeset report ${i + 1}`, document: { id: 10 + i, filename: `report-${i + 1}.txt`, mediaType: 'text/plain', original: new TextEncoder().encode(text), text } });
    }),
  ];
  const { entries } = publicationContents('agenda', items, reports, { publishedItemIds: new Set() });
  const request = { kind: 'agenda' as const, supplementNumber: null, meeting: fixtureMeeting(), brandColour: '#1d70b8', title: 'Bench pack', publishedOn: '2026-03-02', lateReason: null, entries };

  // Warm up: fonts, pdf.js and the JIT, so the figures are the steady state.
  await buildPack(request);
  const baseline = await timed(async () => {
    const merged = await PDFDocument.create();
    for (const bytes of uploads) {
      const source = await PDFDocument.load(bytes);
      for (const page of await merged.copyPages(source, source.getPageIndices())) merged.addPage(page);
    }
    return merged.save();
  });
  const memoryBefore = process.memoryUsage().rss;
  const built = await timed(() => buildPack(request));
  const memoryAfter = process.memoryUsage().rss;
  const read = await timed(() => readDocument({ name: 'pack.pdf', bytes: built.result.bytes }));

  const publishMs = await publishOnPglite();

  const pages = built.result.plan.totalPages;
  return [
    `pack: ${pages} pages (${uploads.length} reports merged, 5 typeset), ${(built.result.bytes.length / 1024).toFixed(0)} KB`,
    `build: ${built.ms.toFixed(0)} ms (${(built.ms / pages).toFixed(1)} ms a page); baseline pdf-lib merge of the uploads alone: ${baseline.ms.toFixed(0)} ms (${(built.ms / baseline.ms).toFixed(1)}x)`,
    `read back for search: ${read.ms.toFixed(0)} ms, ${read.result.lines.length} lines (${(read.ms / built.ms).toFixed(2)}x the build)`,
    `resident memory during the build: +${((memoryAfter - memoryBefore) / 1024 / 1024).toFixed(0)} MB`,
    `publishing the fixture meeting on PGlite (both packs, text, records, emails queued): ${publishMs.toFixed(0)} ms`,
  ];
}

/** The whole publication on PGlite: load, build both packs, read them back, store, queue the emails. */
async function publishOnPglite(): Promise<number> {
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'gavel-bench-packs-'));
  const handle = await openDatabase({ engine: 'pglite', dataDir });
  try {
    await migrateToLatest(handle.db);
    const seeded = await seedPublishingMeeting(handle.db, { date: '2026-03-10' });
    const clerk = await handle.db.insertInto('staffUser').values({ email: 'bench@northwold.example', name: 'Bench', role: 'democratic-services', personId: null, passwordHash: null }).returning(['id', 'name']).executeTakeFirstOrThrow();
    const outcome = await timed(() => publishPapers(handle.db, { meetingId: seeded.meeting.id, actor: clerk, now: new Date('2026-03-02T16:00:00Z'), lateReason: null, publicUrl: 'https://papers.example' }));
    if (outcome.result.status !== 'published') throw new Error(`bench publication refused: ${outcome.result.message}`);
    return outcome.ms;
  } finally {
    await handle.close();
    await fs.rm(dataDir, { recursive: true, force: true });
  }
}
