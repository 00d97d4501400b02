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
 * refused POST; null when it can. Minutes are approved on the day of the
 * meeting that approved them, `approvedAtMeetingOn`, whenever the clerk
 * recorded it; without that meeting (imported minutes), the day it was
 * recorded.
 */
export function recordLockedReason(meeting: MeetingRecordState, approvedAtMeetingOn: string | null = null): string | null {
  if (meeting.status === 'cancelled') return 'This meeting was cancelled, so there is nothing to record.';
  if (minutesAreLocked(meeting)) {
    const day = approvedAtMeetingOn ?? (meeting.minutesApprovedAt ? londonDayOf(meeting.minutesApprovedAt) : null);
    const when = day ? ` on ${formatDateLong(day)}` : '';
    return `These minutes were approved as a correct record${when}, so they can no longer be changed.`;
  }
  return null;
}

