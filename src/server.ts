import type { FastifyInstance } from 'fastify';
import type { Config } from './config.ts';
import { isDatabaseEmpty } from './council/council-repository.ts';
import { openDatabase, type DatabaseHandle } from './db/connection.ts';
import { migrateToLatest } from './db/migrate.ts';
import { loadDemoCouncil } from './demo/load-demo-council.ts';
import { demoStaffPassword } from './demo/staff-accounts.ts';
import { staffRoleLabels } from './accounts/roles.ts';
import { createMailer } from './email/mailer.ts';
import { startScheduler, type Scheduler } from './jobs/scheduler.ts';
import { createJobKinds, type Services } from './services.ts';
import { buildApp } from './web/app.ts';
import { buildCss } from './web/assets/build-css.ts';
import { londonDate } from './web/format.ts';

export interface RunningServer {
  app: FastifyInstance;
  database: DatabaseHandle;
  url: string;
  /** Runs background jobs; absent when GAVEL_SCHEDULER=false. */
  scheduler?: Scheduler;
  stop(): Promise<void>;
}

/**
 * Start-up in order: styles, database, schema, demo council on first start,
 * then the portal. Returns once it is listening.
 */
export async function startServer(config: Config, log: (line: string) => void = console.log): Promise<RunningServer> {
  const css = await buildCss();
  if (css.built) log('Built the portal styles.');
  const database = await openDatabase(config.database);
  const mailer = createMailer(config.mail);
  let scheduler: Scheduler | undefined;
  try {
    const ran = await migrateToLatest(database.db);
    if (ran.length > 0) log(`Migrated the database: ${ran.join(', ')}.`);
    // Only into an empty database: a council that has imported its own papers keeps them.
    if (config.loadDemoOnFirstStart && (await isDatabaseEmpty(database.db))) {
      const summary = await loadDemoCouncil(database.db);
      log(`Loaded the demo council: ${summary.council}.`);
      log(`Demo back-office sign-ins (password "${demoStaffPassword}"): ${summary.staff.map((a) => `${a.email} (${staffRoleLabels[a.role].toLowerCase()})`).join(', ')}.`);
    }
    const services = createServices(database, config);
    const app = await buildApp(services, { logger: config.logLevel === 'silent' ? false : { level: config.logLevel } });
    if (config.scheduler.enabled) {
      scheduler = await startScheduler({ db: database.db, jobs: createJobKinds(services, mailer), pollIntervalMs: config.scheduler.pollIntervalMs, log: app.log });
    }
    const address = await app.listen({ port: config.port, host: config.host });
    const url = address.replace('127.0.0.1', 'localhost').replace('[::1]', 'localhost');
    return {
      app,
      database,
      url,
      ...(scheduler ? { scheduler } : {}),
      async stop() {
        // Jobs first: the job in hand finishes while the database is still open.
        await scheduler?.stop();
        await app.close();
        mailer.close();
        await database.close();
      },
    };
  } catch (error) {
    await scheduler?.stop();
    mailer.close();
    await database.close();
    throw error;
  }
}

export function createServices(database: DatabaseHandle, config: Pick<Config, 'publicUrl'>): Services {
  return { db: database.db, config, today: () => londonDate(new Date()) };
}
