import type { SearchKind } from './search-kinds.ts';

/** How many matches fall in one kind and committee (committee null: none). */
export interface MatchGroup {
  kind: SearchKind;
  committeeSlug: string | null;
  committeeName: string | null;
  count: number;
}

export interface FacetCounts {
  /** Matches passing every filter: the number of results. */
  total: number;
  /** Per kind, counting every other active filter (committee, dates) but not the kind filter. */
  kindCounts: { kind: SearchKind; count: number }[];
  /** Per committee, most first, counting every other active filter (kind, dates) but not the committee filter. */
  committeeCounts: { slug: string; name: string; count: number }[];
}

/**
 * The result count and the filters' counts, from the matches grouped by
 * kind and committee (dates already applied). One GROUP BY in SQL gives at
 * most kinds × committees rows, so each filter can be counted against the
 * others here instead of scanning the matches three times.
 *
 * @example
 * facetCounts([{ kind: 'resolution', committeeSlug: 'audit', committeeName: 'Audit', count: 2 }], { kinds: [], committees: [] })
 * // { total: 2, kindCounts: [{ kind: 'resolution', count: 2 }], committeeCounts: [{ slug: 'audit', name: 'Audit', count: 2 }] }
 */
export function facetCounts(groups: readonly MatchGroup[], filter: { kinds: readonly SearchKind[]; committees: readonly string[] }): FacetCounts {
  const kindPasses = (g: MatchGroup) => filter.kinds.length === 0 || filter.kinds.includes(g.kind);
  const committeePasses = (g: MatchGroup) => filter.committees.length === 0 || (g.committeeSlug !== null && filter.committees.includes(g.committeeSlug));
  let total = 0;
  const byKind = new Map<SearchKind, number>();
  const byCommittee = new Map<string, { slug: string; name: string; count: number }>();
  for (const group of groups) {
    if (kindPasses(group) && committeePasses(group)) total += group.count;
    if (committeePasses(group)) byKind.set(group.kind, (byKind.get(group.kind) ?? 0) + group.count);
    if (kindPasses(group) && group.committeeSlug !== null) {
      const entry = byCommittee.get(group.committeeSlug) ?? { slug: group.committeeSlug, name: group.committeeName ?? group.committeeSlug, count: 0 };
      entry.count += group.count;
      byCommittee.set(group.committeeSlug, entry);
    }
  }
  return {
    total,
    kindCounts: [...byKind].map(([kind, count]) => ({ kind, count })),
    committeeCounts: [...byCommittee.values()].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name)),
  };
}
