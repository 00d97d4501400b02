import type { Kysely } from 'kysely';
import type { Database } from '../db/database.ts';
import type { Council } from './council-tables.ts';

/** The council this Gavel serves; there is one, or none before the first load. */
export async function findCouncil(db: Kysely<Database>): Promise<Council | undefined> {
  return db.selectFrom('council').selectAll().orderBy('id').limit(1).executeTakeFirst();
}

/** True before anything at all is stored: no council, committee, person or document. The demo loads only then. */
export async function isDatabaseEmpty(db: Kysely<Database>): Promise<boolean> {
  const [council, committee, person, document] = await Promise.all([
    db.selectFrom('council').select('id').limit(1).executeTakeFirst(),
    db.selectFrom('committee').select('id').limit(1).executeTakeFirst(),
    db.selectFrom('person').select('id').limit(1).executeTakeFirst(),
    db.selectFrom('document').select('id').limit(1).executeTakeFirst(),
  ]);
  return !council && !committee && !person && !document;
}
