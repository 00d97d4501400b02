import type { Command } from 'commander';
import { readConfig } from '../../config.ts';
import { openDatabase } from '../../db/connection.ts';
import { migrateToLatest } from '../../db/migrate.ts';

export function registerMigrate(program: Command): void {
  program
    .command('migrate')
    .description('bring the database schema up to date, then exit')
    .action(async () => {
      const database = await openDatabase(readConfig().database);
      try {
        const ran = await migrateToLatest(database.db);
        console.log(ran.length ? `Ran ${ran.length} migration(s): ${ran.join(', ')}.` : 'The database is up to date.');
      } finally {
        await database.close();
      }
    });
}
