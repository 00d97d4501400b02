import { createHash } from 'node:crypto';
import path from 'node:path';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database.ts';
import { GavelError } from '../errors.ts';
import { formatDateLong } from '../web/format.ts';
import { extractFromRead } from './extract-document.ts';
import { checkZipSizes } from './import-zip-check.ts';
import { findBodyNames, mostFrequent } from './patterns.ts';
import { readDocument } from './read-document.ts';
import type { SourcedExtraction } from './records.ts';
import { documentText } from './save/document-text.ts';
import { deleteRecordsOf, findDocumentBySha256, findLatestVersion, handOver, insertDocument, linkDocument } from './save/import-repository.ts';
import { documentIsExempt, documentKinds, exemptParagraph } from './save/record-values.ts';
import { itemExtents } from './save/locate.ts';
import { emptyCounts, type RecordCounts, saveExtraction } from './save/save-extraction.ts';
import { replaceTranscript } from './save/save-transcript.ts';
import { sourceMediaType } from './source-lines.ts';

export interface ImportFileProps {
  /** The file as the user named it: used in messages. */
  displayName: string;
  /** The absolute path: a document imported again from the same path is a new version of it. */
  path: string;
  bytes: Uint8Array;
  /** The committee for documents that name none (a bare recommendation tracker). */
  committee?: string | null;
  /** Today's date, YYYY-MM-DD. */
  today: string;
}

export type ImportOutcome =
  | { status: 'unchanged'; documentId: number }
  | { status: 'imported'; documentId: number; version: number; counts: RecordCounts };

/**
 * Imports one document: reads it, extracts its records and stores the
 * document and the records in one transaction, so a failure leaves nothing
 * behind. The same bytes again change nothing; changed bytes from the same
 * path become the next version, replacing the records of the last one.
 * Throws a GavelError naming the file when the file cannot be imported.
 *
 *   await importFile(db, { displayName: 'minutes.pdf', path: '/archive/minutes.pdf', bytes, today: '2026-03-02' })
 *   // { status: 'imported', documentId: 12, version: 1, counts: { meetings: 1, agendaItems: 9, … } }
 */
export async function importFile(db: Kysely<Database>, props: ImportFileProps): Promise<ImportOutcome> {
  const { displayName: name, bytes } = props;
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const same = await findDocumentBySha256(db, sha256);
  if (same) return { status: 'unchanged', documentId: same.id };

  if (bytes[0] === 0x50 && bytes[1] === 0x4b) await checkZipSizes(name, bytes);
  const file = { name, bytes };
  // Read once: the stored text and line positions and the extracted records come from the same reading.
  const read = await readDocument(file);
  const extraction = extractFromRead(file, read);
  if (!hasRecords(extraction)) {
    throw new GavelError(`${name}: not a committee document (no meeting, agenda, minutes, action log, work programme, forward plan or recommendations found)`);
  }
  const text = documentText(read.lines);
  const isExempt = documentIsExempt(read.lines.slice(0, 40).map((l) => l.text)) || minutesHoldExemptContent(extraction);
  // A work programme or tracker names its committee in its title, not in a meeting heading.
  const committee = props.committee ?? extraction.meetings.find((m) => m.committee)?.committee ?? mostFrequent(findBodyNames(text.text)) ?? null;
  const needsCommittee = extraction.meetings.some((m) => m.date) || extraction.actionLog.length + extraction.workProgramme.length + extraction.recommendationTracker.length > 0;
  if (needsCommittee && !committee) {
    throw new GavelError(`${name}: the document does not name its committee; import it with --committee "Name of committee"`);
  }

  return db.transaction().execute(async (trx) => {
    const previous = await findLatestVersion(trx, props.path);
    const version = (previous?.version ?? 0) + 1;
    const documentId = await insertDocument(trx, {
      kind: documentKinds[extraction.source.documentType],
      title: documentTitle(extraction, path.basename(props.path)),
      filename: props.path,
      mediaType: sourceMediaType(read.format, props.path),
      sha256,
      byteSize: bytes.length,
      original: Buffer.from(bytes),
      text: text.text,
      lineStarts: JSON.stringify(text.lineStarts) as unknown as number[],
      pageStarts: JSON.stringify(text.pageStarts) as unknown as number[],
      isExempt,
      exemptParagraph: null,
      version,
      supersedesDocumentId: previous?.id ?? null,
      publishedAt: null,
      importedAt: new Date(),
      committeeId: null,
      meetingId: null,
      agendaItemId: null,
    });
    if (previous) {
      await deleteRecordsOf(trx, previous.id);
      await handOver(trx, previous.id, documentId);
    }
    // An exempt document's records would publish what it withholds: it is kept, its records are not made.
    const saved = isExempt
      ? { committeeId: null, meetingId: null, counts: emptyCounts() }
      : await saveExtraction(trx, extraction, { documentId, lines: read.lines, committee, today: props.today });
    await linkDocument(trx, documentId, { committeeId: saved.committeeId, meetingId: saved.meetingId });
    await replaceTranscript(trx, { documentId, previousDocumentId: previous?.id ?? null, isTranscript: extraction.source.documentType === 'transcript', isExempt, meetingId: saved.meetingId, read, bytes });
    return { status: 'imported' as const, documentId, version, counts: saved.counts };
  });
}

/**
 * Minutes that record an exempt item's discussion, not just its title, are
 * the confidential version of the minutes: the whole document is exempt.
 */
function minutesHoldExemptContent(e: SourcedExtraction): boolean {
  return e.meetings.some((m) =>
    itemExtents(m.items, m.at.toLine).some((item) => exemptParagraph(item.title) !== null && (item.resolutions.length > 0 || item.recommendations.length > 0 || item.actions.length > 0 || item.at.toLine > item.at.fromLine + 1)),
  );
}

function hasRecords(e: SourcedExtraction): boolean {
  return (
    e.meetings.some((m) => m.date || m.agenda.length || m.items.length || m.attendance) ||
    e.actionLog.length + e.workProgramme.length + e.forwardPlan.length + e.recommendationTracker.length > 0
  );
}

const typeLabels: Record<SourcedExtraction['source']['documentType'], string> = {
  'agenda-pack': 'Agenda pack',
  agenda: 'Agenda',
  minutes: 'Minutes',
  'agenda-and-minutes': 'Agenda and minutes',
  'action-log': 'Action log',
  transcript: 'Transcript',
  'work-programme': 'Work programme',
  'forward-plan': 'Forward plan',
  report: 'Report',
  unknown: 'Document',
};

/** "Minutes: Audit Committee, Tuesday 17 June 2025"; the file's name when the document names neither. */
export function documentTitle(extraction: SourcedExtraction, basename: string): string {
  const label = typeLabels[extraction.source.documentType];
  const meeting = extraction.meetings.find((m) => m.committee && m.date);
  if (meeting) return `${label}: ${meeting.committee}, ${formatDateLong(meeting.date!)}`;
  const committee = extraction.meetings.find((m) => m.committee)?.committee;
  if (committee && extraction.source.documentType !== 'unknown') return `${label}: ${committee}`;
  return basename;
}

