import { type Kysely, type RawBuilder, type SelectQueryBuilder, type SqlBool, sql } from 'kysely';
import type { Database } from '../db/database.ts';
import type { MeetingStatus } from '../meetings/meeting-tables.ts';
import type { SearchKind } from './search-kinds.ts';
import { fragmentDelimiter, snippetStart, snippetStop } from './snippet.ts';

/** What a hit needs, beyond its kind and id, to be shown and linked. */
export interface HitDetails {
  kind: SearchKind;
  id: number;
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

// ts_headline parses the whole text it is given; past this many characters a
// long agenda pack costs more than a snippet is worth, and the hit links to
// the document's top instead of the line.
const headlineChars = 200_000;
const headlineOptions =
  `StartSel=${snippetStart}, StopSel=${snippetStop}, MaxWords=32, MinWords=12, MaxFragments=2, ` + `FragmentDelimiter="${fragmentDelimiter}"`;
const minutesStatuses: MeetingStatus[] = ['draft-minutes', 'minutes-approved'];

type Branch = SelectQueryBuilder<Database, never, HitDetails>;
// Typed, so the branches' columns agree in the UNION.
const noText = () => sql<string | null>`null::text`;
const noNumber = () => sql<number | null>`null::integer`;

/**
 * The details and snippets of one page of hits, in one statement with a
 * branch for each kind on the page only: where each record belongs (its
 * meeting and agenda item, for the link), its title, and ts_headline over
 * its own text. Only the page's records are read, never the other matches.
 * The records were found through search_entry, so none is exempt.
 */
export async function findHitDetails(db: Kysely<Database>, q: string, hits: readonly { kind: SearchKind; id: number }[]): Promise<HitDetails[]> {
  const tsquery = sql`websearch_to_tsquery('english', ${q})`;
  const headline = (text: RawBuilder<string | null>) => sql<string>`coalesce(ts_headline('english', ${text}, ${tsquery}, ${headlineOptions}), '')`;
  const idsOf = (kind: SearchKind) => hits.filter((h) => h.kind === kind).map((h) => h.id);
  const ref = sql.ref;

  const branches: Record<SearchKind, (ids: number[]) => Branch> = {
    document: (ids) => {
      const marked = db
        .selectFrom('document as d')
        .leftJoin('meeting as m', 'm.id', 'd.meetingId')
        .leftJoin('agendaItem as i', 'i.id', 'd.agendaItemId')
        .where('d.id', 'in', ids)
        .select([
          'd.id',
          'm.slug as meetingSlug',
          'm.status as meetingStatus',
          'i.number as itemNumber',
          'i.position as itemPosition',
          'i.title as itemTitle',
          'd.title',
          'd.lineStarts',
          sql<string>`left(${ref('d.text')}, ${sql.lit(headlineChars)})`.as('text'),
          headline(sql`left(${ref('d.text')}, ${sql.lit(headlineChars)})`).as('snippet'),
        ]);
      // The line of the first match: the first fragment, found verbatim in the
      // text, plus the start marker's place in it, counted against line_starts.
      const firstFragment = sql<string>`split_part(${ref('h.snippet')}, ${fragmentDelimiter}, 1)`;
      const plainFragment = sql<string>`replace(replace(${firstFragment}, ${snippetStart}, ''), ${snippetStop}, '')`;
      const matchOffset = sql<number>`strpos(${ref('h.text')}, ${plainFragment}) - 1 + strpos(${firstFragment}, ${snippetStart}) - 1`;
      const documentLine = sql<number | null>`case when strpos(${firstFragment}, ${snippetStart}) > 0 and strpos(${ref('h.text')}, ${plainFragment}) > 0
        then (select count(*)::integer from jsonb_array_elements_text(${ref('h.lineStarts')}) as ls(start) where ls.start::integer <= ${matchOffset})
      end`;
      return db
        .selectFrom(marked.as('h'))
        .select([
          sql<SearchKind>`'document'::text`.as('kind'),
          'h.id',
          'h.meetingSlug',
          'h.meetingStatus',
          'h.itemNumber',
          'h.itemPosition',
          'h.itemTitle',
          'h.title',
          noText().as('recommendationLetter'),
          noText().as('actionNumber'),
          noText().as('speakerName'),
          noNumber().as('startsMs'),
          noNumber().as('transcriptDocumentId'),
          noNumber().as('transcriptSourceLine'),
          documentLine.as('documentLine'),
          'h.snippet',
        ]) as unknown as Branch;
    },
    'agenda-item': (ids) =>
      db
        .selectFrom('agendaItem as i')
        .innerJoin('meeting as m', 'm.id', 'i.meetingId')
        .where('i.id', 'in', ids)
        .select([
          sql<SearchKind>`'agenda-item'::text`.as('kind'),
          'i.id',
          'm.slug as meetingSlug',
          'm.status as meetingStatus',
          'i.number as itemNumber',
          'i.position as itemPosition',
          'i.title as itemTitle',
          'i.title',
          noText().as('recommendationLetter'),
          noText().as('actionNumber'),
          noText().as('speakerName'),
          noNumber().as('startsMs'),
          noNumber().as('transcriptDocumentId'),
          noNumber().as('transcriptSourceLine'),
          noNumber().as('documentLine'),
          // Minutes not yet published stay out of the snippet, as out of the search.
          headline(sql`concat_ws(E'\\n', ${ref('i.description')}, case when ${ref('m.status')} in (${sql.join(minutesStatuses)}) then ${ref('i.minutes')} end)`).as('snippet'),
        ]) as unknown as Branch,
    resolution: (ids) =>
      db
        .selectFrom('resolution as r')
        .innerJoin('agendaItem as i', 'i.id', 'r.agendaItemId')
        .innerJoin('meeting as m', 'm.id', 'i.meetingId')
        .where('r.id', 'in', ids)
        .select([
          sql<SearchKind>`'resolution'::text`.as('kind'),
          'r.id',
          'm.slug as meetingSlug',
          'm.status as meetingStatus',
          'i.number as itemNumber',
          'i.position as itemPosition',
          'i.title as itemTitle',
          noText().as('title'),
          noText().as('recommendationLetter'),
          noText().as('actionNumber'),
          noText().as('speakerName'),
          noNumber().as('startsMs'),
          noNumber().as('transcriptDocumentId'),
          noNumber().as('transcriptSourceLine'),
          noNumber().as('documentLine'),
          headline(sql`${ref('r.text')}`).as('snippet'),
        ]) as unknown as Branch,
    recommendation: (ids) =>
      db
        .selectFrom('recommendation as rc')
        .leftJoin('resolution as rs', 'rs.id', 'rc.resolutionId')
        .leftJoin('agendaItem as i', (j) => j.on(sql<SqlBool>`${ref('i.id')} = coalesce(${ref('rc.agendaItemId')}, ${ref('rs.agendaItemId')})`))
        .leftJoin('meeting as m', 'm.id', 'rc.meetingId')
        .where('rc.id', 'in', ids)
        .select([
          sql<SearchKind>`'recommendation'::text`.as('kind'),
          'rc.id',
          'm.slug as meetingSlug',
          'm.status as meetingStatus',
          'i.number as itemNumber',
          'i.position as itemPosition',
          'i.title as itemTitle',
          noText().as('title'),
          'rc.letter as recommendationLetter',
          noText().as('actionNumber'),
          noText().as('speakerName'),
          noNumber().as('startsMs'),
          noNumber().as('transcriptDocumentId'),
          noNumber().as('transcriptSourceLine'),
          noNumber().as('documentLine'),
          headline(sql`concat_ws(E'\\n', ${ref('rc.text')}, ${ref('rc.responseText')})`).as('snippet'),
        ]) as unknown as Branch,
    action: (ids) =>
      db
        .selectFrom('action as a')
        .leftJoin('agendaItem as i', 'i.id', 'a.agendaItemId')
        .leftJoin('meeting as m', 'm.id', 'a.meetingId')
        .where('a.id', 'in', ids)
        .select([
          sql<SearchKind>`'action'::text`.as('kind'),
          'a.id',
          'm.slug as meetingSlug',
          'm.status as meetingStatus',
          'i.number as itemNumber',
          'i.position as itemPosition',
          'i.title as itemTitle',
          noText().as('title'),
          noText().as('recommendationLetter'),
          'a.number as actionNumber',
          noText().as('speakerName'),
          noNumber().as('startsMs'),
          noNumber().as('transcriptDocumentId'),
          noNumber().as('transcriptSourceLine'),
          noNumber().as('documentLine'),
          headline(sql`${ref('a.description')}`).as('snippet'),
        ]) as unknown as Branch,
    'forward-plan': (ids) =>
      db
        .selectFrom('forwardPlanEntry as f')
        .leftJoin('meeting as m', 'm.id', 'f.decisionMeetingId')
        .where('f.id', 'in', ids)
        .select([
          sql<SearchKind>`'forward-plan'::text`.as('kind'),
          'f.id',
          'm.slug as meetingSlug',
          'm.status as meetingStatus',
          noText().as('itemNumber'),
          noNumber().as('itemPosition'),
          noText().as('itemTitle'),
          'f.title',
          noText().as('recommendationLetter'),
          noText().as('actionNumber'),
          noText().as('speakerName'),
          noNumber().as('startsMs'),
          noNumber().as('transcriptDocumentId'),
          noNumber().as('transcriptSourceLine'),
          noNumber().as('documentLine'),
          headline(sql`coalesce(${ref('f.purpose')}, ${ref('f.title')})`).as('snippet'),
        ]) as unknown as Branch,
    transcript: (ids) =>
      db
        .selectFrom('transcriptSegment as s')
        .innerJoin('transcript as t', 't.id', 's.transcriptId')
        .leftJoin('meeting as m', 'm.id', 't.meetingId')
        .where('s.id', 'in', ids)
        .select([
          sql<SearchKind>`'transcript'::text`.as('kind'),
          's.id',
          'm.slug as meetingSlug',
          'm.status as meetingStatus',
          noText().as('itemNumber'),
          noNumber().as('itemPosition'),
          noText().as('itemTitle'),
          noText().as('title'),
          noText().as('recommendationLetter'),
          noText().as('actionNumber'),
          's.speakerName',
          's.startsMs',
          't.documentId as transcriptDocumentId',
          's.sourceLineFrom as transcriptSourceLine',
          noNumber().as('documentLine'),
          headline(sql`${ref('s.text')}`).as('snippet'),
        ]) as unknown as Branch,
  };

  const present = (Object.keys(branches) as SearchKind[]).filter((kind) => idsOf(kind).length > 0);
  if (present.length === 0) return [];
  const [first, ...rest] = present.map((kind) => branches[kind](idsOf(kind)));
  const query = rest.reduce((union, branch) => union.unionAll(branch), first!);
  return query.execute();
}
