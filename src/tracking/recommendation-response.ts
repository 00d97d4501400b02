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

export type Addressee = 'executive' | 'council' | 'partner' | 'officers' | 'committee';

/**
 * Section 9FE binds the authority and its executive: they must respond
 * within two months of receiving a scrutiny committee's report or
 * recommendations. Partners, officers and other committees answer by
 * whatever date the committee sets, if any.
 */
export function hasStatutoryResponseDate(addressedTo: Addressee): boolean {
  return addressedTo === 'executive' || addressedTo === 'council';
}

/**
 * The day a response is due: the date recorded (an imported tracker's, or
 * one set for a partner) wins; otherwise two months beginning with receipt
 * (s.9FE, deadlines/executive-response.ts) when the executive or the
 * council was asked; otherwise none.
 */
export function responseDueOn(rec: { receivedOn: string | null; responseDueOn: string | null; addressedTo?: Addressee | string | undefined }): string | null {
  if (rec.responseDueOn) return rec.responseDueOn;
  const statutory = rec.addressedTo === undefined || hasStatutoryResponseDate(rec.addressedTo as Addressee);
  return statutory && rec.receivedOn ? executiveResponseDueOn(rec.receivedOn) : null;
}

/**
 * Where the response stands on a day: not yet received, awaiting (on the
 * due date itself too), overdue from the day after, or responded, late
 * when the response came after the due date.
 */
export function responseState(
  rec: {
    receivedOn: string | null;
    responseDueOn: string | null;
    response: RecommendationResponse | null;
    respondedOn: string | null;
    addressedTo?: Addressee | string | undefined;
  },
  today: string,
): { state: ResponseState; dueOn: string | null } {
  const dueOn = responseDueOn(rec);
  if (rec.response !== null || rec.respondedOn !== null) {
    const late = dueOn !== null && rec.respondedOn !== null && rec.respondedOn > dueOn;
    return { state: late ? 'responded-late' : 'responded', dueOn };
  }
  if (dueOn === null) return { state: rec.receivedOn ? 'awaiting' : 'not-received', dueOn };
  return { state: today > dueOn ? 'overdue' : 'awaiting', dueOn };
}

export type ReviewState = 'not-planned' | 'planned' | 'due' | 'reviewed';

export const reviewStateLabels: Record<ReviewState, string> = {
  'not-planned': 'No review planned',
  planned: 'Review planned',
  due: 'Review outcome to record',
  reviewed: 'Reviewed',
};

/**
 * The committee's follow-up review of what happened: planned for a date,
 * due once that date has come without an outcome recorded, reviewed once
 * it has one.
 */
export function reviewState(rec: { reviewOn: string | null; reviewOutcome: string | null }, today: string): ReviewState {
  if (rec.reviewOutcome) return 'reviewed';
  if (!rec.reviewOn) return 'not-planned';
  return rec.reviewOn <= today ? 'due' : 'planned';
}

export interface ResponseFilter {
  state?: ResponseState | undefined;
  /** 'none': no response yet. */
  response?: RecommendationResponse | 'none' | undefined;
  /** Only late responses: overdue now, or given after the due date. */
  late?: boolean | undefined;
}

/** Whether a recommendation passes a tracker's filters: the same rule on the public page and in the back office. */
export function matchesResponseFilter(rec: { state: ResponseState; response: RecommendationResponse | null }, filter: ResponseFilter, options: { ignoreState?: boolean } = {}): boolean {
  if (!options.ignoreState && filter.state !== undefined && rec.state !== filter.state) return false;
  if (filter.response !== undefined && (filter.response === 'none' ? rec.response !== null : rec.response !== filter.response)) return false;
  if (filter.late && rec.state !== 'overdue' && rec.state !== 'responded-late') return false;
  return true;
}
