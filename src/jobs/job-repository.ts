import { type Kysely, sql } from 'kysely';
import type { Database } from '../db/database.ts';
import type { JobRow } from './job-tables.ts';

type Db = Kysely<Database>;

export interface NewJob {
  /** Names the handler: lower-case words joined by hyphens ('send-email'). */
  kind: string;
  /** Plain JSON; checked against the kind's schema when the job runs. */
  payload: Record<string, unknown>;
  /** Not before this instant; now when unset. */
  runAt?: Date;
  /** Names the piece of work: a second job with the same key is not queued. */
  dedupeKey?: string;
  maxAttempts?: number;
}

/**
 * Queues a job. Pass the transaction that makes the change the job is about:
 * if it rolls back, the job was never queued. A job whose dedupe key is
 * already taken (by a job pending, running, finished or failed) is not
 * queued again. Returns the new job's id, or undefined when it was a duplicate.
 *
 * @example
 * await db.transaction().execute(async (trx) => {
 *   await markActionOverdue(trx, action.id);
 *   await enqueueJob(trx, { kind: 'send-action-reminder', payload: { actionId: 17, reminder: 2 }, dedupeKey: 'action-reminder:17:2:2027-01-05' });
 * });
 */
export async function enqueueJob(db: Db, job: NewJob): Promise<number | undefined> {
  if (!/^[a-z][a-z0-9-]*$/.test(job.kind)) throw new RangeError(`job kind must be lower-case words joined by hyphens, not "${job.kind}"`);
  const row = await db
    .insertInto('job')
    .values({
      kind: job.kind,
      payload: JSON.stringify(job.payload),
      ...(job.runAt ? { runAt: job.runAt } : {}),
      dedupeKey: job.dedupeKey ?? null,
      ...(job.maxAttempts ? { maxAttempts: job.maxAttempts } : {}),
    })
    .onConflict((oc) => oc.column('dedupeKey').doNothing())
    .returning('id')
    .executeTakeFirst();
  return row?.id;
}

/**
 * Claims the next due job of one of `kinds`, leasing it to `workerId` for
 * `leaseSeconds`. SKIP LOCKED lets several processes claim at once without
 * waiting on each other or taking the same job; the lease, not a
 * transaction, then holds it, so a crashed worker's job is claimed again
 * once its lease runs out.
 */
export async function claimNextJob(db: Db, claim: { kinds: readonly string[]; workerId: string; leaseSeconds: number }): Promise<JobRow | undefined> {
  if (claim.kinds.length === 0) return undefined;
  const next = db
    .selectFrom('job')
    .select('id')
    .where('finishedAt', 'is', null)
    .where('failedAt', 'is', null)
    .where('runAt', '<=', sql<Date>`now()`)
    .where((eb) => eb.or([eb('lockedUntil', 'is', null), eb('lockedUntil', '<', sql<Date>`now()`)]))
    .whereRef('attempts', '<', 'maxAttempts')
    .where('kind', 'in', claim.kinds)
    .orderBy('runAt')
    .orderBy('id')
    .limit(1)
    .forUpdate()
    .skipLocked();
  return db
    .updateTable('job')
    .set({
      attempts: sql`attempts + 1`,
      lockedBy: claim.workerId,
      lockedUntil: leaseEnd(claim.leaseSeconds),
    })
    .where('id', '=', next)
    .returningAll()
    .executeTakeFirst();
}

/** Extends a running job's lease; false when the worker no longer holds it. */
export async function renewJobLease(db: Db, id: number, workerId: string, leaseSeconds: number): Promise<boolean> {
  const result = await db
    .updateTable('job')
    .set({ lockedUntil: leaseEnd(leaseSeconds) })
    .where('id', '=', id)
    .where('lockedBy', '=', workerId)
    .where('finishedAt', 'is', null)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** Marks a job done; false when the worker had lost its lease to another. */
export async function markJobFinished(db: Db, id: number, workerId: string): Promise<boolean> {
  const result = await db
    .updateTable('job')
    .set({ finishedAt: sql<Date>`now()`, lockedBy: null, lockedUntil: null })
    .where('id', '=', id)
    .where('lockedBy', '=', workerId)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/**
 * Records a failed attempt: the job runs again after `retryInSeconds`, or,
 * when that is null, is marked failed for good.
 */
export async function recordJobFailure(db: Db, failure: { id: number; workerId: string; error: string; retryInSeconds: number | null }): Promise<boolean> {
  const result = await db
    .updateTable('job')
    .set({
      lastError: failure.error,
      lockedBy: null,
      lockedUntil: null,
      ...(failure.retryInSeconds === null ? { failedAt: sql<Date>`now()` } : { runAt: leaseEnd(failure.retryInSeconds) }),
    })
    .where('id', '=', failure.id)
    .where('lockedBy', '=', failure.workerId)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/**
 * Jobs whose worker stopped during their last attempt (the lease ran out,
 * no attempt is left) are marked failed, so they show up as failed rather
 * than waiting for ever. Returns how many.
 */
export async function failAbandonedJobs(db: Db): Promise<number> {
  const result = await db
    .updateTable('job')
    .set({
      failedAt: sql<Date>`now()`,
      lastError: sql<string>`'the worker ' || locked_by || ' stopped before finishing the last attempt' || coalesce('; before that: ' || last_error, '')`,
      lockedBy: null,
      lockedUntil: null,
    })
    .where('finishedAt', 'is', null)
    .where('failedAt', 'is', null)
    .where('lockedUntil', '<', sql<Date>`now()`)
    .whereRef('attempts', '>=', 'maxAttempts')
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** True while a job of this kind is waiting or running (not finished, not failed). */
export async function hasUnfinishedJob(db: Db, kind: string): Promise<boolean> {
  const row = await db.selectFrom('job').select('id').where('kind', '=', kind).where('finishedAt', 'is', null).where('failedAt', 'is', null).limit(1).executeTakeFirst();
  return row !== undefined;
}

export type JobState = 'waiting' | 'running' | 'finished' | 'failed';

/** Jobs in one state, newest first: for `gavel jobs` and tests. */
export async function listJobs(db: Db, state: JobState, limit = 100): Promise<JobRow[]> {
  let query = db.selectFrom('job').selectAll();
  if (state === 'finished') query = query.where('finishedAt', 'is not', null);
  if (state === 'failed') query = query.where('failedAt', 'is not', null);
  if (state === 'waiting' || state === 'running') {
    query = query.where('finishedAt', 'is', null).where('failedAt', 'is', null);
    query =
      state === 'running'
        ? query.where('lockedUntil', '>=', sql<Date>`now()`)
        : query.where((eb) => eb.or([eb('lockedUntil', 'is', null), eb('lockedUntil', '<', sql<Date>`now()`)]));
  }
  return query.orderBy('id', 'desc').limit(limit).execute();
}

/** How many jobs are in each state. */
export async function countJobs(db: Db): Promise<Record<JobState, number>> {
  const row = await db
    .selectFrom('job')
    .select([
      sql<number>`count(*) filter (where finished_at is not null)`.as('finished'),
      sql<number>`count(*) filter (where failed_at is not null)`.as('failed'),
      sql<number>`count(*) filter (where finished_at is null and failed_at is null and locked_until >= now())`.as('running'),
      sql<number>`count(*) filter (where finished_at is null and failed_at is null and (locked_until is null or locked_until < now()))`.as('waiting'),
    ])
    .executeTakeFirstOrThrow();
  return row;
}

/** Gives a failed job a fresh set of attempts, now. False when no failed job has that id. */
export async function retryFailedJob(db: Db, id: number): Promise<boolean> {
  const result = await db
    .updateTable('job')
    .set({ failedAt: null, attempts: 0, runAt: sql<Date>`now()` })
    .where('id', '=', id)
    .where('failedAt', 'is not', null)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/**
 * Deletes finished jobs older than `days` that carry no dedupe key, and
 * empties the payload of older ones that do: the row is kept, so the key
 * still stops the same work being queued again, but the message is gone.
 */
export async function pruneFinishedJobs(db: Db, days: number): Promise<{ deleted: number; emptied: number }> {
  const olderThan = sql<Date>`now() - make_interval(days => ${days})`;
  const deleted = await db.deleteFrom('job').where('finishedAt', '<', olderThan).where('dedupeKey', 'is', null).executeTakeFirst();
  const emptied = await db
    .updateTable('job')
    .set({ payload: '{}' })
    .where('finishedAt', '<', olderThan)
    .where('dedupeKey', 'is not', null)
    .where(sql<boolean>`payload <> '{}'::jsonb`)
    .executeTakeFirst();
  return { deleted: Number(deleted.numDeletedRows), emptied: Number(emptied.numUpdatedRows) };
}

function leaseEnd(seconds: number) {
  return sql<Date>`now() + make_interval(secs => ${seconds})`;
}
