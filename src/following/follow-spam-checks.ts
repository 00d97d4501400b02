import { createHmac } from 'node:crypto';
import { type SubmissionLimit, submissionRecordsKeptMinutes } from '../questions/submission-rate-limit.ts';

/**
 * The follow form is protected as the question form is, by its rules (the
 * honeypot, the signed fill time and the per-sender limit come from
 * questions/): these are only the limits that suit a one-field form.
 * From one IP address: enough for an office sharing one to sign up a
 * team, too few to flood the mail server.
 */
export const FOLLOW_ADDRESS_LIMITS: readonly SubmissionLimit[] = [
  { withinMinutes: 60, max: 10 },
  { withinMinutes: 24 * 60, max: 40 },
];

/** For one email address: a confirmation email sent over and over would be a way to pester someone. */
export const FOLLOW_EMAIL_LIMITS: readonly SubmissionLimit[] = [{ withinMinutes: 24 * 60, max: 5 }];

export const FOLLOW_LIMITS_KEPT_MINUTES = Math.max(submissionRecordsKeptMinutes(FOLLOW_ADDRESS_LIMITS), submissionRecordsKeptMinutes(FOLLOW_EMAIL_LIMITS));

/** The stored form of an email address for counting: a keyed hash, the same however it is capitalised. */
export function followEmailHash(secret: string, email: string): string {
  return createHmac('sha256', secret).update(`follow-email:${email.trim().toLowerCase()}`).digest('hex');
}
