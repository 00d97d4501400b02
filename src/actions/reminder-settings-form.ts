import { isMailbox } from '../email/mailbox.ts';
import { formErrors, type FormErrors } from '../web/form-errors.ts';
import type { ReminderSettings } from './reminder-schedule.ts';
import type { CommitteeReminderSettings } from './reminder-settings-repository.ts';

/** The fields of one set of reminders: `actions…` or `responses…`. */
export type ReminderGroup = 'actions' | 'responses';

/** "14, 7" → [14, 7]; days before must be whole numbers from 1 to 365. */
export function readDaysBefore(raw: unknown, label: string): { value: number[]; error: null } | { value: null; error: string } {
  const text = String(raw ?? '').trim();
  if (!text) return { value: [], error: null };
  const parts = text.split(/[\s,;]+/).filter(Boolean);
  if (!parts.every((p) => /^\d{1,3}$/.test(p) && Number(p) >= 1 && Number(p) <= 365)) {
    return { value: null, error: `${label} must be whole numbers of days from 1 to 365, separated by commas, like 14, 7` };
  }
  return { value: [...new Set(parts.map(Number))].sort((a, b) => b - a), error: null };
}

function readEvery(raw: unknown, label: string): { value: number | null; error: string | null } {
  const text = String(raw ?? '').trim();
  if (!text) return { value: null, error: null };
  if (!/^\d{1,3}$/.test(text) || Number(text) < 1 || Number(text) > 365) return { value: null, error: `${label} must be a whole number of days from 1 to 365, or empty for none` };
  return { value: Number(text), error: null };
}

function readEmail(raw: unknown, label: string): { value: string | null; error: string | null } {
  const text = String(raw ?? '').trim();
  if (!text) return { value: null, error: null };
  return isMailbox(text) ? { value: text, error: null } : { value: null, error: `${label} must be an email address, like scrutiny@council.gov.uk` };
}

/** A committee's reminder settings as posted, with a message per field that is wrong. */
export function readReminderSettingsForm(body: unknown, committeeId: number): { data: Omit<CommitteeReminderSettings, 'isDefault'>; errors: null } | { data: null; errors: FormErrors } {
  const raw = (body ?? {}) as Record<string, unknown>;
  const group = (prefix: ReminderGroup, what: string) => {
    const before = readDaysBefore(raw[`${prefix}DaysBefore`], `Days before the ${what} is due`);
    const every = readEvery(raw[`${prefix}OverdueEveryDays`], `How often to remind while the ${what} is overdue`);
    return { before, every, onDueDate: raw[`${prefix}OnDueDate`] === 'yes' };
  };
  const actions = group('actions', 'action');
  const responses = group('responses', 'response');
  const scrutiny = readEmail(raw.scrutinyOfficerEmail, 'The scrutiny officer’s email address');
  const executive = readEmail(raw.executiveContactEmail, 'The executive’s email address');
  const errors = formErrors({
    actionsDaysBefore: actions.before.error,
    actionsOverdueEveryDays: actions.every.error,
    responsesDaysBefore: responses.before.error,
    responsesOverdueEveryDays: responses.every.error,
    scrutinyOfficerEmail: scrutiny.error,
    executiveContactEmail: executive.error,
  });
  if (errors.summary.length > 0) return { data: null, errors };
  const settings = (g: typeof actions): ReminderSettings => ({ daysBefore: g.before.value!, onDueDate: g.onDueDate, overdueEveryDays: g.every.value });
  return {
    data: { committeeId, actions: settings(actions), responses: settings(responses), scrutinyOfficerEmail: scrutiny.value, executiveContactEmail: executive.value },
    errors: null,
  };
}

/** The form's values for stored settings. */
export function reminderSettingsValues(settings: CommitteeReminderSettings): Record<string, string | boolean> {
  const group = (prefix: ReminderGroup, s: ReminderSettings) => ({
    [`${prefix}DaysBefore`]: s.daysBefore.join(', '),
    [`${prefix}OnDueDate`]: s.onDueDate,
    [`${prefix}OverdueEveryDays`]: s.overdueEveryDays === null ? '' : String(s.overdueEveryDays),
  });
  return {
    ...group('actions', settings.actions),
    ...group('responses', settings.responses),
    scrutinyOfficerEmail: settings.scrutinyOfficerEmail ?? '',
    executiveContactEmail: settings.executiveContactEmail ?? '',
  };
}
