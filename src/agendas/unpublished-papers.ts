import type { ExpressionBuilder } from 'kysely';

/**
 * Papers uploaded in the back office stay private until they are published:
 * a report's document is a draft until the agenda or supplement that
 * carries it goes out (publishing sets its published_at). Documents not on
 * an agenda item, and imported ones (the archive, already public), are
 * unaffected. Every public reader of `document` aliased `d` adds this, as
 * search does in the search_public_source view (migration 0008).
 *
 * @example
 * db.selectFrom('document as d').where('d.isExempt', '=', false).where(notAnUnpublishedPaper)
 */
export function notAnUnpublishedPaper(eb: ExpressionBuilder<{ d: { agendaItemId: number | null; importedAt: Date | null; publishedAt: Date | null } }, 'd'>) {
  return eb.or([eb('d.agendaItemId', 'is', null), eb('d.importedAt', 'is not', null), eb('d.publishedAt', 'is not', null)]);
}
