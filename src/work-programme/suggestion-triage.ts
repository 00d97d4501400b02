import { z } from 'zod';
import { optionalId, optionalText } from '../committees/manage-form-fields.ts';
import type { WorkProgrammeKind, WorkProgrammeStatus } from '../tracking/tracking-tables.ts';
import { formErrors, type FormErrors, zodFormErrors } from '../web/form-errors.ts';
import { formatDateShort } from '../web/format.ts';
import type { SuggestionDecision, WorkProgrammeChangeKind } from './work-programme-tables.ts';

const TriageFields = z.object({
  decision: z.enum(['accept', 'reject', 'merge'], { error: 'Choose what to do with the suggestion' }),
  reason: optionalText(2000, 'The reason must be 2,000 characters or fewer'),
  mergeInto: optionalId('Choose the item to merge the suggestion into'),
});

export type TriageForm = z.infer<typeof TriageFields>;

/** The triage form: accept, reject with a reason the resident is sent, or merge into an item already there. */
export function readTriageForm(body: Record<string, unknown>): { ok: true; form: TriageForm } | { ok: false; errors: FormErrors } {
  const parsed = TriageFields.safeParse(body);
  if (!parsed.success) return { ok: false, errors: zodFormErrors(parsed.error) };
  const form = parsed.data;
  const errors = formErrors({
    reason: form.decision === 'reject' && !form.reason ? 'Enter why the suggestion is not taken forward: the resident is sent it' : null,
    mergeInto: form.decision === 'merge' && form.mergeInto === null ? 'Choose the item to merge the suggestion into' : null,
  });
  return errors.summary.length ? { ok: false, errors } : { ok: true, form };
}

export interface TriageOutcome {
  decision: SuggestionDecision;
  /** What the suggestion's item becomes. */
  item: { kind: WorkProgrammeKind; status: WorkProgrammeStatus; currentPosition: string; mergedIntoItemId: number | null };
  change: WorkProgrammeChangeKind;
  /** The note kept in the history and sent to the resident. */
  reason: string | null;
}

/**
 * What deciding on a suggestion does to it. Accepted, it becomes a
 * potential item, its origin still the public; rejected, it stays a
 * suggestion, not taken forward, with the reason published beside it (the
 * resident's name never is); merged, it points at the item it joined, whose
 * history records the merge.
 *
 * @example
 * triageOutcome({ decision: 'reject', reason: 'A matter for the highway authority', mergeInto: null }, '2026-03-02');
 * // { decision: 'rejected', item: { kind: 'public-suggestion', status: 'rejected', currentPosition: 'Not taken forward: A matter for the highway authority', … }, … }
 */
export function triageOutcome(form: TriageForm, today: string, mergeTarget?: { id: number; title: string }): TriageOutcome {
  const on = formatDateShort(today);
  switch (form.decision) {
    case 'accept':
      return { decision: 'accepted', change: 'accepted', reason: form.reason, item: { kind: 'potential', status: 'planned', currentPosition: `Suggested by a member of the public; accepted on ${on} as a potential item.`, mergedIntoItemId: null } };
    case 'reject':
      return { decision: 'rejected', change: 'rejected', reason: form.reason, item: { kind: 'public-suggestion', status: 'rejected', currentPosition: `Not taken forward: ${form.reason}`, mergedIntoItemId: null } };
    case 'merge':
      if (!mergeTarget) throw new Error('a merge needs the item merged into');
      return { decision: 'merged', change: 'merged', reason: form.reason, item: { kind: 'public-suggestion', status: 'merged', currentPosition: `Considered with “${mergeTarget.title}”, already on the work programme (${on}).`, mergedIntoItemId: mergeTarget.id } };
  }
}
