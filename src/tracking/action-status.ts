import { daysBetween } from '../deadlines/days.ts';
import type { ActionStatus } from './tracking-tables.ts';

export type ActionState = 'open' | 'in-progress' | 'overdue' | 'completed';

/**
 * Where an action stands on a given day. Overdue is never stored: an action
 * becomes overdue when its due date has passed and it is not completed, so
 * the log is right every morning without a job to update it. On the due
 * date itself it is not yet overdue: "by 5 March" includes 5 March.
 */
export function actionState(action: { status: ActionStatus; dueOn: string | null }, today: string): ActionState {
  if (action.status === 'completed') return 'completed';
  if (action.dueOn !== null && action.dueOn < today) return 'overdue';
  return action.status;
}

export const actionStateLabels: Record<ActionState, string> = {
  open: 'Open',
  'in-progress': 'In progress',
  overdue: 'Overdue',
  completed: 'Completed',
};

export const actionStatusLabels: Record<ActionStatus, string> = {
  open: 'Open',
  'in-progress': 'In progress',
  completed: 'Completed',
};

/** Whole days past the due date, 0 on it or before it, null without one or once completed. */
export function daysOverdue(action: { status: ActionStatus; dueOn: string | null }, today: string): number | null {
  if (action.status === 'completed' || action.dueOn === null) return null;
  return Math.max(0, daysBetween(action.dueOn, today));
}

export type Completion = { late: boolean; daysLate: number } | { late: null; daysLate: null };

/**
 * Whether a completed action was reported complete after its due date. An
 * action completed on its due date is on time. Imported logs often say
 * "COMPLETED" with no date, and some actions have no due date: then
 * nobody can say, and `late` is null.
 */
export function completion(action: { status: ActionStatus; dueOn: string | null; completedOn: string | null }): Completion | null {
  if (action.status !== 'completed') return null;
  if (action.completedOn === null || action.dueOn === null) return { late: null, daysLate: null };
  const days = daysBetween(action.dueOn, action.completedOn);
  return { late: days > 0, daysLate: Math.max(0, days) };
}

/**
 * The status an action takes when someone reports on it. A progress note
 * on an open action means work has started, unless they chose a status
 * themselves; completing it needs the date it was done, which cannot be
 * in the future. Returns the problem, for the form, when there is one.
 */
export function statusAfterReport(
  current: { status: ActionStatus; completedOn: string | null },
  report: { status?: ActionStatus | undefined; progress?: string | undefined; completedOn?: string | undefined },
  today: string,
): { status: ActionStatus; completedOn: string | null } | { problem: { field: 'completedOn'; message: string } } {
  const status = report.status ?? (report.progress && current.status === 'open' ? 'in-progress' : current.status);
  if (status !== 'completed') return { status, completedOn: null };
  const completedOn = report.completedOn ?? (current.status === 'completed' ? current.completedOn : null);
  if (!completedOn) return { problem: { field: 'completedOn', message: 'Enter the date the action was completed' } };
  if (completedOn > today) return { problem: { field: 'completedOn', message: 'The date completed must be today or in the past' } };
  return { status, completedOn };
}
