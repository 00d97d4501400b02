import { type ExpressionBuilder, type Kysely, sql, type Transaction } from 'kysely';
import type { Database } from '../db/database.ts';
import type { Origin } from '../db/provenance.ts';
import type { ActionState } from '../tracking/action-status.ts';
import type { ActionStatus } from '../tracking/tracking-tables.ts';

/**
 * Actions as the back office sees them: every committee, exempt business
 * included (staff may read it), whoever raised them (minutes, an imported
 * log, the demo). The public action log reads through tracking-repository,
 * which drops exempt items in SQL.
 */

type Db = Kysely<Database> | Transaction<Database>;
type ActionScope = ExpressionBuilder<Database & { a: Database['action']; p: Database['person'] }, 'a' | 'p'>;

export interface ActionListFilter {
  committeeId?: number | undefined;
  /** Any of these committees (a chair's); empty matches nothing. */
  committeeIds?: readonly number[] | undefined;
  /** 'outstanding': everything not completed. */
  state?: ActionState | 'outstanding' | undefined;
  ownerPersonId?: number | undefined;
  today: string;
  limit: number;
  offset: number;
}

export interface ActionListRow {
  id: number;
  committeeId: number;
  committeeName: string;
  committeeSlug: string;
  number: string | null;
  description: string;
  meetingDate: string | null;
  meetingSlug: string | null;
  itemNumber: string | null;
  minuteNumber: string | null;
  itemTitle: string | null;
  itemIsExempt: boolean | null;
  ownerPersonId: number | null;
  ownerName: string | null;
  directorate: string | null;
  dueOn: string | null;
  dueText: string | null;
  status: ActionStatus;
  completedOn: string | null;
  origin: Origin;
  latestUpdate: string | null;
  latestUpdateOn: string | null;
}

/** The state filter in SQL, by the same rules as actionState: overdue after the due date, never once completed. */
export function whereActionState(eb: ExpressionBuilder<Database & { a: Database['action'] }, 'a'>, state: ActionState | 'outstanding', today: string) {
  const notYetDue = eb.or([eb('a.dueOn', 'is', null), eb('a.dueOn', '>=', today)]);
  switch (state) {
    case 'completed':
      return eb('a.status', '=', 'completed');
    case 'outstanding':
      return eb('a.status', '<>', 'completed');
    case 'overdue':
      return eb.and([eb('a.status', '<>', 'completed'), eb('a.dueOn', '<', today)]);
    default:
      return eb.and([eb('a.status', '=', state), notYetDue]);
  }
}

function actionListQuery(db: Db) {
  return db
    .selectFrom('action as a')
    .innerJoin('committee as c', 'c.id', 'a.committeeId')
    .leftJoin('meeting as m', 'm.id', 'a.meetingId')
    .leftJoin('agendaItem as i', 'i.id', 'a.agendaItemId')
    .leftJoin('person as p', 'p.id', 'a.ownerPersonId');
}

const latestUpdate = (column: 'text' | 'writtenOn') => (eb: ActionScope) =>
  eb.selectFrom('actionUpdate as u').select(`u.${column}`).whereRef('u.actionId', '=', 'a.id').orderBy('u.writtenOn', 'desc').orderBy('u.id', 'desc').limit(1);

/** One page of actions, soonest due first (undated last), with how many match in all. */
export async function listActions(db: Db, filter: ActionListFilter): Promise<{ rows: ActionListRow[]; total: number }> {
  let query = actionListQuery(db);
  if (filter.committeeId !== undefined) query = query.where('a.committeeId', '=', filter.committeeId);
  if (filter.committeeIds !== undefined) query = query.where('a.committeeId', '=', (eb) => eb.fn.any(eb.val([...filter.committeeIds!])));
  if (filter.ownerPersonId !== undefined) query = query.where('a.ownerPersonId', '=', filter.ownerPersonId);
  if (filter.state) {
    const state = filter.state;
    query = query.where((eb) => whereActionState(eb, state, filter.today));
  }
  const [rows, count] = await Promise.all([
    query
      .select((eb) => [
        'a.id',
        'a.committeeId',
        'c.name as committeeName',
        'c.slug as committeeSlug',
        'a.number',
        'a.description',
        'm.date as meetingDate',
        'm.slug as meetingSlug',
        'i.number as itemNumber',
        'i.minuteNumber',
        'i.title as itemTitle',
        'i.isExempt as itemIsExempt',
        'a.ownerPersonId',
        eb.fn.coalesce('p.fullName', 'a.ownerName').as('ownerName'),
        eb.fn.coalesce('a.directorate', 'p.directorate').as('directorate'),
        'a.dueOn',
        'a.dueText',
        'a.status',
        'a.completedOn',
        'a.origin',
        latestUpdate('text')(eb).as('latestUpdate'),
        latestUpdate('writtenOn')(eb).as('latestUpdateOn'),
      ])
      .orderBy('a.dueOn', (ob) => ob.asc().nullsLast())
      .orderBy('c.name')
      .orderBy('a.id')
      .limit(filter.limit)
      .offset(filter.offset)
      .execute(),
    query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

export interface ActionDetail extends ActionListRow {
  meetingId: number | null;
  agendaItemId: number | null;
  exemptParagraph: number | null;
  /** The name as the minutes or the imported log gave it, before any link to a person. */
  recordedOwnerName: string | null;
  ownerEmail: string | null;
  ownerJobTitle: string | null;
  committeeContactEmail: string | null;
  sourceDocumentId: number | null;
  sourceLineFrom: number | null;
  sourceLineTo: number | null;
}

export async function findAction(db: Db, id: number): Promise<ActionDetail | undefined> {
  return actionListQuery(db)
    .select((eb) => [
      'a.id',
      'a.committeeId',
      'c.name as committeeName',
      'c.slug as committeeSlug',
      'c.contactEmail as committeeContactEmail',
      'a.number',
      'a.description',
      'a.meetingId',
      'm.date as meetingDate',
      'm.slug as meetingSlug',
      'a.agendaItemId',
      'i.number as itemNumber',
      'i.minuteNumber',
      'i.title as itemTitle',
      'i.isExempt as itemIsExempt',
      'i.exemptParagraph',
      'a.ownerPersonId',
      eb.fn.coalesce('p.fullName', 'a.ownerName').as('ownerName'),
      'a.ownerName as recordedOwnerName',
      'p.email as ownerEmail',
      'p.jobTitle as ownerJobTitle',
      eb.fn.coalesce('a.directorate', 'p.directorate').as('directorate'),
      'a.dueOn',
      'a.dueText',
      'a.status',
      'a.completedOn',
      'a.origin',
      'a.sourceDocumentId',
      'a.sourceLineFrom',
      'a.sourceLineTo',
      latestUpdate('text')(eb).as('latestUpdate'),
      latestUpdate('writtenOn')(eb).as('latestUpdateOn'),
    ])
    .where('a.id', '=', id)
    .executeTakeFirst();
}

export interface ActionUpdateRow {
  id: number;
  writtenOn: string;
  text: string;
  authorName: string | null;
  origin: Origin;
}

/** Dated progress updates, newest first. */
export async function listActionUpdates(db: Db, actionId: number): Promise<ActionUpdateRow[]> {
  return db
    .selectFrom('actionUpdate')
    .select(['id', 'writtenOn', 'text', 'authorName', 'origin'])
    .where('actionId', '=', actionId)
    .orderBy('writtenOn', 'desc')
    .orderBy('id', 'desc')
    .execute();
}

/** The numbers already in a committee's log, oldest first: what nextActionNumber continues. */
export async function listActionNumbers(db: Db, committeeId: number): Promise<(string | null)[]> {
  const rows = await db.selectFrom('action').select('number').where('committeeId', '=', committeeId).orderBy('createdAt').orderBy('id').execute();
  return rows.map((r) => r.number);
}

export interface NewActionValues {
  committeeId: number;
  meetingId: number | null;
  agendaItemId: number | null;
  number: string;
  description: string;
  ownerPersonId: number | null;
  ownerName: string | null;
  directorate: string | null;
  dueOn: string | null;
  dueText: string | null;
}

export async function insertAction(trx: Transaction<Database>, values: NewActionValues): Promise<number> {
  const row = await trx
    .insertInto('action')
    .values({ ...values, status: 'open', completedOn: null, sourceDocumentId: null, sourceLineFrom: null, sourceLineTo: null })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export type ActionDetailsPatch = Partial<Omit<NewActionValues, 'committeeId'>>;

export async function updateActionDetails(trx: Transaction<Database>, id: number, patch: ActionDetailsPatch): Promise<void> {
  if (Object.keys(patch).length === 0) return;
  await trx.updateTable('action').set(patch).where('id', '=', id).execute();
}

/**
 * A dated report on an action: its new status (and completion date), and
 * the progress note, if any, as one of its updates.
 */
export async function recordActionReport(
  trx: Transaction<Database>,
  id: number,
  report: { status: ActionStatus; completedOn: string | null; progress: string | null; writtenOn: string; authorName: string; authorPersonId: number | null },
): Promise<void> {
  await trx.updateTable('action').set({ status: report.status, completedOn: report.completedOn }).where('id', '=', id).execute();
  if (report.progress) {
    await trx
      .insertInto('actionUpdate')
      .values({ actionId: id, writtenOn: report.writtenOn, text: report.progress, authorName: report.authorName, authorPersonId: report.authorPersonId, sourceDocumentId: null, sourceLineFrom: null, sourceLineTo: null })
      .execute();
  }
}

/** A plain copy of the action's own columns, for the audit trail. */
export async function actionSnapshot(db: Db, id: number) {
  return db
    .selectFrom('action')
    .select(['id', 'committeeId', 'meetingId', 'agendaItemId', 'number', 'description', 'ownerPersonId', 'ownerName', 'directorate', 'dueOn', 'dueText', 'status', 'completedOn', 'origin'])
    .where('id', '=', id)
    .executeTakeFirst();
}

export interface ActionOwnerCounts {
  personId: number;
  name: string;
  outstanding: number;
}

/** People who own at least one action, for the owner filter, with how many are outstanding. */
export async function listActionOwners(db: Db, committeeId?: number): Promise<ActionOwnerCounts[]> {
  let query = db
    .selectFrom('action as a')
    .innerJoin('person as p', 'p.id', 'a.ownerPersonId')
    .select((eb) => ['p.id as personId', 'p.fullName as name', eb.fn.countAll<number>().filterWhere('a.status', '<>', 'completed').as('outstanding')])
    .groupBy(['p.id', 'p.fullName'])
    .orderBy('p.familyName')
    .orderBy('p.fullName');
  if (committeeId !== undefined) query = query.where('a.committeeId', '=', committeeId);
  return (await query.execute()).map((r) => ({ ...r, outstanding: Number(r.outstanding) }));
}

/** How many actions are in each state today, for the filter's labels and the dashboard. */
export async function countActionStates(db: Db, today: string, scope: { committeeId?: number | undefined; ownerPersonId?: number | undefined } = {}): Promise<Record<ActionState, number>> {
  let query = db.selectFrom('action as a').select([
    sql<number>`count(*) filter (where a.status = 'completed')`.as('completed'),
    sql<number>`count(*) filter (where a.status <> 'completed' and a.due_on < ${today})`.as('overdue'),
    sql<number>`count(*) filter (where a.status = 'open' and (a.due_on is null or a.due_on >= ${today}))`.as('open'),
    sql<number>`count(*) filter (where a.status = 'in-progress' and (a.due_on is null or a.due_on >= ${today}))`.as('inProgress'),
  ]);
  if (scope.committeeId !== undefined) query = query.where('a.committeeId', '=', scope.committeeId);
  if (scope.ownerPersonId !== undefined) query = query.where('a.ownerPersonId', '=', scope.ownerPersonId);
  const row = await query.executeTakeFirstOrThrow();
  return { open: Number(row.open), 'in-progress': Number(row.inProgress), overdue: Number(row.overdue), completed: Number(row.completed) };
}

/** Outstanding actions with a due date and an owner who has an email address: what the reminder sweep considers. */
export async function listActionsForReminders(db: Db): Promise<{ id: number; committeeId: number; dueOn: string }[]> {
  const rows = await db
    .selectFrom('action as a')
    .innerJoin('person as p', 'p.id', 'a.ownerPersonId')
    .select(['a.id', 'a.committeeId', 'a.dueOn'])
    .where('a.status', '<>', 'completed')
    .where('a.dueOn', 'is not', null)
    .where('p.email', 'is not', null)
    .orderBy('a.dueOn')
    .orderBy('a.id')
    .execute();
  return rows.map((r) => ({ ...r, dueOn: r.dueOn! }));
}
