import type { Generated } from 'kysely';

export type Origin = 'gavel' | 'import' | 'demo';

/** Columns on every record that can come from a document: where it came from, to the line. */
export interface ProvenanceColumns {
  origin: Generated<Origin>;
  sourceDocumentId: number | null;
  sourceLineFrom: number | null;
  sourceLineTo: number | null;
}
