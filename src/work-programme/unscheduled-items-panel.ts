import type { Kysely } from 'kysely';
import { committeeFilter, type FollowThroughScope } from '../dashboard/follow-through-scope.ts';
import type { Database } from '../db/database.ts';
import { listItemsWithoutMeeting } from './work-programme-repository.ts';
import { kindLabels } from './work-programme-views.ts';

/** How many items the dashboard lists before "see all". */
const SHOWN = 8;

export interface UnscheduledItemsPanel {
  items: { id: number; title: string; kindLabel: string; committeeName: string }[];
  total: number;
}

/** The dashboard's work programme panel: items this municipal year that should go to a meeting and have none. */
export async function unscheduledItemsPanel(db: Kysely<Database>, scope: FollowThroughScope | null, today: string): Promise<UnscheduledItemsPanel | null> {
  if (!scope) return null;
  const { rows, total } = await listItemsWithoutMeeting(db, today, SHOWN, committeeFilter(scope));
  return { items: rows.map((r) => ({ id: r.id, title: r.title, kindLabel: kindLabels[r.kind], committeeName: r.committeeName })), total };
}
