import { type Kysely, type RawBuilder, type SqlBool, sql } from 'kysely';
import { jsonArrayFrom } from 'kysely/helpers/postgres';
import type { Database } from '../db/database.ts';
import { findHitDetails, type HitDetails } from './search-hit-repository.ts';
import { kindBoosts, rankWeightsLiteral, rawRankBound } from './ranking.ts';
import { facetCounts, type MatchGroup } from './search-facets.ts';
import { type SearchKind, searchKinds } from './search-kinds.ts';
import { anyLexemeQuery, readTsquery } from './tsquery-text.ts';

export interface SearchFilter {
  q: string;
  kinds: readonly SearchKind[];
  committees: readonly string[];
  from: string | null;
  to: string | null;
  limit: number;
  offset: number;
}

/** One hit: where it was found (its entry) and how to show and link it (its record). */
export interface SearchHitRow extends HitDetails {
  date: string | null;
  score: number;
  committeeSlug: string | null;
  committeeName: string | null;
}

export interface SearchResults {
  /** False when the words were all too common to search for ("the", "of"). */
  searchable: boolean;
  total: number;
  hits: SearchHitRow[];
  /** Per kind, counting every other active filter (committee, dates) but not the kind filter. */
  kindCounts: { kind: SearchKind; count: number }[];
  /** Per committee, counting every other active filter (kind, dates) but not the committee filter. */
  committeeCounts: { slug: string; name: string; count: number }[];
}

// Vectors smaller than this are stored in the row (EXTERNAL storage moves a
// vector out only when the row passes PostgreSQL's 2 kB toast threshold), so
// scoring them where they are found costs no extra read.
const inlineVectorBytes = 1800;
// Long records that could still reach the page, scored at most this many at
// a time (each is a read of its out-of-line vector); past it the rest follow
// the scored ones, newest first.
const longCap = 300;

/**
 * Searches every public record at once over `search_entry` (migration
 * 0004), which holds only what the public may find: no exempt record,
 * nothing on an exempt item, minutes and decisions only once published. So
 * exempt material never reaches results, snippets or counts, and no
 * exemption joins run per match.
 *
 * One statement finds the matches through one GIN index, groups them by
 * kind and committee (the filters' counts, see facetCounts), and ranks them
 * by ts_rank and kind boost as before, reading as few vectors as it can:
 * short records (decisions, recommendations, actions, transcripts, most
 * agenda items) are scored as they are found; a long record (a document)
 * is scored only if its ceiling (ranking.ts: the most its length, kind and
 * title allow) reaches the k-th best score already found, since otherwise
 * it cannot be on the page. That gives the same page as ranking every
 * match, unless more than `longCap` long records could still reach it (an
 * "and" of words common in documents), when the `longCap` with the highest
 * ceilings are scored. A second statement gives the page's snippets and
 * links (search-hit-repository.ts).
 */
export async function searchRecords(db: Kysely<Database>, filter: SearchFilter): Promise<SearchResults> {
  const tsquery = sql`websearch_to_tsquery('english', ${filter.q})`;
  const parsed = await sql<{ n: number; text: string }>`select numnode(${tsquery}) as n, ${tsquery}::text as text`.execute(db);
  const first = parsed.rows[0];
  if (!first?.n) return { searchable: false, total: 0, hits: [], kindCounts: [], committeeCounts: [] };
  const shape = readTsquery(first.text);

  const boost = (kind: RawBuilder<unknown>) =>
    sql<number>`(case ${kind} ${sql.join(searchKinds.map((k) => sql`when ${sql.lit(k)} then ${sql.lit(kindBoosts[k])}`), sql` `)} end)`;
  const score = sql<number>`ts_rank(${rankWeightsLiteral}::float4[], ${sql.ref('e.search')}, ${tsquery}, 1) * ${boost(sql.ref('e.kind'))}`;
  // Per kind, the bound on ts_rank before normalisation; for a titled kind it
  // depends on whether a query word is in the title, which a small vector answers.
  const titleHit = sql<SqlBool>`${sql.ref('e.title')} @@ ${anyLexemeQuery(shape.lexemes)}::tsquery`;
  const bound = sql<number>`(case ${sql.ref('e.kind')} ${sql.join(
    searchKinds.map((k) => {
      const withTitle = rawRankBound(shape.ranking, k, true);
      const withoutTitle = rawRankBound(shape.ranking, k, false);
      return withTitle === withoutTitle
        ? sql`when ${sql.lit(k)} then ${sql.lit(withTitle)}`
        : sql`when ${sql.lit(k)} then case when ${titleHit} then ${sql.lit(withTitle)} else ${sql.lit(withoutTitle)} end`;
    }),
    sql` `,
  )} end)`;
  const ceiling = sql<number>`${sql.ref('e.rankNorm')} * ${boost(sql.ref('e.kind'))} * ${bound}`;
  const isShort = sql<SqlBool>`pg_column_size(${sql.ref('e.search')}) < ${sql.lit(inlineVectorBytes)}`;
  const ranked = filter.offset + filter.limit;

  const row = await db
    // Materialised: the matches are grouped, filtered and ranked; find them once.
    .with(
      (cte) => cte('hits').materialized(),
      (qb) => {
        let hits = qb
          .selectFrom('searchEntry as e')
          .select([
            'e.kind',
            'e.recordId as id',
            'e.committeeId',
            'e.date',
            sql<number | null>`case when ${isShort} then ${score} end`.as('score'),
            // What a long record's ceiling is made of, so that only long records pay for it.
            sql<number | null>`case when not ${isShort} then ${sql.ref('e.rankNorm')} end`.as('rankNorm'),
            sql<string | null>`case when not ${isShort} then ${sql.ref('e.title')} end`.as('title'),
          ])
          .where(sql<SqlBool>`${sql.ref('e.search')} @@ ${tsquery}`);
        if (filter.from) hits = hits.where('e.date', '>=', filter.from);
        if (filter.to) hits = hits.where('e.date', '<=', filter.to);
        return hits;
      },
    )
    // Not materialised: a filter is cheaper to apply again than the rows are to copy.
    .with((cte) => cte('filtered').notMaterialized(), (qb) => {
      let filtered = qb.selectFrom('hits').selectAll('hits');
      if (filter.kinds.length) filtered = filtered.where('hits.kind', 'in', [...filter.kinds]);
      // Committees are named by slug in the URL (an empty IN list is invalid SQL, so only when some are given).
      if (filter.committees.length) {
        filtered = filtered.where('hits.committeeId', 'in', (eb) => eb.selectFrom('committee').select('committee.id').where('committee.slug', 'in', [...filter.committees]));
      }
      return filtered;
    })
    // Long records that could reach the k-th best short score, highest ceiling first, scored from their entries.
    .with('long', (qb) =>
      qb
        .selectFrom((sub) =>
          sub
            .selectFrom('filtered as e')
            .select(['e.kind', 'e.id', 'e.date', ceiling.as('ceiling')])
            .where('e.score', 'is', null)
            .as('l'),
        )
        .where('l.ceiling', '>=', sql<number>`coalesce((select ${sql.ref('s.score')} from ${sql.table('filtered')} as ${sql.ref('s')} where ${sql.ref('s.score')} is not null order by ${sql.ref('s.score')} desc offset ${sql.lit(ranked - 1)} limit 1), 0)`)
        .orderBy('l.ceiling', 'desc')
        .orderBy(sql`${sql.ref('l.date')} desc nulls last`)
        .orderBy('l.kind')
        .orderBy('l.id')
        .limit(longCap)
        .select((eb) => [
          'l.kind',
          'l.id',
          eb.selectFrom('searchEntry as e').select(score.as('score')).whereRef('e.kind', '=', 'l.kind').whereRef('e.recordId', '=', 'l.id').as('score'),
        ]),
    )
    .with('page', (qb) =>
      qb
        .selectFrom('filtered as f')
        .leftJoin('long as l', (j) => j.onRef('l.kind', '=', 'f.kind').onRef('l.id', '=', 'f.id'))
        .select(['f.kind', 'f.id', 'f.committeeId', 'f.date', sql<number>`coalesce(${sql.ref('f.score')}, ${sql.ref('l.score')}, 0)`.as('score')])
        // Recency breaks ties; kind and id make the order total, so pages never overlap.
        .orderBy('score', 'desc')
        .orderBy(sql`${sql.ref('f.date')} desc nulls last`)
        .orderBy('f.kind')
        .orderBy('f.id')
        .limit(filter.limit)
        .offset(filter.offset),
    )
    .selectNoFrom((eb) => [
      jsonArrayFrom(
        eb
          .selectFrom((sub) => sub.selectFrom('hits').select(['hits.kind', 'hits.committeeId', eb.fn.countAll<number>().as('count')]).groupBy(['hits.kind', 'hits.committeeId']).as('g'))
          .leftJoin('committee as c', 'c.id', 'g.committeeId')
          .select(['g.kind', 'c.slug as committeeSlug', 'c.name as committeeName', 'g.count']),
      ).as('groups'),
      jsonArrayFrom(
        eb
          .selectFrom('page')
          .leftJoin('committee as c', 'c.id', 'page.committeeId')
          .select(['page.kind', 'page.id', 'page.date', 'page.score', 'c.slug as committeeSlug', 'c.name as committeeName'])
          .orderBy('page.score', 'desc')
          .orderBy(sql`${sql.ref('page.date')} desc nulls last`)
          .orderBy('page.kind')
          .orderBy('page.id'),
      ).as('page'),
    ])
    .executeTakeFirstOrThrow();

  const page = row.page as Pick<SearchHitRow, 'kind' | 'id' | 'date' | 'score' | 'committeeSlug' | 'committeeName'>[];
  const details = new Map((await findHitDetails(db, filter.q, page)).map((d) => [`${d.kind}:${d.id}`, d]));
  // A record deleted between the two statements is left out rather than shown half-known.
  const hits = page.flatMap((hit) => {
    const found = details.get(`${hit.kind}:${hit.id}`);
    return found ? [{ ...found, ...hit }] : [];
  });
  const groups = (row.groups as MatchGroup[]).map((g) => ({ ...g, count: Number(g.count) }));
  return { searchable: true, hits, ...facetCounts(groups, filter) };
}
