import { type Kysely, sql, type Transaction } from 'kysely';
import type { Database } from '../../db/database.ts';
import type { DecisionType, ExemptParagraph, MeetingStatus } from '../../meetings/meeting-tables.ts';
import type { ReportStatus } from './report-status.ts';

type Db = Kysely<Database>;
type Trx = Transaction<Database>;

export interface ManagedReport {
  id: number;
  agendaItemId: number;
  title: string;
  summary: string | null;
  authorPersonId: number | null;
  authorName: string | null;
  leadOfficerPersonId: number | null;
  leadOfficerName: string | null;
  directorate: string | null;
  classification: 'open' | 'exempt';
  exemptParagraph: ExemptParagraph | null;
  decisionType: DecisionType | null;
  isKeyDecision: boolean;
  forwardPlanEntryId: number | null;
  forwardPlanTitle: string | null;
  forwardPlanReference: string | null;
  allWards: boolean;
  status: ReportStatus;
  documentId: number | null;
  item: { id: number; number: string | null; title: string; isExempt: boolean };
  meeting: { id: number; slug: string; date: string; startsAt: Date | null; status: MeetingStatus; committeeId: number; committeeName: string; committeeSlug: string };
  wards: { id: number; name: string }[];
}

/** A report with its item, meeting and wards, for the back office (exempt ones included: staff may read them). */
export async function findManagedReport(db: Db, id: number): Promise<ManagedReport | undefined> {
  const row = await db
    .selectFrom('report as r')
    .innerJoin('agendaItem as i', 'i.id', 'r.agendaItemId')
    .innerJoin('meeting as m', 'm.id', 'i.meetingId')
    .innerJoin('committee as c', 'c.id', 'm.committeeId')
    .leftJoin('forwardPlanEntry as f', 'f.id', 'r.forwardPlanEntryId')
    .select([
      'r.id', 'r.agendaItemId', 'r.title', 'r.summary', 'r.authorPersonId', 'r.authorName', 'r.leadOfficerPersonId', 'r.leadOfficerName', 'r.directorate',
      'r.classification', 'r.exemptParagraph', 'r.decisionType', 'r.isKeyDecision', 'r.forwardPlanEntryId', 'r.allWards', 'r.status', 'r.documentId',
      'f.title as forwardPlanTitle', 'f.reference as forwardPlanReference',
      'i.number as itemNumber', 'i.title as itemTitle', 'i.isExempt as itemIsExempt',
      'm.id as meetingId', 'm.slug as meetingSlug', 'm.date as meetingDate', 'm.startsAt as meetingStartsAt', 'm.status as meetingStatus',
      'c.id as committeeId', 'c.name as committeeName', 'c.slug as committeeSlug',
    ])
    .where('r.id', '=', id)
    .executeTakeFirst();
  if (!row) return undefined;
  const wards = await db
    .selectFrom('reportWard as rw')
    .innerJoin('ward as w', 'w.id', 'rw.wardId')
    .select(['w.id', 'w.name'])
    .where('rw.reportId', '=', id)
    .orderBy('w.name')
    .execute();
  const { itemNumber, itemTitle, itemIsExempt, meetingId, meetingSlug, meetingDate, meetingStartsAt, meetingStatus, committeeId, committeeName, committeeSlug, ...report } = row;
  return {
    ...report,
    item: { id: report.agendaItemId, number: itemNumber, title: itemTitle, isExempt: itemIsExempt },
    meeting: { id: meetingId, slug: meetingSlug, date: meetingDate, startsAt: meetingStartsAt, status: meetingStatus, committeeId, committeeName, committeeSlug },
    wards,
  };
}

export interface SignOffRow {
  id: number;
  reviewerRole: string;
  reviewerName: string | null;
  reviewerPersonId: number | null;
  signedOffOn: string | null;
  comment: string | null;
}

export async function listSignOffs(db: Db, reportId: number): Promise<SignOffRow[]> {
  return db
    .selectFrom('reportSignOff')
    .select(['id', 'reviewerRole', 'reviewerName', 'reviewerPersonId', 'signedOffOn', 'comment'])
    .where('reportId', '=', reportId)
    .orderBy('id')
    .execute();
}

export interface ReportChanges {
  title: string;
  summary: string | null;
  authorPersonId: number | null;
  authorName: string | null;
  leadOfficerPersonId: number | null;
  leadOfficerName: string | null;
  directorate: string | null;
  classification: 'open' | 'exempt';
  exemptParagraph: ExemptParagraph | null;
  decisionType: DecisionType | null;
  isKeyDecision: boolean;
  forwardPlanEntryId: number | null;
  allWards: boolean;
}

/** Inserts a report on an item; its wards follow with replaceReportWards. */
export async function insertReport(trx: Trx, agendaItemId: number, report: ReportChanges): Promise<number> {
  const row = await trx
    .insertInto('report')
    .values({ agendaItemId, ...report, documentId: null, sourceDocumentId: null, sourceLineFrom: null, sourceLineTo: null })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/**
 * Saves a report's metadata and keeps what depends on its classification in
 * step: the item it is on (its title and exemption: the item carries the
 * report onto the agenda) and every version of its document, so an exempt
 * report's text is as withheld as the report.
 */
export async function updateReport(trx: Trx, id: number, agendaItemId: number, changes: ReportChanges): Promise<void> {
  await trx.updateTable('report').set(changes).where('id', '=', id).execute();
  const exempt = changes.classification === 'exempt';
  await trx
    .updateTable('agendaItem')
    .set({ title: changes.title, isExempt: exempt, exemptParagraph: exempt ? changes.exemptParagraph : null })
    .where('id', '=', agendaItemId)
    .execute();
  await trx
    .updateTable('document')
    .set({ isExempt: exempt, exemptParagraph: exempt ? changes.exemptParagraph : null, title: changes.title })
    .where('agendaItemId', '=', agendaItemId)
    .where('importedAt', 'is', null)
    .execute();
}

export async function replaceReportWards(trx: Trx, reportId: number, wardIds: readonly number[]): Promise<void> {
  await trx.deleteFrom('reportWard').where('reportId', '=', reportId).execute();
  if (wardIds.length) await trx.insertInto('reportWard').values(wardIds.map((wardId) => ({ reportId, wardId }))).execute();
}

export async function setReportStatus(trx: Trx, id: number, status: ReportStatus): Promise<void> {
  await trx.updateTable('report').set({ status }).where('id', '=', id).execute();
}

export interface SignOffValues {
  reviewerRole: string;
  reviewerName: string;
  reviewerPersonId: number | null;
  signedOffOn: string;
  comment: string | null;
}

/** Records a reviewer's sign-off, replacing an earlier one for the same role. */
export async function saveSignOff(trx: Trx, reportId: number, signOff: SignOffValues): Promise<void> {
  await trx.deleteFrom('reportSignOff').where('reportId', '=', reportId).where(sql`lower(reviewer_role)`, '=', signOff.reviewerRole.toLowerCase()).execute();
  await trx.insertInto('reportSignOff').values({ reportId, ...signOff }).execute();
}

export interface ReportListRow {
  id: number;
  title: string;
  status: ReportStatus;
  classification: 'open' | 'exempt';
  exemptParagraph: ExemptParagraph | null;
  authorName: string | null;
  leadOfficerName: string | null;
  documentId: number | null;
  meetingId: number;
  meetingDate: string;
  meetingStatus: MeetingStatus;
  committeeName: string;
  signedOffRoles: string[];
}

export interface ReportListFilter {
  /** Only the reports naming this person as author or lead officer. */
  personId?: number;
  /** Meetings on or after this day (upcoming) or before it (earlier). */
  onOrAfter?: string;
  before?: string;
}

/**
 * Reports, soonest meeting first for upcoming ones and latest first for
 * earlier ones, with a count for pagination.
 */
export async function listReports(db: Db, filter: ReportListFilter, page: { limit: number; offset: number }): Promise<{ rows: ReportListRow[]; total: number }> {
  let base = db
    .selectFrom('report as r')
    .innerJoin('agendaItem as i', 'i.id', 'r.agendaItemId')
    .innerJoin('meeting as m', 'm.id', 'i.meetingId')
    .innerJoin('committee as c', 'c.id', 'm.committeeId');
  if (filter.personId !== undefined) {
    const personId = filter.personId;
    base = base.where((eb) => eb.or([eb('r.authorPersonId', '=', personId), eb('r.leadOfficerPersonId', '=', personId)]));
  }
  if (filter.onOrAfter) base = base.where('m.date', '>=', filter.onOrAfter);
  if (filter.before) base = base.where('m.date', '<', filter.before);
  const direction = filter.before ? 'desc' : 'asc';
  const [rows, count] = await Promise.all([
    base
      .select((eb) => [
        'r.id', 'r.title', 'r.status', 'r.classification', 'r.exemptParagraph', 'r.authorName', 'r.leadOfficerName', 'r.documentId',
        'm.id as meetingId', 'm.date as meetingDate', 'm.status as meetingStatus', 'c.name as committeeName',
        eb
          .selectFrom('reportSignOff as s')
          .select((s) => s.fn.agg<string[]>('array_agg', ['s.reviewerRole']).as('roles'))
          .whereRef('s.reportId', '=', 'r.id')
          .where('s.signedOffOn', 'is not', null)
          .as('signedOffRoles'),
      ])
      .orderBy('m.date', direction)
      .orderBy('i.position')
      .limit(page.limit)
      .offset(page.offset)
      .execute(),
    base.select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows: rows.map((r) => ({ ...r, signedOffRoles: r.signedOffRoles ?? [] })), total: Number(count.n) };
}

export interface Choice {
  id: number;
  text: string;
}

/** Officers, as authors, lead officers and reviewers are; their directorate helps tell namesakes apart. */
export async function listOfficers(db: Db): Promise<(Choice & { fullName: string; directorate: string | null })[]> {
  const rows = await db.selectFrom('person').select(['id', 'fullName', 'jobTitle', 'directorate']).where('kind', '=', 'officer').orderBy('familyName').orderBy('fullName').execute();
  return rows.map((p) => ({ id: p.id, fullName: p.fullName, directorate: p.directorate, text: p.jobTitle ? `${p.fullName}, ${p.jobTitle}` : p.fullName }));
}

export async function findPersonName(db: Db, id: number): Promise<{ fullName: string; directorate: string | null; kind: string } | undefined> {
  return db.selectFrom('person').select(['fullName', 'directorate', 'kind']).where('id', '=', id).executeTakeFirst();
}

export async function listWards(db: Db): Promise<Choice[]> {
  const rows = await db.selectFrom('ward').select(['id', 'name']).orderBy('name').execute();
  return rows.map((w) => ({ id: w.id, text: w.name }));
}

/** Key decisions in the forward plan still to be taken, for linking a key decision report to its notice. */
export async function listOpenKeyDecisions(db: Db): Promise<Choice[]> {
  const rows = await db
    .selectFrom('forwardPlanEntry')
    .select(['id', 'reference', 'title', 'decisionDueOn', 'decisionDueMonth'])
    .where('decisionKind', '=', 'key')
    .where('status', '=', 'planned')
    .orderBy('decisionDueOn')
    .orderBy('decisionDueMonth')
    .orderBy('id')
    .execute();
  return rows.map((f) => ({ id: f.id, text: f.reference ? `${f.reference}: ${f.title}` : f.title }));
}

/** The directorates named on people and reports already, for the field's suggestions. */
export async function listDirectorates(db: Db): Promise<string[]> {
  const rows = await db
    .selectFrom('person')
    .select('directorate as name')
    .where('directorate', 'is not', null)
    .union(db.selectFrom('report').select('directorate as name').where('directorate', 'is not', null))
    .orderBy('name')
    .execute();
  return rows.map((r) => r.name!).filter(Boolean);
}
