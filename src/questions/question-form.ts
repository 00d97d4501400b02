import { z } from 'zod';

/** Standing orders limit a question's length so it can be read out; about 200 words. */
export const QUESTION_MAX_LENGTH = 1200;

/** The honeypot: a field people never see (it is hidden), that form-filling scripts complete. */
export const HONEYPOT_FIELD = 'website';

/** A resident's question as the public form sends it; messages are written for the person filling it in. */
export const QuestionForm = z.object({
  name: z.string({ error: 'Enter your name' }).trim().min(1, 'Enter your name').max(120, 'Your name must be 120 characters or fewer'),
  email: z
    .string({ error: 'Enter your email address' })
    .trim()
    .min(1, 'Enter your email address')
    .max(254, 'Your email address must be 254 characters or fewer')
    .pipe(z.email({ error: 'Enter an email address in the correct format, like name@example.com' })),
  address: z
    .string()
    .trim()
    .max(300, 'Your ward or address must be 300 characters or fewer')
    .optional()
    .transform((v) => v || null),
  question: z
    .string({ error: 'Enter your question' })
    .trim()
    .min(1, 'Enter your question')
    .max(QUESTION_MAX_LENGTH, `Your question must be ${QUESTION_MAX_LENGTH.toLocaleString('en-GB')} characters or fewer`),
  consent: z.literal('yes', { error: 'Confirm that you understand how your name and question will be used' }),
});

export type QuestionFormData = z.infer<typeof QuestionForm>;

/** True when the hidden field came back filled in: a script, not a person. */
export function honeypotFilled(body: unknown): boolean {
  const value = (body as Record<string, unknown> | null)?.[HONEYPOT_FIELD];
  return typeof value === 'string' && value.trim() !== '';
}
