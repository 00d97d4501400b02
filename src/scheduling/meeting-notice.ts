import { formatDateLong, formatTime } from '../web/format.ts';
import type { MeetingNoticeKind } from './scheduling-tables.ts';

export interface NoticeFacts {
  kind: MeetingNoticeKind;
  reason: string;
  previousDate: string;
  previousStartsAt: Date | null;
  previousVenue: string | null;
  newDate: string | null;
  newStartsAt: Date | null;
  newVenue: string | null;
}

/**
 * The public notice of a change, as one sentence for the meeting page, the
 * committee page and calendars. Only what changed is named: a new room on
 * the same evening reads "moved from Committee Room 1 to the Council Chamber".
 *
 * @example
 * noticeText({ kind: 'moved', reason: 'The chair is unwell', previousDate: '2027-03-03', newDate: '2027-03-10', … });
 * // 'This meeting was moved from Wednesday 3 March 2027 to Wednesday 10 March 2027: The chair is unwell'
 */
export function noticeText(notice: NoticeFacts): string {
  const reason = notice.reason.trim().replace(/\.$/, '');
  if (notice.kind === 'cancelled') return `The meeting on ${formatDateLong(notice.previousDate)} was cancelled: ${reason}.`;
  const changes: string[] = [];
  const newDate = notice.newDate ?? notice.previousDate;
  const dateChanged = newDate !== notice.previousDate;
  // The clock time, not the instant: 6pm on another day is the same time.
  const timeChanged = clockText(notice.previousStartsAt) !== clockText(notice.newStartsAt);
  if (dateChanged || timeChanged) {
    const when = (date: string, startsAt: Date | null) => (timeChanged && startsAt ? `${formatTime(startsAt)} on ${formatDateLong(date)}` : formatDateLong(date));
    changes.push(`from ${when(notice.previousDate, notice.previousStartsAt)} to ${when(newDate, notice.newStartsAt)}`);
  }
  if ((notice.previousVenue ?? '') !== (notice.newVenue ?? '') && notice.newVenue) {
    changes.push(notice.previousVenue ? `from ${notice.previousVenue} to ${notice.newVenue}` : `to ${notice.newVenue}`);
  }
  return `This meeting was moved ${changes.join(', and ') || `on ${formatDateLong(newDate)}`}: ${reason}.`;
}

function clockText(instant: Date | null): string {
  return instant ? formatTime(instant) : '';
}

/** Notices as the public pages show them: the sentence and the day it was given, newest first. */
export function publicNotices<T extends NoticeFacts & { issuedAt: Date }>(notices: readonly T[]): (T & { text: string })[] {
  return [...notices].sort((a, b) => b.issuedAt.getTime() - a.issuedAt.getTime()).map((n) => ({ ...n, text: noticeText(n) }));
}
