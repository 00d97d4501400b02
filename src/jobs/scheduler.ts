import type { Kysely } from 'kysely';
import type { Database } from '../db/database.ts';
import type { JobDefinition } from './job-definition.ts';
import { failAbandonedJobs } from './job-repository.ts';
import { newWorkerId, runDueJobs, scheduleDailyJobs, type WorkerOptions } from './job-worker.ts';

export interface SchedulerOptions extends Omit<WorkerOptions, 'signal'> {
  db: Kysely<Database>;
  /** Every kind of job this process runs. */
  jobs: readonly JobDefinition[];
  /** How often to look for due jobs when there are none (milliseconds). */
  pollIntervalMs?: number;
  /** How long stop() waits for a handler that ignores its signal; its job is retried when the lease runs out. */
  stopTimeoutMs?: number;
}

export interface Scheduler {
  workerId: string;
  /** Look for due jobs now rather than at the next poll. */
  wake(): void;
  /** Tells the job in hand to stop (its handler's signal is aborted), waits for it (at most stopTimeoutMs), then stops. */
  stop(): Promise<void>;
}

/**
 * Runs background jobs in this process until stopped: queues each daily
 * job's next day, then polls for due jobs and runs them one at a time. Any
 * number of processes may run a scheduler on the same database; each job
 * runs in one of them. Its timer does not keep the process alive.
 *
 * @example
 * const scheduler = await startScheduler({ db, jobs: [createSendEmailJob(mailer)], pollIntervalMs: 5000, log: app.log });
 * …
 * await scheduler.stop();
 */
export async function startScheduler(options: SchedulerOptions): Promise<Scheduler> {
  const { db, jobs, pollIntervalMs = 5000 } = options;
  const workerId = options.workerId ?? newWorkerId();
  const log = options.log ?? { info: () => undefined, warn: () => undefined };
  const stopping = new AbortController();
  await scheduleDailyJobs(db, jobs);

  let wakeUp: (() => void) | undefined;
  let wokenWhileBusy = false;
  let timer: NodeJS.Timeout | undefined;
  const sleep = () =>
    new Promise<void>((resolve) => {
      if (wokenWhileBusy) return resolve();
      wakeUp = resolve;
      timer = setTimeout(resolve, pollIntervalMs);
      timer.unref();
    });

  const loop = (async () => {
    while (!stopping.signal.aborted) {
      try {
        const abandoned = await failAbandonedJobs(db);
        if (abandoned > 0) log.warn(`${abandoned} job(s) failed: their worker stopped during the last attempt`);
        await runDueJobs(db, jobs, { ...options, workerId, log, signal: stopping.signal });
        await scheduleDailyJobs(db, jobs);
      } catch (error) {
        // The database may be restarting: say so and try again at the next poll.
        log.warn(`the job scheduler could not run jobs: ${(error as Error).message}`);
      }
      if (!stopping.signal.aborted) await sleep();
      wokenWhileBusy = false;
      wakeUp = undefined;
    }
  })();

  return {
    workerId,
    wake() {
      if (wakeUp) wakeUp();
      else wokenWhileBusy = true;
    },
    async stop() {
      stopping.abort();
      clearTimeout(timer);
      wakeUp?.();
      let giveUp: NodeJS.Timeout | undefined;
      const timedOut = new Promise<'timed-out'>((resolve) => (giveUp = setTimeout(() => resolve('timed-out'), options.stopTimeoutMs ?? 10_000)));
      if ((await Promise.race([loop, timedOut])) === 'timed-out') log.warn(`stopped without waiting for a job that did not stop within ${options.stopTimeoutMs ?? 10_000} ms; it will be retried`);
      clearTimeout(giveUp);
    },
  };
}
