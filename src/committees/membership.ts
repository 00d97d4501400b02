import type { MembershipRole, MemberType } from './committee-tables.ts';

export interface MemberLike {
  role: MembershipRole;
  memberType: MemberType;
  isSubstitute: boolean;
}

export interface ArrangedMembership<T extends MemberLike> {
  /** Chair first, then vice-chair, then councillors in the order given. */
  members: T[];
  /** Co-opted members, voting ones first: they are not councillors. */
  coOptees: T[];
  /** The pool of named substitutes, who attend only in a member's place. */
  substitutes: T[];
}

const roleOrder: Record<MembershipRole, number> = { chair: 0, 'vice-chair': 1, member: 2 };

/** Arranges a committee's membership the way an agenda's front sheet prints it. */
export function arrangeMembership<T extends MemberLike>(rows: readonly T[]): ArrangedMembership<T> {
  const byRole = (a: T, b: T) => roleOrder[a.role] - roleOrder[b.role];
  const isCoOptee = (row: T) => row.memberType === 'voting-co-optee' || row.memberType === 'non-voting-co-optee';
  return {
    members: rows.filter((r) => !r.isSubstitute && !isCoOptee(r)).sort(byRole),
    coOptees: rows
      .filter((r) => !r.isSubstitute && isCoOptee(r))
      .sort((a, b) => Number(a.memberType !== 'voting-co-optee') - Number(b.memberType !== 'voting-co-optee')),
    substitutes: rows.filter((r) => r.isSubstitute),
  };
}

/** "Chair", "Vice-chair", "Member", "Co-opted member (non-voting)", "Named substitute". */
export function describeMembership(row: MemberLike): string {
  if (row.isSubstitute) return 'Named substitute';
  if (row.memberType === 'voting-co-optee') return 'Co-opted member (voting)';
  if (row.memberType === 'non-voting-co-optee') return 'Co-opted member (non-voting)';
  const role = row.role === 'chair' ? 'Chair' : row.role === 'vice-chair' ? 'Vice-chair' : 'Member';
  return row.memberType === 'non-voting-councillor' ? `${role} (non-voting)` : role;
}
