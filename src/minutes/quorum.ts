import { isPresentInLaw, type RecordedAttendance } from './attendance-status.ts';

/** Standing orders' usual quorum when a committee sets none: a quarter of the voting members, at least three. */
export const MINIMUM_DEFAULT_QUORUM = 3;

/**
 * How many voting members must be present for the meeting to do business:
 * the committee's own quorum when set; otherwise a quarter of its voting
 * members rounded up, at least three, but never more than the committee
 * has (a task and finish group of two can still meet).
 *
 * @example
 * quorumRequired(null, 12); // 3
 * quorumRequired(null, 17); // 5
 * quorumRequired(4, 12);    // 4
 */
export function quorumRequired(committeeQuorum: number | null, votingMembers: number): number {
  if (committeeQuorum !== null) return committeeQuorum;
  return Math.min(votingMembers, Math.max(MINIMUM_DEFAULT_QUORUM, Math.ceil(votingMembers / 4)));
}

export interface QuorumCheck {
  required: number;
  /** Voting members present in law, substitutes in members' seats included. */
  present: number;
  isQuorate: boolean;
}

/**
 * Whether enough voting members are present in law. Substitutes count in the
 * seat of the member they replace; non-voting co-optees, officers and (in
 * England) remote members do not count.
 */
export function checkQuorum(attendees: readonly (RecordedAttendance & { hasVote: boolean })[], required: number): QuorumCheck {
  const present = attendees.filter((a) => a.hasVote && isPresentInLaw(a)).length;
  return { required, present, isQuorate: present >= required };
}
