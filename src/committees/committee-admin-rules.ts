import type { CommitteeKind } from './committee-tables.ts';

/** What a committee form is about to save, as far as the rules need to know. */
export interface CommitteeDraft {
  kind: CommitteeKind;
  parentCommitteeId: number | null;
  purpose: string | null;
}

export interface CommitteeNode {
  id: number;
  name: string;
  kind: CommitteeKind;
  parentCommitteeId: number | null;
}

/** Kinds that report to a parent committee, and the kinds their parent may be. */
const parentKinds: Partial<Record<CommitteeKind, readonly CommitteeKind[]>> = {
  // Task and finish groups are scrutiny's small, time-limited reviews, reporting back to the committee that set them up.
  'task-and-finish': ['scrutiny'],
  'sub-committee': ['full-council', 'cabinet', 'scrutiny', 'regulatory', 'other'],
};

/**
 * Problems that stop a committee being saved, by form field: a task and
 * finish group needs its parent scrutiny committee and its scope; a
 * sub-committee needs the committee it reports to; full council and
 * cabinet report to no one; and no committee may sit under itself.
 *
 * @example
 * committeeProblems({ kind: 'task-and-finish', parentCommitteeId: null, purpose: null }, { committees });
 * // { parentCommitteeId: 'Choose the scrutiny committee the task and finish group reports to', purpose: 'Enter the group’s scope: …' }
 */
export function committeeProblems(draft: CommitteeDraft, context: { committeeId?: number; committees: readonly CommitteeNode[] }): Record<string, string> {
  const problems: Record<string, string> = {};
  const parent = draft.parentCommitteeId === null ? undefined : context.committees.find((c) => c.id === draft.parentCommitteeId);
  const allowedParents = parentKinds[draft.kind];

  if (draft.parentCommitteeId !== null && !parent) {
    problems.parentCommitteeId = 'Choose a committee from the list';
  } else if (draft.kind === 'task-and-finish' && !parent) {
    problems.parentCommitteeId = 'Choose the scrutiny committee the task and finish group reports to';
  } else if (draft.kind === 'task-and-finish' && parent && !allowedParents!.includes(parent.kind)) {
    problems.parentCommitteeId = `A task and finish group reports to a scrutiny committee, and ${parent.name} is not one`;
  } else if (draft.kind === 'sub-committee' && !parent) {
    problems.parentCommitteeId = 'Choose the committee this sub-committee reports to';
  } else if ((draft.kind === 'full-council' || draft.kind === 'cabinet') && parent) {
    problems.parentCommitteeId = `${draft.kind === 'cabinet' ? 'Cabinet' : 'Full council'} does not report to another committee: choose “None”`;
  } else if (parent && context.committeeId !== undefined && isWithin(parent.id, context.committeeId, context.committees)) {
    problems.parentCommitteeId = parent.id === context.committeeId ? 'A committee cannot report to itself' : `${parent.name} reports to this committee, so this committee cannot report to it`;
  }

  if (draft.kind === 'task-and-finish' && !draft.purpose) {
    problems.purpose = 'Enter the group’s scope: what it will review and report back on';
  }
  return problems;
}

/** True when `id` is `ancestorId` or sits somewhere under it. */
function isWithin(id: number, ancestorId: number, committees: readonly CommitteeNode[]): boolean {
  const byId = new Map(committees.map((c) => [c.id, c]));
  const seen = new Set<number>();
  for (let current: number | null = id; current !== null && !seen.has(current); current = byId.get(current)?.parentCommitteeId ?? null) {
    if (current === ancestorId) return true;
    seen.add(current);
  }
  return false;
}

/** A task and finish group is at least two members (DOMAIN: small reviews, often at least two). */
export const TASK_AND_FINISH_MINIMUM_MEMBERS = 2;

/**
 * What a clerk should know about a committee as it stands, without it
 * being wrong to save: a task and finish group short of members, a
 * committee with no chair, a quorum larger than the membership.
 */
export function committeeWarnings(committee: { kind: CommitteeKind; quorum: number | null; isActive: boolean }, members: { current: number; hasChair: boolean }): string[] {
  if (!committee.isActive) return [];
  const warnings: string[] = [];
  if (committee.kind === 'task-and-finish' && members.current < TASK_AND_FINISH_MINIMUM_MEMBERS) {
    warnings.push(`A task and finish group needs at least ${TASK_AND_FINISH_MINIMUM_MEMBERS} members; this one has ${members.current}.`);
  }
  if (members.current > 0 && !members.hasChair && committee.kind !== 'full-council') {
    warnings.push('No one is chair of this committee today.');
  }
  if (committee.quorum !== null && members.current > 0 && committee.quorum > members.current) {
    warnings.push(`The quorum (${committee.quorum}) is more than the number of members (${members.current}): the committee could never be quorate.`);
  }
  return warnings;
}
