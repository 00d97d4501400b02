import type { Kysely } from 'kysely';
import type { Config } from './config.ts';
import type { Database } from './db/database.ts';
import type { Mailer } from './email/mailer.ts';
import { createSendEmailJob } from './email/send-email-job.ts';
import type { JobDefinition } from './jobs/job-definition.ts';
import { pruneFinishedJobsJob } from './jobs/prune-finished-jobs-job.ts';
import { createActionRemindersJob } from './actions/action-reminders.ts';
import { createResponseRemindersJob } from './recommendations/response-reminders.ts';
import { createNotifyFollowersJob, createTidyFollowsJob } from './following/follow-jobs.ts';

/**
 * The composition root: what routes and commands are given to work with.
 * Repositories are plain functions over `db`, so this stays small; a test
 * builds the app with its own database and config.
 */
export interface Services {
  db: Kysely<Database>;
  /** importMaxBytes, the largest file an upload takes, falls back to the GAVEL_IMPORT_MAX_BYTES default when a test leaves it out; without publicPageCacheSeconds (tests) no page is cached. */
  config: Pick<Config, 'publicUrl'> & Partial<Pick<Config, 'importMaxBytes' | 'publicPageCacheSeconds'>>;
  /** Today's date in London; a function so tests can fix it. */
  today(): string;
}

/**
 * Every kind of background job this Gavel runs, for the scheduler and
 * `gavel jobs`. A feature adds its jobs here; a handler that needs more than
 * the database is built from `services`. Only the send-email job is given
 * the mailer: everything else queues email with queueEmail, inside its
 * transaction, and never sends directly.
 */
export function createJobKinds(services: Services, mailer: Mailer): JobDefinition[] {
  return [
    createSendEmailJob(mailer),
    pruneFinishedJobsJob,
    createActionRemindersJob({ publicUrl: services.config.publicUrl }),
    createResponseRemindersJob({ publicUrl: services.config.publicUrl }),
    createNotifyFollowersJob(services),
    createTidyFollowsJob(services),
  ];
}
