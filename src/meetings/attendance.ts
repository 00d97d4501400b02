import type { AttendanceStatus } from './meeting-tables.ts';

export interface AttendanceLike {
  status: AttendanceStatus;
  isChairOfMeeting: boolean;
}

export interface AttendanceRecord<T> {
  /** Present in the room, the chair of the meeting first. */
  present: T[];
  /** In England a member online is not "present" in law and may not vote. */
  remote: T[];
  apologies: T[];
  substitutes: T[];
  absent: T[];
  /** Officers and guests: they attend but are not members. */
  inAttendance: T[];
}

/** Sorts a meeting's attendance into the groups minutes record. */
export function groupAttendance<T extends AttendanceLike>(rows: readonly T[]): AttendanceRecord<T> {
  const having = (status: AttendanceStatus) => rows.filter((r) => r.status === status);
  return {
    present: having('present').sort((a, b) => Number(b.isChairOfMeeting) - Number(a.isChairOfMeeting)),
    remote: having('remote-non-voting'),
    apologies: having('apologies'),
    substitutes: having('substitute'),
    absent: having('absent'),
    inAttendance: having('in-attendance'),
  };
}
