import { z } from 'zod';
import type { SubmissionLimit } from '../questions/submission-rate-limit.ts';

/** A topic is a heading on the work programme; the reason a paragraph or two. */
export const TOPIC_MAX_LENGTH = 200;
export const REASON_MAX_LENGTH = 2000;

/** A resident's suggestion as the public form sends it; messages are written for the person filling it in. */
export const SuggestionForm = z.object({
  name: z.string({ error: 'Enter your name' }).trim().min(1, 'Enter your name').max(120, 'Your name must be 120 characters or fewer'),
  email: z
    .string({ error: 'Enter your email address' })
    .trim()
    .min(1, 'Enter your email address')
    .max(254, 'Your email address must be 254 characters or fewer')
    .pipe(z.email({ error: 'Enter an email address in the correct format, like name@example.com' })),
  topic: z
    .string({ error: 'Enter the topic you suggest' })
    .trim()
    .min(1, 'Enter the topic you suggest')
    .max(TOPIC_MAX_LENGTH, `The topic must be ${TOPIC_MAX_LENGTH} characters or fewer`),
  reason: z
    .string({ error: 'Enter why the topic matters' })
    .trim()
    .min(1, 'Enter why the topic matters')
    .max(REASON_MAX_LENGTH, `Why it matters must be ${REASON_MAX_LENGTH.toLocaleString('en-GB')} characters or fewer`),
});

export type SuggestionFormData = z.infer<typeof SuggestionForm>;

/**
 * How many suggestions one address may send: a resident has a handful of
 * topics at most; a script sending hundreds is stopped after three an hour.
 */
export const SUGGESTION_SUBMISSION_LIMITS: readonly SubmissionLimit[] = [
  { withinMinutes: 60, max: 3 },
  { withinMinutes: 24 * 60, max: 10 },
];
