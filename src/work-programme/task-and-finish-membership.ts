import { TASK_AND_FINISH_MINIMUM_MEMBERS } from '../committees/committee-admin-rules.ts';

export interface GroupMember {
  personId: number;
  role: 'chair' | 'vice-chair' | 'member';
  isSubstitute: boolean;
}

export interface MembershipWarning {
  key: 'too-few-members' | 'too-few-from-parent' | 'no-chair';
  text: string;
}

/**
 * What a scrutiny officer should know about a task and finish group's
 * membership today: it is not wrong to record a review with these, but the
 * group cannot work as the constitution expects. A group is at least two
 * members, at least two of them from the committee that set it up (model
 * scrutiny procedure rules: "composed of at least 2 members of the
 * Committee, other councillors and co-opted people"), with a chair the
 * committee appointed. Substitutes do not count.
 *
 * @example
 * taskAndFinishMembershipWarnings([{ personId: 1, role: 'chair', isSubstitute: false }], new Set([1]));
 * // [{ key: 'too-few-members', text: 'A task and finish group needs at least 2 members; this group has 1.' }, { key: 'too-few-from-parent', … }]
 */
export function taskAndFinishMembershipWarnings(members: readonly GroupMember[], parentMemberIds: ReadonlySet<number> | null): MembershipWarning[] {
  const current = members.filter((m) => !m.isSubstitute);
  const people = new Set(current.map((m) => m.personId));
  const warnings: MembershipWarning[] = [];
  if (people.size < TASK_AND_FINISH_MINIMUM_MEMBERS) {
    warnings.push({ key: 'too-few-members', text: `A task and finish group needs at least ${TASK_AND_FINISH_MINIMUM_MEMBERS} members; this group has ${people.size}.` });
  }
  if (parentMemberIds) {
    const fromParent = [...people].filter((id) => parentMemberIds.has(id)).length;
    if (fromParent < TASK_AND_FINISH_MINIMUM_MEMBERS) {
      warnings.push({
        key: 'too-few-from-parent',
        text: `At least ${TASK_AND_FINISH_MINIMUM_MEMBERS} of the group’s members should sit on the committee that set it up; ${fromParent === 0 ? 'none does' : fromParent === 1 ? 'one does' : `${fromParent} do`}.`,
      });
    }
  }
  if (current.length > 0 && !current.some((m) => m.role === 'chair')) {
    warnings.push({ key: 'no-chair', text: 'The group has no chair: the committee that set it up appoints one.' });
  }
  return warnings;
}
