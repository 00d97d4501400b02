import { type Kysely, sql, type Transaction } from 'kysely';
import type { Database } from '../db/database.ts';
import type { SuggestionDecision } from './work-programme-tables.ts';

/**
 * Suggestions from the public: the item each becomes (a public suggestion
 * awaiting triage) and, apart from it, who sent it. Only the back office
 * reads the sender; nothing public joins work_programme_suggestion.
 */

type Db = Kysely<Database> | Transaction<Database>;

/** How the history names a change nobody in the back office made. */
export const SUGGESTION_FORM_AUTHOR = 'Suggestion form on the website';

export interface NewSuggestion {
  committeeId: number;
  municipalYearId: number | null;
  topic: string;
  reason: string;
  name: string;
  email: string;
  today: string;
}

/** Stores a suggestion as an item awaiting triage, with its sender kept apart; returns the item's id. */
export async function insertSuggestion(trx: Transaction<Database>, suggestion: NewSuggestion): Promise<number> {
  const item = await trx
    .insertInto('workProgrammeItem')
    .values({
      committeeId: suggestion.committeeId,
      municipalYearId: suggestion.municipalYearId,
      meetingId: null,
      kind: 'public-suggestion',
      status: 'suggested',
      title: suggestion.topic,
      purpose: suggestion.reason,
      raisedByKind: 'public',
      raisedBy: 'A member of the public',
      leadOfficerName: null,
      leadOfficerPersonId: null,
      currentPosition: null,
      taskAndFinishCommitteeId: null,
      forwardPlanEntryId: null,
      suggestedByName: null,
      position: null,
      sourceDocumentId: null,
      sourceLineFrom: null,
      sourceLineTo: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await trx.insertInto('workProgrammeSuggestion').values({ workProgrammeItemId: item.id, name: suggestion.name, email: suggestion.email }).execute();
  await trx
    .insertInto('workProgrammeItemChange')
    .values({ workProgrammeItemId: item.id, changedOn: suggestion.today, changedByStaffUserId: null, changedByName: SUGGESTION_FORM_AUTHOR, change: 'added', fromMeetingId: null, toMeetingId: null, fromMeetingOn: null, toMeetingOn: null, currentPosition: null, status: 'suggested', note: null })
    .execute();
  return item.id;
}

export interface SuggestionSender {
  workProgrammeItemId: number;
  name: string;
  email: string;
  submittedAt: Date;
  decision: SuggestionDecision | null;
  decisionReason: string | null;
  decidedAt: Date | null;
  decidedByName: string | null;
}

export async function findSuggestionSender(db: Db, itemId: number): Promise<SuggestionSender | undefined> {
  return db.selectFrom('workProgrammeSuggestion').selectAll().where('workProgrammeItemId', '=', itemId).executeTakeFirst();
}

export async function recordSuggestionDecision(trx: Transaction<Database>, itemId: number, decision: { decision: SuggestionDecision; reason: string | null; decidedByName: string }): Promise<void> {
  await trx
    .updateTable('workProgrammeSuggestion')
    .set({ decision: decision.decision, decisionReason: decision.reason, decidedByName: decision.decidedByName, decidedAt: sql`now()` })
    .where('workProgrammeItemId', '=', itemId)
    .execute();
}

export interface AwaitingSuggestion {
  id: number;
  title: string;
  purpose: string | null;
  submittedAt: Date;
}

/** A committee's suggestions waiting for the scrutiny officer, oldest first. */
export async function listSuggestionsAwaiting(db: Db, committeeId: number): Promise<AwaitingSuggestion[]> {
  return db
    .selectFrom('workProgrammeItem as w')
    .innerJoin('workProgrammeSuggestion as s', 's.workProgrammeItemId', 'w.id')
    .select(['w.id', 'w.title', 'w.purpose', 's.submittedAt'])
    .where('w.committeeId', '=', committeeId)
    .where('w.status', '=', 'suggested')
    .orderBy('s.submittedAt')
    .orderBy('w.id')
    .execute();
}

/** When this sender's earlier suggestions were sent, within the last `minutes`. */
export async function listRecentSubmissions(db: Db, addressHash: string, now: Date, minutes: number): Promise<Date[]> {
  const rows = await db
    .selectFrom('suggestionSubmission')
    .select('submittedAt')
    .where('addressHash', '=', addressHash)
    .where('submittedAt', '>', new Date(now.getTime() - minutes * 60_000))
    .execute();
  return rows.map((r) => r.submittedAt);
}

/** Counts a submission and forgets those older than any limit looks back. */
export async function recordSubmission(db: Db, addressHash: string, now: Date, keepMinutes: number): Promise<void> {
  await db.deleteFrom('suggestionSubmission').where('submittedAt', '<', new Date(now.getTime() - keepMinutes * 60_000)).execute();
  await db.insertInto('suggestionSubmission').values({ addressHash, submittedAt: now }).execute();
}
