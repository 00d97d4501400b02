import { createHmac } from 'node:crypto';

export interface SubmissionLimit {
  withinMinutes: number;
  max: number;
}

/**
 * How many question forms one address may send: enough for a household or
 * an office sharing one address to ask several questions, too few for a
 * script to flood the clerk's list.
 */
export const QUESTION_SUBMISSION_LIMITS: readonly SubmissionLimit[] = [
  { withinMinutes: 60, max: 5 },
  { withinMinutes: 24 * 60, max: 20 },
];

/**
 * The limit another submission now would break, or null when it may be
 * taken. `previous` are the address's earlier submissions, in any order.
 *
 * @example
 * submissionLimitReached(fiveInTheLastHour, now); // { withinMinutes: 60, max: 5 }
 */
export function submissionLimitReached(previous: readonly Date[], now: Date, limits: readonly SubmissionLimit[] = QUESTION_SUBMISSION_LIMITS): SubmissionLimit | null {
  for (const limit of limits) {
    const since = now.getTime() - limit.withinMinutes * 60_000;
    const count = previous.filter((at) => at.getTime() > since && at.getTime() <= now.getTime()).length;
    if (count >= limit.max) return limit;
  }
  return null;
}

/** How long to keep submission counts: as long as the longest limit looks back. */
export function submissionRecordsKeptMinutes(limits: readonly SubmissionLimit[] = QUESTION_SUBMISSION_LIMITS): number {
  return Math.max(...limits.map((l) => l.withinMinutes));
}

/** The stored form of a sender's IP address: a keyed hash, so the count works and the address is not kept. */
export function senderAddressHash(secret: string, address: string): string {
  return createHmac('sha256', secret).update(`question-sender:${address}`).digest('hex');
}
