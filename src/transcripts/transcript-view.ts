import type { SegmentRow } from './transcript-repository.ts';

/** A segment as the transcript page shows it. */
export interface SegmentView {
  /** The element's id, or null when an earlier segment already took this second's. */
  anchor: string | null;
  /** "0:12:05"; null when the source has no timings. */
  time: string | null;
  /** The time as an HTML duration ("PT725S"), for the <time> element. */
  duration: string | null;
  /** Where the time links to: this second's anchor, so the link can be shared. */
  timeHref: string | null;
  speaker: string | null;
  text: string;
}

/** "0:00:01", "1:02:03": the time into the meeting, hours always shown so times line up down the page. */
export function formatClock(ms: number): string {
  const total = Math.floor(ms / 1000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${Math.floor(total / 3600)}:${pad(Math.floor((total % 3600) / 60))}:${pad(total % 60)}`;
}

/**
 * Segments with their anchors. A timed segment is `t{seconds}`, the scheme
 * search links use (`…/transcript#t754` for a segment starting at
 * 754.3 s, see search/search-links.ts); when two segments start in the same
 * second the first keeps the id, so the link lands where that second
 * begins. An untimed segment is `s{position}`.
 *
 *   segmentViews([{ position: 1, startsMs: 754_300, endsMs: null, speakerName: 'Chair', text: 'Welcome.' }])
 *   // [{ anchor: 't754', time: '0:12:34', duration: 'PT754S', timeHref: '#t754', speaker: 'Chair', text: 'Welcome.' }]
 */
export function segmentViews(segments: readonly SegmentRow[]): SegmentView[] {
  const taken = new Set<string>();
  return segments.map((segment) => {
    const seconds = segment.startsMs === null ? null : Math.floor(segment.startsMs / 1000);
    const id = seconds === null ? `s${segment.position}` : `t${seconds}`;
    const anchor = taken.has(id) ? null : id;
    taken.add(id);
    return {
      anchor,
      time: segment.startsMs === null ? null : formatClock(segment.startsMs),
      duration: seconds === null ? null : `PT${seconds}S`,
      timeHref: seconds === null ? null : `#${id}`,
      speaker: segment.speakerName,
      text: segment.text,
    };
  });
}
