import type { ReportStatus } from '../agendas/reports/report-status.ts';
import type { ExemptParagraph, StandardItemKind } from '../meetings/meeting-tables.ts';
import type { PublicationKind } from './publishing-tables.ts';

export interface ItemForPublication {
  id: number;
  position: number;
  number: string | null;
  title: string;
  description: string | null;
  standardKind: StandardItemKind | null;
  isExempt: boolean;
  exemptParagraph: ExemptParagraph | null;
}

export interface ReportForPublication {
  id: number;
  agendaItemId: number;
  title: string;
  classification: 'open' | 'exempt';
  exemptParagraph: ExemptParagraph | null;
  status: ReportStatus;
  /** Whether there is anything to print: an uploaded document with text or bytes, or a summary. */
  hasContent: boolean;
}

/**
 * What one item shows in a publication:
 * - 'papers': its reports are in the public pack;
 * - 'exempt': title and paragraph only; its reports go in the restricted pack;
 * - 'to-follow': it has reports, none signed off yet;
 * - 'no-papers': it has no reports (apologies, declarations, a verbal update).
 */
export type EntryState = 'papers' | 'exempt' | 'to-follow' | 'no-papers';

export interface PublicationEntry<I extends ItemForPublication = ItemForPublication, R extends ReportForPublication = ReportForPublication> {
  item: I;
  state: EntryState;
  /** The item's paragraph of Schedule 12A, or its exempt report's when the item has none. */
  exemptParagraph: ExemptParagraph | null;
  publicReports: R[];
  restrictedReports: R[];
  /** Reports on the item not yet signed off: left out, for a supplement later. */
  toFollow: R[];
}

export interface PublicationProblem {
  /** An error stops publication; a warning says what will happen. */
  level: 'error' | 'warning';
  itemId: number | null;
  message: string;
}

export interface PublicationContents<I extends ItemForPublication, R extends ReportForPublication> {
  entries: PublicationEntry<I, R>[];
  problems: PublicationProblem[];
}

// Standard items that normally carry papers: the minutes to approve, the action log, the work programme.
const itemsWithPapers: ReadonlySet<StandardItemKind> = new Set(['minutes', 'action-log', 'work-programme']);

/**
 * What a publication carries and what is wrong with it. Only signed-off
 * reports are published; an exempt item, or an item with an exempt report,
 * shows its title and paragraph and its reports go to the restricted pack.
 * The agenda lists every item; a supplement lists the items added since
 * the last publication and the items whose reports have been signed off
 * since.
 *
 * @example
 * publicationContents('agenda', items, reports, { publishedItemIds: new Set() });
 * // { entries: [{ item: { number: '1', title: 'Apologies', … }, state: 'no-papers', … }, …], problems: [{ level: 'warning', message: 'Item 6: …' }] }
 */
export function publicationContents<I extends ItemForPublication, R extends ReportForPublication>(
  kind: PublicationKind,
  items: readonly I[],
  reports: readonly R[],
  earlier: { publishedItemIds: ReadonlySet<number> },
): PublicationContents<I, R> {
  const problems: PublicationProblem[] = [];
  const entries: PublicationEntry<I, R>[] = [];
  for (const item of [...items].sort((a, b) => a.position - b.position)) {
    const own = reports.filter((r) => r.agendaItemId === item.id).sort((a, b) => a.id - b.id);
    const isNew = !earlier.publishedItemIds.has(item.id);
    const ready = own.filter((r) => r.status === 'signed-off' || (kind === 'agenda' && r.status === 'published'));
    const pending = own.filter((r) => r.status === 'draft' || r.status === 'submitted');
    if (kind === 'supplement' && !isNew && ready.length === 0) continue;
    const name = itemName(item);

    const exemptReport = own.find((r) => r.classification === 'exempt');
    if (item.isExempt && item.exemptParagraph === null) {
      problems.push({ level: 'error', itemId: item.id, message: `${name} is exempt but has no paragraph of Schedule 12A: choose the paragraph that applies` });
    }
    if (!item.isExempt && exemptReport) {
      problems.push({
        level: 'error',
        itemId: item.id,
        message: `${name} is open but its report “${exemptReport.title}” is exempt: mark the item exempt (paragraph ${exemptReport.exemptParagraph ?? '?'}), or the report open`,
      });
    }
    for (const report of ready.filter((r) => !r.hasContent)) {
      problems.push({ level: 'error', itemId: item.id, message: `${name}: the report “${report.title}” has no document and no text: upload it or write its summary` });
    }
    for (const report of pending) {
      problems.push({
        level: 'warning',
        itemId: item.id,
        message: `${name}: the report “${report.title}” is not signed off (${report.status}); it will be marked “to follow” and can go in a supplement once signed off`,
      });
    }
    if (own.length === 0 && !item.isExempt && (item.standardKind === null || itemsWithPapers.has(item.standardKind))) {
      problems.push({ level: 'warning', itemId: item.id, message: `${name} has no report: it will be listed without papers` });
    }

    const restricted = item.isExempt || exemptReport !== undefined;
    entries.push({
      item,
      state: restricted ? 'exempt' : ready.length > 0 ? 'papers' : pending.length > 0 ? 'to-follow' : 'no-papers',
      exemptParagraph: restricted ? (item.exemptParagraph ?? exemptReport?.exemptParagraph ?? null) : null,
      publicReports: restricted ? [] : ready,
      restrictedReports: restricted ? ready : [],
      toFollow: pending,
    });
  }
  if (kind === 'supplement' && entries.length === 0) {
    problems.push({ level: 'error', itemId: null, message: 'There is nothing new to publish: add an item or sign off a report that is to follow' });
  }
  if (kind === 'agenda' && items.length === 0) {
    problems.push({ level: 'error', itemId: null, message: 'The agenda has no items' });
  }
  return { entries, problems };
}

/** "Item 6 (Budget monitoring)". */
export function itemName(item: Pick<ItemForPublication, 'number' | 'position' | 'title'>): string {
  return `Item ${item.number?.replace(/\.$/, '') || item.position} (${item.title})`;
}
