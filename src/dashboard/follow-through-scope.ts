import { hasPermission, type Actor } from '../accounts/roles.ts';

/**
 * Whose follow-through a dashboard shows: everyone's for those who keep the
 * trackers, the committees they chair for a chair or vice-chair (their
 * first page is the same list, narrowed to what they answer for), nothing
 * for anyone else.
 */
export type FollowThroughScope = { committeeIds: 'all' } | { committeeIds: readonly number[] };

export function followThroughScope(actor: Pick<Actor, 'role'>, chairedCommitteeIds: readonly number[]): FollowThroughScope | null {
  if (hasPermission(actor.role, 'tracking:manage')) return { committeeIds: 'all' };
  if (chairedCommitteeIds.length > 0) return { committeeIds: chairedCommitteeIds };
  return null;
}

/** The scope as a repository filter: undefined for every committee. */
export function committeeFilter(scope: FollowThroughScope): readonly number[] | undefined {
  return scope.committeeIds === 'all' ? undefined : scope.committeeIds;
}
