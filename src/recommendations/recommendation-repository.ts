import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../db/database.ts';
import type { Origin } from '../db/provenance.ts';
import type { Addressee } from '../tracking/recommendation-response.ts';
import type { RecommendationResponse } from '../tracking/tracking-tables.ts';

/**
 * Recommendations as the back office sees them: every committee and task
 * and finish group, exempt business included, from the minutes, imported
 * trackers or the demo alike. The public tracker reads through
 * tracking-repository, which drops exempt items in SQL.
 */

type Db = Kysely<Database> | Transaction<Database>;

export type ImplementationStatus = 'not-started' | 'in-progress' | 'implemented' | 'not-implemented';

export interface RecommendationRow {
  id: number;
  committeeId: number;
  committeeName: string;
  committeeSlug: string;
  committeeKind: string;
  committeeContactEmail: string | null;
  meetingId: number | null;
  meetingDate: string | null;
  meetingSlug: string | null;
  agendaItemId: number | null;
  itemNumber: string | null;
  minuteNumber: string | null;
  itemTitle: string | null;
  itemIsExempt: boolean | null;
  exemptParagraph: number | null;
  letter: string | null;
  reference: string | null;
  text: string;
  addressedTo: Addressee;
  addresseeName: string | null;
  addresseeEmail: string | null;
  sentOn: string | null;
  receivedOn: string | null;
  responseDueOn: string | null;
  response: RecommendationResponse | null;
  responseText: string | null;
  respondedOn: string | null;
  responseDecisionReference: string | null;
  responseDecisionUrl: string | null;
  responseMeetingId: number | null;
  responseMeetingDate: string | null;
  responseMeetingSlug: string | null;
  responseMeetingCommitteeSlug: string | null;
  responseMeetingCommitteeName: string | null;
  implementationStatus: ImplementationStatus | null;
  implementationDueOn: string | null;
  implementedOn: string | null;
  reviewOn: string | null;
  reviewOutcome: string | null;
  reviewMeetingId: number | null;
  reviewMeetingDate: string | null;
  origin: Origin;
  sourceDocumentId: number | null;
  sourceLineFrom: number | null;
  sourceLineTo: number | null;
}

function recommendationQuery(db: Db) {
  return db
    .selectFrom('recommendation as r')
    .innerJoin('committee as c', 'c.id', 'r.committeeId')
    .leftJoin('meeting as m', 'm.id', 'r.meetingId')
    .leftJoin('agendaItem as i', 'i.id', 'r.agendaItemId')
    .leftJoin('meeting as rm', 'rm.id', 'r.responseMeetingId')
    .leftJoin('committee as rc', 'rc.id', 'rm.committeeId')
    .leftJoin('meeting as vm', 'vm.id', 'r.reviewMeetingId')
    .select([
      'r.id',
      'r.committeeId',
      'c.name as committeeName',
      'c.slug as committeeSlug',
      'c.kind as committeeKind',
      'c.contactEmail as committeeContactEmail',
      'r.meetingId',
      'm.date as meetingDate',
      'm.slug as meetingSlug',
      'r.agendaItemId',
      'i.number as itemNumber',
      'i.minuteNumber',
      'i.title as itemTitle',
      'i.isExempt as itemIsExempt',
      'i.exemptParagraph',
      'r.letter',
      'r.reference',
      'r.text',
      'r.addressedTo',
      'r.addresseeName',
      'r.addresseeEmail',
      'r.sentOn',
      'r.receivedOn',
      'r.responseDueOn',
      'r.response',
      'r.responseText',
      'r.respondedOn',
      'r.responseDecisionReference',
      'r.responseDecisionUrl',
      'r.responseMeetingId',
      'rm.date as responseMeetingDate',
      'rm.slug as responseMeetingSlug',
      'rc.slug as responseMeetingCommitteeSlug',
      'rc.name as responseMeetingCommitteeName',
      'r.implementationStatus',
      'r.implementationDueOn',
      'r.implementedOn',
      'r.reviewOn',
      'r.reviewOutcome',
      'r.reviewMeetingId',
      'vm.date as reviewMeetingDate',
      'r.origin',
      'r.sourceDocumentId',
      'r.sourceLineFrom',
      'r.sourceLineTo',
    ]);
}

/**
 * Recommendations, newest meeting first and in letter order within it. The
 * response's standing depends on today and on s.9FE's month arithmetic, so
 * it is worked out by the pure rules over these rows, not in SQL; a
 * council's whole tracker is a few thousand rows at most.
 */
export async function listRecommendations(
  db: Db,
  filter: { committeeId?: number | undefined; committeeIds?: readonly number[] | undefined; awaitingResponse?: boolean } = {},
): Promise<RecommendationRow[]> {
  let query = recommendationQuery(db);
  if (filter.committeeId !== undefined) query = query.where('r.committeeId', '=', filter.committeeId);
  if (filter.committeeIds !== undefined) query = query.where('r.committeeId', '=', (eb) => eb.fn.any(eb.val([...filter.committeeIds!])));
  if (filter.awaitingResponse) query = query.where('r.response', 'is', null).where('r.respondedOn', 'is', null);
  return query
    .orderBy('m.date', (ob) => ob.desc().nullsLast())
    .orderBy('r.committeeId')
    .orderBy('r.letter')
    .orderBy('r.id')
    .execute() as Promise<RecommendationRow[]>;
}

export async function findRecommendation(db: Db, id: number): Promise<RecommendationRow | undefined> {
  return recommendationQuery(db).where('r.id', '=', id).executeTakeFirst() as Promise<RecommendationRow | undefined>;
}

/** A plain copy of the recommendation's own columns, for the audit trail. */
export async function recommendationSnapshot(db: Db, id: number) {
  return db
    .selectFrom('recommendation')
    .select([
      'id',
      'committeeId',
      'letter',
      'text',
      'addressedTo',
      'addresseeName',
      'addresseeEmail',
      'sentOn',
      'receivedOn',
      'responseDueOn',
      'response',
      'responseText',
      'respondedOn',
      'responseDecisionReference',
      'responseDecisionUrl',
      'responseMeetingId',
      'implementationStatus',
      'implementationDueOn',
      'implementedOn',
      'reviewOn',
      'reviewOutcome',
      'reviewMeetingId',
      'origin',
    ])
    .where('id', '=', id)
    .executeTakeFirst();
}

export interface ReceiptValues {
  addressedTo: Addressee;
  addresseeName: string | null;
  addresseeEmail: string | null;
  sentOn: string | null;
  receivedOn: string | null;
  responseDueOn: string | null;
}

export interface ResponseValues {
  response: RecommendationResponse;
  responseText: string;
  respondedOn: string;
  responseDecisionReference: string | null;
  responseDecisionUrl: string | null;
  responseMeetingId: number | null;
}

export interface ImplementationValues {
  implementationStatus: ImplementationStatus;
  implementationDueOn: string | null;
  implementedOn: string | null;
}

export interface ReviewValues {
  reviewOn: string;
  reviewOutcome: string | null;
  reviewMeetingId: number | null;
}

export async function updateRecommendation(trx: Transaction<Database>, id: number, values: ReceiptValues | ResponseValues | ImplementationValues | ReviewValues): Promise<void> {
  await trx.updateTable('recommendation').set(values).where('id', '=', id).execute();
}

export interface MeetingChoice {
  id: number;
  date: string;
  committeeName: string;
}

/** Meetings of the executive and full council within a year either side of a day: where a response was decided. */
export async function listExecutiveMeetings(db: Db, around: string): Promise<MeetingChoice[]> {
  const year = Number(around.slice(0, 4));
  return db
    .selectFrom('meeting as m')
    .innerJoin('committee as c', 'c.id', 'm.committeeId')
    .select(['m.id', 'm.date', 'c.name as committeeName'])
    .where('c.kind', 'in', ['cabinet', 'full-council'])
    .where('m.date', '>=', `${year - 1}${around.slice(4)}`)
    .where('m.date', '<=', `${year + 1}${around.slice(4)}`)
    .where('m.status', '<>', 'cancelled')
    .orderBy('m.date', 'desc')
    .execute();
}

/** The committee's own meetings, newest first: where a follow-up review took place. */
export async function listCommitteeMeetings(db: Db, committeeId: number): Promise<MeetingChoice[]> {
  return db
    .selectFrom('meeting as m')
    .innerJoin('committee as c', 'c.id', 'm.committeeId')
    .select(['m.id', 'm.date', 'c.name as committeeName'])
    .where('m.committeeId', '=', committeeId)
    .where('m.status', '<>', 'cancelled')
    .orderBy('m.date', 'desc')
    .limit(60)
    .execute();
}
