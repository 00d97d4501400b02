import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Database } from '../db/database.ts';
import { isIsoDate } from './daily-occurrence.ts';

/** What a job's handler is given besides its payload. */
export interface JobContext {
  /** Not a transaction: a handler that changes several rows opens its own. */
  db: Kysely<Database>;
  job: { id: number; kind: string; attempt: number; maxAttempts: number; runAt: Date; dedupeKey: string | null };
  /** Aborted when the scheduler stops: pass it to anything that may take long, such as a mail server. */
  signal: AbortSignal;
}

/**
 * One kind of background job: its name, the shape of its payload (checked
 * before the handler runs, so a handler never sees a malformed payload) and
 * what to do. A handler that throws is retried with backoff; one that throws
 * `PermanentJobError` is not.
 */
export interface JobDefinition<Payload = unknown> {
  kind: string;
  payload: z.ZodType<Payload>;
  /** Run every day at this time; see defineDailyJob. */
  daily?: { at: string; timeZone: string };
  run(payload: Payload, context: JobContext): Promise<void>;
}

/**
 * Declares a kind of job, its payload inferred from the zod schema.
 *
 * @example
 * export const publishAgendaJob = defineJob({
 *   kind: 'notify-agenda-published',
 *   payload: z.object({ meetingId: z.number().int() }),
 *   async run({ meetingId }, { db }) { … },
 * });
 * // in a route's transaction:
 * await enqueueJob(trx, { kind: 'notify-agenda-published', payload: { meetingId }, dedupeKey: `agenda-published:${meetingId}` });
 */
export function defineJob<Payload>(definition: {
  kind: string;
  payload: z.ZodType<Payload>;
  run(payload: Payload, context: JobContext): Promise<void>;
}): JobDefinition<Payload> {
  return definition;
}

const dailyPayload = z.object({ date: z.string().refine(isIsoDate, 'must be a date, YYYY-MM-DD') });

/**
 * A job that runs once a day at a wall-clock time (by default in London, so
 * 07:00 stays 07:00 across BST). Each day's run is its own job with a dedupe
 * key naming the day, queued when the previous day's starts: however many
 * processes run the scheduler, each day runs once. `date` is the day it is
 * for, in that time zone, even when it runs late after a restart.
 *
 * @example
 * export const queueDueReminders = defineDailyJob({
 *   kind: 'queue-due-reminders',
 *   at: '07:00',
 *   async run({ date }, { db }) { … enqueue one job per reminder due on `date`, each with its own dedupe key … },
 * });
 */
export function defineDailyJob(definition: {
  kind: string;
  /** "HH:MM", 24-hour clock. */
  at: string;
  timeZone?: string;
  run(occurrence: { date: string }, context: JobContext): Promise<void>;
}): JobDefinition<{ date: string }> {
  if (!/^([01]\d|2[0-3]):[0-5]\d$/.test(definition.at)) throw new RangeError(`${definition.kind}: "at" must be HH:MM, not "${definition.at}"`);
  return {
    kind: definition.kind,
    payload: dailyPayload,
    daily: { at: definition.at, timeZone: definition.timeZone ?? 'Europe/London' },
    run: definition.run,
  };
}

/** The dedupe key of one day's run of a daily job. */
export function dailyDedupeKey(kind: string, date: string): string {
  return `${kind}:${date}`;
}
