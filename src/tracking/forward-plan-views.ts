import { checkForwardPlanNotice, describeNoticeRoute } from '../forward-plan/forward-plan-notice.ts';
import type { ForwardPlanRow } from './forward-plan-repository.ts';
import type { DecisionKind } from './tracking-tables.ts';

export const decisionKindLabels: Record<DecisionKind, string> = {
  key: 'Key decision',
  'non-key': 'Non-key decision',
  'budget-and-policy-framework': 'Budget and policy framework',
};

const monthName = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "2026-04" → "April 2026". */
export function formatMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return monthName.format(new Date(Date.UTC(y, m - 1, 1)));
}

export type ForwardPlanEntry = ForwardPlanRow & { kindLabel: string; due: string; shortNotice: boolean; noticeText: string | null };

/**
 * An entry as the plan prints it: an exact date when there is one, else
 * the month ("April 2026"), and, for a key decision given less than 28
 * clear days' notice, the sentence saying so and the route it takes. The
 * repository has already emptied an exempt entry's details; this adds
 * labels only.
 */
export function describeForwardPlanEntry(row: ForwardPlanRow, formatDate: (iso: string) => string): ForwardPlanEntry {
  const due = row.decisionDueOn ? formatDate(row.decisionDueOn) : row.decisionDueMonth ? formatMonth(row.decisionDueMonth) : 'Not yet known';
  const notice = checkForwardPlanNotice(row);
  return { ...row, kindLabel: decisionKindLabels[row.decisionKind], due, shortNotice: notice.applies && notice.shortNotice, noticeText: describeNoticeRoute(row, notice) };
}
