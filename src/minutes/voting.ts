import type { AttendanceStatus, ResolutionOutcome } from '../meetings/meeting-tables.ts';
import { isPresentInLaw } from './attendance-status.ts';

export type Vote = 'for' | 'against' | 'abstain';
export const votes: readonly Vote[] = ['for', 'against', 'abstain'];

export interface MeetingAttendee {
  personId: number;
  name: string;
  status: AttendanceStatus;
  attendedRemotely: boolean;
  /** Councillors and voting co-optees; for a substitute, their own place in the pool. */
  hasVote: boolean;
}

/**
 * Why a person may not vote on an item, or null when they may: only voting
 * members present in law vote, and not a member who left the meeting for
 * the item after declaring an interest (Localism Act 2011 s.31(4)).
 */
export function whyNotEligibleToVote(attendee: MeetingAttendee | undefined, withdrew: boolean): string | null {
  if (!attendee) return 'was not recorded as attending the meeting';
  if (attendee.status === 'remote-non-voting') return 'attended remotely, which does not count as present, so may not vote';
  if (attendee.status === 'in-attendance') return 'attended but is not a member of the committee';
  if (!isPresentInLaw(attendee)) return 'was not present';
  if (!attendee.hasVote) return 'is a non-voting member';
  if (withdrew) return 'left the meeting for this item after declaring an interest';
  return null;
}

/** The members who may vote on an item, in the order given. */
export function votingMembers<T extends MeetingAttendee>(attendees: readonly T[], withdrawn: ReadonlySet<number>): T[] {
  return attendees.filter((a) => whyNotEligibleToVote(a, withdrawn.has(a.personId)) === null);
}

/**
 * What is wrong with a recorded vote, keyed by person: everyone who voted
 * must be a voting member present for the item.
 *
 * @example
 * voteProblems(new Map([[7, 'for']]), attendees, new Set([7]));
 * // Map { 7 => 'Jo Bloggs left the meeting for this item after declaring an interest' }
 */
export function voteProblems(recorded: ReadonlyMap<number, Vote>, attendees: readonly MeetingAttendee[], withdrawn: ReadonlySet<number>): Map<number, string> {
  const problems = new Map<number, string>();
  for (const personId of recorded.keys()) {
    const attendee = attendees.find((a) => a.personId === personId);
    const why = whyNotEligibleToVote(attendee, withdrawn.has(personId));
    if (why) problems.set(personId, `${attendee?.name ?? 'This person'} ${why}`);
  }
  return problems;
}

export interface VoteTally {
  for: number;
  against: number;
  abstain: number;
}

export function tallyVotes(recorded: Iterable<Vote>): VoteTally {
  const tally: VoteTally = { for: 0, against: 0, abstain: 0 };
  for (const vote of recorded) tally[vote]++;
  return tally;
}

/**
 * Whether an outcome can follow from a recorded vote. A tie may go either
 * way: the chair has a second, casting vote (Local Government Act 1972
 * Sch.12 para.39(2)).
 */
export function outcomeProblem(tally: VoteTally, outcome: ResolutionOutcome | null): string | null {
  if (tally.for + tally.against === 0) return null;
  if (outcome === 'carried' && tally.for < tally.against) return `More members voted against (${tally.against}) than for (${tally.for}), so it cannot have been carried`;
  if (outcome === 'lost' && tally.for > tally.against) return `More members voted for (${tally.for}) than against (${tally.against}), so it cannot have been lost`;
  return null;
}
