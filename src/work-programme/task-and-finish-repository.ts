import { type Kysely, sql, type Transaction } from 'kysely';
import type { Database } from '../db/database.ts';
import type { MembershipRole, MemberType } from '../committees/committee-tables.ts';
import type { RecommendationResponse } from '../tracking/tracking-tables.ts';
import type { TaskAndFinishMilestone } from './work-programme-tables.ts';

/** A task and finish group's review: its scope, timetable, members, final report and recommendations. */

type Db = Kysely<Database> | Transaction<Database>;

export interface Review {
  scope: string | null;
  desiredOutcomes: string | null;
  exclusions: string | null;
  finalReportText: string | null;
  finalReportDocumentId: number | null;
  finalReportOn: string | null;
  reportedToMeetingId: number | null;
  reportedToMeetingSlug: string | null;
  reportedToMeetingDate: string | null;
}

const emptyReview: Review = { scope: null, desiredOutcomes: null, exclusions: null, finalReportText: null, finalReportDocumentId: null, finalReportOn: null, reportedToMeetingId: null, reportedToMeetingSlug: null, reportedToMeetingDate: null };

/** The review on a task and finish item; empty fields when none is recorded yet. */
export async function findReview(db: Db, itemId: number): Promise<Review> {
  const row = await db
    .selectFrom('taskAndFinishReview as r')
    .leftJoin('meeting as m', 'm.id', 'r.reportedToMeetingId')
    .select(['r.scope', 'r.desiredOutcomes', 'r.exclusions', 'r.finalReportText', 'r.finalReportDocumentId', 'r.finalReportOn', 'r.reportedToMeetingId', 'm.slug as reportedToMeetingSlug', 'm.date as reportedToMeetingDate'])
    .where('r.workProgrammeItemId', '=', itemId)
    .executeTakeFirst();
  return row ?? emptyReview;
}

type ReviewColumns = Partial<Pick<Review, 'scope' | 'desiredOutcomes' | 'exclusions' | 'finalReportText' | 'finalReportDocumentId' | 'finalReportOn' | 'reportedToMeetingId'>>;

/** Saves part of a review (its scope, or its final report), making the row the first time. */
export async function saveReview(trx: Transaction<Database>, itemId: number, values: ReviewColumns): Promise<void> {
  await trx
    .insertInto('taskAndFinishReview')
    .values({ workProgrammeItemId: itemId, ...values })
    .onConflict((oc) => oc.column('workProgrammeItemId').doUpdateSet({ ...values, updatedAt: sql`now()` }))
    .execute();
}

export async function listMilestones(db: Db, itemId: number): Promise<TaskAndFinishMilestone[]> {
  return db.selectFrom('taskAndFinishMilestone').selectAll().where('workProgrammeItemId', '=', itemId).orderBy('dueOn').orderBy('id').execute();
}

export async function findMilestone(db: Db, itemId: number, id: number): Promise<TaskAndFinishMilestone | undefined> {
  return db.selectFrom('taskAndFinishMilestone').selectAll().where('workProgrammeItemId', '=', itemId).where('id', '=', id).executeTakeFirst();
}

export async function insertMilestone(trx: Transaction<Database>, itemId: number, milestone: { title: string; dueOn: string }): Promise<number> {
  const row = await trx.insertInto('taskAndFinishMilestone').values({ workProgrammeItemId: itemId, title: milestone.title, dueOn: milestone.dueOn, completedOn: null }).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

export async function setMilestoneCompleted(trx: Transaction<Database>, id: number, completedOn: string | null): Promise<void> {
  await trx.updateTable('taskAndFinishMilestone').set({ completedOn }).where('id', '=', id).execute();
}

export async function deleteMilestone(trx: Transaction<Database>, id: number): Promise<void> {
  await trx.deleteFrom('taskAndFinishMilestone').where('id', '=', id).execute();
}

export interface GroupMemberRow {
  personId: number;
  personSlug: string;
  fullName: string;
  role: MembershipRole;
  memberType: MemberType;
  isSubstitute: boolean;
}

/** Who sits on a committee today, chair first. */
export async function listCurrentMembers(db: Db, committeeId: number, today: string): Promise<GroupMemberRow[]> {
  return db
    .selectFrom('membership as ms')
    .innerJoin('person as p', 'p.id', 'ms.personId')
    .select(['p.id as personId', 'p.slug as personSlug', 'p.fullName', 'ms.role', 'ms.memberType', 'ms.isSubstitute'])
    .where('ms.committeeId', '=', committeeId)
    .where((eb) => eb.or([eb('ms.startsOn', 'is', null), eb('ms.startsOn', '<=', today)]))
    .where((eb) => eb.or([eb('ms.endsOn', 'is', null), eb('ms.endsOn', '>=', today)]))
    .orderBy((eb) => eb.case().when('ms.role', '=', 'chair').then(0).when('ms.role', '=', 'vice-chair').then(1).else(2).end())
    .orderBy('ms.isSubstitute')
    .orderBy('p.familyName')
    .orderBy('p.fullName')
    .execute();
}

export interface ReviewRecommendationRow {
  id: number;
  letter: string | null;
  text: string;
  addressedTo: string;
  addresseeName: string | null;
  sentOn: string | null;
  receivedOn: string | null;
  responseDueOn: string | null;
  response: RecommendationResponse | null;
  responseText: string | null;
  respondedOn: string | null;
}

/** The recommendations of a review's final report, lettered order. */
export async function listReviewRecommendations(db: Db, itemId: number): Promise<ReviewRecommendationRow[]> {
  return db
    .selectFrom('taskAndFinishRecommendation as tr')
    .innerJoin('recommendation as r', 'r.id', 'tr.recommendationId')
    .select(['r.id', 'r.letter', 'r.text', 'r.addressedTo', 'r.addresseeName', 'r.sentOn', 'r.receivedOn', 'r.responseDueOn', 'r.response', 'r.responseText', 'r.respondedOn'])
    .where('tr.workProgrammeItemId', '=', itemId)
    .orderBy('r.letter')
    .orderBy('r.id')
    .execute();
}

export interface NewReviewRecommendation {
  /** The group's committee: the tracker follows recommendations by the body that made them. */
  committeeId: number;
  letter: string;
  text: string;
  addresseeName: string | null;
  sentOn: string | null;
  receivedOn: string | null;
}

/** A recommendation of the final report, addressed to the executive, linked to the review; returns its id. */
export async function insertReviewRecommendation(trx: Transaction<Database>, itemId: number, recommendation: NewReviewRecommendation): Promise<number> {
  const row = await trx
    .insertInto('recommendation')
    .values({
      committeeId: recommendation.committeeId,
      meetingId: null,
      agendaItemId: null,
      resolutionId: null,
      letter: recommendation.letter,
      reference: null,
      text: recommendation.text,
      addressedTo: 'executive',
      addresseeName: recommendation.addresseeName,
      sentOn: recommendation.sentOn,
      receivedOn: recommendation.receivedOn,
      responseDueOn: null,
      response: null,
      responseText: null,
      respondedOn: null,
      responseDecisionReference: null,
      implementationStatus: null,
      implementationDueOn: null,
      implementedOn: null,
      reviewOn: null,
      addresseeEmail: null,
      responseDecisionUrl: null,
      responseMeetingId: null,
      reviewOutcome: null,
      reviewMeetingId: null,
      sourceDocumentId: null,
      sourceLineFrom: null,
      sourceLineTo: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await trx.insertInto('taskAndFinishRecommendation').values({ workProgrammeItemId: itemId, recommendationId: row.id }).execute();
  return row.id;
}

/** The letters a group's committee has used, so a new recommendation takes the next. */
export async function listUsedLetters(db: Db, committeeId: number): Promise<(string | null)[]> {
  const rows = await db.selectFrom('recommendation').select('letter').where('committeeId', '=', committeeId).execute();
  return rows.map((r) => r.letter);
}

/** The latest review a group carries out, for its public page. */
export async function findReviewItemOfGroup(db: Db, groupCommitteeId: number): Promise<{ id: number } | undefined> {
  return db
    .selectFrom('workProgrammeItem')
    .select('id')
    .where('taskAndFinishCommitteeId', '=', groupCommitteeId)
    .where('kind', '=', 'task-and-finish')
    .where('status', 'not in', ['merged', 'rejected', 'suggested'])
    .orderBy('createdAt', 'desc')
    .orderBy('id', 'desc')
    .executeTakeFirst();
}
