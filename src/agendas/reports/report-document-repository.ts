import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/database.ts';
import type { DocumentKind, NewDocument } from '../../documents/document-tables.ts';
import type { ExemptParagraph } from '../../meetings/meeting-tables.ts';
import type { ReportStatus } from './report-status.ts';

type Db = Kysely<Database>;
type Trx = Transaction<Database>;

export async function insertReportDocument(trx: Trx, values: NewDocument): Promise<number> {
  const row = await trx.insertInto('document').values(values).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

export async function linkReportDocument(trx: Trx, reportId: number, documentId: number, status: ReportStatus): Promise<void> {
  await trx.updateTable('report').set({ documentId, status }).where('id', '=', reportId).execute();
}

/** The report's current document, which a new upload supersedes. */
export async function findCurrentDocument(db: Db, agendaItemId: number, documentId: number | null) {
  if (documentId === null) return undefined;
  return db
    .selectFrom('document')
    .select(['id', 'version', 'sha256'])
    .where('id', '=', documentId)
    .where('agendaItemId', '=', agendaItemId)
    .executeTakeFirst();
}

export interface DocumentVersion {
  id: number;
  version: number;
  filename: string;
  mediaType: string;
  byteSize: number;
  createdAt: Date;
  lineCount: number;
  pageCount: number;
}

/** Every version uploaded for a report's item, newest first. */
export async function listDocumentVersions(db: Db, agendaItemId: number): Promise<DocumentVersion[]> {
  return db
    .selectFrom('document')
    .select((eb) => [
      'id', 'version', 'filename', 'mediaType', 'byteSize', 'createdAt',
      eb.fn<number>('jsonb_array_length', ['lineStarts']).as('lineCount'),
      eb.fn<number>('jsonb_array_length', ['pageStarts']).as('pageCount'),
    ])
    .where('agendaItemId', '=', agendaItemId)
    .where('kind', '=', 'report')
    .orderBy('version', 'desc')
    .orderBy('id', 'desc')
    .execute();
}

export interface StaffDocument {
  id: number;
  kind: DocumentKind;
  title: string;
  filename: string;
  mediaType: string;
  byteSize: number;
  text: string;
  pageStarts: number[];
  version: number;
  isExempt: boolean;
  exemptParagraph: ExemptParagraph | null;
  createdAt: Date;
  supersedesDocumentId: number | null;
  supersededById: number | null;
  reportId: number | null;
  meetingId: number | null;
}

/** Any document, exempt ones included, for signed-in staff. */
export async function findStaffDocument(db: Db, id: number): Promise<StaffDocument | undefined> {
  return db
    .selectFrom('document as d')
    .select((eb) => [
      'd.id', 'd.kind', 'd.title', 'd.filename', 'd.mediaType', 'd.byteSize', 'd.text', 'd.pageStarts', 'd.version', 'd.isExempt', 'd.exemptParagraph',
      'd.createdAt', 'd.supersedesDocumentId', 'd.meetingId',
      eb.selectFrom('document as n').select((n) => n.fn.max('n.id').as('id')).whereRef('n.supersedesDocumentId', '=', 'd.id').as('supersededById'),
      eb.selectFrom('report as r').select((r) => r.fn.min('r.id').as('id')).whereRef('r.agendaItemId', '=', 'd.agendaItemId').as('reportId'),
    ])
    .where('d.id', '=', id)
    .executeTakeFirst();
}

export async function findStaffOriginal(db: Db, id: number): Promise<{ filename: string; mediaType: string; original: Buffer } | undefined> {
  const row = await db.selectFrom('document').select(['filename', 'mediaType', 'original']).where('id', '=', id).executeTakeFirst();
  return row?.original ? { filename: row.filename, mediaType: row.mediaType, original: row.original } : undefined;
}
