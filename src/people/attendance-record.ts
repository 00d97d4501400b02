import type { AttendanceStatus, MeetingStatus } from '../meetings/meeting-tables.ts';

/** A meeting the person was a member for, or attended: one row of their record. */
export interface PersonMeetingRow {
  committeeSlug: string;
  committeeName: string;
  meetingSlug: string;
  date: string;
  meetingStatus: MeetingStatus;
  /** They held a (non-substitute) place on the committee on the meeting's date. */
  wasMember: boolean;
  /** What the minutes record for them; null when they are not mentioned. */
  attendance: AttendanceStatus | null;
}

export interface CommitteeAttendance {
  committeeSlug: string;
  committeeName: string;
  expected: number;
  attended: number;
  /** Whole per cent, or null when they were expected at none. */
  percentage: number | null;
  asSubstitute: number;
}

/** A meeting counts once it has taken place; cancelled and future meetings do not. */
const heldStatuses: ReadonlySet<MeetingStatus> = new Set(['held', 'draft-minutes', 'minutes-approved']);

/**
 * Remote attendance in England is not "presence" in law (no vote since May
 * 2021), but the member did attend, which is what residents ask about.
 */
const attendedStatuses: ReadonlySet<AttendanceStatus> = new Set(['present', 'remote-non-voting', 'substitute']);

/**
 * Attendance as a share of the meetings a member was expected at: held
 * meetings of committees they sat on that day. Apologies and absence count
 * as expected but not attended. A substitute's meeting is counted as
 * attended for that meeting alone and kept apart, never added to what they
 * were expected at, so substituting cannot lift a record above 100%.
 *
 * @example
 * attendanceRecord(rows) // [{ committeeName: 'Audit', expected: 5, attended: 4, percentage: 80, asSubstitute: 1 }]
 */
export function attendanceRecord(rows: readonly PersonMeetingRow[]): { committees: CommitteeAttendance[]; total: CommitteeAttendance } {
  const byCommittee = new Map<string, CommitteeAttendance>();
  const total: CommitteeAttendance = { committeeSlug: '', committeeName: 'All committees', expected: 0, attended: 0, percentage: null, asSubstitute: 0 };
  for (const row of rows) {
    if (!heldStatuses.has(row.meetingStatus)) continue;
    const entry = byCommittee.get(row.committeeSlug) ?? { committeeSlug: row.committeeSlug, committeeName: row.committeeName, expected: 0, attended: 0, percentage: null, asSubstitute: 0 };
    const attended = row.attendance !== null && attendedStatuses.has(row.attendance);
    if (row.wasMember) {
      entry.expected += 1;
      total.expected += 1;
      if (attended) {
        entry.attended += 1;
        total.attended += 1;
      }
    } else if (row.attendance === 'substitute') {
      entry.asSubstitute += 1;
      total.asSubstitute += 1;
    } else {
      continue;
    }
    byCommittee.set(row.committeeSlug, entry);
  }
  const withPercentage = (c: CommitteeAttendance) => ({ ...c, percentage: c.expected === 0 ? null : Math.round((100 * c.attended) / c.expected) });
  const committees = [...byCommittee.values()].map(withPercentage).sort((a, b) => a.committeeName.localeCompare(b.committeeName));
  return { committees, total: withPercentage(total) };
}
