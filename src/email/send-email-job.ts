import { z } from 'zod';
import type { NodemailerError } from 'nodemailer';
import { defineJob } from '../jobs/job-definition.ts';
import { PermanentJobError } from '../jobs/permanent-job-error.ts';
import { isMailbox } from './mailbox.ts';
import type { Mailer } from './mailer.ts';

export const SEND_EMAIL = 'send-email';

/** What a queued email holds: rendered when queued, so it says what was true when the change was made. */
export const SendEmailPayload = z.object({
  to: z.array(z.string().refine(isMailbox, 'must be an email address')).min(1),
  subject: z.string().min(1),
  text: z.string().min(1),
  html: z.string().min(1),
  unsubscribeUrl: z.url({ protocol: /^https?$/ }).optional(),
  replyTo: z.string().refine(isMailbox, 'must be an email address').optional(),
  /** Becomes the Message-ID, the same on every attempt. */
  messageKey: z.uuid(),
});

export type SendEmailPayload = z.infer<typeof SendEmailPayload>;

/**
 * The job that sends one queued email. A mail server that is down or says
 * "try later" (4xx) gets the message again with backoff; one that refuses it
 * for good (5xx: no such mailbox) fails it at once.
 */
export function createSendEmailJob(mailer: Mailer) {
  return defineJob({
    kind: SEND_EMAIL,
    payload: SendEmailPayload,
    async run(email, { signal }) {
      try {
        await mailer.send(email, { signal });
      } catch (error) {
        const smtp = error as NodemailerError;
        // A refused password is permanent for this attempt but fixable: keep retrying so a corrected setting sends it.
        if (smtp.permanent && smtp.code !== 'EAUTH') throw new PermanentJobError(smtp.message, { cause: error });
        throw error;
      }
    },
  });
}
