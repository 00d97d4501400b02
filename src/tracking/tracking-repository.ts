import type { ExpressionBuilder, Kysely } from 'kysely';
import type { Database } from '../db/database.ts';
import { notOnExemptItem } from '../meetings/exempt-filter.ts';
import { publicSourceTitle, type SourceColumns } from '../documents/source-columns.ts';
import type { ActionStatus, RecommendationResponse } from './tracking-tables.ts';

/**
 * A committee's follow-through as the public may see it: decisions,
 * actions and recommendations (the work programme is src/work-programme's).
 * Anything on an exempt agenda item is dropped here, in SQL, so it never
 * reaches a view model or a CSV.
 */

type Db = Kysely<Database>;

export interface DecisionRow {
  meetingSlug: string;
  meetingDate: string;
  itemPosition: number;
  itemNumber: string | null;
  minuteNumber: string | null;
  itemTitle: string;
  text: string;
  outcome: string | null;
}

/** Resolutions on a committee's open items, newest meeting first, in agenda order within it. */
export async function listDecisions(db: Db, committeeId: number): Promise<DecisionRow[]> {
  return db
    .selectFrom('resolution as r')
    .innerJoin('agendaItem as i', 'i.id', 'r.agendaItemId')
    .innerJoin('meeting as m', 'm.id', 'i.meetingId')
    .select(['m.slug as meetingSlug', 'm.date as meetingDate', 'i.position as itemPosition', 'i.number as itemNumber', 'i.minuteNumber', 'i.title as itemTitle', 'r.text', 'r.outcome'])
    .where('m.committeeId', '=', committeeId)
    .where('i.isExempt', '=', false)
    .orderBy('m.date', 'desc')
    .orderBy('m.slug', 'desc')
    .orderBy('i.position')
    .orderBy('r.position')
    .orderBy('r.id')
    .execute();
}

export interface ActionLogRow extends SourceColumns {
  number: string | null;
  description: string;
  meetingSlug: string | null;
  meetingDate: string | null;
  ownerName: string | null;
  directorate: string | null;
  dueOn: string | null;
  dueText: string | null;
  status: ActionStatus;
  completedOn: string | null;
  latestUpdate: string | null;
  latestUpdateOn: string | null;
}

/** A committee's action log, oldest meeting first as clerks keep it. */
export async function listActionLog(db: Db, committeeId: number): Promise<ActionLogRow[]> {
  const latest = (column: 'text' | 'writtenOn') => (eb: ExpressionBuilder<Database & { a: Database['action'] }, 'a'>) =>
    eb.selectFrom('actionUpdate as u').select(`u.${column}`).whereRef('u.actionId', '=', 'a.id').orderBy('u.writtenOn', 'desc').orderBy('u.id', 'desc').limit(1);
  return db
    .selectFrom('action as a')
    .leftJoin('agendaItem as i', 'i.id', 'a.agendaItemId')
    .leftJoin('meeting as m', 'm.id', 'a.meetingId')
    .select((eb) => [
      'a.number',
      'a.description',
      'a.sourceDocumentId',
      'a.sourceLineFrom',
      'a.sourceLineTo',
      publicSourceTitle('a.sourceDocumentId'),
      'm.slug as meetingSlug',
      'm.date as meetingDate',
      'a.ownerName',
      'a.directorate',
      'a.dueOn',
      'a.dueText',
      'a.status',
      'a.completedOn',
      latest('text')(eb).as('latestUpdate'),
      latest('writtenOn')(eb).as('latestUpdateOn'),
    ])
    .where('a.committeeId', '=', committeeId)
    .where(notOnExemptItem)
    .orderBy('m.date', (ob) => ob.asc().nullsLast())
    .orderBy('a.id')
    .execute();
}

export interface RecommendationRow extends SourceColumns {
  letter: string | null;
  reference: string | null;
  text: string;
  meetingSlug: string | null;
  meetingDate: string | null;
  addressedTo: string;
  addresseeName: string | null;
  sentOn: string | null;
  receivedOn: string | null;
  responseDueOn: string | null;
  response: RecommendationResponse | null;
  responseText: string | null;
  respondedOn: string | null;
  implementationStatus: string | null;
  implementedOn: string | null;
  responseDecisionReference: string | null;
  responseDecisionUrl: string | null;
  reviewOn: string | null;
  reviewOutcome: string | null;
}

/** A committee's recommendations, newest meeting first, lettered order within it. */
export async function listRecommendations(db: Db, committeeId: number): Promise<RecommendationRow[]> {
  return db
    .selectFrom('recommendation as r')
    .leftJoin('agendaItem as i', 'i.id', 'r.agendaItemId')
    .leftJoin('meeting as m', 'm.id', 'r.meetingId')
    .select([
      'r.letter',
      'r.reference',
      'r.text',
      'r.sourceDocumentId',
      'r.sourceLineFrom',
      'r.sourceLineTo',
      publicSourceTitle('r.sourceDocumentId'),
      'm.slug as meetingSlug',
      'm.date as meetingDate',
      'r.addressedTo',
      'r.addresseeName',
      'r.sentOn',
      'r.receivedOn',
      'r.responseDueOn',
      'r.response',
      'r.responseText',
      'r.respondedOn',
      'r.implementationStatus',
      'r.implementedOn',
      'r.responseDecisionReference',
      'r.responseDecisionUrl',
      'r.reviewOn',
      'r.reviewOutcome',
    ])
    .where('r.committeeId', '=', committeeId)
    .where(notOnExemptItem)
    .orderBy('m.date', (ob) => ob.desc().nullsLast())
    .orderBy('r.letter')
    .orderBy('r.id')
    .execute();
}
