import type { Nation } from '../council/council-tables.ts';
import type { AttendanceStatus } from '../meetings/meeting-tables.ts';

/** What a clerk ticks for each member: how they attended, or why not. */
export type AttendanceChoice = 'present' | 'remote' | 'apologies' | 'absent';
export const attendanceChoices: readonly AttendanceChoice[] = ['present', 'remote', 'apologies', 'absent'];

/**
 * Whether a member who joins online is present in law, counts towards the
 * quorum and may vote. In England they are not: the Local Government Act
 * 1972 means a meeting in one place (Hertfordshire CC v SSHCLG [2021] EWHC
 * 1093 (Admin)), so minutes say "attended remotely as a non-voting
 * participant". Wales made hybrid meetings lawful with remote voting (Local
 * Government and Elections (Wales) Act 2021 s.47); Scottish and Northern
 * Irish councils also count remote members and take their votes.
 */
export function remoteAttendeesArePresent(nation: Nation): boolean {
  return nation !== 'england';
}

export interface RecordedAttendance {
  status: AttendanceStatus;
  attendedRemotely: boolean;
}

/**
 * How a member's choice is stored: in England "remote" is its own status,
 * 'remote-non-voting'; where remote members are present in law it is
 * 'present', marked as attended remotely.
 */
export function recordedAttendance(choice: AttendanceChoice, nation: Nation): RecordedAttendance {
  if (choice !== 'remote') return { status: choice, attendedRemotely: false };
  return remoteAttendeesArePresent(nation) ? { status: 'present', attendedRemotely: true } : { status: 'remote-non-voting', attendedRemotely: true };
}

/** The choice a stored row shows as on the form; null for rows the member form does not set (substitutes, officers). */
export function attendanceChoiceOf(row: RecordedAttendance): AttendanceChoice | null {
  if (row.status === 'remote-non-voting' || (row.status === 'present' && row.attendedRemotely)) return 'remote';
  if (row.status === 'present' || row.status === 'apologies' || row.status === 'absent') return row.status;
  return null;
}

/** Present in law: in the room, a substitute in a member's seat, or online where the nation counts that. */
export function isPresentInLaw(row: RecordedAttendance): boolean {
  return row.status === 'present' || row.status === 'substitute';
}

/** The labels the attendance form uses for each choice. */
export const attendanceChoiceLabels: Record<AttendanceChoice, string> = {
  present: 'Present',
  remote: 'Attended remotely',
  apologies: 'Sent apologies',
  absent: 'Absent',
};

/** What remote attendance means in the council's nation, for the clerk recording it. */
export function remoteAttendanceExplanation(nation: Nation): string {
  return remoteAttendeesArePresent(nation)
    ? 'A member who attends remotely counts as present and may vote.'
    : 'In England a member who attends remotely is not present in law: they do not count towards the quorum and may not vote.';
}
