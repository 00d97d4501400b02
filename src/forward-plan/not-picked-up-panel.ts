import type { Kysely } from 'kysely';
import type { FollowThroughScope } from '../dashboard/follow-through-scope.ts';
import type { Database } from '../db/database.ts';
import { addMonths } from '../deadlines/days.ts';
import { decisionKindLabels } from '../tracking/forward-plan-views.ts';
import { listEntriesNotPickedUp } from './forward-plan-admin-repository.ts';
import { dueText } from './forward-plan-entry-views.ts';

/** How many decisions the dashboard lists before "see all". */
const SHOWN = 8;

export interface NotPickedUpPanel {
  entries: { id: number; title: string; decisionMaker: string; kindLabel: string; due: string }[];
  total: number;
}

/**
 * The dashboard's forward plan panel: the executive's decisions in the next
 * three months that no scrutiny work programme has taken up, soonest first.
 * The forward plan is the executive's, not one committee's, so a chair sees
 * it whole.
 */
export async function notPickedUpPanel(db: Kysely<Database>, scope: FollowThroughScope | null, today: string): Promise<NotPickedUpPanel | null> {
  if (!scope) return null;
  const { rows, total } = await listEntriesNotPickedUp(db, today, addMonths(today, 3), SHOWN);
  return { entries: rows.map((r) => ({ id: r.id, title: r.title, decisionMaker: r.decisionMaker, kindLabel: decisionKindLabels[r.decisionKind], due: dueText(r) })), total };
}
