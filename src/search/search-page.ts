import { formatDateLong } from '../web/format.ts';
import { type PaginationView, paginationView } from '../web/pagination.ts';
import { formatOffset, hitHref } from './search-links.ts';
import { type SearchKind, searchKindLabels, searchKinds } from './search-kinds.ts';
import { hasFilters, pageSize, type SearchQuery, searchHref } from './search-query.ts';
import type { SearchHitRow, SearchResults } from './search-repository.ts';
import { markedToHtml } from './snippet.ts';

export interface ResultView {
  href: string;
  heading: string;
  kindLabel: string;
  /** "Cabinet, 3 September 2026". */
  context: string;
  /** Safe HTML: escaped text with <mark> around matches. */
  snippetHtml: string;
}

/** A GOV.UK checkboxes item: the count is part of the label, so it is read out with it. */
export interface FacetItem {
  value: string;
  text: string;
  checked: boolean;
}

const minutesStatuses = new Set(['draft-minutes', 'minutes-approved']);

/** One hit as the results list shows it: where to go, what it is, and the words around the match. */
export function resultView(hit: SearchHitRow): ResultView {
  const labels = searchKindLabels[hit.kind];
  const href = hitHref({
    kind: hit.kind,
    id: hit.id,
    committeeSlug: hit.committeeSlug,
    meetingSlug: hit.meetingSlug,
    meetingHasMinutes: hit.meetingStatus !== null && minutesStatuses.has(hit.meetingStatus),
    itemNumber: hit.itemNumber,
    itemPosition: hit.itemPosition,
    documentLine: hit.documentLine,
    startsMs: hit.startsMs,
    transcriptDocumentId: hit.transcriptDocumentId,
    transcriptSourceLine: hit.transcriptSourceLine,
  });
  const context = [hit.committeeName, hit.date ? formatDateLong(hit.date) : null].filter(Boolean).join(', ');
  return { href, heading: resultHeading(hit), kindLabel: labels.one, context, snippetHtml: markedToHtml(hit.snippet) };
}

/** The link text: the record's own title, or what it belongs to when it has none. */
export function resultHeading(hit: SearchHitRow): string {
  const item = hit.itemTitle ? `${hit.itemNumber ? `${hit.itemNumber}. ` : ''}${hit.itemTitle}` : null;
  switch (hit.kind) {
    case 'resolution':
      return item ? `Resolved: ${item}` : 'Resolution';
    case 'recommendation':
      return `Recommendation${hit.recommendationLetter ? ` (${hit.recommendationLetter})` : ''}${item ? `: ${item}` : ''}`;
    case 'action':
      return `Action${hit.actionNumber ? ` ${hit.actionNumber}` : ''}${item ? `: ${item}` : ''}`;
    case 'transcript':
      return `Transcript${hit.startsMs !== null ? ` at ${formatOffset(hit.startsMs)}` : ''}${hit.speakerName ? `, ${hit.speakerName}` : ''}`;
    case 'agenda-item':
      return item ?? hit.title ?? 'Agenda item';
    default:
      return hit.title ?? searchKindLabels[hit.kind].one;
  }
}

/**
 * The kind filter's checkboxes: every kind that has results with the other
 * filters applied, plus any already ticked (shown with 0, so it can be
 * unticked), in a fixed order so the list does not jump about.
 */
export function kindFacet(counts: SearchResults['kindCounts'], selected: readonly SearchKind[]): FacetItem[] {
  return searchKinds
    .map((kind) => ({ kind, count: counts.find((c) => c.kind === kind)?.count ?? 0 }))
    .filter(({ kind, count }) => count > 0 || selected.includes(kind))
    .map(({ kind, count }) => ({ value: kind, text: `${searchKindLabels[kind].many} (${count})`, checked: selected.includes(kind) }));
}

/** The committee filter's checkboxes: most results first; ticked committees stay, even at 0. */
export function committeeFacet(counts: SearchResults['committeeCounts'], selected: readonly string[], names: ReadonlyMap<string, string>): FacetItem[] {
  const items = counts.map((c) => ({ value: c.slug, text: `${c.name} (${c.count})`, checked: selected.includes(c.slug) }));
  for (const slug of selected) {
    if (!counts.some((c) => c.slug === slug)) items.push({ value: slug, text: `${names.get(slug) ?? slug} (0)`, checked: true });
  }
  return items;
}

/** The results' pages, each link keeping the words and filters. */
export function pagination(query: SearchQuery, total: number): PaginationView | null {
  return paginationView(query.page, Math.ceil(total / pageSize), (page) => searchHref(query, { page }));
}

/** "Showing 21 to 40 of 123 results", or "1 result". */
export function countText(query: SearchQuery, total: number): string {
  if (total === 0) return '0 results';
  if (total <= pageSize) return total === 1 ? '1 result' : `${total} results`;
  const first = (query.page - 1) * pageSize + 1;
  // A page past the end (an old bookmark) shows none of them.
  if (first > total) return `${total} results`;
  return `Showing ${first} to ${Math.min(first + pageSize - 1, total)} of ${total} results`;
}

/** The link that keeps the words and drops every filter. */
export function clearFiltersHref(query: SearchQuery): string | null {
  return hasFilters(query) ? searchHref({ ...query, page: 1 }, { kinds: [], committees: [], dates: false }) : null;
}
