import { executiveResponseDueOn } from '../deadlines/executive-response.ts';
import type { RecommendationResponse } from './tracking-tables.ts';

export type ResponseState = 'not-received' | 'awaiting' | 'overdue' | 'responded' | 'responded-late';

export const responseStateLabels: Record<ResponseState, string> = {
  'not-received': 'Not yet received by the executive',
  awaiting: 'Awaiting response',
  overdue: 'Response overdue',
  responded: 'Responded',
  'responded-late': 'Responded late',
};

export const responseLabels: Record<RecommendationResponse, string> = {
  accepted: 'Accepted',
  'partly-accepted': 'Partly accepted',
  rejected: 'Rejected',
  noted: 'Noted',
};

/**
 * Where the executive's response stands on a day. The stored due date wins
 * over the computed one (two months beginning with receipt, s.9FE: see
 * deadlines/executive-response.ts).
 */
export function responseState(
  rec: { receivedOn: string | null; responseDueOn: string | null; response: RecommendationResponse | null; respondedOn: string | null },
  today: string,
): { state: ResponseState; dueOn: string | null } {
  const dueOn = rec.responseDueOn ?? (rec.receivedOn ? executiveResponseDueOn(rec.receivedOn) : null);
  if (rec.response !== null || rec.respondedOn !== null) {
    const late = dueOn !== null && rec.respondedOn !== null && rec.respondedOn > dueOn;
    return { state: late ? 'responded-late' : 'responded', dueOn };
  }
  if (dueOn === null) return { state: 'not-received', dueOn };
  return { state: today > dueOn ? 'overdue' : 'awaiting', dueOn };
}
