import type { Kysely } from 'kysely';
import type { Database } from '../db/database.ts';
import type { Council } from './council-tables.ts';

/** The council this Gavel serves; there is one, or none before the first load. */
export async function findCouncil(db: Kysely<Database>): Promise<Council | undefined> {
  return db.selectFrom('council').selectAll().orderBy('id').limit(1).executeTakeFirst();
}
