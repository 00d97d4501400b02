import type { Kysely } from 'kysely';
import { hasPermission, type Actor } from '../accounts/roles.ts';
import type { Database } from '../db/database.ts';
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
 * The dashboard's action panel: for those who keep the log, every
 * committee's overdue actions, longest overdue first; for an action owner,
 * their own outstanding actions, soonest due first. Nothing for anyone else.
 */
export async function overdueActionsPanel(db: Kysely<Database>, actor: Actor, today: string): Promise<OverdueActionsPanel | null> {
  if (hasPermission(actor.role, 'tracking:manage')) {
    const { rows, total } = await listActions(db, { state: 'overdue', today, limit: SHOWN, offset: 0 });
    return { own: false, actions: rows.map((r) => actionView(r, today)), total, href: '/manage/actions?status=overdue' };
  }
  if (hasPermission(actor.role, 'actions:update-own') && actor.personId !== null) {
    const { rows, total } = await listActions(db, { state: 'outstanding', ownerPersonId: actor.personId, today, limit: SHOWN, offset: 0 });
    return { own: true, actions: rows.map((r) => actionView(r, today)), total, href: '/manage/actions?status=outstanding' };
  }
  return null;
}
