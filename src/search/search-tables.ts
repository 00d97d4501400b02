import type { SearchKind } from './search-kinds.ts';

/**
 * One public record as search finds it (migration 0004). Written only by
 * the triggers behind `search_public_source`; read by search-repository.ts.
 * Exempt and unpublished records have no row at all.
 */
export interface SearchEntryTable {
  kind: SearchKind;
  recordId: number;
  committeeId: number | null;
  date: string | null;
  /** 1 / log2(words + 1), the length normalisation of ts_rank(…, 1). */
  rankNorm: number;
  search: string;
}
