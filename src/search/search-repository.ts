import { type Expression, type Kysely, type SqlBool, sql } from 'kysely';
import { jsonArrayFrom } from 'kysely/helpers/postgres';
import type { Database } from '../db/database.ts';
import type { MeetingStatus } from '../meetings/meeting-tables.ts';
import { kindBoosts, rankWeightsLiteral } from './ranking.ts';
import type { SearchKind } from './search-kinds.ts';
import { fragmentDelimiter, snippetStart, snippetStop } from './snippet.ts';

export interface SearchFilter {
  q: string;
  kinds: readonly SearchKind[];
  committees: readonly string[];
  from: string | null;
  to: string | null;
  limit: number;
  offset: number;
}

export interface SearchHitRow {
  kind: SearchKind;
  id: number;
  date: string | null;
  score: number;
  committeeSlug: string | null;
  committeeName: string | null;
  meetingSlug: string | null;
  meetingStatus: MeetingStatus | null;
  itemNumber: string | null;
  itemPosition: number | null;
  itemTitle: string | null;
  /** The record's own title, for documents, agenda items and forward plan entries. */
  title: string | null;
  recommendationLetter: string | null;
  actionNumber: string | null;
  speakerName: string | null;
  startsMs: number | null;
  transcriptDocumentId: number | null;
  transcriptSourceLine: number | null;
  documentLine: number | null;
  /** ts_headline's output, matches between snippetStart and snippetStop; not HTML. */
  snippet: string;
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

const minutesStatuses: MeetingStatus[] = ['draft-minutes', 'minutes-approved'];
// ts_headline parses the whole text it is given; past this many characters a
// long agenda pack costs more than a snippet is worth, and the hit links to
// the document's top instead of the line.
const headlineChars = 200_000;
const headlineOptions =
  `StartSel=${snippetStart}, StopSel=${snippetStop}, MaxWords=32, MinWords=12, MaxFragments=2, ` + `FragmentDelimiter="${fragmentDelimiter}"`;

/**
 * Searches every public record at once: one statement that finds the hits
 * through each table's GIN index, counts them per kind and per committee,
 * and returns one page with snippets. Exempt material is filtered out in
 * each branch, before anything is counted, so it never shows in results,
 * snippets or counts; minutes, and the decisions in them, are searched only
 * once published (draft or approved), as the meeting page shows them.
 */
export async function searchRecords(db: Kysely<Database>, filter: SearchFilter): Promise<SearchResults> {
  const tsquery = sql`websearch_to_tsquery('english', ${filter.q})`;
  const searchable = await sql<{ n: number }>`select numnode(${tsquery}) as n`.execute(db);
  if (!searchable.rows[0]?.n) return { searchable: false, total: 0, hits: [], kindCounts: [], committeeCounts: [] };

  const matches = (alias: string) => sql<SqlBool>`${sql.ref(`${alias}.search`)} @@ ${tsquery}`;
  const rank = (vector: Expression<unknown>, kind: SearchKind) =>
    sql<number>`ts_rank(${rankWeightsLiteral}::float4[], ${vector}, ${tsquery}, 1) * ${sql.lit(kindBoosts[kind])}`;
  const kind = (k: SearchKind) => sql<SearchKind>`${sql.lit(k)}::text`;
  const noId = sql<number | null>`null::integer`;
  const notExempt = (alias: string) => sql<SqlBool>`(${sql.ref(`${alias}.id`)} is null or not ${sql.ref(`${alias}.isExempt`)})`;
  const minutesOut = sql<SqlBool>`${sql.ref('m.status')} in (${sql.join(minutesStatuses)})`;
  // An item whose minutes are not yet published is found by its title and description only.
  const agendaOnlyVector = sql`setweight(to_tsvector('english', ${sql.ref('i.title')}), 'A') || setweight(to_tsvector('english', coalesce(${sql.ref('i.description')}, '')), 'C')`;

  const documents = db
    .selectFrom('document as d')
    .leftJoin('agendaItem as i', 'i.id', 'd.agendaItemId')
    .leftJoin('meeting as m', 'm.id', 'd.meetingId')
    .where(matches('d'))
    .where('d.isExempt', '=', false)
    .where(notExempt('i'))
    // A report's document is as exempt as the report, or the item it is on.
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('report as r')
            .innerJoin('agendaItem as ri', 'ri.id', 'r.agendaItemId')
            .select('r.id')
            .whereRef('r.documentId', '=', 'd.id')
            .where((eb) => eb.or([eb('r.classification', '=', 'exempt'), eb('ri.isExempt', '=', true)])),
        ),
      ),
    )
    .select([
      kind('document').as('kind'),
      'd.id',
      sql<number | null>`coalesce(${sql.ref('d.committeeId')}, ${sql.ref('m.committeeId')})`.as('committeeId'),
      'm.id as meetingId',
      'i.id as itemId',
      sql<string | null>`coalesce(${sql.ref('m.date')}, (${sql.ref('d.publishedAt')} at time zone 'Europe/London')::date, (${sql.ref('d.createdAt')} at time zone 'Europe/London')::date)`.as('date'),
      rank(sql.ref('d.search'), 'document').as('score'),
    ]);

  const agendaItems = db
    .selectFrom('agendaItem as i')
    .innerJoin('meeting as m', 'm.id', 'i.meetingId')
    .where(matches('i'))
    .where('i.isExempt', '=', false)
    .where((eb) => eb.or([minutesOut, eb('i.minutes', 'is', null), sql<SqlBool>`${agendaOnlyVector} @@ ${tsquery}`]))
    .select([
      kind('agenda-item').as('kind'),
      'i.id',
      'm.committeeId',
      'm.id as meetingId',
      'i.id as itemId',
      sql<string | null>`${sql.ref('m.date')}`.as('date'),
      sql<number>`case when ${minutesOut} then ${rank(sql.ref('i.search'), 'agenda-item')} else ${rank(agendaOnlyVector, 'agenda-item')} end`.as('score'),
    ]);

  const resolutions = db
    .selectFrom('resolution as r')
    .innerJoin('agendaItem as i', 'i.id', 'r.agendaItemId')
    .innerJoin('meeting as m', 'm.id', 'i.meetingId')
    .where(matches('r'))
    .where('i.isExempt', '=', false)
    .where(minutesOut)
    .select([
      kind('resolution').as('kind'),
      'r.id',
      'm.committeeId',
      'm.id as meetingId',
      'i.id as itemId',
      sql<string | null>`${sql.ref('m.date')}`.as('date'),
      rank(sql.ref('r.search'), 'resolution').as('score'),
    ]);

  const recommendations = db
    .selectFrom('recommendation as rc')
    .leftJoin('agendaItem as i', 'i.id', 'rc.agendaItemId')
    .leftJoin('resolution as rs', 'rs.id', 'rc.resolutionId')
    .leftJoin('agendaItem as ri', 'ri.id', 'rs.agendaItemId')
    .leftJoin('meeting as m', 'm.id', 'rc.meetingId')
    .where(matches('rc'))
    .where(notExempt('i'))
    .where(notExempt('ri'))
    .select([
      kind('recommendation').as('kind'),
      'rc.id',
      'rc.committeeId',
      'm.id as meetingId',
      sql<number | null>`coalesce(${sql.ref('i.id')}, ${sql.ref('ri.id')})`.as('itemId'),
      sql<string | null>`coalesce(${sql.ref('m.date')}, ${sql.ref('rc.sentOn')}, (${sql.ref('rc.createdAt')} at time zone 'Europe/London')::date)`.as('date'),
      rank(sql.ref('rc.search'), 'recommendation').as('score'),
    ]);

  const actions = db
    .selectFrom('action as a')
    .leftJoin('agendaItem as i', 'i.id', 'a.agendaItemId')
    .leftJoin('meeting as m', 'm.id', 'a.meetingId')
    .where(matches('a'))
    .where(notExempt('i'))
    .select([
      kind('action').as('kind'),
      'a.id',
      'a.committeeId',
      'm.id as meetingId',
      'i.id as itemId',
      sql<string | null>`coalesce(${sql.ref('m.date')}, (${sql.ref('a.createdAt')} at time zone 'Europe/London')::date)`.as('date'),
      rank(sql.ref('a.search'), 'action').as('score'),
    ]);

  const forwardPlan = db
    .selectFrom('forwardPlanEntry as f')
    .leftJoin('meeting as m', 'm.id', 'f.decisionMeetingId')
    .where(matches('f'))
    .where('f.isExempt', '=', false)
    .select([
      kind('forward-plan').as('kind'),
      'f.id',
      'f.decisionMakerCommitteeId as committeeId',
      'm.id as meetingId',
      noId.as('itemId'),
      sql<string | null>`coalesce(${sql.ref('f.decisionDueOn')}, (${sql.ref('f.decisionDueMonth')} || '-01')::date, ${sql.ref('f.firstPublishedOn')})`.as('date'),
      rank(sql.ref('f.search'), 'forward-plan').as('score'),
    ]);

  const transcripts = db
    .selectFrom('transcriptSegment as s')
    .innerJoin('transcript as t', 't.id', 's.transcriptId')
    .leftJoin('document as td', 'td.id', 't.documentId')
    .leftJoin('agendaItem as ti', 'ti.id', 'td.agendaItemId')
    .leftJoin('meeting as m', 'm.id', 't.meetingId')
    .where(matches('s'))
    .where(notExempt('td'))
    .where(notExempt('ti'))
    .select([
      kind('transcript').as('kind'),
      's.id',
      'm.committeeId',
      'm.id as meetingId',
      noId.as('itemId'),
      sql<string | null>`${sql.ref('m.date')}`.as('date'),
      rank(sql.ref('s.search'), 'transcript').as('score'),
    ]);

  const all = documents.unionAll(agendaItems).unionAll(resolutions).unionAll(recommendations).unionAll(actions).unionAll(forwardPlan).unionAll(transcripts);

  // Committees are named by slug in the URL; only used when some are given (an empty IN list is invalid SQL).
  const committeeIds = sql<number>`(select ${sql.ref('id')} from ${sql.table('committee')} where ${sql.ref('slug')} in (${sql.join(filter.committees.length ? [...filter.committees] : [''])}))`;

  // The page's hits with what they need to be shown and linked: parents'
  // names and slugs, and a snippet, computed for these rows only. For a
  // document the snippet also gives the line of its first match: the first
  // fragment, found verbatim in the text, plus the start marker's place in
  // it, counted against line_starts.
  const forKind = (k: SearchKind) => sql<SqlBool>`${sql.ref('page.kind')} = ${sql.lit(k)}`;
  const snippetSource = sql<string>`case ${sql.ref('page.kind')}
    when 'document' then left(${sql.ref('d.text')}, ${sql.lit(headlineChars)})
    when 'agenda-item' then concat_ws(E'\\n', ${sql.ref('ai.description')}, case when ${minutesOut} then ${sql.ref('ai.minutes')} end)
    when 'resolution' then ${sql.ref('rs.text')}
    when 'recommendation' then concat_ws(E'\\n', ${sql.ref('rc.text')}, ${sql.ref('rc.responseText')})
    when 'action' then ${sql.ref('a.description')}
    when 'forward-plan' then coalesce(${sql.ref('f.purpose')}, ${sql.ref('f.title')})
    when 'transcript' then ${sql.ref('s.text')}
  end`;
  const firstFragment = sql<string>`split_part(${sql.ref('shown.snippet')}, ${fragmentDelimiter}, 1)`;
  const plainFragment = sql<string>`replace(replace(${firstFragment}, ${snippetStart}, ''), ${snippetStop}, '')`;
  const matchOffset = sql<number>`strpos(${sql.ref('shown.documentText')}, ${plainFragment}) - 1 + strpos(${firstFragment}, ${snippetStart}) - 1`;
  const documentLine = sql<number | null>`case when ${sql.ref('shown.kind')} = 'document'
      and strpos(${firstFragment}, ${snippetStart}) > 0 and strpos(${sql.ref('shown.documentText')}, ${plainFragment}) > 0
    then (select count(*)::integer from jsonb_array_elements_text(${sql.ref('shown.lineStarts')}) as ls(start) where ls.start::integer <= ${matchOffset})
  end`;

  const row = await db
    // Materialised: the hits are counted three ways and paged; find them once.
    .with(
      (cte) => cte('hits').materialized(),
      (qb) => {
        let hits = qb.selectFrom(all.as('u')).selectAll('u');
        if (filter.from) hits = hits.where('u.date', '>=', filter.from);
        if (filter.to) hits = hits.where('u.date', '<=', filter.to);
        return hits;
      },
    )
    .with('filtered', (qb) => {
      let filtered = qb.selectFrom('hits').selectAll('hits');
      if (filter.kinds.length) filtered = filtered.where('hits.kind', 'in', [...filter.kinds]);
      if (filter.committees.length) filtered = filtered.where('hits.committeeId', 'in', committeeIds);
      return filtered;
    })
    .with('page', (qb) =>
      qb
        .selectFrom('filtered')
        .selectAll('filtered')
        // Recency breaks ties; kind and id make the order total, so pages never overlap.
        .orderBy('filtered.score', 'desc')
        .orderBy(sql`${sql.ref('filtered.date')} desc nulls last`)
        .orderBy('filtered.kind')
        .orderBy('filtered.id')
        .limit(filter.limit)
        .offset(filter.offset),
    )
    // Materialised too: the snippet is read several times to find a document's line, and must be computed once.
    .with(
      (cte) => cte('shown').materialized(),
      (qb) =>
      qb
        .selectFrom('page')
        .leftJoin('committee as c', 'c.id', 'page.committeeId')
        .leftJoin('meeting as m', 'm.id', 'page.meetingId')
        .leftJoin('agendaItem as i', 'i.id', 'page.itemId')
        .leftJoin('document as d', (j) => j.on(forKind('document')).onRef('d.id', '=', 'page.id'))
        .leftJoin('agendaItem as ai', (j) => j.on(forKind('agenda-item')).onRef('ai.id', '=', 'page.id'))
        .leftJoin('resolution as rs', (j) => j.on(forKind('resolution')).onRef('rs.id', '=', 'page.id'))
        .leftJoin('recommendation as rc', (j) => j.on(forKind('recommendation')).onRef('rc.id', '=', 'page.id'))
        .leftJoin('action as a', (j) => j.on(forKind('action')).onRef('a.id', '=', 'page.id'))
        .leftJoin('forwardPlanEntry as f', (j) => j.on(forKind('forward-plan')).onRef('f.id', '=', 'page.id'))
        .leftJoin('transcriptSegment as s', (j) => j.on(forKind('transcript')).onRef('s.id', '=', 'page.id'))
        .leftJoin('transcript as t', 't.id', 's.transcriptId')
        .select([
          'page.kind',
          'page.id',
          'page.date',
          'page.score',
          'c.slug as committeeSlug',
          'c.name as committeeName',
          'm.slug as meetingSlug',
          'm.status as meetingStatus',
          'i.number as itemNumber',
          'i.position as itemPosition',
          'i.title as itemTitle',
          sql<string | null>`coalesce(${sql.ref('d.title')}, ${sql.ref('ai.title')}, ${sql.ref('f.title')})`.as('title'),
          'rc.letter as recommendationLetter',
          'a.number as actionNumber',
          's.speakerName',
          's.startsMs',
          't.documentId as transcriptDocumentId',
          's.sourceLineFrom as transcriptSourceLine',
          sql<string | null>`left(${sql.ref('d.text')}, ${sql.lit(headlineChars)})`.as('documentText'),
          'd.lineStarts',
          sql<string>`coalesce(ts_headline('english', ${snippetSource}, ${tsquery}, ${headlineOptions}), '')`.as('snippet'),
        ]),
    )
    .selectNoFrom((eb) => [
      eb.selectFrom('filtered').select(eb.fn.countAll<number>().as('n')).as('total'),
      jsonArrayFrom(
        (() => {
          let q = eb.selectFrom('hits').select(['hits.kind', eb.fn.countAll<number>().as('count')]).groupBy('hits.kind');
          if (filter.committees.length) q = q.where('hits.committeeId', 'in', committeeIds);
          return q;
        })(),
      ).as('kindCounts'),
      jsonArrayFrom(
        (() => {
          let q = eb
            .selectFrom('hits')
            .innerJoin('committee as c', 'c.id', 'hits.committeeId')
            .select(['c.slug', 'c.name', eb.fn.countAll<number>().as('count')])
            .groupBy(['c.slug', 'c.name']);
          if (filter.kinds.length) q = q.where('hits.kind', 'in', [...filter.kinds]);
          return q;
        })(),
      ).as('committeeCounts'),
      jsonArrayFrom(
        eb
          .selectFrom('shown')
          .select([
            'shown.kind',
            'shown.id',
            'shown.date',
            'shown.score',
            'shown.committeeSlug',
            'shown.committeeName',
            'shown.meetingSlug',
            'shown.meetingStatus',
            'shown.itemNumber',
            'shown.itemPosition',
            'shown.itemTitle',
            'shown.title',
            'shown.recommendationLetter',
            'shown.actionNumber',
            'shown.speakerName',
            'shown.startsMs',
            'shown.transcriptDocumentId',
            'shown.transcriptSourceLine',
            documentLine.as('documentLine'),
            'shown.snippet',
          ])
          .orderBy('shown.score', 'desc')
          .orderBy(sql`${sql.ref('shown.date')} desc nulls last`)
          .orderBy('shown.kind')
          .orderBy('shown.id'),
      ).as('hits'),
    ])
    .executeTakeFirstOrThrow();

  return {
    searchable: true,
    total: Number(row.total ?? 0),
    hits: row.hits as SearchHitRow[],
    kindCounts: (row.kindCounts as { kind: SearchKind; count: number }[]).map((k) => ({ kind: k.kind, count: Number(k.count) })),
    committeeCounts: (row.committeeCounts as { slug: string; name: string; count: number }[])
      .map((c) => ({ slug: c.slug, name: c.name, count: Number(c.count) }))
      .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name)),
  };
}
