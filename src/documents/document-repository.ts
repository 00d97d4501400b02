import type { Kysely } from 'kysely';
import type { Database } from '../db/database.ts';

export interface PublicOriginal {
  filename: string;
  mediaType: string;
  original: Buffer;
}

/**
 * The original file of a document the public may see: never one marked
 * exempt, nor one attached to an exempt agenda item.
 */
export async function findPublicOriginal(db: Kysely<Database>, id: number): Promise<PublicOriginal | undefined> {
  const row = await db
    .selectFrom('document as d')
    .leftJoin('agendaItem as i', 'i.id', 'd.agendaItemId')
    .select(['d.filename', 'd.mediaType', 'd.original'])
    .where('d.id', '=', id)
    .where('d.isExempt', '=', false)
    .where((eb) => eb.or([eb('i.isExempt', 'is', null), eb('i.isExempt', '=', false)]))
    .executeTakeFirst();
  if (!row?.original) return undefined;
  return { filename: row.filename, mediaType: row.mediaType, original: row.original };
}
