import type { RecommendationResponse } from './tracking-tables.ts';

/**
 * The executive must respond "within two months beginning with the date on
 * which it received" scrutiny's recommendations (Local Government Act 2000
 * s.9FE). A period of months beginning with a day ends the day before the
 * same date in the last month: received 15 January, due by 14 March; where
 * that month is shorter, its last day (received 31 December, due by 28 or
 * 29 February).
 */
export function responseDueDate(receivedOn: string): string {
  const [y, m, d] = receivedOn.split('-').map(Number) as [number, number, number];
  const lastDay = new Date(Date.UTC(y, m + 2, 0)).getUTCDate();
  const sameDate = new Date(Date.UTC(y, m + 1, Math.min(d, lastDay)));
  // When the day was clamped the corresponding date does not exist, so the period runs to the month's end.
  if (d > lastDay) return sameDate.toISOString().slice(0, 10);
  sameDate.setUTCDate(sameDate.getUTCDate() - 1);
  return sameDate.toISOString().slice(0, 10);
}

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

/** Where the executive's response stands on a day; the stored due date wins over the computed one. */
export function responseState(
  rec: { receivedOn: string | null; responseDueOn: string | null; response: RecommendationResponse | null; respondedOn: string | null },
  today: string,
): { state: ResponseState; dueOn: string | null } {
  const dueOn = rec.responseDueOn ?? (rec.receivedOn ? responseDueDate(rec.receivedOn) : null);
  if (rec.response !== null || rec.respondedOn !== null) {
    const late = dueOn !== null && rec.respondedOn !== null && rec.respondedOn > dueOn;
    return { state: late ? 'responded-late' : 'responded', dueOn };
  }
  if (dueOn === null) return { state: 'not-received', dueOn };
  return { state: today > dueOn ? 'overdue' : 'awaiting', dueOn };
}
