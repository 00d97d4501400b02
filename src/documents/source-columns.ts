import { sql } from 'kysely';

/** Where an imported record came from, for its "Source: lines 12–18 of …" link. */
export interface SourceColumns {
  sourceDocumentId: number | null;
  sourceLineFrom: number | null;
  sourceLineTo: number | null;
  /** The source document's title; null when there is none or the public may not see it (exempt). */
  sourceTitle: string | null;
}

/**
 * The title of a record's source document, only when the public may see that
 * document: the same test as findPublicOriginal (not exempt, and not attached
 * to an exempt item). `ref` names the record's source_document_id column.
 */
export const publicSourceTitle = (ref: string) =>
  sql<string | null>`(select sd.title from document sd left join agenda_item si on si.id = sd.agenda_item_id
    where sd.id = ${sql.ref(ref)} and not sd.is_exempt and not coalesce(si.is_exempt, false))`.as('sourceTitle');
