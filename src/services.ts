import type { Kysely } from 'kysely';
import type { Config } from './config.ts';
import type { Database } from './db/database.ts';

/**
 * The composition root: what routes and commands are given to work with.
 * Repositories are plain functions over `db`, so this stays small; a test
 * builds the app with its own database and config.
 */
export interface Services {
  db: Kysely<Database>;
  config: Pick<Config, 'publicUrl'>;
  /** Today's date in London; a function so tests can fix it. */
  today(): string;
}
