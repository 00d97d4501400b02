import type { Transaction } from 'kysely';
import type { Database } from '../db/database.ts';
import { queueEmail } from '../email/queue-email.ts';

export interface QuestionEmailContext {
  questionId: number;
  askerName: string;
  question: string;
  committee: { name: string; contactEmail: string | null };
  meeting: { id: number; date: string; startsAt: Date | null; venue: string | null };
  meetingUrl: string;
}

/**
 * A question sent online: the asker gets an acknowledgment (so they know it
 * arrived, and what happens next), the clerk a note with a link to decide.
 * Queued with the question itself, so neither goes out if saving fails.
 */
export async function queueQuestionReceived(trx: Transaction<Database>, context: QuestionEmailContext & { askerEmail: string; closesAt: Date; clerkEmail: string | null; triageUrl: string }): Promise<void> {
  const replyTo = context.committee.contactEmail ? { replyTo: context.committee.contactEmail } : {};
  await queueEmail(
    trx,
    { to: context.askerEmail, subject: `We have received your question for ${context.committee.name}`, template: 'emails/question-received', context: { ...context }, ...replyTo },
    { dedupeKey: `question-received:${context.questionId}` },
  );
  if (context.clerkEmail) {
    await queueEmail(
      trx,
      { to: context.clerkEmail, subject: `A question from the public for ${context.committee.name}`, template: 'emails/question-received-clerk', context: { ...context } },
      { dedupeKey: `question-received-clerk:${context.questionId}` },
    );
  }
}

/** The clerk's decision, to the asker: accepted (and when it will be answered) or rejected with the reason. */
export async function queueQuestionDecided(
  trx: Transaction<Database>,
  context: QuestionEmailContext & { askerEmail: string; decision: 'accepted' | 'rejected'; rejectionReason: string | null },
): Promise<void> {
  const subject = context.decision === 'accepted' ? `Your question for ${context.committee.name} has been accepted` : `Your question for ${context.committee.name} has not been accepted`;
  await queueEmail(
    trx,
    // No dedupe key: a question may be rejected and later accepted, and each decision is news to the asker.
    { to: context.askerEmail, subject, template: 'emails/question-decided', context: { ...context }, ...(context.committee.contactEmail ? { replyTo: context.committee.contactEmail } : {}) },
  );
}
