import { type SearchKind, searchKindLabels } from '../search/search-kinds.ts';
import type { FollowKind } from './following-tables.ts';

/** A saved search: the words and the filters ticked on the search page (dates are left out: new results are newer than any range). */
export interface SavedSearch {
  q: string;
  kinds: readonly SearchKind[];
  committees: readonly string[];
}

export type FollowTarget = { kind: 'committee'; committeeId: number } | { kind: 'topic'; topicId: number } | { kind: 'search'; search: SavedSearch };

/**
 * One value naming what is followed, so an address follows each thing
 * once: the same search typed with other spacing, capitals or filter
 * order is the same search.
 *
 * @example
 * followTargetKey({ kind: 'search', search: { q: ' Bus  Lanes ', kinds: ['resolution'], committees: [] } }); // 'search:q=bus+lanes&kind=resolution'
 */
export function followTargetKey(target: FollowTarget): string {
  if (target.kind === 'committee') return `committee:${target.committeeId}`;
  if (target.kind === 'topic') return `topic:${target.topicId}`;
  const params = new URLSearchParams();
  params.append('q', normaliseQuery(target.search.q).toLowerCase());
  for (const kind of [...new Set(target.search.kinds)].sort()) params.append('kind', kind);
  for (const committee of [...new Set(target.search.committees)].sort()) params.append('committee', committee);
  return `search:${params.toString()}`;
}

export function normaliseQuery(q: string): string {
  return q.trim().replace(/\s+/g, ' ');
}

/** The search page showing the saved search's results. */
export function savedSearchHref(search: SavedSearch): string {
  const params = new URLSearchParams();
  params.append('q', search.q);
  for (const kind of search.kinds) params.append('kind', kind);
  for (const committee of search.committees) params.append('committee', committee);
  return `/search?${params.toString()}`;
}

/**
 * How a follow reads in emails and on the manage page: "the Planning
 * Committee", "the topic School transport", "new results for “bus lanes”
 * (decisions, in the Planning Committee)".
 */
export function describeFollow(follow: { kind: FollowKind; committeeName?: string | null; topicName?: string | null; search?: SavedSearch | null }, committeeNames: ReadonlyMap<string, string> = new Map()): string {
  if (follow.kind === 'committee') {
    const name = follow.committeeName ?? 'committee';
    return /^the /i.test(name) ? name : `the ${name}`;
  }
  if (follow.kind === 'topic') return `the topic ${follow.topicName ?? ''}`.trim();
  const search = follow.search!;
  const filters = [
    search.kinds.length ? search.kinds.map((k) => searchKindLabels[k].many.toLowerCase()).join(' and ') : null,
    search.committees.length ? `in ${search.committees.map((slug) => committeeNames.get(slug) ?? slug).join(' or ')}` : null,
  ].filter(Boolean);
  return `new results for “${search.q}”${filters.length ? ` (${filters.join(', ')})` : ''}`;
}
