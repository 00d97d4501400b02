import { type Kysely, sql, type Transaction } from 'kysely';
import type { Database } from '../db/database.ts';
import type { WorkProgrammeKind, WorkProgrammeOrigin, WorkProgrammeStatus } from '../tracking/tracking-tables.ts';
import type { MeetingChoice } from './work-programme-move.ts';
import type { WorkProgrammeChangeKind } from './work-programme-tables.ts';

/**
 * The work programme as the back office keeps it: every item of a
 * committee's year, suggestions waiting for triage included, each item's
 * history, and the meetings and people the forms offer.
 */

type Db = Kysely<Database> | Transaction<Database>;

export interface ManagedItem {
  id: number;
  committeeId: number;
  committeeSlug: string;
  committeeName: string;
  municipalYearId: number | null;
  yearLabel: string | null;
  meetingId: number | null;
  meetingSlug: string | null;
  meetingDate: string | null;
  meetingStatus: string | null;
  kind: WorkProgrammeKind;
  status: WorkProgrammeStatus;
  title: string;
  purpose: string | null;
  scrutinyType: string | null;
  raisedByKind: WorkProgrammeOrigin | null;
  raisedBy: string | null;
  raisedAtMeetingId: number | null;
  raisedAtMeetingOn: string | null;
  leadOfficerName: string | null;
  leadOfficerPersonId: number | null;
  currentPosition: string | null;
  sessionOn: string | null;
  sessionStartsAt: string | null;
  sessionEndsAt: string | null;
  taskAndFinishCommitteeId: number | null;
  groupSlug: string | null;
  groupName: string | null;
  forwardPlanEntryId: number | null;
  forwardPlanTitle: string | null;
  forwardPlanReference: string | null;
  mergedIntoItemId: number | null;
  mergedIntoTitle: string | null;
  position: number | null;
  /** Sent through the public suggestion form: a sender is on record. */
  isSuggestion: boolean;
}

function selectItems(db: Db) {
  return db
    .selectFrom('workProgrammeItem as w')
    .innerJoin('committee as c', 'c.id', 'w.committeeId')
    .leftJoin('municipalYear as y', 'y.id', 'w.municipalYearId')
    .leftJoin('meeting as m', 'm.id', 'w.meetingId')
    .leftJoin('meeting as rm', 'rm.id', 'w.raisedAtMeetingId')
    .leftJoin('committee as g', 'g.id', 'w.taskAndFinishCommitteeId')
    .leftJoin('forwardPlanEntry as f', 'f.id', 'w.forwardPlanEntryId')
    .leftJoin('workProgrammeItem as mi', 'mi.id', 'w.mergedIntoItemId')
    .select((eb) => [
      'w.id',
      'w.committeeId',
      'c.slug as committeeSlug',
      'c.name as committeeName',
      'w.municipalYearId',
      'y.label as yearLabel',
      'w.meetingId',
      'm.slug as meetingSlug',
      'm.date as meetingDate',
      'm.status as meetingStatus',
      'w.kind',
      'w.status',
      'w.title',
      'w.purpose',
      'w.scrutinyType',
      'w.raisedByKind',
      'w.raisedBy',
      'w.raisedAtMeetingId',
      'rm.date as raisedAtMeetingOn',
      'w.leadOfficerName',
      'w.leadOfficerPersonId',
      'w.currentPosition',
      'w.sessionOn',
      'w.sessionStartsAt',
      'w.sessionEndsAt',
      'w.taskAndFinishCommitteeId',
      'g.slug as groupSlug',
      'g.name as groupName',
      'w.forwardPlanEntryId',
      'f.title as forwardPlanTitle',
      'f.reference as forwardPlanReference',
      'w.mergedIntoItemId',
      'mi.title as mergedIntoTitle',
      'w.position',
      eb.exists(eb.selectFrom('workProgrammeSuggestion as s').select('s.workProgrammeItemId').whereRef('s.workProgrammeItemId', '=', 'w.id')).$castTo<boolean>().as('isSuggestion'),
    ]);
}

/** A committee's items still open (not settled, merged or awaiting triage), newest year first: what a suggestion can be merged into. */
export async function listOpenItems(db: Db, committeeId: number): Promise<{ id: number; title: string; yearLabel: string | null }[]> {
  return db
    .selectFrom('workProgrammeItem as w')
    .leftJoin('municipalYear as y', 'y.id', 'w.municipalYearId')
    .select(['w.id', 'w.title', 'y.label as yearLabel'])
    .where('w.committeeId', '=', committeeId)
    .where('w.status', 'in', ['planned', 'in-progress', 'deferred'])
    .where('w.kind', '<>', 'public-suggestion')
    .orderBy('y.startsOn', (ob) => ob.desc().nullsLast())
    .orderBy('w.title')
    .execute();
}

export interface YearBounds {
  id: number;
  startsOn: string;
  endsOn: string;
}

/**
 * A committee's items for one municipal year, in the committee's order.
 * An item with no year (imported from a document that did not say) belongs
 * to the year its meeting, or failing that its entry, falls in.
 */
export async function listProgrammeItems(db: Db, committeeId: number, year: YearBounds): Promise<ManagedItem[]> {
  const day = sql<string>`coalesce(${sql.ref('m.date')}, (${sql.ref('w.createdAt')} at time zone 'Europe/London')::date)`;
  return selectItems(db)
    .where('w.committeeId', '=', committeeId)
    .where((eb) => eb.or([eb('w.municipalYearId', '=', year.id), eb.and([eb('w.municipalYearId', 'is', null), eb(day, '>=', year.startsOn), eb(day, '<=', year.endsOn)])]))
    .orderBy('m.date', (ob) => ob.asc().nullsLast())
    .orderBy('w.position', (ob) => ob.asc().nullsLast())
    .orderBy('w.id')
    .execute();
}

export async function findItem(db: Db, id: number): Promise<ManagedItem | undefined> {
  return selectItems(db).where('w.id', '=', id).executeTakeFirst();
}

/** The item's columns, for the audit trail. */
export async function itemSnapshot(db: Db, id: number) {
  const row = await db.selectFrom('workProgrammeItem').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? Object.fromEntries(Object.entries(row).filter(([key]) => key !== 'createdAt' && key !== 'updatedAt')) : null;
}

export interface ItemValues {
  kind: WorkProgrammeKind;
  title: string;
  purpose: string | null;
  scrutinyType: string | null;
  raisedByKind: WorkProgrammeOrigin | null;
  raisedBy: string | null;
  raisedAtMeetingId: number | null;
  leadOfficerName: string | null;
  leadOfficerPersonId: number | null;
  sessionOn: string | null;
  sessionStartsAt: string | null;
  sessionEndsAt: string | null;
  taskAndFinishCommitteeId: number | null;
}

export interface NewItem extends ItemValues {
  committeeId: number;
  municipalYearId: number | null;
  meetingId: number | null;
  currentPosition: string | null;
  status: WorkProgrammeStatus;
  forwardPlanEntryId: number | null;
}

/** Adds an item at the end of its committee's year; returns its id. */
export async function insertItem(trx: Transaction<Database>, item: NewItem): Promise<number> {
  const last = await trx
    .selectFrom('workProgrammeItem')
    .select((eb) => eb.fn.max('position').as('position'))
    .where('committeeId', '=', item.committeeId)
    .where((eb) => (item.municipalYearId === null ? eb('municipalYearId', 'is', null) : eb('municipalYearId', '=', item.municipalYearId)))
    .executeTakeFirst();
  const row = await trx
    .insertInto('workProgrammeItem')
    .values({ ...item, suggestedByName: null, position: (last?.position ?? 0) + 1, sourceDocumentId: null, sourceLineFrom: null, sourceLineTo: null })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function updateItemDetails(trx: Transaction<Database>, id: number, values: ItemValues): Promise<void> {
  await trx.updateTable('workProgrammeItem').set({ ...values, updatedAt: sql`now()` }).where('id', '=', id).execute();
}

export async function updateItemPlace(trx: Transaction<Database>, id: number, place: { kind: WorkProgrammeKind; meetingId: number | null; municipalYearId: number | null }): Promise<void> {
  await trx.updateTable('workProgrammeItem').set({ ...place, updatedAt: sql`now()` }).where('id', '=', id).execute();
}

export async function updateItemStanding(
  trx: Transaction<Database>,
  id: number,
  standing: { currentPosition: string | null; status: WorkProgrammeStatus; kind?: WorkProgrammeKind; mergedIntoItemId?: number | null },
): Promise<void> {
  await trx.updateTable('workProgrammeItem').set({ ...standing, updatedAt: sql`now()` }).where('id', '=', id).execute();
}

export interface NewChange {
  workProgrammeItemId: number;
  changedOn: string;
  changedByStaffUserId: number | null;
  changedByName: string;
  change: WorkProgrammeChangeKind;
  fromMeetingId?: number | null;
  toMeetingId?: number | null;
  fromMeetingOn?: string | null;
  toMeetingOn?: string | null;
  currentPosition?: string | null;
  status?: string | null;
  note?: string | null;
}

export async function insertChange(trx: Transaction<Database>, change: NewChange): Promise<void> {
  await trx
    .insertInto('workProgrammeItemChange')
    .values({ fromMeetingId: null, toMeetingId: null, fromMeetingOn: null, toMeetingOn: null, currentPosition: null, status: null, note: null, ...change })
    .execute();
}

export interface ChangeRow {
  id: number;
  changedOn: string;
  changedByName: string;
  change: WorkProgrammeChangeKind;
  fromMeetingOn: string | null;
  toMeetingOn: string | null;
  currentPosition: string | null;
  status: string | null;
  note: string | null;
}

/** An item's history, newest first. */
export async function listChanges(db: Db, itemId: number): Promise<ChangeRow[]> {
  return db
    .selectFrom('workProgrammeItemChange')
    .select(['id', 'changedOn', 'changedByName', 'change', 'fromMeetingOn', 'toMeetingOn', 'currentPosition', 'status', 'note'])
    .where('workProgrammeItemId', '=', itemId)
    .orderBy('recordedAt', 'desc')
    .orderBy('id', 'desc')
    .execute();
}

export type MeetingOption = MeetingChoice & { slug: string };

/** A committee's meetings from a day on (all of them without one), soonest first. */
export async function listCommitteeMeetings(db: Db, committeeId: number, range: { from?: string; to?: string } = {}): Promise<MeetingOption[]> {
  let query = db.selectFrom('meeting').select(['id', 'committeeId', 'slug', 'date', 'status', 'municipalYearId']).where('committeeId', '=', committeeId);
  if (range.from) query = query.where('date', '>=', range.from);
  if (range.to) query = query.where('date', '<=', range.to);
  return query.orderBy('date').orderBy('slug').execute();
}

export async function findMeetingChoice(db: Db, id: number): Promise<MeetingOption | undefined> {
  return db.selectFrom('meeting').select(['id', 'committeeId', 'slug', 'date', 'status', 'municipalYearId']).where('id', '=', id).executeTakeFirst();
}

export interface PersonChoice {
  id: number;
  fullName: string;
  jobTitle: string | null;
}

/** Officers, who lead work programme items and forward plan decisions, by family name. */
export async function listOfficers(db: Db): Promise<PersonChoice[]> {
  return db.selectFrom('person').select(['id', 'fullName', 'jobTitle']).where('kind', '=', 'officer').orderBy('familyName').orderBy('fullName').execute();
}

export async function findOfficer(db: Db, id: number): Promise<PersonChoice | undefined> {
  return db.selectFrom('person').select(['id', 'fullName', 'jobTitle']).where('id', '=', id).where('kind', '=', 'officer').executeTakeFirst();
}

export interface GroupChoice {
  id: number;
  name: string;
  parentCommitteeId: number | null;
  isActive: boolean;
}

/** Task and finish groups: this committee's own first, then any other. */
export async function listGroupChoices(db: Db, committeeId: number): Promise<GroupChoice[]> {
  return db
    .selectFrom('committee')
    .select(['id', 'name', 'parentCommitteeId', 'isActive'])
    .where('kind', '=', 'task-and-finish')
    .orderBy((eb) => eb.case().when('parentCommitteeId', '=', committeeId).then(0).else(1).end())
    .orderBy('isActive', 'desc')
    .orderBy('name')
    .execute();
}

export interface YearChoice {
  id: number;
  label: string;
  startsOn: string;
  endsOn: string;
}

export async function listYears(db: Db): Promise<YearChoice[]> {
  return db.selectFrom('municipalYear').select(['id', 'label', 'startsOn', 'endsOn']).orderBy('startsOn', 'desc').execute();
}

/** The municipal year a day falls in, if Gavel has it. */
export async function findYearOn(db: Db, day: string): Promise<YearChoice | undefined> {
  return db.selectFrom('municipalYear').select(['id', 'label', 'startsOn', 'endsOn']).where('startsOn', '<=', day).where('endsOn', '>=', day).orderBy('startsOn', 'desc').executeTakeFirst();
}

export interface ProgrammeCommitteeRow {
  id: number;
  slug: string;
  name: string;
  kind: string;
  items: number;
  withoutMeeting: number;
  awaitingTriage: number;
}

/**
 * Committees with a work programme, or that scrutinise and could have one,
 * with the counts a scrutiny officer looks at first.
 */
export async function listProgrammeCommittees(db: Db): Promise<ProgrammeCommitteeRow[]> {
  const count = (where: ReturnType<typeof sql<boolean>>) =>
    sql<number>`(select count(*)::int from work_programme_item w where w.committee_id = ${sql.ref('c.id')} and ${where})`;
  return db
    .selectFrom('committee as c')
    .select([
      'c.id',
      'c.slug',
      'c.name',
      'c.kind',
      count(sql<boolean>`w.status not in ('merged', 'rejected', 'suggested')`).as('items'),
      count(sql<boolean>`w.meeting_id is null and w.kind in ('scheduled', 'potential', 'annual') and w.status in ('planned', 'in-progress', 'deferred')`).as('withoutMeeting'),
      count(sql<boolean>`w.status = 'suggested'`).as('awaitingTriage'),
    ])
    .where('c.isActive', '=', true)
    .where((eb) => eb.or([eb('c.kind', '=', 'scrutiny'), eb.exists(eb.selectFrom('workProgrammeItem as w').select('w.id').whereRef('w.committeeId', '=', 'c.id'))]))
    .where('c.kind', '<>', 'task-and-finish')
    .orderBy('c.name')
    .execute();
}

export interface UnscheduledItemRow {
  id: number;
  title: string;
  kind: WorkProgrammeKind;
  committeeSlug: string;
  committeeName: string;
}

/**
 * Items that should go to a meeting and have none yet (scheduled, potential
 * and annual items still planned, in progress or deferred) in the municipal
 * year running today, for the dashboard.
 */
export async function listItemsWithoutMeeting(db: Db, today: string, limit = 20, committeeIds?: readonly number[]): Promise<{ rows: UnscheduledItemRow[]; total: number }> {
  let base = db
    .selectFrom('workProgrammeItem as w')
    .innerJoin('committee as c', 'c.id', 'w.committeeId')
    .innerJoin('municipalYear as y', 'y.id', 'w.municipalYearId')
    .where('w.meetingId', 'is', null)
    .where('w.kind', 'in', ['scheduled', 'potential', 'annual'])
    .where('w.status', 'in', ['planned', 'in-progress', 'deferred'])
    .where('y.startsOn', '<=', today)
    .where('y.endsOn', '>=', today)
    .where('c.isActive', '=', true);
  if (committeeIds !== undefined) base = base.where('w.committeeId', '=', (eb) => eb.fn.any(eb.val([...committeeIds])));
  const [rows, total] = await Promise.all([
    base.select(['w.id', 'w.title', 'w.kind', 'c.slug as committeeSlug', 'c.name as committeeName']).orderBy('c.name').orderBy('w.position', (ob) => ob.asc().nullsLast()).orderBy('w.id').limit(limit).execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(total.n) };
}
