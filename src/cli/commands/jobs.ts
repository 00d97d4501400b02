import type { Command } from 'commander';
import type { Kysely } from 'kysely';
import { readConfig } from '../../config.ts';
import { openDatabase, type DatabaseHandle } from '../../db/connection.ts';
import type { Database } from '../../db/database.ts';
import { migrateToLatest } from '../../db/migrate.ts';
import { createMailer } from '../../email/mailer.ts';
import { GavelError } from '../../errors.ts';
import { countJobs, listJobs, retryFailedJob } from '../../jobs/job-repository.ts';
import { runDueJobs } from '../../jobs/job-worker.ts';
import { integerOption } from '../options.ts';

/**
 * `gavel jobs`: what the background scheduler has waiting, running and
 * failed; `gavel jobs run` runs what is due now, for a process started
 * with GAVEL_SCHEDULER=false or from cron; `gavel jobs retry ID` gives a
 * failed job another go (after fixing the mail settings, say).
 */
export function registerJobs(program: Command): void {
  const jobs = program
    .command('jobs')
    .description('background jobs (emails, reminders): list them, run the due ones, retry a failed one')
    .action(async () => {
      await withDatabase(async (db) => {
        const counts = await countJobs(db);
        console.log(`Waiting: ${counts.waiting}. Running: ${counts.running}. Finished: ${counts.finished}. Failed: ${counts.failed}.`);
        const failed = await listJobs(db, 'failed', 20);
        if (failed.length > 0) console.log(`\nFailed${counts.failed > failed.length ? ` (the latest ${failed.length})` : ''}:`);
        for (const job of failed) {
          console.log(`  ${job.id}  ${job.kind}  ${job.failedAt!.toISOString()}  after ${job.attempts} attempt(s): ${job.lastError ?? 'no error recorded'}`);
        }
        if (failed.length > 0) console.log('\nRun `gavel jobs retry ID` to try one again.');
      });
    });

  jobs
    .command('run')
    .description('run the jobs that are due now, then exit')
    .action(async () => {
      const config = readConfig();
      await withDatabase(async (db, database) => {
        const { createServices } = await import('../../server.ts');
        const { createJobKinds } = await import('../../services.ts');
        const mailer = createMailer(config.mail);
        try {
          const outcomes = await runDueJobs(db, createJobKinds(createServices(database, config), mailer));
          const count = (status: string) => outcomes.filter((o) => o.status === status).length;
          console.log(`Ran ${outcomes.length} job(s): ${count('finished')} finished, ${count('retrying')} to be tried again, ${count('failed')} failed.`);
          for (const outcome of outcomes) if ('error' in outcome) console.log(`  ${outcome.id}  ${outcome.kind}: ${outcome.error}`);
        } finally {
          mailer.close();
        }
      });
    });

  jobs
    .command('retry')
    .description('try a failed job again, with a fresh set of attempts')
    .argument('<id>', 'the job number `gavel jobs` shows', integerOption('id'))
    .action(async (id: number) => {
      await withDatabase(async (db) => {
        if (!(await retryFailedJob(db, id))) throw new GavelError(`there is no failed job ${id} (run \`gavel jobs\` to see them)`, 'not-found');
        console.log(`Job ${id} will run again at the scheduler's next look, or now with \`gavel jobs run\`.`);
      });
    });
}

async function withDatabase<T>(work: (db: Kysely<Database>, database: DatabaseHandle) => Promise<T>): Promise<T> {
  const database = await openDatabase(readConfig().database);
  try {
    await migrateToLatest(database.db);
    return await work(database.db, database);
  } finally {
    await database.close();
  }
}
