import type { Kysely } from 'kysely';
import type { Database } from '../db/database.ts';
import type { Person } from './people-tables.ts';

export interface PersonProfile extends Person {
  groupName: string | null;
  wardName: string | null;
}

export async function findPersonBySlug(db: Kysely<Database>, slug: string): Promise<PersonProfile | undefined> {
  return db
    .selectFrom('person as p')
    .leftJoin('politicalGroup as g', 'g.id', 'p.politicalGroupId')
    .leftJoin('ward as w', 'w.id', 'p.wardId')
    .selectAll('p')
    .select(['g.name as groupName', 'w.name as wardName'])
    .where('p.slug', '=', slug)
    .executeTakeFirst();
}
