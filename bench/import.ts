/**
 * The importer's speed: pages per second for `extract` (read → blocks →
 * classify → extract) and for `import` (the same, stored in one transaction
 * per document) on PGlite and PostgreSQL, peak memory, and the same PDFs
 * through Debian's `pdftotext` as the baseline; then one 100-page agenda
 * pack imported alone.
 *
 * The corpus is generated: a fictional council's agenda packs and minutes as
 * PDF, Word, HTML and text. Default 60 documents (1,800 pages, under a minute);
 * BENCH_IMPORT_DOCS=1000 for the full 1,000 documents and 30,000 pages.
 * PostgreSQL is included when BENCH_DATABASE_URL or TEST_DATABASE_URL names
 * a server whose user may create databases.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { Document, Packer, Paragraph, HeadingLevel } from 'docx';
import pg from 'pg';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { openDatabase, type DatabaseHandle } from '../src/db/connection.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { extractWithProvenance } from '../src/import/extract-document.ts';
import { importFile } from '../src/import/import-file.ts';

const documents = Number(process.env.BENCH_IMPORT_DOCS ?? 60);
const pagesPerDocument = 30;
const linesPerPage = 52;
const today = '2026-03-02';

interface BenchFile {
  name: string;
  bytes: Uint8Array;
  pages: number;
}

const committees = ['Audit and Governance Committee', 'Children and Young People Scrutiny Committee', 'Planning Committee', 'Cabinet', 'Adults and Health Scrutiny Panel'];
const topics = ['Library services review', 'Highways maintenance programme', 'Budget monitoring quarter two', 'Fostering recruitment', 'Air quality action plan', 'Leisure centre contract', 'Homelessness strategy', 'Treasury management'];
const people = ['Ada Lane', 'Ben Marr', 'Cy Noble', 'Di Oakes', 'Eve Price', 'Fay Quinn', 'Gus Reid', 'Hal Stone'];

/** One document's pages as lines: a minutes front page, then numbered items with discussion, resolutions and lettered recommendations. */
function documentPages(n: number, pages: number): string[][] {
  const committee = committees[n % committees.length]!;
  const day = 1 + (n % 27);
  const month = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'September', 'October', 'November'][n % 10]!;
  const year = 2015 + (n % 11);
  const out: string[][] = [];
  let item = 1;
  for (let p = 0; p < pages; p++) {
    const lines: string[] = [];
    if (p === 0) {
      lines.push(`Minutes of the meeting of the ${committee} held at Northwold House on Tuesday ${day} ${month} ${year} at 2.00 pm`);
      lines.push(`Present: Councillor ${people[n % 8]} (Chair), Councillor ${people[(n + 1) % 8]}, Councillor ${people[(n + 2) % 8]} and Councillor ${people[(n + 3) % 8]}`);
      lines.push(`Apologies were received from Councillor ${people[(n + 4) % 8]}.`);
    }
    while (lines.length < linesPerPage - 8) {
      const topic = topics[(n + item) % topics.length]!;
      lines.push(`${item}. ${topic}`);
      for (let s = 0; s < 3; s++) lines.push(`The committee considered the report on the ${topic.toLowerCase()} and asked about progress against the targets set for the year.`);
      lines.push(`RESOLVED: That the report on the ${topic.toLowerCase()} be noted.`);
      lines.push('(a) That officers report back on the options in six months;');
      lines.push('(b) That the Cabinet be asked to consider additional funding.');
      item++;
    }
    if (p === pages - 1) lines.push('The meeting ended at 4.10 pm');
    out.push(lines);
  }
  return out;
}

async function pdfOf(pages: string[][]): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  for (const [i, lines] of pages.entries()) {
    const page = pdf.addPage([595, 842]);
    page.drawText('Northwold District Council', { x: 50, y: 810, size: 9, font });
    lines.forEach((line, j) => page.drawText(line.slice(0, 110), { x: 40, y: 780 - j * 14, size: 8, font }));
    page.drawText(`Page ${i + 1} of ${pages.length}`, { x: 270, y: 20, size: 9, font });
  }
  return pdf.save();
}

async function docxOf(pages: string[][]): Promise<Uint8Array> {
  const children = pages.flatMap((lines, p) =>
    lines.map((line, i) => new Paragraph({ text: line, pageBreakBefore: p > 0 && i === 0, heading: /^\d+\. /.test(line) ? HeadingLevel.HEADING_2 : undefined })),
  );
  return new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children }] })));
}

function htmlOf(pages: string[][]): Uint8Array {
  const escape = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const body = pages.flat().map((line) => (/^\d+\. /.test(line) ? `<h2>${escape(line)}</h2>` : `<p>${escape(line)}</p>`));
  return new TextEncoder().encode(`<!doctype html><html><head><title>Minutes</title></head><body>${body.join('\n')}</body></html>`);
}

function textOf(pages: string[][]): Uint8Array {
  return new TextEncoder().encode(pages.map((lines) => lines.join('\n')).join('\n\n'));
}

async function buildCorpus(count: number): Promise<BenchFile[]> {
  const files: BenchFile[] = [];
  for (let n = 0; n < count; n++) {
    const pages = documentPages(n, pagesPerDocument);
    const format = ['pdf', 'docx', 'html', 'txt'][n % 4]!;
    const bytes = format === 'pdf' ? await pdfOf(pages) : format === 'docx' ? await docxOf(pages) : format === 'html' ? htmlOf(pages) : textOf(pages);
    files.push({ name: `doc-${String(n).padStart(4, '0')}.${format}`, bytes, pages: pages.length });
  }
  return files;
}

/** Samples the resident set size while a task runs; returns the task's time and the peak. */
async function measured<T>(task: () => Promise<T>): Promise<{ ms: number; peakMb: number; result: T }> {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 25);
  const started = performance.now();
  try {
    const result = await task();
    return { ms: performance.now() - started, peakMb: Math.max(peak, process.memoryUsage().rss) / 1024 / 1024, result };
  } finally {
    clearInterval(timer);
  }
}

async function importAll(database: DatabaseHandle, files: BenchFile[], dir: string): Promise<number> {
  await migrateToLatest(database.db);
  const { ms } = await measured(async () => {
    for (const file of files) await importFile(database.db, { displayName: file.name, path: path.join(dir, file.name), bytes: file.bytes, today });
  });
  return ms;
}

async function pdftotextMs(files: BenchFile[], dir: string): Promise<number | null> {
  const run = promisify(execFile);
  try {
    await run('pdftotext', ['-v']);
  } catch {
    return null;
  }
  const started = performance.now();
  for (const file of files) {
    const input = path.join(dir, file.name);
    await fs.writeFile(input, file.bytes);
    await run('pdftotext', ['-layout', input, `${input}.txt`]);
  }
  // Writing the inputs is part of our importer's work too (it reads them); close enough for a ratio, and measured the same way each run.
  return performance.now() - started;
}

const rate = (pages: number, ms: number) => `${(pages / (ms / 1000)).toFixed(1).padStart(8)} pages/s`;

export async function run(): Promise<string[]> {
  const lines: string[] = [];
  const tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'gavel-bench-import-'));
  try {
    const files = await buildCorpus(documents);
    const pages = files.reduce((sum, f) => sum + f.pages, 0);
    lines.push(`import     corpus          ${files.length} documents, ${pages} pages (PDF, Word, HTML, text)${documents < 1000 ? '; BENCH_IMPORT_DOCS=1000 for the full corpus' : ''}`);

    const extract = await measured(async () => {
      for (const file of files) await extractWithProvenance(file);
    });
    lines.push(`import     extract       ${rate(pages, extract.ms)}   peak ${extract.peakMb.toFixed(0)} MB`);

    const pdfs = files.filter((f) => f.name.endsWith('.pdf'));
    const pdfPages = pdfs.reduce((sum, f) => sum + f.pages, 0);
    const ours = await measured(async () => {
      for (const file of pdfs) await extractWithProvenance(file);
    });
    const baseline = await pdftotextMs(pdfs, tmp);
    lines.push(
      baseline === null
        ? `import     pdftotext       skipped: pdftotext not found (apt-get install poppler-utils); our PDF extract ${rate(pdfPages, ours.ms).trim()}`
        : `import     PDF extract   ${rate(pdfPages, ours.ms)}   ratio ${(ours.ms / baseline).toFixed(2)}× pdftotext's time (${rate(pdfPages, baseline).trim()})`,
    );

    const pglite = await openDatabase({ engine: 'pglite', dataDir: path.join(tmp, 'pglite') });
    try {
      const ms = await importAll(pglite, files, tmp);
      lines.push(`import     pglite        ${rate(pages, ms)}   ratio ${(ms / extract.ms).toFixed(2)}× extract's time   peak ${(process.memoryUsage().rss / 1024 / 1024).toFixed(0)} MB`);
      const pack = { name: 'agenda-pack-100.pdf', bytes: await pdfOf(documentPages(9999, 100)), pages: 100 };
      const one = await measured(() => importFile(pglite.db, { displayName: pack.name, path: path.join(tmp, pack.name), bytes: pack.bytes, today }));
      lines.push(`import     100-page pack   ${(one.ms / 1000).toFixed(2)} s on pglite (aim: under 3 s)`);
    } finally {
      await pglite.close();
    }

    const serverUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
    if (serverUrl) {
      const name = `gavel_bench_import_${process.pid}`;
      const admin = new pg.Client({ connectionString: serverUrl });
      await admin.connect();
      await admin.query(`create database ${name}`);
      try {
        const url = new URL(serverUrl);
        url.pathname = `/${name}`;
        const postgres = await openDatabase({ engine: 'postgres', url: url.toString() });
        try {
          const ms = await importAll(postgres, files, tmp);
          lines.push(`import     postgres      ${rate(pages, ms)}   ratio ${(ms / extract.ms).toFixed(2)}× extract's time`);
        } finally {
          await postgres.close();
        }
      } finally {
        await admin.query(`drop database if exists ${name}`);
        await admin.end();
      }
    } else {
      lines.push('import     postgres        skipped: set BENCH_DATABASE_URL or TEST_DATABASE_URL to include a PostgreSQL server');
    }
  } finally {
    await fs.rm(tmp, { recursive: true, force: true });
  }
  return lines;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const line of await run()) console.log(line);
}
