import { createHash } from 'node:crypto';
import path from 'node:path';
import type { Transaction } from 'kysely';
import type { Database } from '../db/database.ts';
import { GavelError } from '../errors.ts';
import { checkZipSizes } from '../import/import-zip-check.ts';
import { readDocument } from '../import/read-document.ts';
import { documentText } from '../import/save/document-text.ts';
import { sourceMediaType } from '../import/source-lines.ts';
import { findReview, saveReview } from './task-and-finish-repository.ts';


/**
 * Stores a task and finish group's final report as a document: read through
 * the importer's first stage (PDF, Word, HTML or text to numbered lines, so
 * search finds it and the document page shows it with line anchors), saved
 * with its original bytes under the group's committee, and linked to the
 * review. A group's final report is published when it is recorded, so the
 * document is public at once; a new upload supersedes the previous one. A
 * file that cannot be read throws a GavelError naming it, before anything
 * is written.
 */
export async function storeFinalReport(
  trx: Transaction<Database>,
  review: { itemId: number; title: string; groupCommitteeId: number },
  file: { filename: string; bytes: Buffer },
): Promise<{ documentId: number; version: number; lines: number }> {
  const name = path.basename(file.filename.replace(/\\/g, '/')) || 'final-report';
  if (file.bytes.length === 0) throw new GavelError(`${name}: the file is empty`);
  if (file.bytes[0] === 0x50 && file.bytes[1] === 0x4b) await checkZipSizes(name, file.bytes);
  const read = await readDocument({ name, bytes: file.bytes });
  const text = documentText(read.lines);
  if (!text.text.trim()) throw new GavelError(`${name}: no text could be read from the file`);
  const previous = (await findReview(trx, review.itemId)).finalReportDocumentId;
  const previousVersion = previous === null ? undefined : await trx.selectFrom('document').select(['id', 'version']).where('id', '=', previous).executeTakeFirst();
  const version = (previousVersion?.version ?? 0) + 1;
  const row = await trx
    .insertInto('document')
    .values({
      kind: 'report',
      title: review.title,
      filename: name,
      mediaType: sourceMediaType(read.format, name),
      sha256: createHash('sha256').update(file.bytes).digest('hex'),
      byteSize: file.bytes.length,
      original: file.bytes,
      text: text.text,
      lineStarts: JSON.stringify(text.lineStarts) as unknown as number[],
      pageStarts: JSON.stringify(text.pageStarts) as unknown as number[],
      isExempt: false,
      exemptParagraph: null,
      version,
      supersedesDocumentId: previousVersion?.id ?? null,
      publishedAt: new Date(),
      importedAt: null,
      committeeId: review.groupCommitteeId,
      meetingId: null,
      agendaItemId: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await saveReview(trx, review.itemId, { finalReportDocumentId: row.id });
  return { documentId: row.id, version, lines: text.lineStarts.length };
}
