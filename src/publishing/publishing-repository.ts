import type { Kysely } from 'kysely';
import type { Database } from '../db/database.ts';
import type { DocumentKind } from '../documents/document-tables.ts';
import type { ExemptParagraph, MeetingStatus } from '../meetings/meeting-tables.ts';
import type { PackItem, PackReport, PackReportDocument } from './pack-meeting.ts';
import type { PageRange } from './pack-plan.ts';
import type { AgendaPublication, PackName, PublicationKind } from './publishing-tables.ts';

type Db = Kysely<Database>;

export interface MeetingForPublishing {
  id: number;
  slug: string;
  date: string;
  startsAt: Date | null;
  endsAt: Date | null;
  venue: string | null;
  remoteLink: string | null;
  status: MeetingStatus;
  agendaPublishedAt: Date | null;
  committee: {
    id: number;
    slug: string;
    name: string;
    contactName: string | null;
    contactEmail: string | null;
    contactPhone: string | null;
    defaultVenue: string | null;
    reportDeadlineWorkingDays: number | null;
    questionDeadlineWorkingDays: number | null;
    questionDeadlineTime: string | null;
  };
  council: { name: string; email: string | null; phone: string | null; brandColour: string };
}

/** A meeting with its committee and council, as publishing needs them. */
export async function findMeetingForPublishing(db: Db, meetingId: number): Promise<MeetingForPublishing | undefined> {
  const row = await db
    .selectFrom('meeting as m')
    .innerJoin('committee as c', 'c.id', 'm.committeeId')
    .select([
      'm.id',
      'm.slug',
      'm.date',
      'm.startsAt',
      'm.endsAt',
      'm.venue',
      'm.remoteLink',
      'm.status',
      'm.agendaPublishedAt',
      'c.id as committeeId',
      'c.slug as committeeSlug',
      'c.name as committeeName',
      'c.contactName',
      'c.contactEmail',
      'c.contactPhone',
      'c.defaultVenue',
      'c.reportDeadlineWorkingDays',
      'c.questionDeadlineWorkingDays',
      'c.questionDeadlineTime',
    ])
    .where('m.id', '=', meetingId)
    .executeTakeFirst();
  if (!row) return undefined;
  const council = await db.selectFrom('council').select(['name', 'email', 'phone', 'brandColour']).orderBy('id').limit(1).executeTakeFirst();
  return {
    id: row.id,
    slug: row.slug,
    date: row.date,
    startsAt: row.startsAt,
    endsAt: row.endsAt,
    venue: row.venue,
    remoteLink: row.remoteLink,
    status: row.status,
    agendaPublishedAt: row.agendaPublishedAt,
    committee: {
      id: row.committeeId,
      slug: row.committeeSlug,
      name: row.committeeName,
      contactName: row.contactName,
      contactEmail: row.contactEmail,
      contactPhone: row.contactPhone,
      defaultVenue: row.defaultVenue,
      reportDeadlineWorkingDays: row.reportDeadlineWorkingDays,
      questionDeadlineWorkingDays: row.questionDeadlineWorkingDays,
      questionDeadlineTime: row.questionDeadlineTime,
    },
    council: council ?? { name: 'Gavel', email: null, phone: null, brandColour: '#1d70b8' },
  };
}

/**
 * Locks the meeting's row for the rest of the transaction, so two clerks
 * pressing "Publish" at once publish once: the second waits, then sees it
 * published.
 */
export async function lockMeeting(trx: Db, meetingId: number): Promise<{ status: MeetingForPublishing['status'] } | undefined> {
  return trx.selectFrom('meeting').select('status').where('id', '=', meetingId).forUpdate().executeTakeFirst();
}

export async function listItemsForPublishing(db: Db, meetingId: number): Promise<PackItem[]> {
  return db
    .selectFrom('agendaItem')
    .select(['id', 'position', 'number', 'title', 'description', 'standardKind', 'isExempt', 'exemptParagraph'])
    .where('meetingId', '=', meetingId)
    .orderBy('position')
    .execute();
}

/**
 * The meeting's reports with their metadata and uploaded documents. With
 * `withFiles` false the documents' bytes stay in the database (the check
 * page needs to know only that there is something to print).
 */
export async function listReportsForPublishing(db: Db, meetingId: number, options: { withFiles: boolean }): Promise<PackReport[]> {
  const rows = await db
    .selectFrom('report as r')
    .innerJoin('agendaItem as i', 'i.id', 'r.agendaItemId')
    .leftJoin('document as d', 'd.id', 'r.documentId')
    .select((eb) => [
      'r.id',
      'r.agendaItemId',
      'r.title',
      'r.summary',
      'r.authorName',
      'r.leadOfficerName',
      'r.directorate',
      'r.classification',
      'r.exemptParagraph',
      'r.decisionType',
      'r.isKeyDecision',
      'r.allWards',
      'r.status',
      'd.id as documentId',
      'd.filename',
      'd.mediaType',
      'd.text as documentText',
      'd.byteSize as fileBytes',
      eb
        .selectFrom('reportWard as rw')
        .innerJoin('ward as w', 'w.id', 'rw.wardId')
        .select((w) => w.fn.agg<string[]>('array_agg', ['w.name']).as('names'))
        .whereRef('rw.reportId', '=', 'r.id')
        .as('wards'),
    ])
    .$if(options.withFiles, (q) => q.select('d.original'))
    .where('i.meetingId', '=', meetingId)
    .orderBy('r.id')
    .execute();
  return rows.map((row) => {
    const document: PackReportDocument | null =
      row.documentId === null
        ? null
        : {
            id: row.documentId,
            filename: row.filename!,
            mediaType: row.mediaType!,
            original: 'original' in row && row.original ? new Uint8Array(row.original as Buffer) : null,
            text: row.documentText ?? '',
          };
    return {
      id: row.id,
      agendaItemId: row.agendaItemId,
      title: row.title,
      summary: row.summary,
      authorName: row.authorName,
      leadOfficerName: row.leadOfficerName,
      directorate: row.directorate,
      classification: row.classification,
      exemptParagraph: row.exemptParagraph,
      decisionType: row.decisionType,
      isKeyDecision: row.isKeyDecision,
      allWards: row.allWards,
      status: row.status,
      wards: (row.wards ?? []).sort(),
      document,
      hasContent: Boolean((row.fileBytes ?? 0) > 0 || row.documentText?.trim() || row.summary?.trim()),
    };
  });
}

/** Items the meeting's earlier publications carried, so a supplement carries only what is new. */
export async function listPublishedItemIds(db: Db, meetingId: number): Promise<Set<number>> {
  const rows = await db
    .selectFrom('agendaPublicationItem as pi')
    .innerJoin('agendaPublication as p', 'p.id', 'pi.publicationId')
    .select('pi.agendaItemId')
    .where('p.meetingId', '=', meetingId)
    .execute();
  return new Set(rows.map((r) => r.agendaItemId));
}

export interface PublicationRow extends AgendaPublication {
  publicDocumentBytes: number | null;
  restrictedDocumentBytes: number | null;
  itemCount: number;
}

/** Every publication of a meeting, agenda first, for the back office. */
export async function listPublications(db: Db, meetingId: number): Promise<PublicationRow[]> {
  return db
    .selectFrom('agendaPublication as p')
    .leftJoin('document as pd', 'pd.id', 'p.publicDocumentId')
    .leftJoin('document as rd', 'rd.id', 'p.restrictedDocumentId')
    .selectAll('p')
    .select((eb) => [
      'pd.byteSize as publicDocumentBytes',
      'rd.byteSize as restrictedDocumentBytes',
      eb.selectFrom('agendaPublicationItem as pi').select((c) => c.fn.countAll<number>().as('n')).whereRef('pi.publicationId', '=', 'p.id').as('itemCount'),
    ])
    .where('p.meetingId', '=', meetingId)
    .orderBy('p.number')
    .execute() as Promise<PublicationRow[]>;
}

export interface PublicPublication {
  kind: PublicationKind;
  number: number;
  publishedAt: Date;
  clearWorkingDays: number;
  inTime: boolean;
  lateReason: string | null;
  /** The public pack; never the restricted one. */
  documentId: number | null;
  documentBytes: number | null;
}

/** What the public meeting page says about publication: when, how much notice, why late, and the public pack. */
export async function listPublicPublications(db: Db, meetingId: number): Promise<PublicPublication[]> {
  return db
    .selectFrom('agendaPublication as p')
    .leftJoin('document as d', (join) => join.onRef('d.id', '=', 'p.publicDocumentId').on('d.isExempt', '=', false))
    .select(['p.kind', 'p.number', 'p.publishedAt', 'p.clearWorkingDays', 'p.inTime', 'p.lateReason', 'd.id as documentId', 'd.byteSize as documentBytes'])
    .where('p.meetingId', '=', meetingId)
    .orderBy('p.number')
    .execute();
}

export interface NewPackDocument {
  kind: Extract<DocumentKind, 'agenda-pack' | 'supplement'>;
  title: string;
  filename: string;
  bytes: Uint8Array;
  sha256: string;
  text: { text: string; lineStarts: number[]; pageStarts: number[] };
  isExempt: boolean;
  exemptParagraph: ExemptParagraph | null;
  committeeId: number;
  meetingId: number;
  publishedAt: Date;
}

export async function insertPackDocument(trx: Db, pack: NewPackDocument): Promise<number> {
  const row = await trx
    .insertInto('document')
    .values({
      kind: pack.kind,
      title: pack.title,
      filename: pack.filename,
      mediaType: 'application/pdf',
      sha256: pack.sha256,
      byteSize: pack.bytes.length,
      original: Buffer.from(pack.bytes),
      text: pack.text.text,
      lineStarts: JSON.stringify(pack.text.lineStarts) as unknown as number[],
      pageStarts: JSON.stringify(pack.text.pageStarts) as unknown as number[],
      isExempt: pack.isExempt,
      exemptParagraph: pack.exemptParagraph,
      supersedesDocumentId: null,
      publishedAt: pack.publishedAt,
      importedAt: null,
      committeeId: pack.committeeId,
      meetingId: pack.meetingId,
      agendaItemId: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export interface NewPublication {
  meetingId: number;
  kind: PublicationKind;
  number: number;
  publishedAt: Date;
  publishedBy: { id: number; name: string };
  clearWorkingDays: number;
  inTime: boolean;
  lateReason: string | null;
  publicDocumentId: number | null;
  restrictedDocumentId: number | null;
  items: { agendaItemId: number; pack: PackName; pages: PageRange | null }[];
}

export async function insertPublication(trx: Db, publication: NewPublication): Promise<AgendaPublication> {
  const row = await trx
    .insertInto('agendaPublication')
    .values({
      meetingId: publication.meetingId,
      kind: publication.kind,
      number: publication.number,
      publishedAt: publication.publishedAt,
      publishedByUserId: publication.publishedBy.id,
      publishedByName: publication.publishedBy.name,
      clearWorkingDays: publication.clearWorkingDays,
      inTime: publication.inTime,
      lateReason: publication.lateReason,
      publicDocumentId: publication.publicDocumentId,
      restrictedDocumentId: publication.restrictedDocumentId,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  if (publication.items.length > 0) {
    await trx
      .insertInto('agendaPublicationItem')
      .values(publication.items.map((item) => ({ publicationId: row.id, agendaItemId: item.agendaItemId, pack: item.pack, pageFrom: item.pages?.from ?? null, pageTo: item.pages?.to ?? null })))
      .execute();
  }
  return row;
}

export async function nextSupplementNumber(db: Db, meetingId: number): Promise<number> {
  const row = await db.selectFrom('agendaPublication').select((eb) => eb.fn.max('number').as('last')).where('meetingId', '=', meetingId).executeTakeFirst();
  return Number(row?.last ?? 0) + 1;
}

/** The agenda is out: its time is the meeting's publication time, shown on the public page. */
export async function markAgendaPublished(trx: Db, meetingId: number, publishedAt: Date): Promise<void> {
  await trx.updateTable('meeting').set({ status: 'agenda-published', agendaPublishedAt: publishedAt }).where('id', '=', meetingId).execute();
}

/** The public agenda's page numbers, as printed in the pack. */
export async function setItemPages(trx: Db, pages: readonly { agendaItemId: number; pages: PageRange }[]): Promise<void> {
  for (const { agendaItemId, pages: range } of pages) {
    await trx.updateTable('agendaItem').set({ pageFrom: range.from, pageTo: range.to }).where('id', '=', agendaItemId).execute();
  }
}

/** The reports went out: they are published, and so are their uploaded documents. */
export async function markReportsPublished(trx: Db, reportIds: readonly number[], publishedAt: Date): Promise<void> {
  if (reportIds.length === 0) return;
  await trx.updateTable('report').set({ status: 'published' }).where('id', 'in', [...reportIds]).execute();
  await trx
    .updateTable('document')
    .set({ publishedAt })
    .where('publishedAt', 'is', null)
    .where('id', 'in', (eb) => eb.selectFrom('report').select('documentId').where('id', 'in', [...reportIds]).where('documentId', 'is not', null).$narrowType<{ documentId: number }>())
    .execute();
}

export interface PackDownload {
  filename: string;
  original: Buffer;
  isExempt: boolean;
}

/**
 * A pack Gavel generated, restricted ones included: for signed-in staff
 * only (the route checks). Any other document id is not found here.
 */
export async function findGeneratedPack(db: Db, documentId: number): Promise<PackDownload | undefined> {
  const row = await db
    .selectFrom('document as d')
    .select(['d.filename', 'd.original', 'd.isExempt'])
    .where('d.id', '=', documentId)
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('agendaPublication as p')
          .select('p.id')
          .where((p) => p.or([p('p.publicDocumentId', '=', documentId), p('p.restrictedDocumentId', '=', documentId)])),
      ),
    )
    .executeTakeFirst();
  if (!row?.original) return undefined;
  return { filename: row.filename, original: row.original, isExempt: row.isExempt };
}

export interface UpcomingMeetingRow {
  id: number;
  date: string;
  startsAt: Date | null;
  status: MeetingStatus;
  agendaPublishedAt: Date | null;
  committeeName: string;
  supplements: number;
}

/** Meetings between two days that are not cancelled, with how many supplements each has had. */
export async function listUpcomingForPublishing(db: Db, from: string, to: string): Promise<UpcomingMeetingRow[]> {
  return db
    .selectFrom('meeting as m')
    .innerJoin('committee as c', 'c.id', 'm.committeeId')
    .select((eb) => [
      'm.id',
      'm.date',
      'm.startsAt',
      'm.status',
      'm.agendaPublishedAt',
      'c.name as committeeName',
      eb.selectFrom('agendaPublication as p').select((p) => p.fn.countAll<number>().as('n')).whereRef('p.meetingId', '=', 'm.id').where('p.kind', '=', 'supplement').as('supplements'),
    ])
    .where('m.date', '>=', from)
    .where('m.date', '<=', to)
    .where('m.status', '!=', 'cancelled')
    .orderBy('m.date')
    .orderBy('m.startsAt')
    .orderBy('c.name')
    .execute() as Promise<UpcomingMeetingRow[]>;
}
