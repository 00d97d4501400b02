import type { AttendanceStatus } from '../meetings/meeting-tables.ts';

export interface RosterPerson {
  personId: number;
  name: string;
  politicalGroupId: number | null;
}

export interface Substitution {
  substituteId: number;
  /** The member whose seat the substitute takes. */
  forId: number;
}

/**
 * What is wrong with the substitutions recorded for a meeting, keyed by the
 * substitute: a named substitute from the committee's pool takes the seat
 * of a member who sent apologies, one substitute to a seat, from the same
 * political group where both belong to one (the substitute rules in
 * councils' standing orders). An empty map means all is well.
 *
 * @example
 * substitutionProblems([{ substituteId: 9, forId: 2 }], { members, pool }, new Map([[2, 'present']]));
 * // Map { 9 => 'Jo Bloggs can only substitute for Sam Smith if Sam Smith sent apologies' }
 */
export function substitutionProblems(
  substitutions: readonly Substitution[],
  roster: { members: readonly RosterPerson[]; pool: readonly RosterPerson[] },
  memberStatus: ReadonlyMap<number, AttendanceStatus | null>,
): Map<number, string> {
  const problems = new Map<number, string>();
  const taken = new Map<number, RosterPerson>();
  for (const { substituteId, forId } of substitutions) {
    const substitute = roster.pool.find((p) => p.personId === substituteId);
    const member = roster.members.find((p) => p.personId === forId);
    const problem = !substitute
      ? 'Only a named substitute for this committee can take a member’s seat'
      : !member
        ? `Choose the member of the committee whose seat ${substitute.name} took`
        : memberStatus.get(forId) !== 'apologies'
          ? `${substitute.name} can only substitute for ${member.name} if ${member.name} sent apologies`
          : taken.has(forId)
            ? `${member.name} already has a substitute, ${taken.get(forId)!.name}`
            : substitute.politicalGroupId !== null && member.politicalGroupId !== null && substitute.politicalGroupId !== member.politicalGroupId
              ? `${substitute.name} is not in the same political group as ${member.name}`
              : null;
    if (problem) problems.set(substituteId, problem);
    else taken.set(forId, substitute!);
  }
  return problems;
}
