import type { PublicPublication } from './publishing-repository.ts';

export interface PublicationNotice {
  /** "Agenda" or "Supplement 1". */
  label: string;
  publishedAt: Date;
  /** Said only when the papers were late: "3 clear working days’ notice". */
  lateNotice: string | null;
  lateReason: string | null;
  pack: { documentId: number; kb: number } | null;
}

/**
 * What the public meeting page says about the papers: when each
 * publication went out, how much notice it gave when that was short of
 * five clear working days and why (s.100B(4)), and its pack to download.
 */
export function publicationNotices(publications: readonly PublicPublication[]): PublicationNotice[] {
  return publications.map((p) => ({
    label: p.kind === 'agenda' ? 'Agenda' : `Supplement ${p.number}`,
    publishedAt: p.publishedAt,
    lateNotice: p.inTime ? null : `${p.clearWorkingDays} clear working ${p.clearWorkingDays === 1 ? 'day’s' : 'days’'} notice`,
    lateReason: p.inTime ? null : p.lateReason,
    pack: p.documentId === null ? null : { documentId: p.documentId, kb: Math.max(1, Math.round((p.documentBytes ?? 0) / 1024)) },
  }));
}
