import type { Kysely } from 'kysely';
import type { Database } from '../db/database.ts';
import { slugify } from '../demo/names.ts';
import type { Council, Nation } from './council-tables.ts';

export interface CouncilSettings {
  name: string;
  shortName: string;
  nation: Nation;
  website: string | null;
  email: string | null;
  phone: string | null;
  address: string | null;
  brandColour: string;
}

/**
 * Saves the council's details: changes the council there is, or creates it
 * on an instance that so far holds only imported papers. Its slug is made
 * once, from the short name, and kept, so addresses do not change.
 */
export async function saveCouncilSettings(db: Kysely<Database>, settings: CouncilSettings): Promise<{ before: Council | undefined; after: Council }> {
  const before = await db.selectFrom('council').selectAll().orderBy('id').limit(1).forUpdate().executeTakeFirst();
  const after = before
    ? await db.updateTable('council').set(settings).where('id', '=', before.id).returningAll().executeTakeFirstOrThrow()
    : await db
        .insertInto('council')
        .values({ ...settings, slug: slugify(settings.shortName) || 'council' })
        .returningAll()
        .executeTakeFirstOrThrow();
  return { before, after };
}
