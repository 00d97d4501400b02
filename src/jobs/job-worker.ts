import { randomBytes } from 'node:crypto';
import os from 'node:os';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Database } from '../db/database.ts';
import { nextDailyOccurrence } from './daily-occurrence.ts';
import { dailyDedupeKey, type JobDefinition } from './job-definition.ts';
import { claimNextJob, enqueueJob, hasUnfinishedJob, markJobFinished, recordJobFailure, renewJobLease } from './job-repository.ts';
import type { JobRow } from './job-tables.ts';
import { PermanentJobError } from './permanent-job-error.ts';
import { retryDelaySeconds } from './retry-delay.ts';

/** Where the worker reports what went wrong; Fastify's logger fits. */
export interface JobLogger {
  info(message: string): void;
  warn(message: string): void;
}

export interface WorkerOptions {
  /** Names this process in the job table (locked_by). */
  workerId?: string;
  /**
   * How long a claimed job is held before another process may take it
   * (seconds). The lease is renewed while the handler runs, so this is how
   * soon a crashed process's job is retried, not a limit on a job's length.
   */
  leaseSeconds?: number;
  /** Seconds before the next attempt after the nth failure. */
  retryDelay?: (attempt: number) => number;
  /** Stops the worker after the job in hand; passed on to handlers. */
  signal?: AbortSignal;
  log?: JobLogger;
}

export type JobOutcome = { id: number; kind: string; attempt: number } & (
  | { status: 'finished' }
  | { status: 'retrying' | 'failed'; error: string }
  | { status: 'lost-lease' }
);

const silent: JobLogger = { info: () => undefined, warn: () => undefined };

export function newWorkerId(): string {
  return `${os.hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;
}

/**
 * Claims and runs one due job of a kind in `jobs`; undefined when none is due.
 * Jobs of kinds this process does not know are left for one that does (an
 * older and a newer version may run side by side during an upgrade).
 */
export async function runNextJob(db: Kysely<Database>, jobs: readonly JobDefinition[], options: WorkerOptions = {}): Promise<JobOutcome | undefined> {
  const workerId = options.workerId ?? newWorkerId();
  const leaseSeconds = options.leaseSeconds ?? 120;
  const log = options.log ?? silent;
  const byKind = new Map(jobs.map((job) => [job.kind, job]));
  const row = await claimNextJob(db, { kinds: [...byKind.keys()], workerId, leaseSeconds });
  if (!row) return undefined;
  const definition = byKind.get(row.kind)!;
  const base = { id: row.id, kind: row.kind, attempt: row.attempts };

  if (definition.daily) await scheduleFollowingDay(db, definition, row);

  const renewal = setInterval(() => {
    renewJobLease(db, row.id, workerId, leaseSeconds).catch((error: Error) => log.warn(`job ${row.id} (${row.kind}): could not renew its lease: ${error.message}`));
  }, (leaseSeconds * 1000) / 3);
  renewal.unref();
  let failure: unknown;
  try {
    const payload = definition.payload.safeParse(row.payload);
    if (!payload.success) throw new PermanentJobError(`the payload is not valid for ${row.kind}: ${z.prettifyError(payload.error)}`);
    await definition.run(payload.data, {
      db,
      job: { id: row.id, kind: row.kind, attempt: row.attempts, maxAttempts: row.maxAttempts, runAt: row.runAt, dedupeKey: row.dedupeKey },
      signal: options.signal ?? new AbortController().signal,
    });
  } catch (error) {
    failure = error ?? new Error('the handler threw nothing');
  } finally {
    clearInterval(renewal);
  }

  if (failure === undefined) {
    if (await markJobFinished(db, row.id, workerId)) return { ...base, status: 'finished' };
    log.warn(`job ${row.id} (${row.kind}) finished after its lease passed to another worker; it may have run twice`);
    return { ...base, status: 'lost-lease' };
  }
  const error = describe(failure);
  const permanent = failure instanceof PermanentJobError || row.attempts >= row.maxAttempts;
  const retryInSeconds = permanent ? null : (options.retryDelay ?? retryDelaySeconds)(row.attempts);
  if (!(await recordJobFailure(db, { id: row.id, workerId, error, retryInSeconds }))) {
    log.warn(`job ${row.id} (${row.kind}) failed after its lease passed to another worker: ${error}`);
    return { ...base, status: 'lost-lease' };
  }
  const outcome = permanent ? 'failed' : 'retrying';
  log.warn(
    `job ${row.id} (${row.kind}) attempt ${row.attempts} of ${row.maxAttempts} failed: ${error}` +
      (permanent ? '; it will not be tried again' : `; trying again in ${retryInSeconds} s`),
  );
  return { ...base, status: outcome, error };
}

/**
 * Runs due jobs one after another until none is due (or `limit` have run):
 * what the scheduler does at each tick, and what tests and `gavel jobs run`
 * call to run queued work now.
 *
 * @example
 * await runDueJobs(database.db, [createSendEmailJob(mailer)]);
 */
export async function runDueJobs(db: Kysely<Database>, jobs: readonly JobDefinition[], options: WorkerOptions & { limit?: number } = {}): Promise<JobOutcome[]> {
  const settled = { ...options, workerId: options.workerId ?? newWorkerId() };
  const outcomes: JobOutcome[] = [];
  while (outcomes.length < (options.limit ?? 1000) && !options.signal?.aborted) {
    const outcome = await runNextJob(db, jobs, settled);
    if (!outcome) break;
    outcomes.push(outcome);
  }
  return outcomes;
}

/**
 * Makes sure each daily job has its next day queued: at start-up, and so
 * after a day whose job failed for good. The dedupe key names the day, so
 * processes starting together queue it once.
 */
export async function scheduleDailyJobs(db: Kysely<Database>, jobs: readonly JobDefinition[], now = new Date()): Promise<void> {
  for (const definition of jobs) {
    if (!definition.daily || (await hasUnfinishedJob(db, definition.kind))) continue;
    await enqueueOccurrence(db, definition, now);
  }
}

// Queued when a day's run starts, before its handler: a handler that fails
// or a process that dies mid-run does not stop the days after.
async function scheduleFollowingDay(db: Kysely<Database>, definition: JobDefinition, row: JobRow): Promise<void> {
  const after = new Date(Math.max(Date.now(), row.runAt.getTime()));
  await enqueueOccurrence(db, definition, after);
}

async function enqueueOccurrence(db: Kysely<Database>, definition: JobDefinition, after: Date): Promise<void> {
  const { at, timeZone } = definition.daily!;
  const next = nextDailyOccurrence(after, at, timeZone);
  await enqueueJob(db, { kind: definition.kind, payload: { date: next.date }, runAt: next.instant, dedupeKey: dailyDedupeKey(definition.kind, next.date) });
}

function describe(error: unknown): string {
  const text = error instanceof Error ? (error.name === 'Error' ? error.message : `${error.name}: ${error.message}`) : String(error);
  return text.length > 2000 ? `${text.slice(0, 2000)}…` : text;
}
