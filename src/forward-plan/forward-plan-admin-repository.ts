import { type Kysely, sql, type Transaction } from 'kysely';
import type { Database } from '../db/database.ts';
import type { ExemptParagraph } from '../meetings/meeting-tables.ts';
import type { DecisionKind } from '../tracking/tracking-tables.ts';
import type { UrgencyRoute } from './forward-plan-notice.ts';

/**
 * The forward plan as the back office keeps it: every entry with all its
 * details (exempt ones included: staff may read them), its wards, and the
 * work programme items that picked it up for pre-decision scrutiny.
 */

type Db = Kysely<Database> | Transaction<Database>;

export type EntryStatus = 'planned' | 'decided' | 'deferred' | 'withdrawn';

/** An entry as the back office shows it: what a clerk enters, with its id and how far scrutiny has taken it up. */
export interface ManagedEntry extends EntryValues {
  id: number;
  /** Items on work programmes for pre-decision scrutiny, not merged or rejected. */
  scrutinyItems: number;
}

function selectEntries(db: Db) {
  return db.selectFrom('forwardPlanEntry as f').select((eb) => [
    'f.id',
    'f.reference',
    'f.title',
    'f.purpose',
    'f.decisionMaker',
    'f.decisionMakerCommitteeId',
    'f.decisionMakerPersonId',
    'f.decisionKind',
    'f.decisionDueOn',
    'f.decisionDueMonth',
    'f.firstPublishedOn',
    'f.directorate',
    'f.leadOfficerName',
    'f.leadOfficerPersonId',
    'f.portfolioHolderName',
    'f.allWards',
    'f.isExempt',
    'f.exemptParagraph',
    'f.urgencyRoute',
    'f.scrutinyChairNotifiedOn',
    'f.exceptionNoticePublishedOn',
    'f.urgencyAgreedBy',
    'f.urgencyAgreedOn',
    'f.status',
    'f.decidedOn',
    'f.decision',
    eb
      .selectFrom('workProgrammeItem as w')
      .select((w) => w.fn.countAll<number>().as('n'))
      .whereRef('w.forwardPlanEntryId', '=', 'f.id')
      .where('w.status', 'not in', ['merged', 'rejected', 'suggested'])
      .$castTo<number>()
      .as('scrutinyItems'),
  ]);
}

/** The first of the month for a month-only entry: how the plan sorts and filters. */
const dueDay = sql<string>`coalesce(${sql.ref('f.decisionDueOn')}::text, ${sql.ref('f.decisionDueMonth')} || '-01')`;

export interface ManagedEntryFilter {
  statuses: readonly EntryStatus[];
  /** Decisions due on or after this day (month-only ones from the first of its month); none for every date. */
  from?: string;
  /** Only decisions due up to this day. */
  to?: string;
}

/** Entries for the back office, soonest decision first. */
export async function listManagedEntries(db: Db, filter: ManagedEntryFilter): Promise<ManagedEntry[]> {
  let query = selectEntries(db).where('f.status', 'in', [...filter.statuses]);
  if (filter.from) query = query.where(dueDay, '>=', filter.from.slice(0, 7) + '-01').where((eb) => eb.or([eb('f.decisionDueOn', 'is', null), eb('f.decisionDueOn', '>=', filter.from!)]));
  if (filter.to) query = query.where(dueDay, '<=', filter.to);
  const rows = await query.orderBy(dueDay).orderBy('f.title').execute();
  return rows.map((r) => ({ ...r, scrutinyItems: Number(r.scrutinyItems) }));
}

export async function findManagedEntry(db: Db, id: number): Promise<ManagedEntry | undefined> {
  const row = await selectEntries(db).where('f.id', '=', id).executeTakeFirst();
  return row && { ...row, scrutinyItems: Number(row.scrutinyItems) };
}

/** The entry's columns, for the audit trail. */
export async function entrySnapshot(db: Db, id: number) {
  const row = await db.selectFrom('forwardPlanEntry').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) return null;
  const wards = await listEntryWardIds(db, id);
  return { ...Object.fromEntries(Object.entries(row).filter(([key]) => !['search', 'createdAt', 'updatedAt'].includes(key))), wards };
}

export async function listEntryWardIds(db: Db, entryId: number): Promise<number[]> {
  const rows = await db.selectFrom('forwardPlanEntryWard').select('wardId').where('forwardPlanEntryId', '=', entryId).orderBy('wardId').execute();
  return rows.map((r) => r.wardId);
}

export interface EntryValues {
  reference: string | null;
  title: string;
  purpose: string | null;
  decisionMaker: string;
  decisionMakerCommitteeId: number | null;
  decisionMakerPersonId: number | null;
  decisionKind: DecisionKind;
  decisionDueOn: string | null;
  decisionDueMonth: string | null;
  firstPublishedOn: string | null;
  directorate: string | null;
  leadOfficerName: string | null;
  leadOfficerPersonId: number | null;
  portfolioHolderName: string | null;
  allWards: boolean;
  isExempt: boolean;
  exemptParagraph: ExemptParagraph | null;
  urgencyRoute: UrgencyRoute | null;
  scrutinyChairNotifiedOn: string | null;
  exceptionNoticePublishedOn: string | null;
  urgencyAgreedBy: string | null;
  urgencyAgreedOn: string | null;
  status: EntryStatus;
  decidedOn: string | null;
  decision: string | null;
}

export async function insertEntry(trx: Transaction<Database>, values: EntryValues, wardIds: readonly number[]): Promise<number> {
  const row = await trx
    .insertInto('forwardPlanEntry')
    .values({ ...values, decisionMeetingId: null, sourceDocumentId: null, sourceLineFrom: null, sourceLineTo: null })
    .returning('id')
    .executeTakeFirstOrThrow();
  await setEntryWards(trx, row.id, values.allWards ? [] : wardIds);
  return row.id;
}

export async function updateEntry(trx: Transaction<Database>, id: number, values: EntryValues, wardIds: readonly number[]): Promise<void> {
  await trx.updateTable('forwardPlanEntry').set({ ...values, updatedAt: sql`now()` }).where('id', '=', id).execute();
  await setEntryWards(trx, id, values.allWards ? [] : wardIds);
}

async function setEntryWards(trx: Transaction<Database>, entryId: number, wardIds: readonly number[]): Promise<void> {
  await trx.deleteFrom('forwardPlanEntryWard').where('forwardPlanEntryId', '=', entryId).execute();
  if (wardIds.length) await trx.insertInto('forwardPlanEntryWard').values(wardIds.map((wardId) => ({ forwardPlanEntryId: entryId, wardId }))).execute();
}

export interface DecisionMakerChoice {
  value: string;
  name: string;
}

/**
 * Who takes decisions: the cabinet, full council and other committees
 * (active ones), then the councillors who sit on a cabinet today, each of
 * whom may take decisions alone in their portfolio.
 */
export async function listDecisionMakers(db: Db, today: string): Promise<{ committees: DecisionMakerChoice[]; people: DecisionMakerChoice[] }> {
  const [committees, people] = await Promise.all([
    db
      .selectFrom('committee')
      .select(['id', 'name'])
      .where('isActive', '=', true)
      .where('kind', '<>', 'task-and-finish')
      .orderBy((eb) => eb.case().when('kind', '=', 'cabinet').then(0).when('kind', '=', 'full-council').then(1).else(2).end())
      .orderBy('name')
      .execute(),
    db
      .selectFrom('membership as ms')
      .innerJoin('committee as c', 'c.id', 'ms.committeeId')
      .innerJoin('person as p', 'p.id', 'ms.personId')
      .select(['p.id', 'p.fullName', 'p.familyName'])
      .distinct()
      .where('c.kind', '=', 'cabinet')
      .where('ms.isSubstitute', '=', false)
      .where((eb) => eb.or([eb('ms.startsOn', 'is', null), eb('ms.startsOn', '<=', today)]))
      .where((eb) => eb.or([eb('ms.endsOn', 'is', null), eb('ms.endsOn', '>=', today)]))
      .orderBy('p.familyName')
      .orderBy('p.fullName')
      .execute(),
  ]);
  return {
    committees: committees.map((c) => ({ value: `committee:${c.id}`, name: c.name })),
    people: people.map((p) => ({ value: `person:${p.id}`, name: p.fullName })),
  };
}

export async function listWardChoices(db: Db): Promise<{ id: number; name: string }[]> {
  return db.selectFrom('ward').select(['id', 'name']).orderBy('name').execute();
}

export interface ScrutinyPickup {
  id: number;
  title: string;
  committeeSlug: string;
  committeeName: string;
  meetingDate: string | null;
  status: string;
}

/** The work programme items that took an entry for pre-decision scrutiny. */
export async function listScrutinyPickups(db: Db, entryId: number): Promise<ScrutinyPickup[]> {
  return db
    .selectFrom('workProgrammeItem as w')
    .innerJoin('committee as c', 'c.id', 'w.committeeId')
    .leftJoin('meeting as m', 'm.id', 'w.meetingId')
    .select(['w.id', 'w.title', 'c.slug as committeeSlug', 'c.name as committeeName', 'm.date as meetingDate', 'w.status'])
    .where('w.forwardPlanEntryId', '=', entryId)
    .where('w.status', 'not in', ['merged', 'rejected', 'suggested'])
    .orderBy('c.name')
    .execute();
}

export interface ScrutinyTargetMeeting {
  id: number;
  committeeId: number;
  date: string;
  status: string;
  municipalYearId: number | null;
}

/** Active scrutiny committees and their meetings from today up to a day (every one to come, without it). */
export async function listScrutinyTargets(db: Db, today: string, before: string | null): Promise<{ id: number; name: string; slug: string; kind: string; meetings: ScrutinyTargetMeeting[] }[]> {
  const committees = await db.selectFrom('committee').select(['id', 'name', 'slug', 'kind']).where('kind', '=', 'scrutiny').where('isActive', '=', true).orderBy('name').execute();
  if (committees.length === 0) return [];
  let meetings = db
    .selectFrom('meeting')
    .select(['id', 'committeeId', 'date', 'status', 'municipalYearId'])
    .where('committeeId', 'in', committees.map((c) => c.id))
    .where('date', '>=', today)
    .where('status', '<>', 'cancelled');
  if (before) meetings = meetings.where('date', '<', before);
  const rows = await meetings.orderBy('date').execute();
  return committees.map((c) => ({ ...c, meetings: rows.filter((m) => m.committeeId === c.id) }));
}

export interface NotPickedUpRow {
  id: number;
  title: string;
  decisionMaker: string;
  decisionKind: DecisionKind;
  decisionDueOn: string | null;
  decisionDueMonth: string | null;
}

/**
 * Planned or deferred decisions due between two days that no committee's
 * work programme has taken up (an item merged or rejected does not count),
 * for the dashboard. A month-only entry counts from the first of its month.
 */
export async function listEntriesNotPickedUp(db: Db, from: string, to: string, limit = 20): Promise<{ rows: NotPickedUpRow[]; total: number }> {
  const base = db
    .selectFrom('forwardPlanEntry as f')
    .where('f.status', 'in', ['planned', 'deferred'])
    .where(dueDay, '>=', from.slice(0, 7) + '-01')
    .where((eb) => eb.or([eb('f.decisionDueOn', 'is', null), eb('f.decisionDueOn', '>=', from)]))
    .where(dueDay, '<=', to)
    .where((eb) => eb.not(eb.exists(eb.selectFrom('workProgrammeItem as w').select('w.id').whereRef('w.forwardPlanEntryId', '=', 'f.id').where('w.status', 'not in', ['merged', 'rejected', 'suggested']))));
  const [rows, total] = await Promise.all([
    base.select(['f.id', 'f.title', 'f.decisionMaker', 'f.decisionKind', 'f.decisionDueOn', 'f.decisionDueMonth']).orderBy(dueDay).orderBy('f.title').limit(limit).execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(total.n) };
}
