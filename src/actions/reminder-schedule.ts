import { addDays, daysBetween, type Day } from '../deadlines/days.ts';

/**
 * When people are reminded about something due: an action's owner about
 * the action, the executive about its response to recommendations. Each
 * committee may set its own intervals; these are the defaults.
 */
export interface ReminderSettings {
  /** Days before the due date, each a reminder: [7] is a week before. */
  daysBefore: readonly number[];
  onDueDate: boolean;
  /** Once overdue, a reminder every this many days, counted from the due date; null for none. */
  overdueEveryDays: number | null;
}

export const defaultActionReminders: ReminderSettings = { daysBefore: [7], onDueDate: true, overdueEveryDays: 14 };

/** Two months is long: a fortnight's warning, then the due date, then every fortnight while late. */
export const defaultResponseReminders: ReminderSettings = { daysBefore: [14], onDueDate: true, overdueEveryDays: 14 };

/**
 * A reminder missed while no server ran (a weekend outage, a failed
 * sweep) is still sent this many days after its date, if no later one has
 * come due since. An older one is not: a clerk importing last year's log
 * does not want every owner told at once that an action was due in June.
 */
export const REMINDER_CATCH_UP_DAYS = 7;

export type ReminderKind = 'before' | 'due' | 'overdue';

export interface ReminderOccasion {
  /** Names the reminder and the due date it is for: "before-7:2026-03-10", "overdue-2:2026-03-10". */
  key: string;
  kind: ReminderKind;
  /** The day it is meant to go. */
  on: Day;
  /** For overdue reminders: the first, second, … */
  number: number | null;
}

export interface ReminderDue extends ReminderOccasion {
  dueOn: Day;
  /** Days from today to the due date: 7 a week before, 0 on the day, negative once overdue. */
  daysToDue: number;
}

/** The reminder occasions for a due date, in date order, from the first up to and including `until`. */
export function reminderOccasions(dueOn: Day, settings: ReminderSettings, until: Day): ReminderOccasion[] {
  const occasions: ReminderOccasion[] = [];
  const before = [...new Set(settings.daysBefore)].filter((days) => Number.isInteger(days) && days > 0).sort((a, b) => b - a);
  for (const days of before) occasions.push({ key: `before-${days}:${dueOn}`, kind: 'before', on: addDays(dueOn, -days), number: null });
  if (settings.onDueDate) occasions.push({ key: `due:${dueOn}`, kind: 'due', on: dueOn, number: null });
  const every = settings.overdueEveryDays;
  if (every !== null && every > 0) {
    for (let n = 1; addDays(dueOn, every * n) <= until; n++) {
      occasions.push({ key: `overdue-${n}:${dueOn}`, kind: 'overdue', on: addDays(dueOn, every * n), number: n });
    }
  }
  return occasions.filter((o) => o.on <= until);
}

/**
 * The reminders to send today about one action or response: the latest
 * reminder whose day has come, unless it was already sent, or is more
 * than REMINDER_CATCH_UP_DAYS old. Earlier reminders that were missed are
 * not sent late once a later one is due: one message, saying where things
 * stand now. Nothing once done or without a due date.
 *
 * `sent` holds the keys already sent; a key names its due date, so moving
 * the due date starts a fresh series.
 *
 * @example
 * remindersDue({ dueOn: '2026-03-10', done: false }, '2026-03-03', defaultActionReminders, []);
 * // [{ key: 'before-7:2026-03-10', kind: 'before', on: '2026-03-03', number: null, dueOn: '2026-03-10', daysToDue: 7 }]
 */
export function remindersDue(
  subject: { dueOn: Day | null; done: boolean },
  today: Day,
  settings: ReminderSettings,
  sent: readonly { key: string }[],
): ReminderDue[] {
  if (subject.done || subject.dueOn === null) return [];
  const latest = reminderOccasions(subject.dueOn, settings, today).at(-1);
  if (!latest) return [];
  if (sent.some((s) => s.key === latest.key)) return [];
  if (daysBetween(latest.on, today) > REMINDER_CATCH_UP_DAYS) return [];
  return [{ ...latest, dueOn: subject.dueOn, daysToDue: daysBetween(today, subject.dueOn) }];
}

/** The day of the next reminder after today, for the back office to show; null when none will come. */
export function nextReminderOn(subject: { dueOn: Day | null; done: boolean }, today: Day, settings: ReminderSettings): Day | null {
  if (subject.done || subject.dueOn === null) return null;
  const horizon = addDays(subject.dueOn > today ? subject.dueOn : today, (settings.overdueEveryDays ?? 0) + 1);
  return reminderOccasions(subject.dueOn, settings, horizon).find((o) => o.on > today)?.on ?? null;
}

/** "7 days before, on the due date, then every 14 days while overdue": a committee's settings in a clerk's words. */
export function describeReminderSettings(settings: ReminderSettings): string {
  const parts: string[] = [];
  const before = [...new Set(settings.daysBefore)].sort((a, b) => b - a);
  if (before.length > 0) parts.push(`${before.join(', ')} ${before.length === 1 && before[0] === 1 ? 'day' : 'days'} before`);
  if (settings.onDueDate) parts.push('on the due date');
  if (settings.overdueEveryDays) parts.push(`every ${settings.overdueEveryDays === 1 ? 'day' : `${settings.overdueEveryDays} days`} while overdue`);
  if (parts.length === 0) return 'No reminders';
  const last = parts.pop()!;
  return (parts.length ? `${parts.join(', ')}, then ${last}` : last).replace(/^./, (c) => c.toUpperCase());
}
