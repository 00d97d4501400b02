import { type Kysely, sql, type Transaction } from 'kysely';
import type { CommitteeKind } from '../committees/committee-tables.ts';
import type { Database } from '../db/database.ts';
import type { ExemptParagraph, MeetingKind, MeetingStatus, StandardItemKind } from '../meetings/meeting-tables.ts';
import type { ReportStatus } from './reports/report-status.ts';

type Db = Kysely<Database>;
type Trx = Transaction<Database>;

export interface ManagedMeeting {
  id: number;
  slug: string;
  date: string;
  startsAt: Date | null;
  endsAt: Date | null;
  kind: MeetingKind;
  venue: string | null;
  remoteLink: string | null;
  status: MeetingStatus;
  agendaPublishedAt: Date | null;
  cancellationReason: string | null;
  municipalYearId: number | null;
  municipalYear: string | null;
  committee: {
    id: number;
    slug: string;
    name: string;
    kind: CommitteeKind;
    /** Where the committee usually meets: the venue of a meeting that names none. */
    defaultVenue: string | null;
    reportDeadlineWorkingDays: number | null;
    questionDeadlineWorkingDays: number | null;
    questionDeadlineTime: string | null;
  };
}

/** A meeting as the back office shows it, with its committee's deadline settings. */
export async function findManagedMeeting(db: Db, id: number): Promise<ManagedMeeting | undefined> {
  const row = await db
    .selectFrom('meeting as m')
    .innerJoin('committee as c', 'c.id', 'm.committeeId')
    .leftJoin('municipalYear as y', 'y.id', 'm.municipalYearId')
    .select([
      'm.id', 'm.slug', 'm.date', 'm.startsAt', 'm.endsAt', 'm.kind', 'm.venue', 'm.remoteLink', 'm.status', 'm.agendaPublishedAt', 'm.cancellationReason',
      'm.municipalYearId', 'y.label as municipalYear',
      'c.id as committeeId', 'c.slug as committeeSlug', 'c.name as committeeName', 'c.kind as committeeKind', 'c.defaultVenue',
      'c.reportDeadlineWorkingDays', 'c.questionDeadlineWorkingDays', 'c.questionDeadlineTime',
    ])
    .where('m.id', '=', id)
    .executeTakeFirst();
  if (!row) return undefined;
  const { committeeId, committeeSlug, committeeName, committeeKind, defaultVenue, reportDeadlineWorkingDays, questionDeadlineWorkingDays, questionDeadlineTime, ...meeting } = row;
  return {
    ...meeting,
    committee: { id: committeeId, slug: committeeSlug, name: committeeName, kind: committeeKind, defaultVenue, reportDeadlineWorkingDays, questionDeadlineWorkingDays, questionDeadlineTime },
  };
}

export interface AgendaEntry {
  id: number;
  position: number;
  number: string | null;
  minuteNumber: string | null;
  title: string;
  description: string | null;
  standardKind: StandardItemKind | null;
  isExempt: boolean;
  exemptParagraph: ExemptParagraph | null;
  report: AgendaEntryReport | null;
}

export interface AgendaEntryReport {
  id: number;
  title: string;
  status: ReportStatus;
  classification: 'open' | 'exempt';
  exemptParagraph: ExemptParagraph | null;
  authorName: string | null;
  leadOfficerName: string | null;
  authorPersonId: number | null;
  leadOfficerPersonId: number | null;
  documentId: number | null;
  /** Legal, finance and governance sign-offs recorded with a date. */
  signedOffRoles: string[];
}

/** A meeting's agenda in order, each item with its report (the first, where an imported item has several). */
export async function listAgenda(db: Db, meetingId: number): Promise<AgendaEntry[]> {
  const items = await db
    .selectFrom('agendaItem')
    .select(['id', 'position', 'number', 'minuteNumber', 'title', 'description', 'standardKind', 'isExempt', 'exemptParagraph'])
    .where('meetingId', '=', meetingId)
    .orderBy('position')
    .execute();
  if (items.length === 0) return [];
  const reports = await db
    .selectFrom('report as r')
    .select((eb) => [
      'r.id', 'r.agendaItemId', 'r.title', 'r.status', 'r.classification', 'r.exemptParagraph', 'r.authorName', 'r.leadOfficerName',
      'r.authorPersonId', 'r.leadOfficerPersonId', 'r.documentId',
      eb
        .selectFrom('reportSignOff as s')
        .select((s) => s.fn.agg<string[]>('array_agg', ['s.reviewerRole']).as('roles'))
        .whereRef('s.reportId', '=', 'r.id')
        .where('s.signedOffOn', 'is not', null)
        .as('signedOffRoles'),
    ])
    .where('r.agendaItemId', 'in', items.map((i) => i.id))
    .orderBy('r.id')
    .execute();
  const byItem = new Map<number, AgendaEntryReport>();
  for (const { agendaItemId, signedOffRoles, ...report } of reports) {
    if (!byItem.has(agendaItemId)) byItem.set(agendaItemId, { ...report, signedOffRoles: signedOffRoles ?? [] });
  }
  return items.map((item) => ({ ...item, report: byItem.get(item.id) ?? null }));
}

export interface NeighbourMeeting {
  id: number;
  date: string;
  startsAt: Date | null;
  municipalYearId: number | null;
}

/** The committee's meetings either side of this one, cancelled ones left out. */
export async function findNeighbourMeetings(db: Db, meeting: Pick<ManagedMeeting, 'id' | 'date' | 'startsAt' | 'committee'>) {
  const base = db
    .selectFrom('meeting')
    .select(['id', 'date', 'startsAt', 'municipalYearId'])
    .where('committeeId', '=', meeting.committee.id)
    .where('status', '!=', 'cancelled')
    .where('id', '!=', meeting.id);
  const [previous, next] = await Promise.all([
    base.where('date', '<', meeting.date).orderBy('date', 'desc').orderBy('startsAt', 'desc').limit(1).executeTakeFirst(),
    base.where('date', '>', meeting.date).orderBy('date').orderBy('startsAt').limit(1).executeTakeFirst(),
  ]);
  return { previous: previous ?? null, next: next ?? null };
}

/**
 * The minute numbers of the committee's last meeting before this one in the
 * same municipal year: from the year the meeting is filed under, or else
 * the year whose dates contain it. Null when there is no such meeting, or
 * Gavel knows no municipal year for the date (numbering then starts at 1).
 */
export async function previousMinuteNumbersInYear(db: Db, meeting: Pick<ManagedMeeting, 'id' | 'date' | 'municipalYearId' | 'committee'>): Promise<(string | null)[] | null> {
  const year = await db
    .selectFrom('municipalYear')
    .select(['startsOn', 'endsOn'])
    .$if(meeting.municipalYearId !== null, (q) => q.where('id', '=', meeting.municipalYearId!))
    .$if(meeting.municipalYearId === null, (q) => q.where('startsOn', '<=', meeting.date).where('endsOn', '>=', meeting.date))
    .executeTakeFirst();
  if (!year) return null;
  const previous = await db
    .selectFrom('meeting')
    .select('id')
    .where('committeeId', '=', meeting.committee.id)
    .where('status', '!=', 'cancelled')
    .where('id', '!=', meeting.id)
    .where('date', '<', meeting.date)
    .where('date', '>=', year.startsOn)
    .orderBy('date', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (!previous) return null;
  const rows = await db.selectFrom('agendaItem').select('minuteNumber').where('meetingId', '=', previous.id).execute();
  return rows.map((r) => r.minuteNumber);
}

/** One item of an agenda as it is to be written: an existing item by id, or a new one. */
export type AgendaWrite =
  | { id: number; number: string; minuteNumber: string; description?: string | null }
  | {
      id: null;
      number: string;
      minuteNumber: string;
      title: string;
      description: string | null;
      standardKind: StandardItemKind | null;
      isExempt: boolean;
      exemptParagraph: ExemptParagraph | null;
    };

/**
 * Writes a meeting's agenda in the order given: existing items are moved
 * and renumbered, new ones inserted, and items of the meeting left out of
 * the list deleted. Positions are unique per meeting and checked row by
 * row, so every item first steps aside to a negative position.
 * Returns the ids in order (new items' ids included).
 */
export async function writeAgenda(trx: Trx, meetingId: number, order: readonly AgendaWrite[]): Promise<number[]> {
  const kept = order.flatMap((w) => (w.id === null ? [] : [w.id]));
  let removal = trx.deleteFrom('agendaItem').where('meetingId', '=', meetingId);
  if (kept.length) removal = removal.where('id', 'not in', kept);
  await removal.execute();
  await trx.updateTable('agendaItem').set({ position: sql<number>`-1 - position` }).where('meetingId', '=', meetingId).execute();
  const ids: number[] = [];
  for (const [index, write] of order.entries()) {
    const position = index + 1;
    if (write.id === null) {
      const { number, minuteNumber, title, description, standardKind, isExempt, exemptParagraph } = write;
      const row = await trx
        .insertInto('agendaItem')
        .values({ meetingId, position, number, minuteNumber, title, description, standardKind, isExempt, exemptParagraph, pageFrom: null, pageTo: null, minutes: null, sourceDocumentId: null, sourceLineFrom: null, sourceLineTo: null })
        .returning('id')
        .executeTakeFirstOrThrow();
      ids.push(row.id);
    } else {
      const { id, ...values } = write;
      const result = await trx.updateTable('agendaItem').set({ position, ...values }).where('id', '=', id).where('meetingId', '=', meetingId).executeTakeFirst();
      if (result.numUpdatedRows !== 1n) throw new Error(`agenda item ${id} is not on meeting ${meetingId}`);
      ids.push(id);
    }
  }
  return ids;
}

export interface ItemChanges {
  title: string;
  description: string | null;
  isExempt: boolean;
  exemptParagraph: ExemptParagraph | null;
}

export async function updateAgendaItem(trx: Trx, id: number, changes: ItemChanges): Promise<void> {
  await trx.updateTable('agendaItem').set(changes).where('id', '=', id).execute();
}

export interface ManagedItem extends ItemChanges {
  id: number;
  meetingId: number;
  position: number;
  number: string | null;
  standardKind: StandardItemKind | null;
  reportId: number | null;
}

export async function findManagedItem(db: Db, id: number): Promise<ManagedItem | undefined> {
  return db
    .selectFrom('agendaItem as i')
    .select((eb) => [
      'i.id', 'i.meetingId', 'i.position', 'i.number', 'i.title', 'i.description', 'i.standardKind', 'i.isExempt', 'i.exemptParagraph',
      eb.selectFrom('report as r').select((r) => r.fn.min('r.id').as('id')).whereRef('r.agendaItemId', '=', 'i.id').as('reportId'),
    ])
    .where('i.id', '=', id)
    .executeTakeFirst();
}

/**
 * Deletes the documents uploaded to an item in the back office before the
 * item goes: on an item they are unpublished papers, but once the item is
 * gone nothing would tie them to the unpublished agenda. Imported documents
 * are the archive and stay.
 */
export async function deleteUploadedDocumentsOfItem(trx: Trx, itemId: number): Promise<number> {
  await trx.updateTable('report').set({ documentId: null }).where('agendaItemId', '=', itemId).execute();
  const result = await trx.deleteFrom('document').where('agendaItemId', '=', itemId).where('importedAt', 'is', null).executeTakeFirst();
  return Number(result.numDeletedRows);
}

/**
 * Locks the meeting's row for the rest of the transaction and reads its
 * status: two clerks changing one agenda, or a change racing publication,
 * take turns, and a change never lands on an agenda published meanwhile.
 */
export async function lockMeeting(trx: Trx, meetingId: number): Promise<MeetingStatus | undefined> {
  const row = await trx.selectFrom('meeting').select('status').where('id', '=', meetingId).forUpdate().executeTakeFirst();
  return row?.status;
}
