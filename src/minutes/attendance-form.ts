import type { Nation } from '../council/council-tables.ts';
import type { AttendanceStatus } from '../meetings/meeting-tables.ts';
import { type AttendanceChoice, attendanceChoices, isPresentInLaw, recordedAttendance } from './attendance-status.ts';
import type { AttendanceEntry } from './attendance-repository.ts';
import type { Roster, RosterMember } from './meeting-record-repository.ts';
import { substitutionProblems } from './substitutes.ts';

/** Field names on the attendance form: one radio group per member, a select per named substitute, one chair. */
export const memberField = (personId: number) => `member-${personId}`;
export const substituteField = (personId: number) => `substitute-${personId}`;
export const CHAIR_FIELD = 'chair';

export interface AttendanceFormResult {
  entries: AttendanceEntry[];
  /** What was posted, to show the form again as it was sent. */
  values: Record<string, string>;
  /** Messages by field name; empty when the form can be saved. */
  problems: Record<string, string>;
}

/**
 * Reads the attendance form for the committee's roster: only the roster's
 * fields are read, so a crafted request cannot record someone else. A
 * member left blank stays unrecorded (apologies often come in before the
 * meeting, the rest on the day).
 */
export function readAttendanceForm(body: Record<string, unknown>, roster: Roster, nation: Nation): AttendanceFormResult {
  const values: Record<string, string> = {};
  const problems: Record<string, string> = {};
  const text = (name: string) => {
    const value = body[name];
    values[name] = typeof value === 'string' ? value.trim() : '';
    return values[name];
  };

  const chair = text(CHAIR_FIELD);
  const chairId = chair === '' ? null : Number(chair);
  const entries: AttendanceEntry[] = [];
  const memberStatus = new Map<number, AttendanceStatus | null>();

  for (const member of roster.members) {
    const choice = text(memberField(member.personId));
    if (choice === '') {
      memberStatus.set(member.personId, null);
      continue;
    }
    if (!attendanceChoices.includes(choice as AttendanceChoice)) {
      problems[memberField(member.personId)] = `Select how ${member.name} attended`;
      continue;
    }
    const recorded = recordedAttendance(choice as AttendanceChoice, nation);
    memberStatus.set(member.personId, recorded.status);
    entries.push({ personId: member.personId, ...recorded, substituteForPersonId: null, isChairOfMeeting: chairId === member.personId, capacity: null });
  }

  const substitutions: { substituteId: number; forId: number }[] = [];
  for (const substitute of roster.pool) {
    const forId = text(substituteField(substitute.personId));
    if (forId === '') continue;
    substitutions.push({ substituteId: substitute.personId, forId: Number(forId) });
  }
  for (const [substituteId, problem] of substitutionProblems(substitutions, roster, memberStatus)) problems[substituteField(substituteId)] = problem;
  for (const { substituteId, forId } of substitutions) {
    if (problems[substituteField(substituteId)]) continue;
    entries.push({ personId: substituteId, status: 'substitute', attendedRemotely: false, substituteForPersonId: forId, isChairOfMeeting: chairId === substituteId, capacity: null });
  }

  if (chairId !== null) {
    const chairEntry = entries.find((e) => e.personId === chairId);
    const person = [...roster.members, ...roster.pool].find((p) => p.personId === chairId);
    if (!person) problems[CHAIR_FIELD] = 'Select a member of the committee who chaired the meeting';
    else if (!chairEntry || !isPresentInLaw(chairEntry)) problems[CHAIR_FIELD] = `${person.name} was not present, so cannot have chaired the meeting`;
  }
  return { entries, values, problems };
}

/**
 * Who the form offers as chair of the meeting. Until any member's
 * attendance is recorded (or sent in the form shown again), everyone on the
 * roster: without JavaScript the clerk fills the whole form at once. After
 * that, only those present in law, members and substitutes in a seat; and
 * whoever is selected, so a refused choice is shown as it was sent.
 */
export function chairCandidates(roster: Roster, values: Readonly<Record<string, string>>, nation: Nation): RosterMember[] {
  const everyone = [...roster.members, ...roster.pool];
  const choiceOf = (member: RosterMember) => values[memberField(member.personId)] ?? '';
  if (roster.members.every((member) => choiceOf(member) === '')) return everyone;
  const present = (person: RosterMember) => {
    const choice = choiceOf(person);
    if (roster.members.includes(person)) return attendanceChoices.includes(choice as AttendanceChoice) && isPresentInLaw(recordedAttendance(choice as AttendanceChoice, nation));
    return (values[substituteField(person.personId)] ?? '') !== '';
  };
  return everyone.filter((person) => present(person) || values[CHAIR_FIELD] === String(person.personId));
}
