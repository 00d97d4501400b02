import type { Command } from 'commander';
import { readConfig } from '../../config.ts';
import { isDatabaseEmpty } from '../../council/council-repository.ts';
import { openDatabase } from '../../db/connection.ts';
import { migrateToLatest } from '../../db/migrate.ts';
import { deleteAllData } from '../../db/reset.ts';
import { GavelError } from '../../errors.ts';
import { integerOption } from '../options.ts';

export function registerDemo(program: Command): void {
  program
    .command('demo')
    .description('load the fictional demo council into an empty database')
    .option('--seed <number>', 'seed for the generator: the same seed gives the same council', integerOption('--seed'), 1)
    .option('--reset', 'delete ALL data in the database first, then load the demo council')
    .action(async (options: { seed: number; reset?: boolean }) => {
      const database = await openDatabase(readConfig().database);
      try {
        await migrateToLatest(database.db);
        if (options.reset) {
          await deleteAllData(database.db);
        } else if (!(await isDatabaseEmpty(database.db))) {
          throw new GavelError('the database is not empty; run `gavel demo --reset` to replace everything in it with the demo council');
        }
        const { loadDemoCouncil } = await import('../../demo/load-demo-council.ts');
        const summary = await loadDemoCouncil(database.db, { seed: options.seed });
        console.log(`Loaded ${summary.council}:`);
        for (const [what, count] of Object.entries(summary)) {
          if (typeof count === 'number') console.log(`  ${what}: ${count}`);
        }
        const { demoStaffPassword } = await import('../../demo/staff-accounts.ts');
        console.log(`Back-office sign-ins, password "${demoStaffPassword}":`);
        for (const account of summary.staff) console.log(`  ${account.email} (${account.role})`);
      } finally {
        await database.close();
      }
    });
}
