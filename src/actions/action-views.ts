import type { Origin } from '../db/provenance.ts';
import { formatDateShort } from '../web/format.ts';
import { actionState, actionStateLabels, completion, daysOverdue, type ActionState } from '../tracking/action-status.ts';
import type { MinuteOption, PersonOption } from './follow-through-options-repository.ts';
import type { ActionListRow } from './action-repository.ts';

/** The GOV.UK tag colour of each state, the same on every page and in the report. */
export const actionStateTagClasses: Record<ActionState, string> = {
  open: 'govuk-tag--blue',
  'in-progress': 'govuk-tag--yellow',
  overdue: 'govuk-tag--red',
  completed: 'govuk-tag--green',
};

export const originLabels: Record<Origin, string> = {
  gavel: 'Entered in Gavel',
  import: 'Imported from a document',
  demo: 'Demo council',
};

export type ActionView<T extends ActionListRow = ActionListRow> = T & {
  state: ActionState;
  stateLabel: string;
  tagClass: string;
  daysOverdue: number | null;
  /** "Completed 2 March 2026, 10 days late" or null. */
  completionText: string | null;
  completedLate: boolean;
  /** "Minute 64: School budgets", the item as the minutes number it. */
  itemText: string | null;
  dueLabel: string | null;
};

/** An action with where it stands today, in the words the log uses. */
export function actionView<T extends ActionListRow>(row: T, today: string): ActionView<T> {
  const state = actionState(row, today);
  const done = completion(row);
  let completionText: string | null = null;
  if (done) {
    const when = row.completedOn ? `Completed ${formatDateShort(row.completedOn)}` : 'Completed (date not recorded)';
    completionText = done.late ? `${when}, ${done.daysLate} ${done.daysLate === 1 ? 'day' : 'days'} late` : when;
  }
  return {
    ...row,
    state,
    stateLabel: actionStateLabels[state],
    tagClass: actionStateTagClasses[state],
    daysOverdue: state === 'overdue' ? daysOverdue(row, today) : null,
    completionText,
    completedLate: done?.late === true,
    itemText: itemText(row),
    dueLabel: row.dueOn ? formatDateShort(row.dueOn) : row.dueText,
  };
}

export function itemText(row: { itemNumber: string | null; minuteNumber: string | null; itemTitle: string | null }): string | null {
  if (!row.itemTitle) return null;
  const number = row.minuteNumber ?? row.itemNumber;
  return number ? `${number}. ${row.itemTitle}` : row.itemTitle;
}

/** The value of a "meeting and item" choice: `m12` is meeting 12 itself, `i34` its item 34. */
export function minuteChoiceValue(option: { meetingId: number; agendaItemId: number | null }): string {
  return option.agendaItemId === null ? `m${option.meetingId}` : `i${option.agendaItemId}`;
}

/** Options for the "meeting and item" select, each meeting followed by its items. */
export function minuteChoiceItems(options: readonly MinuteOption[], selected: string | null, blank = 'Choose the meeting and item') {
  return [
    { value: '', text: blank },
    ...options.map((o) => ({
      value: minuteChoiceValue(o),
      text: o.agendaItemId === null ? `${formatDateShort(o.meetingDate)}: the meeting` : `${formatDateShort(o.meetingDate)}: ${itemText(o)}${o.isExempt ? ' (exempt)' : ''}`,
      selected: minuteChoiceValue(o) === selected,
    })),
  ];
}

/** Options for the owner select: officers with their directorate, then members. */
export function ownerItems(people: readonly PersonOption[], selected: number | null) {
  return [
    { value: '', text: 'Not in the list: type a name below' },
    ...people.map((p) => ({
      value: String(p.id),
      text: p.kind === 'officer' ? `${p.fullName}${p.directorate ? `, ${p.directorate}` : ''}` : `${p.fullName} (${p.kind === 'councillor' ? 'councillor' : 'co-optee'})`,
      selected: p.id === selected,
    })),
  ];
}
