import { daysBetween } from '../deadlines/days.ts';
import {
  hasStatutoryResponseDate,
  matchesResponseFilter,
  type ResponseFilter,
  responseLabels,
  responseState,
  responseStateLabels,
  reviewState,
  reviewStateLabels,
  type ResponseState,
  type ReviewState,
} from '../tracking/recommendation-response.ts';
import type { ImplementationStatus, RecommendationRow } from './recommendation-repository.ts';

export const addresseeLabels: Record<RecommendationRow['addressedTo'], string> = {
  executive: 'The executive',
  council: 'Full council',
  partner: 'A partner organisation',
  officers: 'Officers',
  committee: 'Another committee',
};

export const implementationLabels: Record<ImplementationStatus, string> = {
  'not-started': 'Not started',
  'in-progress': 'In progress',
  implemented: 'Implemented',
  'not-implemented': 'Not implemented',
};

export const responseStateTagClasses: Record<ResponseState, string> = {
  'not-received': 'govuk-tag--grey',
  awaiting: 'govuk-tag--blue',
  overdue: 'govuk-tag--red',
  responded: 'govuk-tag--green',
  'responded-late': 'govuk-tag--orange',
};

export type TrackerEntry = RecommendationRow & {
  state: ResponseState;
  stateLabel: string;
  tagClass: string;
  dueOn: string | null;
  statutory: boolean;
  /** Days until the response is due (negative once late); null without a due date or once answered. */
  daysToDue: number | null;
  /** Days the response came after its due date. */
  daysLate: number | null;
  isLate: boolean;
  responseLabel: string | null;
  review: ReviewState;
  reviewLabel: string;
  implementationLabel: string | null;
  sentTo: string;
  itemText: string | null;
};

/** A recommendation with where it stands today: the response, the implementation, the review. */
export function trackerEntry(row: RecommendationRow, today: string): TrackerEntry {
  const { state, dueOn } = responseState(row, today);
  const review = reviewState(row, today);
  const answered = state === 'responded' || state === 'responded-late';
  return {
    ...row,
    state,
    stateLabel: responseStateLabels[state],
    tagClass: responseStateTagClasses[state],
    dueOn,
    statutory: hasStatutoryResponseDate(row.addressedTo),
    daysToDue: dueOn && !answered ? daysBetween(today, dueOn) : null,
    daysLate: state === 'responded-late' && dueOn && row.respondedOn ? daysBetween(dueOn, row.respondedOn) : null,
    isLate: state === 'overdue' || state === 'responded-late',
    responseLabel: row.response ? responseLabels[row.response] : null,
    review,
    reviewLabel: reviewStateLabels[review],
    implementationLabel: row.implementationStatus ? implementationLabels[row.implementationStatus] : null,
    sentTo: row.addresseeName ?? addresseeLabels[row.addressedTo],
    itemText: row.itemTitle ? `${row.minuteNumber ?? row.itemNumber ? `${row.minuteNumber ?? row.itemNumber}. ` : ''}${row.itemTitle}` : null,
  };
}

export type TrackerFilter = ResponseFilter;

/** The entries that pass the filter, and how many entries are in each state (before the state filter, so its counts stay useful). */
export function filterTracker(entries: readonly TrackerEntry[], filter: TrackerFilter): { entries: TrackerEntry[]; counts: Record<ResponseState, number> } {
  const counts: Record<ResponseState, number> = { 'not-received': 0, awaiting: 0, overdue: 0, responded: 0, 'responded-late': 0 };
  const rest = entries.filter((e) => matchesResponseFilter(e, filter, { ignoreState: true }));
  for (const entry of rest) counts[entry.state] += 1;
  return { entries: rest.filter((e) => matchesResponseFilter(e, filter)), counts };
}

/**
 * Who is chased about a response: the addressee's contact (its own, or for
 * the executive and council the committee's executive contact, the
 * cabinet clerk), and the scrutiny officer (or, unset, the committee's
 * contact), once each.
 */
export function responseReminderRecipients(
  rec: Pick<RecommendationRow, 'addressedTo' | 'addresseeEmail' | 'committeeContactEmail'>,
  settings: { scrutinyOfficerEmail: string | null; executiveContactEmail: string | null },
): string[] {
  const addressee = rec.addresseeEmail ?? (hasStatutoryResponseDate(rec.addressedTo) ? settings.executiveContactEmail : null);
  const scrutiny = settings.scrutinyOfficerEmail ?? rec.committeeContactEmail;
  const recipients = [addressee, scrutiny].filter((email): email is string => Boolean(email));
  return recipients.filter((email, index) => recipients.findIndex((other) => other.toLowerCase() === email.toLowerCase()) === index);
}
