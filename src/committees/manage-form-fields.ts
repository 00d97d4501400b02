import { z } from 'zod';
import { type Day, isDay } from '../deadlines/days.ts';
import type { FormErrors } from '../web/form-errors.ts';

/**
 * Reading the back office's date and time fields. Dates come from GOV.UK
 * date inputs (three boxes: `name-day`, `name-month`, `name-year`); times
 * from a text box in which clerks type "6.30pm", "10am" or "14:00", as
 * agendas print them. Messages follow the GOV.UK patterns and name the field.
 */
export type FieldResult<T> = { value: T; error: null } | { value: null; error: string };

/** The three boxes of a date input, as posted. */
export function dateParts(body: Record<string, unknown>, name: string): { day: string; month: string; year: string } {
  const part = (suffix: string) => String(body[`${name}-${suffix}`] ?? '').trim();
  return { day: part('day'), month: part('month'), year: part('year') };
}

/**
 * A day from a date input's three boxes; null when all are empty and the
 * date is optional.
 *
 * @example
 * readDateInput({ 'startsOn-day': '20', 'startsOn-month': '5', 'startsOn-year': '2026' }, 'startsOn', 'Start date'); // { value: '2026-05-20', error: null }
 */
export function readDateInput(body: Record<string, unknown>, name: string, label: string, options: { required?: boolean } = {}): FieldResult<Day | null> {
  const { day, month, year } = dateParts(body, name);
  if (!day && !month && !year) {
    return options.required === false ? { value: null, error: null } : { value: null, error: `Enter the ${lowerFirst(label)}` };
  }
  const missing = [!day && 'day', !month && 'month', !year && 'year'].filter(Boolean);
  if (missing.length) return { value: null, error: `${label} must include a ${missing.join(' and ')}` };
  if (![day, month, year].every((p) => /^\d+$/.test(p)) || year.length !== 4) return { value: null, error: `${label} must be a real date` };
  const value = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  if (!isDay(value)) return { value: null, error: `${label} must be a real date` };
  return { value, error: null };
}

/** The three boxes for a stored day, to fill a date input. */
export function dateInputValues(day: Day | null | undefined): { day: string; month: string; year: string } {
  if (!day) return { day: '', month: '', year: '' };
  return { day: String(Number(day.slice(8, 10))), month: String(Number(day.slice(5, 7))), year: day.slice(0, 4) };
}

/**
 * A clock time as clerks type it: "6.30pm", "6:30 pm", "10am", "noon",
 * "14:00", "1400". Returns 24-hour "HH:MM"; null when empty and optional.
 *
 * @example
 * readClockTime('6.30pm', 'Start time'); // { value: '18:30', error: null }
 */
export function readClockTime(raw: unknown, label: string, options: { required?: boolean } = {}): FieldResult<string | null> {
  const text = String(raw ?? '').trim().toLowerCase().replace(/\s+/g, '');
  if (!text) return options.required ? { value: null, error: `Enter the ${lowerFirst(label)}` } : { value: null, error: null };
  if (text === 'noon' || text === 'midday') return { value: '12:00', error: null };
  const match = /^(\d{1,2})(?:[.:]?(\d{2}))?(am|pm|a\.m\.|p\.m\.)?$/.exec(text);
  const invalid = { value: null, error: `${label} must be a time, like 10am, 6.30pm or 14:00` } as const;
  if (!match) return invalid;
  let hour = Number(match[1]);
  const minute = Number(match[2] ?? '0');
  const period = match[3]?.replace(/\./g, '');
  if (minute > 59) return invalid;
  if (period) {
    if (hour < 1 || hour > 12) return invalid;
    hour = (hour % 12) + (period === 'pm' ? 12 : 0);
  } else if (hour > 23 || match[2] === undefined) {
    // A bare "10" could be morning or evening: ask rather than guess.
    return invalid;
  }
  return { value: `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`, error: null };
}

/** "18:30" → "6.30pm", the way a clerk would type it back into the box. */
export function clockTimeInputValue(time: string | null | undefined): string {
  if (!time) return '';
  const [h, m] = time.split(':').map(Number) as [number, number];
  const period = h >= 12 ? 'pm' : 'am';
  const hour = h % 12 === 0 ? 12 : h % 12;
  return `${hour}${m ? `.${String(m).padStart(2, '0')}` : ''}${period}`;
}

/**
 * GOV.UK's error summary links a date to its first box, where a keyboard
 * user starts typing: `#startsOn-day`, not the group around the boxes.
 */
export function linkDateErrorsToDayBox(errors: FormErrors, dateFields: readonly string[]): FormErrors {
  return {
    fields: errors.fields,
    summary: errors.summary.map((item) => (dateFields.includes(item.href.slice(1)) ? { ...item, href: `${item.href}-day` } : item)),
  };
}

function lowerFirst(label: string): string {
  return label.charAt(0).toLowerCase() + label.slice(1);
}

/** A warning that does not block a change: `key` identifies it, so a confirmation covers exactly the warnings shown. */
export interface FormWarning {
  key: string;
  text: string;
}

/** The warnings shown, as one value for the form's hidden field. */
export function warningsFingerprint(warnings: readonly FormWarning[]): string {
  return warnings.map((w) => w.key).sort().join(' ');
}

/**
 * Whether a change with warnings may go ahead: 'go' when there are none or
 * the clerk ticked the box under exactly these; 'show' when they have not
 * seen them yet (or they changed since); 'unconfirmed' when they saw them
 * and did not tick the box.
 */
export function warningsConfirmation(warnings: readonly FormWarning[], body: Record<string, unknown>): 'go' | 'show' | 'unconfirmed' {
  if (warnings.length === 0) return 'go';
  if (String(body.warningsShown ?? '') !== warningsFingerprint(warnings)) return 'show';
  return [body.confirmWarnings].flat().includes('yes') ? 'go' : 'unconfirmed';
}

export const confirmWarningsMessage = 'Tick the box to say you have checked the warnings, or change the details';

/** An optional text box: empty becomes null. */
export function optionalText(max: number, tooLong: string) {
  return z.string().trim().max(max, tooLong).optional().transform((v) => (v ? v : null));
}

/** An optional whole number between min and max: empty becomes null. */
export function optionalWholeNumber(min: number, max: number, message: string) {
  return z
    .string()
    .trim()
    .optional()
    .transform((v, context) => {
      if (!v) return null;
      if (!/^\d+$/.test(v) || Number(v) < min || Number(v) > max) {
        context.addIssue({ code: 'custom', message });
        return z.NEVER;
      }
      return Number(v);
    });
}

/** An optional choice from a select of record ids: "" (none) becomes null. */
export function optionalId(message: string) {
  return z
    .string()
    .optional()
    .transform((v, context) => {
      if (!v) return null;
      if (!/^\d{1,9}$/.test(v) || Number(v) < 1) {
        context.addIssue({ code: 'custom', message });
        return z.NEVER;
      }
      return Number(v);
    });
}

/** An optional email address: empty becomes null. */
export function optionalEmail(message: string) {
  return z
    .string()
    .trim()
    .optional()
    .transform((v) => (v ? v : null))
    .refine((v) => v === null || z.email().safeParse(v).success, message);
}
