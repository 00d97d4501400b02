import { sql, type Kysely } from 'kysely';
import { jsonArrayFrom } from 'kysely/helpers/postgres';
import type { Database } from '../db/database.ts';
import { notOnExemptItem } from './exempt-filter.ts';
import { notAnUnpublishedPaper } from '../agendas/unpublished-papers.ts';
import { publicSourceTitle, type SourceColumns } from '../documents/source-columns.ts';
export type { SourceColumns } from '../documents/source-columns.ts';
import type { AgendaItem, AttendanceStatus, DeclarationKind, Meeting, MeetingStatus } from './meeting-tables.ts';

export interface MeetingListRow {
  committeeSlug: string;
  committeeName: string;
  slug: string;
  date: string;
  startsAt: Date | null;
  venue: string | null;
  status: MeetingStatus;
  municipalYear: string | null;
}

function meetingsWithCommittee(db: Kysely<Database>) {
  return db
    .selectFrom('meeting as m')
    .innerJoin('committee as c', 'c.id', 'm.committeeId')
    .leftJoin('municipalYear as y', 'y.id', 'm.municipalYearId')
    .select((eb) => [
      'c.slug as committeeSlug',
      'c.name as committeeName',
      'm.slug',
      'm.date',
      'm.startsAt',
      // A meeting that names no venue is at the committee's usual one, as its calendar entry and agenda pack say.
      eb.fn.coalesce('m.venue', 'c.defaultVenue').as('venue'),
      'm.status',
      'y.label as municipalYear',
    ]);
}

/** Meetings from a day on, soonest first: what residents look for first. */
export async function listUpcomingMeetings(db: Kysely<Database>, fromDate: string, limit: number): Promise<MeetingListRow[]> {
  return meetingsWithCommittee(db).where('m.date', '>=', fromDate).orderBy('m.date').orderBy('m.startsAt').limit(limit).execute();
}

/** The latest meetings whose minutes are published, draft or approved. */
export async function listLatestMinutes(db: Kysely<Database>, limit: number): Promise<MeetingListRow[]> {
  return meetingsWithCommittee(db)
    .where('m.status', 'in', ['draft-minutes', 'minutes-approved'])
    .orderBy('m.date', 'desc')
    .limit(limit)
    .execute();
}

/** Meetings between two days inclusive, in date order. */
export async function listMeetingsBetween(db: Kysely<Database>, from: string, to: string): Promise<MeetingListRow[]> {
  return meetingsWithCommittee(db).where('m.date', '>=', from).where('m.date', '<=', to).orderBy('m.date').orderBy('m.startsAt').execute();
}

export async function listCommitteeMeetings(db: Kysely<Database>, committeeId: number): Promise<MeetingListRow[]> {
  return meetingsWithCommittee(db).where('m.committeeId', '=', committeeId).orderBy('m.date', 'desc').execute();
}

export async function findMeeting(db: Kysely<Database>, committeeId: number, slug: string): Promise<Meeting | undefined> {
  return db.selectFrom('meeting').selectAll().where('committeeId', '=', committeeId).where('slug', '=', slug).executeTakeFirst();
}

export async function listAgendaItems(db: Kysely<Database>, meetingId: number): Promise<(AgendaItem & { sourceTitle: string | null })[]> {
  return agendaItemsQuery(db, meetingId).execute();
}

function agendaItemsQuery(db: Kysely<Database>, meetingId: number) {
  return db
    .selectFrom('agendaItem')
    .selectAll()
    .select(publicSourceTitle('agendaItem.sourceDocumentId'))
    .where('meetingId', '=', meetingId)
    .orderBy('position');
}

export interface PublicReportRow {
  agendaItemId: number;
  title: string;
  summary: string | null;
  authorName: string | null;
  leadOfficerName: string | null;
  directorate: string | null;
  decisionType: string | null;
  isKeyDecision: boolean;
  allWards: boolean;
  wards: string[];
}

/**
 * Open reports for a meeting's agenda. Exempt reports, and any report on an
 * exempt item, are filtered out here, in SQL, so their content never reaches
 * a view model.
 */
export async function listOpenReports(db: Kysely<Database>, meetingId: number): Promise<PublicReportRow[]> {
  return withSortedWards(await openReportsQuery(db, meetingId).execute());
}

function withSortedWards<T extends { wards: string[] | null }>(rows: T[]): (T & { wards: string[] })[] {
  return rows.map((row) => ({ ...row, wards: (row.wards ?? []).sort() }));
}

function openReportsQuery(db: Kysely<Database>, meetingId: number) {
  return db
    .selectFrom('report as r')
    .innerJoin('agendaItem as i', 'i.id', 'r.agendaItemId')
    .select((eb) => [
      'r.agendaItemId',
      'r.title',
      'r.summary',
      'r.authorName',
      'r.leadOfficerName',
      'r.directorate',
      'r.decisionType',
      'r.isKeyDecision',
      'r.allWards',
      eb
        .selectFrom('reportWard as rw')
        .innerJoin('ward as w', 'w.id', 'rw.wardId')
        .select((w) => w.fn.agg<string[]>('array_agg', ['w.name']).as('names'))
        .whereRef('rw.reportId', '=', 'r.id')
        .as('wards'),
    ])
    .where('i.meetingId', '=', meetingId)
    .where('i.isExempt', '=', false)
    .where('r.classification', '=', 'open')
    .orderBy('r.id');
}

export interface AttendanceRow extends Partial<SourceColumns> {
  personSlug: string;
  fullName: string;
  honorific: string | null;
  kind: string;
  status: AttendanceStatus;
  isChairOfMeeting: boolean;
  capacity: string | null;
  substituteForName: string | null;
  substituteForSlug: string | null;
}

export async function listAttendance(db: Kysely<Database>, meetingId: number): Promise<AttendanceRow[]> {
  return attendanceQuery(db, meetingId).execute();
}

function attendanceQuery(db: Kysely<Database>, meetingId: number) {
  return db
    .selectFrom('attendance as a')
    .innerJoin('person as p', 'p.id', 'a.personId')
    .leftJoin('person as replaced', 'replaced.id', 'a.substituteForPersonId')
    .select([
      'p.slug as personSlug',
      'p.fullName',
      'p.honorific',
      'p.kind',
      'a.status',
      'a.isChairOfMeeting',
      'a.capacity',
      'replaced.fullName as substituteForName',
      'replaced.slug as substituteForSlug',
      'a.sourceDocumentId',
      'a.sourceLineFrom',
      'a.sourceLineTo',
      publicSourceTitle('a.sourceDocumentId'),
    ])
    .where('a.meetingId', '=', meetingId)
    .orderBy('p.familyName')
    .orderBy('p.fullName');
}

export interface DeclarationRow {
  personSlug: string;
  fullName: string;
  honorific: string | null;
  kind: DeclarationKind;
  /** Null on an exempt item: what the interest is could reveal the exempt matter (as on a person's page). */
  description: string | null;
  withdrew: boolean;
  dispensation: boolean;
  itemNumber: string | null;
  /** An exempt item's title is public; nothing else of it is. */
  itemTitle: string | null;
  itemIsExempt: boolean;
}

export async function listDeclarations(db: Kysely<Database>, meetingId: number): Promise<DeclarationRow[]> {
  return declarationsQuery(db, meetingId).execute();
}

function declarationsQuery(db: Kysely<Database>, meetingId: number) {
  return db
    .selectFrom('declaration as d')
    .innerJoin('person as p', 'p.id', 'd.personId')
    .leftJoin('agendaItem as i', 'i.id', 'd.agendaItemId')
    .select([
      'p.slug as personSlug',
      'p.fullName',
      'p.honorific',
      'd.kind',
      sql<string | null>`case when ${sql.ref('i.isExempt')} then null else ${sql.ref('d.description')} end`.as('description'),
      'd.withdrew',
      'd.dispensation',
      'i.number as itemNumber',
      'i.title as itemTitle',
      sql<boolean>`coalesce(${sql.ref('i.isExempt')}, false)`.as('itemIsExempt'),
    ])
    .where('d.meetingId', '=', meetingId)
    .orderBy('i.position')
    .orderBy('d.id');
}

export interface ResolutionRow extends Partial<SourceColumns> {
  /** For finding a resolution's recorded vote. */
  id?: number;
  agendaItemId: number;
  text: string;
  outcome: string | null;
}

export async function listResolutions(db: Kysely<Database>, meetingId: number): Promise<ResolutionRow[]> {
  return resolutionsQuery(db, meetingId).execute();
}

function resolutionsQuery(db: Kysely<Database>, meetingId: number) {
  return db
    .selectFrom('resolution as r')
    .innerJoin('agendaItem as i', 'i.id', 'r.agendaItemId')
    .select(['r.id', 'r.agendaItemId', 'r.text', 'r.outcome', 'r.sourceDocumentId', 'r.sourceLineFrom', 'r.sourceLineTo', publicSourceTitle('r.sourceDocumentId')])
    .where('i.meetingId', '=', meetingId)
    .orderBy('i.position')
    .orderBy('r.position');
}

export interface MeetingRecommendationRow extends Partial<SourceColumns> {
  agendaItemId: number | null;
  letter: string | null;
  text: string;
  addresseeName: string | null;
  response: string | null;
}

export async function listMeetingRecommendations(db: Kysely<Database>, meetingId: number): Promise<MeetingRecommendationRow[]> {
  return meetingRecommendationsQuery(db, meetingId).execute();
}

function meetingRecommendationsQuery(db: Kysely<Database>, meetingId: number) {
  return db
    .selectFrom('recommendation')
    .select(['agendaItemId', 'letter', 'text', 'addresseeName', 'response', 'sourceDocumentId', 'sourceLineFrom', 'sourceLineTo', publicSourceTitle('recommendation.sourceDocumentId')])
    .where('meetingId', '=', meetingId)
    .orderBy('agendaItemId')
    .orderBy('letter')
    .orderBy('id');
}

export interface MeetingActionRow extends Partial<SourceColumns> {
  agendaItemId: number | null;
  number: string | null;
  description: string;
  ownerName: string | null;
  dueOn: string | null;
  dueText: string | null;
  status: 'open' | 'in-progress' | 'completed';
  completedOn: string | null;
}

export async function listMeetingActions(db: Kysely<Database>, meetingId: number): Promise<MeetingActionRow[]> {
  return meetingActionsQuery(db, meetingId).execute();
}

function meetingActionsQuery(db: Kysely<Database>, meetingId: number) {
  return db
    .selectFrom('action')
    .select(['agendaItemId', 'number', 'description', 'ownerName', 'dueOn', 'dueText', 'status', 'completedOn', 'sourceDocumentId', 'sourceLineFrom', 'sourceLineTo', publicSourceTitle('action.sourceDocumentId')])
    .where('meetingId', '=', meetingId)
    .orderBy('id');
}

export interface PublicQuestionRow {
  agendaItemId: number | null;
  askerName: string;
  question: string;
  answer: string | null;
  answeredByName: string | null;
}

export async function listAnsweredQuestions(db: Kysely<Database>, meetingId: number): Promise<PublicQuestionRow[]> {
  return db
    .selectFrom('publicQuestion')
    .select(['agendaItemId', 'askerName', 'question', 'answer', 'answeredByName'])
    .where('meetingId', '=', meetingId)
    .where('status', 'in', ['accepted', 'answered'])
    .orderBy('id')
    .execute();
}

export interface MeetingDocumentRow {
  id: number;
  title: string;
  kind: string;
  mediaType: string;
  byteSize: number;
}

/** Documents for a meeting that the public may see. */
export async function listPublicDocuments(db: Kysely<Database>, meetingId: number): Promise<MeetingDocumentRow[]> {
  return publicDocumentsQuery(db, meetingId).execute();
}

function publicDocumentsQuery(db: Kysely<Database>, meetingId: number) {
  return db
    .selectFrom('document as d')
    .leftJoin('agendaItem as i', 'i.id', 'd.agendaItemId')
    .select(['d.id', 'd.title', 'd.kind', 'd.mediaType', 'd.byteSize'])
    .where('d.meetingId', '=', meetingId)
    .where('d.isExempt', '=', false)
    // An imported document that was imported again in a newer version shows as the newer one only.
    .where((eb) => eb.not(eb.exists(eb.selectFrom('document as newer').select('newer.id').whereRef('newer.supersedesDocumentId', '=', 'd.id'))))
    .where(notOnExemptItem)
    .where(notAnUnpublishedPaper)
    .orderBy('d.id');
}

/** Whether the meeting has a transcript the public may read: not from an exempt document or one on an exempt item (as transcripts/transcript-repository.ts decides). */
export async function hasPublicTranscript(db: Kysely<Database>, meetingId: number): Promise<boolean> {
  return (await publicTranscriptQuery(db, meetingId).executeTakeFirst()) !== undefined;
}

function publicTranscriptQuery(db: Kysely<Database>, meetingId: number) {
  return db
    .selectFrom('transcript as t')
    .leftJoin('document as d', 'd.id', 't.documentId')
    .leftJoin('agendaItem as i', 'i.id', 'd.agendaItemId')
    .select('t.id')
    .where('t.meetingId', '=', meetingId)
    .where((eb) => eb.or([eb('d.id', 'is', null), eb('d.isExempt', '=', false)]))
    .where((eb) => eb.or([eb('i.id', 'is', null), eb('i.isExempt', '=', false)]))
    .limit(1);
}

/** What the public meeting page shows of a meeting's own records. */
export interface MeetingRecord {
  items: (AgendaItem & { sourceTitle: string | null })[];
  reports: PublicReportRow[];
  attendance: AttendanceRow[];
  declarations: DeclarationRow[];
  resolutions: ResolutionRow[];
  recommendations: MeetingRecommendationRow[];
  actions: MeetingActionRow[];
  documents: MeetingDocumentRow[];
  hasTranscript: boolean;
}

/**
 * The lists above for one meeting in one statement, each exactly as its
 * own function reads it. PGlite answers one query at a time on its one
 * session, so nine queries cost nine round trips; this is one.
 */
export async function findMeetingRecord(db: Kysely<Database>, meetingId: number): Promise<MeetingRecord> {
  const row = await db
    .selectNoFrom((eb) => [
      jsonArrayFrom(agendaItemsQuery(db, meetingId)).as('items'),
      jsonArrayFrom(openReportsQuery(db, meetingId)).as('reports'),
      jsonArrayFrom(attendanceQuery(db, meetingId)).as('attendance'),
      jsonArrayFrom(declarationsQuery(db, meetingId)).as('declarations'),
      jsonArrayFrom(resolutionsQuery(db, meetingId)).as('resolutions'),
      jsonArrayFrom(meetingRecommendationsQuery(db, meetingId)).as('recommendations'),
      jsonArrayFrom(meetingActionsQuery(db, meetingId)).as('actions'),
      jsonArrayFrom(publicDocumentsQuery(db, meetingId)).as('documents'),
      eb.exists(publicTranscriptQuery(db, meetingId)).as('hasTranscript'),
    ])
    .executeTakeFirstOrThrow();
  // JSON carries these columns exactly (dates are already 'YYYY-MM-DD' strings, see db/pg-types.ts).
  return { ...row, reports: withSortedWards(row.reports), hasTranscript: Boolean(row.hasTranscript) } as MeetingRecord;
}
