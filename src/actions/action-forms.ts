import { z } from 'zod';
import { linkDateErrorsToDayBox, readDateInput } from '../committees/manage-form-fields.ts';
import { statusAfterReport } from '../tracking/action-status.ts';
import type { ActionStatus } from '../tracking/tracking-tables.ts';
import { formErrors, type FormErrors, zodFormErrors } from '../web/form-errors.ts';

/**
 * The back office's and the owner's forms for actions: what was posted,
 * checked, with errors that name the field.
 */

const optionalText = (max: number, label: string) =>
  z
    .string()
    .trim()
    .max(max, `${label} must be ${max} characters or fewer`)
    .optional()
    .transform((v) => (v ? v : null));

const ActionDetailsSchema = z.object({
  minute: z
    .string()
    .regex(/^([mi][1-9]\d{0,9})?$/, 'Select the meeting and item that raised the action')
    .optional()
    .transform((v) => (v ? { kind: v[0] === 'm' ? ('meeting' as const) : ('item' as const), id: Number(v.slice(1)) } : null)),
  number: optionalText(40, 'The action number'),
  description: z.string().trim().min(1, 'Enter what was agreed').max(4000, 'The action must be 4,000 characters or fewer'),
  ownerPersonId: z.union([z.literal(''), z.coerce.number().int().positive()]).optional().transform((v) => (v === '' || v === undefined ? null : v)),
  ownerName: optionalText(200, 'The owner’s name'),
  directorate: optionalText(200, 'The directorate'),
  dueText: optionalText(100, 'The due date in words'),
});

export interface ActionDetailsInput {
  /** Null only for an action (imported, mostly) that records no meeting and keeps none. */
  minute: { kind: 'meeting' | 'item'; id: number } | null;
  number: string | null;
  description: string;
  ownerPersonId: number | null;
  ownerName: string | null;
  directorate: string | null;
  dueOn: string | null;
  dueText: string | null;
}

export function readActionDetails(body: unknown, options: { minuteRequired: boolean }): { data: ActionDetailsInput; errors: null } | { data: null; errors: FormErrors } {
  const raw = (body ?? {}) as Record<string, unknown>;
  const parsed = ActionDetailsSchema.safeParse(raw);
  const dueOn = readDateInput(raw, 'dueOn', 'Due date', { required: false });
  // Every field's problem at once, in the order of the form, whatever else is wrong.
  const messages: Record<string, string | null> = { minute: null, number: null, description: null, ownerPersonId: null, ownerName: null, directorate: null, dueOn: null, dueText: null };
  if (!parsed.success) Object.assign(messages, Object.fromEntries(zodFormErrors(parsed.error).summary.map((s) => [s.href.slice(1), s.text])));
  if (dueOn.error) messages.dueOn = dueOn.error;
  if (!raw.minute && options.minuteRequired) messages.minute = 'Select the meeting and item that raised the action';
  if (!String(raw.ownerPersonId ?? '').trim() && !String(raw.ownerName ?? '').trim()) messages.ownerPersonId = 'Choose who owns the action, or type their name';
  const errors = formErrors(messages);
  if (errors.summary.length > 0 || !parsed.success) return { data: null, errors: linkDateErrorsToDayBox(errors, ['dueOn']) };
  return { data: { ...parsed.data, dueOn: dueOn.value }, errors: null };
}

const ProgressSchema = z.object({
  progress: z.string().trim().max(4000, 'The progress update must be 4,000 characters or fewer').optional().transform((v) => (v ? v : undefined)),
  status: z.enum(['open', 'in-progress', 'completed'], { error: 'Choose the action’s status' }).optional(),
});

export interface ProgressInput {
  status: ActionStatus;
  completedOn: string | null;
  progress: string | null;
}

/**
 * A progress report from the owner or a clerk: a note, a status, or both.
 * The status rule (statusAfterReport) decides what the action becomes.
 */
export function readProgressReport(
  body: unknown,
  current: { status: ActionStatus; completedOn: string | null },
  today: string,
): { data: ProgressInput; errors: null } | { data: null; errors: FormErrors } {
  const raw = (body ?? {}) as Record<string, unknown>;
  const parsed = ProgressSchema.safeParse({ progress: raw.progress, status: raw.status || undefined });
  if (!parsed.success) return { data: null, errors: zodFormErrors(parsed.error) };
  const completedOn = readDateInput(raw, 'completedOn', 'Date completed', { required: false });
  if (completedOn.error && parsed.data.status === 'completed') return { data: null, errors: linkDateErrorsToDayBox(formErrors({ completedOn: completedOn.error }), ['completedOn']) };
  const { progress, status } = parsed.data;
  if (!progress && (status === undefined || (status === current.status && status !== 'completed'))) {
    return { data: null, errors: formErrors({ progress: 'Enter a progress update, or choose a new status' }) };
  }
  const next = statusAfterReport(current, { status, progress, completedOn: completedOn.value ?? undefined }, today);
  if ('problem' in next) return { data: null, errors: linkDateErrorsToDayBox(formErrors({ [next.problem.field]: next.problem.message }), ['completedOn']) };
  return { data: { ...next, progress: progress ?? null }, errors: null };
}

