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

/**
 * The most ts_rank can give before its length normalisation, for any query
 * websearch_to_tsquery makes, with weights no greater than 1: calc_rank_or
 * gives each query word `(wmax + Σ w/j² − wmax/jm²) / (π²/6)`, below
 * `(1 + π²/6) / (π²/6)` ≈ 1.6079 times the word's heaviest weight, and
 * averages over the words; calc_rank_and stays below 1. Rounded up so float
 * rounding can never push a score over its ceiling.
 */
export const rawRankCeiling = 1.61;

/** Kinds whose vector labels the title A, apart from the rest of the record. */
export const titledKinds: readonly SearchKind[] = ['document', 'agenda-item', 'forward-plan'];

/**
 * The heaviest label each kind's vector gives outside its title (migration
 * 0001's generated columns): document text C; agenda item minutes B
 * (description C); forward plan purpose B; the other kinds are unlabelled
 * (D), the whole record being the matter.
 */
export const bodyWeights: Record<SearchKind, number> = {
  document: rankWeights[1],
  'agenda-item': rankWeights[2],
  'forward-plan': rankWeights[2],
  resolution: rankWeights[0],
  recommendation: rankWeights[0],
  action: rankWeights[0],
  transcript: rankWeights[0],
};

/**
 * The most ts_rank(…, 1) can be for a record, before its length
 * normalisation and kind boost, given how the query is ranked
 * (tsquery-text.ts) and whether a query word is in the record's title. A
 * search scores only the records whose ceiling reaches the scores already
 * found, so a broad query does not read every match's vector.
 */
export function rawRankBound(ranking: 'or' | 'and' | 'phrase' | 'unknown', kind: SearchKind, titleHit: boolean): number {
  const heaviest = Math.max(...rankWeights);
  const weight = ranking === 'unknown' || titleHit || !titledKinds.includes(kind) ? heaviest : bodyWeights[kind];
  const or = rawRankCeiling * weight;
  if (ranking === 'or') return or;
  if (ranking === 'and') return 1;
  return Math.max(1, or);
}

/** The highest score a record could reach: its bound, length and kind together. */
export function scoreCeiling(ranking: 'or' | 'and' | 'phrase' | 'unknown', kind: SearchKind, titleHit: boolean, rankNorm: number): number {
  return rawRankBound(ranking, kind, titleHit) * rankNorm * kindBoosts[kind];
}
