import { defineDailyJob } from './job-definition.ts';
import { pruneFinishedJobs } from './job-repository.ts';

/** Finished jobs are kept this long for anyone looking into what was sent. */
export const FINISHED_JOBS_KEPT_DAYS = 90;

/**
 * Every night, clears out jobs finished more than 90 days ago, so the table
 * (and the email bodies in it) does not grow for ever. Rows with a dedupe
 * key stay, emptied, so that work is still never queued twice.
 */
export const pruneFinishedJobsJob = defineDailyJob({
  kind: 'prune-finished-jobs',
  at: '03:30',
  async run(_occurrence, { db }) {
    await pruneFinishedJobs(db, FINISHED_JOBS_KEPT_DAYS);
  },
});
