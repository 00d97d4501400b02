import type { PackReport } from './pack-meeting.ts';
import type { PublicationSource } from './publication-source.ts';
import type { PublicationRow } from './publishing-repository.ts';
import type { AgendaRecipient } from './agenda-recipients-repository.ts';

export interface PublicationCheck {
  heading: string;
  /** 'agenda pack' or 'supplement'. */
  packName: string;
  /** The publish button's words, or null when nothing can be published. */
  action: string | null;
  closed: string | null;
  errors: string[];
  warnings: string[];
  timing: PublicationSource['timing'] & { label: string };
  items: { number: string; title: string; papers: string[]; tag: { text: string; classes: string } }[];
  hasRestricted: boolean;
  recipients: { count: number; names: string[] };
  publications: { label: string; publishedAt: Date; notice: string; lateReason: string | null; publicDocumentId: number | null; restrictedDocumentId: number | null; publicKb: number | null; restrictedKb: number | null; byName: string }[];
}

const tags = {
  papers: { text: 'Papers', classes: 'govuk-tag--green' },
  exempt: { text: 'Exempt', classes: 'govuk-tag--grey' },
  'to-follow': { text: 'To follow', classes: 'govuk-tag--yellow' },
  'no-papers': { text: 'No papers', classes: 'govuk-tag--grey' },
} as const;

/**
 * What the clerk sees before publishing: what will go where, what is
 * wrong, how much notice the papers give, and who will be told.
 */
export function publicationCheck(source: PublicationSource, recipients: readonly AgendaRecipient[]): PublicationCheck {
  const { kind, timing } = source;
  const what = kind === 'supplement' ? `supplement ${source.supplementNumber}` : 'the agenda';
  return {
    heading: kind === 'supplement' ? `Publish supplement ${source.supplementNumber}` : kind === 'agenda' ? 'Publish the agenda' : 'Publishing',
    packName: kind === 'supplement' ? `supplement ${source.supplementNumber}` : 'agenda pack',
    action: kind && !source.contents.problems.some((p) => p.level === 'error') ? `Publish ${what}` : null,
    closed: source.closed,
    errors: kind ? source.contents.problems.filter((p) => p.level === 'error').map((p) => p.message) : [],
    warnings: kind ? source.contents.problems.filter((p) => p.level === 'warning').map((p) => p.message) : [],
    timing: {
      ...timing,
      label: timing.inTime
        ? `${timing.clearWorkingDays} clear working days if published today: in time`
        : `${timing.clearWorkingDays} clear working ${timing.clearWorkingDays === 1 ? 'day' : 'days'} if published today: fewer than ${timing.requiredClearDays}`,
    },
    items: kind
      ? source.contents.entries.map((entry) => ({
          number: entry.item.number ?? String(entry.item.position),
          title: entry.item.title,
          papers: [
            ...entry.publicReports.map((r) => `Public pack: ${r.title} (${howPrinted(r)})`),
            ...entry.restrictedReports.map((r) => `Restricted papers: ${r.title} (${howPrinted(r)}), paragraph ${entry.exemptParagraph ?? '?'} of Schedule 12A`),
            ...entry.toFollow.map((r) => `To follow: ${r.title} (${r.status.replace('-', ' ')})`),
          ],
          tag: tags[entry.state],
        }))
      : [],
    hasRestricted: source.contents.entries.some((e) => e.restrictedReports.length > 0),
    recipients: { count: recipients.length, names: recipients.map((r) => `${r.name} (${r.reason === 'substitute' ? 'named substitute' : r.reason})`) },
    publications: source.publications.map(publicationRow),
  };
}

export function publicationRow(p: PublicationRow) {
  return {
    label: p.kind === 'agenda' ? 'Agenda' : `Supplement ${p.number}`,
    publishedAt: p.publishedAt,
    notice: `${p.clearWorkingDays} clear working ${p.clearWorkingDays === 1 ? 'day' : 'days'}${p.inTime ? '' : ', taken as urgent'}`,
    lateReason: p.lateReason,
    publicDocumentId: p.publicDocumentId,
    restrictedDocumentId: p.restrictedDocumentId,
    publicKb: p.publicDocumentBytes === null ? null : Math.max(1, Math.round(p.publicDocumentBytes / 1024)),
    restrictedKb: p.restrictedDocumentBytes === null ? null : Math.max(1, Math.round(p.restrictedDocumentBytes / 1024)),
    byName: p.publishedByName,
  };
}

function howPrinted(report: PackReport): string {
  const upload = report.document;
  if (upload && /\.pdf$/i.test(upload.filename) && upload.mediaType === 'application/pdf') return 'PDF merged as uploaded';
  if (upload) return `typeset from ${upload.filename}`;
  return 'typeset from its summary';
}
