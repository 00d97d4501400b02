import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Database } from '../db/database.ts';
import { GavelError } from '../errors.ts';
import { enqueueJob } from '../jobs/job-repository.ts';
import { renderEmail, type EmailContent } from './render-email.ts';
import { SEND_EMAIL, SendEmailPayload } from './send-email-job.ts';

export interface EmailMessage extends EmailContent {
  /** One address or several; all see each other, so send followers one message each. */
  to: string | string[];
  replyTo?: string;
}

/**
 * Renders an email and queues it to be sent by the scheduler. Call it with
 * the transaction that makes the change the email is about: if that rolls
 * back, nothing is sent; if the mail server is down, the email waits and is
 * retried. A dedupe key sends the email once however often it is queued.
 * Returns the job's id, or undefined when the dedupe key was already used.
 *
 * @example
 * await db.transaction().execute(async (trx) => {
 *   const action = await assignAction(trx, …);
 *   await queueEmail(trx, {
 *     to: owner.email,
 *     subject: `Action ${action.number} has been assigned to you`,
 *     template: 'emails/action-assigned',            // src/tracking/views/emails/action-assigned.{txt,html}.njk
 *     context: { action, actionUrl: `${services.config.publicUrl}/actions/${action.id}` },
 *   }, { dedupeKey: `action-assigned:${action.id}:${owner.id}` });
 * });
 */
export async function queueEmail(db: Kysely<Database>, message: EmailMessage, options: { dedupeKey?: string; runAt?: Date } = {}): Promise<number | undefined> {
  const rendered = await renderEmail(db, message);
  // Checked now, so a bad address fails the request that made it, not a job later.
  const payload = SendEmailPayload.safeParse({
    to: Array.isArray(message.to) ? message.to : [message.to],
    ...rendered,
    ...(message.unsubscribeUrl ? { unsubscribeUrl: message.unsubscribeUrl } : {}),
    ...(message.replyTo ? { replyTo: message.replyTo } : {}),
    messageKey: randomUUID(),
  });
  if (!payload.success) throw new GavelError(`cannot send the email "${message.subject}": ${z.prettifyError(payload.error)}`, 'invalid-input');
  return enqueueJob(db, { kind: SEND_EMAIL, payload: payload.data, ...options });
}
