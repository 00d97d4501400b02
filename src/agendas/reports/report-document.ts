import { createHash } from 'node:crypto';
import path from 'node:path';
import type { Transaction } from 'kysely';
import type { Database } from '../../db/database.ts';
import { GavelError } from '../../errors.ts';
import { checkZipSizes } from '../../import/import-zip-check.ts';
import { readDocument } from '../../import/read-document.ts';
import { documentText } from '../../import/save/document-text.ts';
import { sourceMediaType } from '../../import/source-lines.ts';
import { findCurrentDocument, insertReportDocument, linkReportDocument } from './report-document-repository.ts';
import type { ManagedReport } from './report-repository.ts';
import { type ReportStatus, statusAfterNewVersion } from './report-status.ts';

export interface UploadedFile {
  /** The name the file had on the author's computer. */
  filename: string;
  bytes: Buffer;
}

export interface StoredReportDocument {
  documentId: number;
  version: number;
  lines: number;
  pages: number;
  status: ReportStatus;
  previousDocumentId: number | null;
}

/**
 * Stores an uploaded report: reads it through the importer's first stage
 * (PDF, Word, HTML or text to numbered lines), then saves the original bytes
 * and the text with its line and page starts as a new version of the
 * report's document, linked to the report, its item and its meeting, and as
 * exempt as the report. The previous version is kept and superseded. A file
 * that cannot be read throws a GavelError naming it, before anything is
 * written.
 *
 * @example
 * await storeReportDocument(trx, report, { filename: 'libraries.pdf', bytes });
 * // { documentId: 41, version: 2, lines: 180, pages: 6, status: 'submitted', previousDocumentId: 37 }
 */
export async function storeReportDocument(trx: Transaction<Database>, report: ManagedReport, file: UploadedFile): Promise<StoredReportDocument> {
  const name = path.basename(file.filename.replace(/\\/g, '/')) || 'report';
  if (file.bytes.length === 0) throw new GavelError(`${name}: the file is empty`);
  if (file.bytes[0] === 0x50 && file.bytes[1] === 0x4b) await checkZipSizes(name, file.bytes);
  const read = await readDocument({ name, bytes: file.bytes });
  const text = documentText(read.lines);
  const sha256 = createHash('sha256').update(file.bytes).digest('hex');

  const previous = await findCurrentDocument(trx, report.agendaItemId, report.documentId);
  if (previous?.sha256 === sha256) throw new GavelError(`${name}: this file is the same as the current version (version ${previous.version}), so nothing has changed`);
  const version = (previous?.version ?? 0) + 1;
  const exempt = report.classification === 'exempt';
  const documentId = await insertReportDocument(trx, {
    kind: 'report',
    title: report.title,
    filename: name,
    mediaType: sourceMediaType(read.format, name),
    sha256,
    byteSize: file.bytes.length,
    original: file.bytes,
    text: text.text,
    lineStarts: JSON.stringify(text.lineStarts) as unknown as number[],
    pageStarts: JSON.stringify(text.pageStarts) as unknown as number[],
    isExempt: exempt,
    exemptParagraph: exempt ? report.exemptParagraph : null,
    version,
    supersedesDocumentId: previous?.id ?? null,
    // Published with the agenda, not on upload: until then the paper is the author's draft.
    publishedAt: null,
    importedAt: null,
    committeeId: report.meeting.committeeId,
    meetingId: report.meeting.id,
    agendaItemId: report.agendaItemId,
  });
  const status = statusAfterNewVersion(report.status);
  await linkReportDocument(trx, report.id, documentId, status);
  return { documentId, version, lines: text.lineStarts.length, pages: text.pageStarts.length, status, previousDocumentId: previous?.id ?? null };
}

