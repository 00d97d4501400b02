import type { FastifyInstance } from 'fastify';
import type { Config } from './config.ts';
import { isDatabaseEmpty } from './council/council-repository.ts';
import { openDatabase, type DatabaseHandle } from './db/connection.ts';
import { migrateToLatest } from './db/migrate.ts';
import { loadDemoCouncil } from './demo/load-demo-council.ts';
import { demoStaffPassword } from './demo/staff-accounts.ts';
import { staffRoleLabels } from './accounts/roles.ts';
import type { Services } from './services.ts';
import { buildApp } from './web/app.ts';
import { buildCss } from './web/assets/build-css.ts';
import { londonDate } from './web/format.ts';

export interface RunningServer {
  app: FastifyInstance;
  database: DatabaseHandle;
  url: string;
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
  try {
    const ran = await migrateToLatest(database.db);
    if (ran.length > 0) log(`Migrated the database: ${ran.join(', ')}.`);
    // Only into an empty database: a council that has imported its own papers keeps them.
    if (config.loadDemoOnFirstStart && (await isDatabaseEmpty(database.db))) {
      const summary = await loadDemoCouncil(database.db);
      log(`Loaded the demo council: ${summary.council}.`);
      log(`Demo back-office sign-ins (password "${demoStaffPassword}"): ${summary.staff.map((a) => `${a.email} (${staffRoleLabels[a.role].toLowerCase()})`).join(', ')}.`);
    }
    const app = await buildApp(createServices(database, config), { logger: config.logLevel === 'silent' ? false : { level: config.logLevel } });
    const address = await app.listen({ port: config.port, host: config.host });
    const url = address.replace('127.0.0.1', 'localhost').replace('[::1]', 'localhost');
    return {
      app,
      database,
      url,
      async stop() {
        await app.close();
        await database.close();
      },
    };
  } catch (error) {
    await database.close();
    throw error;
  }
}

export function createServices(database: DatabaseHandle, config: Pick<Config, 'publicUrl'>): Services {
  return { db: database.db, config, today: () => londonDate(new Date()) };
}
