import type { ActionStatus } from './tracking-tables.ts';

export type ActionState = 'open' | 'in-progress' | 'overdue' | 'completed';

/**
 * Where an action stands on a given day. Overdue is never stored: an action
 * becomes overdue when its due date has passed and it is not completed, so
 * the log is right every morning without a job to update it.
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
