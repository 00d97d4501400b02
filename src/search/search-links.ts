import type { SearchKind } from './search-kinds.ts';

/**
 * The anchor the meeting page gives an agenda item: `item-{number}`, or the
 * position when the item has no number, with anything but letters, digits
 * and hyphens removed ("4a." → "item-4a"). It must stay the scheme of
 * meetings/public-agenda.ts; a test checks the two agree.
 */
export function agendaItemAnchor(number: string | null, position: number): string {
  return `item-${number ?? position}`.replace(/[^A-Za-z0-9-]/g, '');
}

/** What a hit needs to say where it is; ids are null where the record has no such parent. */
export interface HitPlace {
  kind: SearchKind;
  id: number;
  committeeSlug: string | null;
  meetingSlug: string | null;
  /** Minutes are shown (draft or approved): link to the minute, not the agenda entry. */
  meetingHasMinutes: boolean;
  itemNumber: string | null;
  itemPosition: number | null;
  /** Documents: the line of the first match, from line_starts. */
  documentLine: number | null;
  /** Transcripts: where the segment starts, and whether the meeting has the transcript page. */
  startsMs: number | null;
  transcriptDocumentId: number | null;
  transcriptSourceLine: number | null;
}

/**
 * The exact place a hit points at: the minute item on the meeting page, the
 * line of a document, the second of a transcript. Falls back to the nearest
 * page that exists: the meeting, then the committee.
 */
export function hitHref(place: HitPlace): string {
  const meeting = place.committeeSlug && place.meetingSlug ? `/committees/${place.committeeSlug}/meetings/${place.meetingSlug}` : null;
  const item = place.itemPosition !== null ? agendaItemAnchor(place.itemNumber, place.itemPosition) : null;
  switch (place.kind) {
    case 'document':
      return `/documents/${place.id}${place.documentLine ? `#L${place.documentLine}` : ''}`;
    case 'transcript':
      if (meeting) return `${meeting}/transcript${place.startsMs !== null ? `#t${Math.floor(place.startsMs / 1000)}` : ''}`;
      if (place.transcriptDocumentId) return `/documents/${place.transcriptDocumentId}${place.transcriptSourceLine ? `#L${place.transcriptSourceLine}` : ''}`;
      return '/search';
    case 'forward-plan':
      // The forward plan page lists every entry; an entry decided at a meeting links there instead.
      return meeting ?? `/forward-plan#entry-${place.id}`;
    default:
      if (meeting && item) return `${meeting}#${place.meetingHasMinutes ? `minute-${item}` : item}`;
      if (meeting) return meeting;
      return place.committeeSlug ? `/committees/${place.committeeSlug}` : '/committees';
  }
}

/** "1:02:03" or "4:05": a transcript time as players show it. */
export function formatOffset(ms: number): string {
  const total = Math.floor(ms / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = String(total % 60).padStart(2, '0');
  return h ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}
