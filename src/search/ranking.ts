import type { SearchKind } from './search-kinds.ts';

/**
 * ts_rank's weights for the labels D, C, B and A. Titles are A, minutes B,
 * descriptions and document text C. Resolutions, recommendations, actions
 * and transcripts are unlabelled (D) because the whole record is the
 * matter; PostgreSQL's default D weight (0.1) would bury a resolution under
 * any passing mention, so D counts in full and the kind boost below orders
 * them.
 */
export const rankWeights = [1.0, 0.2, 0.4, 1.0] as const;

/** `{1,0.2,0.4,1}`: rankWeights as the float4[] literal ts_rank takes. */
export const rankWeightsLiteral = `{${rankWeights.join(',')}}`;

/**
 * How much more a match counts in each kind of record: what was decided or
 * recommended comes first, a word said in passing in a transcript last.
 */
export const kindBoosts: Record<SearchKind, number> = {
  resolution: 2.5,
  recommendation: 2.2,
  'forward-plan': 1.2,
  'agenda-item': 1.2,
  action: 1,
  document: 1,
  transcript: 0.3,
};

/** The score results are ordered by; the newer record wins a tie (in SQL, date descending). */
export function searchScore(kind: SearchKind, textRank: number): number {
  return textRank * kindBoosts[kind];
}
