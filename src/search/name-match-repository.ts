import { type Kysely, sql } from 'kysely';
import type { Database } from '../db/database.ts';
import type { PersonKind } from '../people/people-tables.ts';

export interface NameMatch {
  kind: 'person' | 'committee';
  slug: string;
  name: string;
  /** Councillor, officer…, or the committee's kind. */
  detail: string;
  similarity: number;
}

/**
 * People and committees whose names look like the words searched for, even
 * misspelt: pg_trgm's word similarity (`q <% name`, at least 0.6 by
 * default), which the trigram GIN indexes of migration 0002 serve. "woodwart"
 * finds Hannah Woodward; "plannig" the Planning and Regulatory Committee.
 */
export async function findNameMatches(db: Kysely<Database>, q: string, limit = 5): Promise<NameMatch[]> {
  if (!q.trim()) return [];
  const people = db
    .selectFrom('person as p')
    .where(sql<boolean>`${q} <% ${sql.ref('p.fullName')}`)
    // Residents who asked questions are named in minutes, but are not people Gavel has pages for.
    .where('p.kind', '!=', 'public')
    .select([
      sql<'person' | 'committee'>`'person'::text`.as('kind'),
      'p.slug',
      'p.fullName as name',
      sql<string>`${sql.ref('p.kind')}::text`.as('detail'),
      sql<number>`word_similarity(${q}, ${sql.ref('p.fullName')})`.as('similarity'),
    ]);
  const committees = db
    .selectFrom('committee as c')
    .where(sql<boolean>`${q} <% ${sql.ref('c.name')}`)
    .select([
      sql<'person' | 'committee'>`'committee'::text`.as('kind'),
      'c.slug',
      'c.name',
      sql<string>`${sql.ref('c.kind')}::text`.as('detail'),
      sql<number>`word_similarity(${q}, ${sql.ref('c.name')})`.as('similarity'),
    ]);
  const rows = await db
    .selectFrom(people.unionAll(committees).as('n'))
    .selectAll('n')
    .orderBy('n.similarity', 'desc')
    .orderBy('n.name')
    .limit(limit)
    .execute();
  return rows.map((r) => ({ ...r, similarity: Number(r.similarity), detail: r.kind === 'person' ? personKindLabels[r.detail as PersonKind] : 'Committee' }));
}

const personKindLabels: Record<PersonKind, string> = { councillor: 'Councillor', officer: 'Officer', 'co-optee': 'Co-opted member', public: 'Member of the public' };
