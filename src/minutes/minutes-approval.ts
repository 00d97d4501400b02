import type { MeetingStatus } from '../meetings/meeting-tables.ts';
import { formatDateLong, formatDateShort } from '../web/format.ts';
import { minutesAreLocked } from './minutes-lock.ts';

export interface MeetingForApproval {
  id: number;
  committeeId: number;
  date: string;
  status: MeetingStatus;
  minutesApprovedAt: Date | null;
}

/**
 * Why `approving` cannot record that it approved `earlier`'s minutes as a
 * correct record, or null when it can: a later meeting of the same
 * committee, once held, approves draft minutes that were published and not
 * yet approved.
 */
export function approvalProblem(earlier: MeetingForApproval, approving: MeetingForApproval, today: string): string | null {
  if (earlier.committeeId !== approving.committeeId) return 'Only a meeting of the same committee can approve these minutes';
  if (earlier.date >= approving.date) return 'Minutes are approved at a later meeting of the committee';
  if (approving.status === 'cancelled') return 'This meeting was cancelled, so it approved nothing';
  if (approving.date > today) return `Record the approval once the meeting on ${formatDateLong(approving.date)} has been held`;
  if (minutesAreLocked(earlier)) return `The minutes of the meeting on ${formatDateLong(earlier.date)} have already been approved`;
  if (earlier.status !== 'draft-minutes') return `Publish the draft minutes of the meeting on ${formatDateLong(earlier.date)} before they are approved`;
  return null;
}

/** Earlier meetings whose published draft minutes `approving` may approve, latest first. */
export function minutesAwaitingApproval<T extends MeetingForApproval>(meetings: readonly T[], approving: MeetingForApproval): T[] {
  return meetings
    .filter((m) => m.committeeId === approving.committeeId && m.date < approving.date && m.status === 'draft-minutes' && !minutesAreLocked(m))
    .sort((a, b) => b.date.localeCompare(a.date));
}

/**
 * The resolution the approving meeting records, in the words minutes use.
 *
 * @example
 * approvalResolutionText('2026-01-12', null);
 * // 'That the minutes of the meeting held on 12 January 2026 be approved as a correct record and signed by the chair.'
 */
export function approvalResolutionText(earlierDate: string, corrections: string | null): string {
  const held = `That the minutes of the meeting held on ${formatDateShort(earlierDate)} be approved as a correct record`;
  return corrections ? `${held}, subject to the following correction, and signed by the chair:\n\n${corrections}` : `${held} and signed by the chair.`;
}
