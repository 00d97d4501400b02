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

export type ForwardPlanEntry = ForwardPlanRow & { kindLabel: string; due: string };

/**
 * An entry as the plan prints it: an exact date when there is one, else
 * "Not before April 2026" style month. The repository has already emptied
 * an exempt entry's details; this adds labels only.
 */
export function describeForwardPlanEntry(row: ForwardPlanRow, formatDate: (iso: string) => string): ForwardPlanEntry {
  const due = row.decisionDueOn ? formatDate(row.decisionDueOn) : row.decisionDueMonth ? formatMonth(row.decisionDueMonth) : 'Not yet known';
  return { ...row, kindLabel: decisionKindLabels[row.decisionKind], due };
}
