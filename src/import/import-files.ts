import fs from 'node:fs/promises';
import path from 'node:path';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database.ts';
import { GavelError, isGavelError } from '../errors.ts';
import { importFile } from './import-file.ts';
import { emptyCounts, type RecordCounts } from './save/save-extraction.ts';

export interface ImportFilesProps {
  paths: string[];
  maxBytes: number;
  committee?: string | null;
  today: string;
  /** Called once the files are listed, and after each file. */
  onStart?(total: number): void;
  onFile?(result: FileResult): void;
}

export type FileResult =
  | { file: string; status: 'imported'; version: number; records: number }
  | { file: string; status: 'unchanged' }
  | { file: string; status: 'failed'; reason: string };

export interface ImportSummary {
  results: FileResult[];
  counts: RecordCounts;
}

/**
 * `gavel import PATH…`: every file named, and every file under every folder
 * named, each imported on its own so one bad file stops nothing but itself.
 */
export async function importFiles(db: Kysely<Database>, props: ImportFilesProps): Promise<ImportSummary> {
  const listed = await listFiles(props.paths);
  props.onStart?.(listed.length);
  const counts = emptyCounts();
  const results: FileResult[] = [];
  for (const entry of listed) {
    const result = 'reason' in entry ? ({ file: entry.file, status: 'failed', reason: entry.reason } as const) : await importOne(db, entry.file, props, counts);
    results.push(result);
    props.onFile?.(result);
  }
  return { results, counts };
}

async function importOne(db: Kysely<Database>, file: string, props: ImportFilesProps, counts: RecordCounts): Promise<FileResult> {
  try {
    const bytes = await readLimited(file, props.maxBytes);
    const outcome = await importFile(db, { displayName: file, path: path.resolve(file), bytes, committee: props.committee, today: props.today });
    if (outcome.status === 'unchanged') return { file, status: 'unchanged' };
    let records = 0;
    for (const [kind, n] of Object.entries(outcome.counts) as [keyof RecordCounts, number][]) {
      counts[kind] += n;
      records += n;
    }
    return { file, status: 'imported', version: outcome.version, records };
  } catch (error) {
    // Messages from readers already start with the file's name; others get it here.
    const message = isGavelError(error) ? error.message : `unexpected error: ${(error as Error).message}`;
    return { file, status: 'failed', reason: message.startsWith(`${file}: `) ? message.slice(file.length + 2) : message };
  }
}

async function readLimited(file: string, maxBytes: number): Promise<Uint8Array> {
  const stat = await fs.stat(file);
  if (stat.size > maxBytes) {
    throw new GavelError(`${file}: the file is ${megabytes(stat.size)} MB, over the import limit of ${megabytes(maxBytes)} MB (GAVEL_IMPORT_MAX_BYTES)`);
  }
  return fs.readFile(file);
}

const megabytes = (n: number) => (n / 1024 / 1024).toFixed(1).replace(/\.0$/, '');

/** Files to import, in a stable order: folders are walked recursively, hidden files and folders skipped. */
export async function listFiles(paths: string[]): Promise<({ file: string } | { file: string; reason: string })[]> {
  const found: ({ file: string } | { file: string; reason: string })[] = [];
  for (const given of paths) {
    const stat = await fs.stat(given).catch((error: NodeJS.ErrnoException) => error);
    if (stat instanceof Error) {
      found.push({ file: given, reason: stat.code === 'ENOENT' ? 'no such file or folder' : stat.code === 'EACCES' ? 'permission denied' : 'cannot be read' });
    } else if (stat.isDirectory()) {
      const entries = await fs.readdir(given, { recursive: true, withFileTypes: true });
      const files = entries
        .filter((e) => e.isFile())
        .map((e) => path.join(e.parentPath, e.name))
        .filter((f) => !path.relative(given, f).split(path.sep).some((part) => part.startsWith('.')))
        .sort();
      found.push(...files.map((file) => ({ file })));
    } else {
      found.push({ file: given });
    }
  }
  return found;
}

const countLabels: Record<keyof RecordCounts, string> = {
  committees: 'Committees',
  meetings: 'Meetings',
  people: 'People',
  memberships: 'Memberships',
  agendaItems: 'Agenda items',
  attendance: 'Attendance',
  declarations: 'Declarations',
  resolutions: 'Resolutions',
  recommendations: 'Recommendations',
  actions: 'Actions',
  actionUpdates: 'Action updates',
  workProgrammeItems: 'Work programme items',
  forwardPlanEntries: 'Forward plan entries',
};

/** The closing report: files by outcome, failures with their reasons, records created by kind. */
export function summaryTable(summary: ImportSummary): string {
  const by = (status: FileResult['status']) => summary.results.filter((r) => r.status === status);
  const rows: [string, string][] = [
    ['Imported', String(by('imported').length)],
    ['Unchanged', String(by('unchanged').length)],
    ['Failed', String(by('failed').length)],
  ];
  const out = [table(['Files', 'Count'], rows)];
  const failed = by('failed') as Extract<FileResult, { status: 'failed' }>[];
  if (failed.length) out.push(table(['Failed file', 'Reason'], failed.map((f) => [f.file, f.reason])));
  const created = (Object.keys(countLabels) as (keyof RecordCounts)[]).filter((k) => summary.counts[k] > 0).map((k): [string, string] => [countLabels[k], String(summary.counts[k])]);
  if (created.length) out.push(table(['Records created', 'Count'], created));
  return out.join('\n\n');
}

/** A plain-text table that reads the same on a terminal, in a log and in CI. */
export function table(header: [string, string], rows: [string, string][]): string {
  const widths = [0, 1].map((i) => Math.max(header[i]!.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: [string, string]) => `${cells[0].padEnd(widths[0]!)}  ${cells[1]}`.trimEnd();
  return [line(header), line(['-'.repeat(widths[0]!), '-'.repeat(widths[1]!)]), ...rows.map(line)].join('\n');
}

/** One line per file, for logs and pipes where a progress bar would be noise. */
export function resultLine(result: FileResult): string {
  if (result.status === 'imported') return `imported  ${result.file}${result.version > 1 ? ` (version ${result.version})` : ''}: ${result.records} records`;
  if (result.status === 'unchanged') return `unchanged ${result.file}`;
  return `failed    ${result.file}: ${result.reason}`;
}
