import type { SourcedRecordRow } from './document-repository.ts';

export interface DocumentLine {
  number: number;
  text: string;
  /** The page that starts on this line, for a page marker before it. */
  pageStart: number | null;
}

/**
 * The stored text as numbered lines with page markers: line n is the line
 * records cite as "line n", so `#L12` lands where "Source: lines 12–18"
 * points.
 */
export function documentLines(text: string, pageStarts: readonly number[]): DocumentLine[] {
  const pageAt = new Map<number, number>();
  // Two pages may start on one line when a page had no text: mark the later one.
  pageStarts.forEach((line, i) => pageAt.set(line, i + 1));
  return text.split('\n').map((t, i) => ({ number: i + 1, text: t, pageStart: pageAt.get(i + 1) ?? null }));
}

export interface RecordLink {
  text: string;
  href: string | null;
  lines: string | null;
  linesHref: string | null;
}

export interface RecordGroup {
  heading: string;
  records: RecordLink[];
}

const groups: [SourcedRecordRow['kind'], string][] = [
  ['committee', 'Committees'],
  ['meeting', 'Meetings'],
  ['agenda-item', 'Agenda items'],
  ['attendance', 'Attendance'],
  ['declaration', 'Declarations of interest'],
  ['resolution', 'Resolutions'],
  ['recommendation', 'Recommendations'],
  ['action', 'Actions'],
  ['work-programme', 'Work programme'],
  ['forward-plan', 'Forward plan'],
  ['person', 'People first named here'],
];

/** The records a document gave, grouped by kind in the order a clerk reads minutes, each linked to its page and its lines. */
export function recordGroups(rows: readonly SourcedRecordRow[]): RecordGroup[] {
  return groups
    .map(([kind, heading]) => ({
      heading,
      records: rows
        .filter((r) => r.kind === kind)
        .sort((a, b) => (a.lineFrom ?? 0) - (b.lineFrom ?? 0))
        .map((r) => ({ text: r.text, href: recordHref(r), lines: lineRange(r.lineFrom, r.lineTo), linesHref: r.lineFrom ? `#L${r.lineFrom}` : null })),
    }))
    .filter((g) => g.records.length > 0);
}

export function lineRange(from: number | null, to: number | null): string | null {
  if (!from) return null;
  return to && to > from ? `lines ${from}–${to}` : `line ${from}`;
}

/** Where a record is shown on the portal: the meeting page at its item, a person's page, a committee's page. */
export function recordHref(r: SourcedRecordRow): string | null {
  const meeting = r.committeeSlug && r.meetingSlug ? `/committees/${r.committeeSlug}/meetings/${r.meetingSlug}` : null;
  // The same anchor the meeting page gives the item (public-agenda.ts).
  const anchor = r.itemNumber !== null || r.itemPosition !== null ? `item-${r.itemNumber ?? r.itemPosition}`.replace(/[^A-Za-z0-9-]/g, '') : null;
  switch (r.kind) {
    case 'person':
      return r.personSlug ? `/people/${r.personSlug}` : null;
    case 'attendance':
      return meeting ? `${meeting}#attendance` : null;
    case 'declaration':
      return meeting ? `${meeting}#declarations` : null;
    case 'agenda-item':
      return meeting && anchor ? `${meeting}#${anchor}` : meeting;
    case 'resolution':
    case 'recommendation':
    case 'action':
      return meeting && anchor ? `${meeting}#minute-${anchor}` : (meeting ?? (r.committeeSlug ? `/committees/${r.committeeSlug}` : null));
    case 'meeting':
      return meeting;
    case 'committee':
    case 'work-programme':
      return r.committeeSlug ? `/committees/${r.committeeSlug}` : null;
    default:
      return null;
  }
}
