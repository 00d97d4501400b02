import type { MeetingStatus } from '../meetings/meeting-tables.ts';
import { londonDayOf } from '../deadlines/london-time.ts';
import { formatDateLong } from '../web/format.ts';

export interface MeetingRecordState {
  status: MeetingStatus;
  minutesApprovedAt: Date | null;
}

/**
 * Minutes approved as a correct record by the next meeting are the record:
 * nothing in them changes after that (attendance, declarations, the minute
 * text, resolutions, votes, recommendations' and actions' wording). The
 * tracker still follows responses and progress; those are not the minutes.
 */
export function minutesAreLocked(meeting: MeetingRecordState): boolean {
  return meeting.status === 'minutes-approved' || meeting.minutesApprovedAt !== null;
}

/**
 * Why the record of a meeting cannot be changed now, for the page and for a
 * refused POST; null when it can.
 */
export function recordLockedReason(meeting: MeetingRecordState): string | null {
  if (meeting.status === 'cancelled') return 'This meeting was cancelled, so there is nothing to record.';
  if (minutesAreLocked(meeting)) {
    const when = meeting.minutesApprovedAt ? ` on ${formatDateLong(londonDayOf(meeting.minutesApprovedAt))}` : '';
    return `These minutes were approved as a correct record${when}, so they can no longer be changed.`;
  }
  return null;
}

