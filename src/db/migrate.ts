import { type Kysely, type Migration, type MigrationProvider, Migrator } from 'kysely';
import { GavelError } from '../errors.ts';
import * as foundation from './migrations/0001-foundation.ts';
import * as search from './migrations/0002-search.ts';
import * as accounts from './migrations/0003-accounts.ts';
import * as searchPerformance from './migrations/0004-search-performance.ts';
import * as jobs from './migrations/0005-jobs.ts';
import * as workingCalendar from './migrations/0006-working-calendar.ts';
import * as scheduling from './migrations/0007-scheduling.ts';
import * as agendas from './migrations/0008-agendas.ts';
import * as publishing from './migrations/0009-publishing.ts';
import * as minutesAndQuestions from './migrations/0010-minutes-and-questions.ts';
import * as followThrough from './migrations/0011-follow-through.ts';
import * as workProgrammeAndForwardPlan from './migrations/0012-work-programme-and-forward-plan.ts';
import * as topicsAndFollowing from './migrations/0013-topics-and-following.ts';

/** Migrations in order. Names sort; a new one goes at the end. */
const migrations: Record<string, Migration> = {
  '0001-foundation': foundation,
  '0002-search': search,
  '0003-accounts': accounts,
  '0004-search-performance': searchPerformance,
  '0005-jobs': jobs,
  '0006-working-calendar': workingCalendar,
  '0007-scheduling': scheduling,
  '0008-agendas': agendas,
  '0009-publishing': publishing,
  '0010-minutes-and-questions': minutesAndQuestions,
  '0011-follow-through': followThrough,
  '0012-work-programme-and-forward-plan': workProgrammeAndForwardPlan,
  '0013-topics-and-following': topicsAndFollowing,
};

const provider: MigrationProvider = { getMigrations: async () => migrations };

/** Brings the schema up to date; returns the names of the migrations it ran. */
export async function migrateToLatest<DB>(db: Kysely<DB>): Promise<string[]> {
  // Migrations see the schema as it was when written, not today's types.
  // Unordered: feature branches add migrations side by side; each runs once whatever order they land in.
  const migrator = new Migrator({ db: db as unknown as Kysely<unknown>, provider, allowUnorderedMigrations: true });
  const { error, results = [] } = await migrator.migrateToLatest();
  const failed = results.find((r) => r.status === 'Error');
  if (error) {
    const where = failed ? ` in migration ${failed.migrationName}` : '';
    throw new GavelError(`the database could not be migrated${where}: ${(error as Error).message}`, 'database-unreachable');
  }
  return results.filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
