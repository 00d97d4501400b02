import type { Kysely } from 'kysely';
import { committeeFilter, type FollowThroughScope } from '../dashboard/follow-through-scope.ts';
import type { Database } from '../db/database.ts';
import { listRecommendations } from './recommendation-repository.ts';
import { trackerEntry, type TrackerEntry } from './recommendation-tracker.ts';

/** Responses due within this many days show as due; later ones wait. */
export const RESPONSES_DUE_WINDOW_DAYS = 28;

export interface ResponsesPanel {
  late: TrackerEntry[];
  due: TrackerEntry[];
}

/**
 * The dashboard's responses panel, for those who chase them and for chairs
 * (their committees'): responses late, longest first, and those due in the
 * next four weeks.
 */
export async function responsesPanel(db: Kysely<Database>, scope: FollowThroughScope | null, today: string): Promise<ResponsesPanel | null> {
  if (!scope) return null;
  const awaiting = (await listRecommendations(db, { awaitingResponse: true, committeeIds: committeeFilter(scope) })).map((row) => trackerEntry(row, today)).filter((e) => e.daysToDue !== null);
  const byDue = (a: TrackerEntry, b: TrackerEntry) => a.daysToDue! - b.daysToDue! || a.id - b.id;
  return {
    late: awaiting.filter((e) => e.state === 'overdue').sort(byDue),
    due: awaiting.filter((e) => e.state === 'awaiting' && e.daysToDue! <= RESPONSES_DUE_WINDOW_DAYS).sort(byDue),
  };
}
