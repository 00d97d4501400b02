import type { MeetingStatus } from '../meetings/meeting-tables.ts';

/**
 * Whether the agenda may still be built and changed: only until it is
 * published. After that the public has seen it, so a change is a
 * supplement (with its own publication), and a cancelled meeting's agenda
 * stays as it was.
 *
 * @example
 * agendaIsEditable('scheduled');        // true
 * agendaIsEditable('agenda-published'); // false
 */
export function agendaIsEditable(meetingStatus: MeetingStatus): boolean {
  return meetingStatus === 'scheduled';
}
