import { type Kysely, sql, type Transaction } from 'kysely';
import type { Database } from '../db/database.ts';
import type { QuestionStatus } from './question-decisions.ts';

type Db = Kysely<Database>;

export interface NewPublicQuestion {
  meetingId: number;
  askerName: string;
  question: string;
  email: string;
  address: string | null;
  submittedAt: Date;
}

/** A resident's question, waiting for the clerk's decision; their contact details go in a table no public query reads. */
export async function insertPublicQuestion(trx: Transaction<Database>, values: NewPublicQuestion) {
  const question = await trx
    .insertInto('publicQuestion')
    .values({
      meetingId: values.meetingId,
      agendaItemId: null,
      askerPersonId: null,
      askerName: values.askerName,
      askerKind: 'public',
      question: values.question,
      supplementaryQuestion: null,
      answer: null,
      supplementaryAnswer: null,
      answeredByName: null,
      rejectionReason: null,
      submittedAt: values.submittedAt,
      sourceDocumentId: null,
      sourceLineFrom: null,
      sourceLineTo: null,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  await trx.insertInto('publicQuestionContact').values({ publicQuestionId: question.id, email: values.email, address: values.address }).execute();
  return question;
}

/** The text of every question already asked for a meeting, to catch the same one sent twice. */
export async function listMeetingQuestionTexts(db: Db, meetingId: number): Promise<string[]> {
  const rows = await db.selectFrom('publicQuestion').select('question').where('meetingId', '=', meetingId).where('status', '!=', 'withdrawn').execute();
  return rows.map((r) => r.question);
}

/** When a sender (by address hash) sent question forms since a moment. */
export async function listSubmissionsSince(db: Db, addressHash: string, since: Date): Promise<Date[]> {
  const rows = await db.selectFrom('questionSubmission').select('submittedAt').where('addressHash', '=', addressHash).where('submittedAt', '>', since).execute();
  return rows.map((r) => r.submittedAt);
}

/** Counts a submission, and forgets those older than the longest limit looks back. */
export async function recordSubmission(trx: Transaction<Database>, addressHash: string, at: Date, keepSince: Date): Promise<void> {
  await trx.insertInto('questionSubmission').values({ addressHash, submittedAt: at }).execute();
  await trx.deleteFrom('questionSubmission').where('submittedAt', '<', keepSince).execute();
}

export interface QuestionForTriage {
  id: number;
  askerName: string;
  askerKind: 'public' | 'councillor';
  question: string;
  status: QuestionStatus;
  rejectionReason: string | null;
  answer: string | null;
  answeredByName: string | null;
  supplementaryQuestion: string | null;
  supplementaryAnswer: string | null;
  submittedAt: Date | null;
  agendaItemId: number | null;
  email: string | null;
  address: string | null;
}

function triageQuery(db: Db) {
  return db
    .selectFrom('publicQuestion as q')
    .leftJoin('publicQuestionContact as c', 'c.publicQuestionId', 'q.id')
    .select([
      'q.id',
      'q.askerName',
      'q.askerKind',
      'q.question',
      'q.status',
      'q.rejectionReason',
      'q.answer',
      'q.answeredByName',
      'q.supplementaryQuestion',
      'q.supplementaryAnswer',
      'q.submittedAt',
      'q.agendaItemId',
      'c.email',
      'c.address',
    ]);
}

/** A meeting's questions for the clerk, in the order they came in. */
export async function listQuestionsForTriage(db: Db, meetingId: number): Promise<QuestionForTriage[]> {
  return triageQuery(db).where('q.meetingId', '=', meetingId).orderBy('q.submittedAt', (ob) => ob.asc().nullsLast()).orderBy('q.id').execute();
}

export async function findQuestionForTriage(db: Db, meetingId: number, id: number): Promise<QuestionForTriage | undefined> {
  return triageQuery(db).where('q.meetingId', '=', meetingId).where('q.id', '=', id).executeTakeFirst();
}

export type QuestionChange =
  | { status: 'accepted'; askerName: string; agendaItemId: number | null }
  | { status: 'rejected'; rejectionReason: string }
  | { status: 'answered'; answer: string; answeredByName: string | null; supplementaryQuestion: string | null; supplementaryAnswer: string | null }
  | { status: 'withdrawn' };

export async function updateQuestion(trx: Transaction<Database>, id: number, change: QuestionChange) {
  return trx.updateTable('publicQuestion').set(change).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
}

/** The item questions from the public are taken under, where the agenda has one. */
export async function findQuestionsItem(db: Db, meetingId: number, kind: 'public-questions' | 'councillor-questions' = 'public-questions') {
  return db.selectFrom('agendaItem').select(['id', 'number', 'title']).where('meetingId', '=', meetingId).where('standardKind', '=', kind).orderBy('position').executeTakeFirst();
}

export interface PublishedQuestion {
  agendaItemId: number | null;
  askerName: string;
  question: string;
  answer: string | null;
  answeredByName: string | null;
  supplementaryQuestion: string | null;
  supplementaryAnswer: string | null;
}

/**
 * Questions the public may read on the meeting page: accepted and answered
 * ones, with the name the council publishes and never the asker's contact
 * details. A question not yet filed under an item is shown under the
 * agenda's questions item of its kind.
 */
export async function listPublishedQuestions(db: Db, meetingId: number): Promise<PublishedQuestion[]> {
  return db
    .selectFrom('publicQuestion as q')
    .select([
      sql<number | null>`coalesce(q.agenda_item_id, (
        select i.id from agenda_item i
        where i.meeting_id = q.meeting_id
          and i.standard_kind = case q.asker_kind when 'councillor' then 'councillor-questions' else 'public-questions' end
        order by i.position limit 1))`.as('agendaItemId'),
      'q.askerName',
      'q.question',
      'q.answer',
      'q.answeredByName',
      'q.supplementaryQuestion',
      'q.supplementaryAnswer',
    ])
    .where('q.meetingId', '=', meetingId)
    .where('q.status', 'in', ['accepted', 'answered'])
    .orderBy('q.submittedAt', (ob) => ob.asc().nullsLast())
    .orderBy('q.id')
    .execute();
}
