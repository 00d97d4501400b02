import type { Kysely } from 'kysely';
import { hasPermission, type Actor } from '../accounts/roles.ts';
import type { Database } from '../db/database.ts';
import { committeeFilter, type FollowThroughScope } from '../dashboard/follow-through-scope.ts';
import { listActions } from './action-repository.ts';
import { actionView, type ActionView } from './action-views.ts';

/** How many actions the dashboard lists before "see all". */
const SHOWN = 8;

export interface OverdueActionsPanel {
  /** An owner's own actions (overdue or not), rather than every committee's overdue ones. */
  own: boolean;
  actions: ActionView[];
  total: number;
  href: string;
}

/**
 * The dashboard's action panel: the overdue actions of the committees in
 * scope (every committee for those who keep the log, a chair's own),
 * longest overdue first; for an action owner, their own outstanding
 * actions, soonest due first. Nothing for anyone else.
 */
export async function overdueActionsPanel(db: Kysely<Database>, actor: Actor, scope: FollowThroughScope | null, today: string): Promise<OverdueActionsPanel | null> {
  if (scope) {
    const { rows, total } = await listActions(db, { state: 'overdue', committeeIds: committeeFilter(scope), today, limit: SHOWN, offset: 0 });
    return { own: false, actions: rows.map((r) => actionView(r, today)), total, href: '/manage/actions?status=overdue' };
  }
  if (hasPermission(actor.role, 'actions:update-own') && actor.personId !== null) {
    const { rows, total } = await listActions(db, { state: 'outstanding', ownerPersonId: actor.personId, today, limit: SHOWN, offset: 0 });
    return { own: true, actions: rows.map((r) => actionView(r, today)), total, href: '/manage/actions?status=outstanding' };
  }
  return null;
}
