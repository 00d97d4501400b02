import { decisionKindLabels, formatMonth } from '../tracking/forward-plan-views.ts';
import { formatDateLong } from '../web/format.ts';
import { checkForwardPlanNotice, describeNoticeRoute, type NoticeFacts } from './forward-plan-notice.ts';

export const entryStatusLabels: Record<string, string> = {
  planned: 'Planned',
  decided: 'Decided',
  deferred: 'Deferred',
  withdrawn: 'Withdrawn',
};

export const entryStatusTags: Record<string, string> = {
  planned: 'govuk-tag--blue',
  decided: 'govuk-tag--green',
  deferred: 'govuk-tag--orange',
  withdrawn: 'govuk-tag--grey',
};

export const urgencyRouteLabels: Record<string, string> = {
  'general-exception': 'General exception (regulation 10)',
  'special-urgency': 'Special urgency (regulation 11)',
};

/** "Tuesday 28 April 2026", or "July 2026" for a month-only entry. */
export function dueText(entry: { decisionDueOn: string | null; decisionDueMonth: string | null }): string {
  return entry.decisionDueOn ? formatDateLong(entry.decisionDueOn) : entry.decisionDueMonth ? formatMonth(entry.decisionDueMonth) : 'Not yet known';
}

/**
 * An entry with what its pages print: the due date in words, its kind and
 * status, and the 28 clear days' check with the sentence the public see
 * when short notice was given.
 */
export function entryView<T extends NoticeFacts & { status: string; decisionDueOn: string | null; decisionDueMonth: string | null }>(entry: T) {
  const notice = checkForwardPlanNotice(entry);
  return {
    ...entry,
    due: dueText(entry),
    kindLabel: decisionKindLabels[entry.decisionKind],
    statusLabel: entryStatusLabels[entry.status] ?? entry.status,
    statusTag: entryStatusTags[entry.status] ?? 'govuk-tag--grey',
    notice,
    noticeText: describeNoticeRoute(entry, notice),
    /** Short notice and no route recorded yet: what the scrutiny officer must put right. */
    routeMissing: notice.shortNotice && !entry.urgencyRoute && !notice.monthOnly,
  };
}
