import { z } from 'zod';
import { linkDateErrorsToDayBox, optionalId, optionalText, readClockTime, readDateInput } from '../committees/manage-form-fields.ts';
import type { WorkProgrammeKind, WorkProgrammeOrigin } from '../tracking/tracking-tables.ts';
import { formErrors, type FormErrors, zodFormErrors } from '../web/form-errors.ts';
import { SESSION_KINDS } from './work-programme-move.ts';

/** The kinds an officer adds; suggestions from the public come through the public form. */
export const addableKinds = ['scheduled', 'annual', 'potential', 'task-and-finish', 'workshop', 'briefing-note'] as const satisfies readonly WorkProgrammeKind[];
export const originKinds = ['member', 'officer', 'public', 'meeting', 'forward-plan', 'standing', 'other'] as const satisfies readonly WorkProgrammeOrigin[];

const ItemFields = z.object({
  kind: z.enum(addableKinds, { error: 'Select what kind of item it is' }),
  title: z.string({ error: 'Enter the item’s title' }).trim().min(1, 'Enter the item’s title').max(300, 'The title must be 300 characters or fewer'),
  purpose: optionalText(2000, 'The purpose must be 2,000 characters or fewer'),
  scrutinyType: optionalText(100, 'The type of scrutiny must be 100 characters or fewer'),
  raisedByKind: z.union([z.literal(''), z.enum(originKinds)], { error: 'Select where the item came from' }).optional().transform((v) => v || null),
  raisedBy: optionalText(200, 'Who raised it must be 200 characters or fewer'),
  raisedAtMeetingId: optionalId('Choose the meeting from the list'),
  leadOfficerPersonId: optionalId('Choose the lead officer from the list'),
  leadOfficerName: optionalText(200, 'The lead officer’s name must be 200 characters or fewer'),
  meetingId: optionalId('Choose the meeting from the list'),
  taskAndFinishCommitteeId: optionalId('Choose the group from the list'),
  currentPosition: optionalText(1000, 'The current position must be 1,000 characters or fewer'),
});

export interface ItemFormValues {
  kind: WorkProgrammeKind;
  title: string;
  purpose: string | null;
  scrutinyType: string | null;
  raisedByKind: WorkProgrammeOrigin | null;
  raisedBy: string | null;
  raisedAtMeetingId: number | null;
  leadOfficerPersonId: number | null;
  leadOfficerName: string | null;
  meetingId: number | null;
  taskAndFinishCommitteeId: number | null;
  currentPosition: string | null;
  sessionOn: string | null;
  sessionStartsAt: string | null;
  sessionEndsAt: string | null;
}

export type ItemFormResult = { ok: true; values: ItemFormValues } | { ok: false; errors: FormErrors };

/**
 * The add and change forms for a work programme item, checked on their own
 * (the route then checks the meeting, group and officer exist). A task and
 * finish item names its group; a workshop has a day and may have times; a
 * briefing note has a target date; neither goes on a meeting.
 *
 * @example
 * readItemForm({ kind: 'workshop', title: 'Budget workshop', 'sessionOn-day': '19', 'sessionOn-month': '5', 'sessionOn-year': '2026', sessionStartsAt: '11am', sessionEndsAt: '1pm' });
 * // { ok: true, values: { kind: 'workshop', sessionOn: '2026-05-19', sessionStartsAt: '11:00', sessionEndsAt: '13:00', … } }
 */
export function readItemForm(body: Record<string, unknown>): ItemFormResult {
  const parsed = ItemFields.safeParse(body);
  const sessionKind = parsed.success ? parsed.data.kind : String(body.kind ?? '');
  const isWorkshop = sessionKind === 'workshop';
  const sessionOn = readDateInput(body, 'sessionOn', isWorkshop ? 'Workshop date' : 'Target date', { required: false });
  const startsAt = readClockTime(body.sessionStartsAt, 'Start time');
  const endsAt = readClockTime(body.sessionEndsAt, 'End time');
  const messages: Record<string, string | null> = {};
  if (SESSION_KINDS.includes(sessionKind as WorkProgrammeKind)) {
    messages.sessionOn = sessionOn.error;
    if (isWorkshop) {
      messages.sessionStartsAt = startsAt.error;
      messages.sessionEndsAt = endsAt.error ?? (startsAt.value && endsAt.value && endsAt.value <= startsAt.value ? 'The end time must be after the start time' : null);
    }
  }
  if (parsed.success) {
    const data = parsed.data;
    if (data.kind === 'task-and-finish' && data.taskAndFinishCommitteeId === null) messages.taskAndFinishCommitteeId = 'Choose the task and finish group that carries out the review';
    if (SESSION_KINDS.includes(data.kind) && data.meetingId !== null) messages.meetingId = 'A workshop or briefing note has its own date, not a meeting: leave the meeting empty';
  }
  const zodMessages: Record<string, string> = parsed.success ? {} : Object.fromEntries(zodFormErrors(parsed.error).summary.map((s) => [s.href.slice(1), s.text]));
  const errors = formErrors({ ...messages, ...zodMessages });
  if (!parsed.success || errors.summary.length) return { ok: false, errors: linkDateErrorsToDayBox(errors, ['sessionOn']) };
  const data = parsed.data;
  const session = SESSION_KINDS.includes(data.kind);
  return {
    ok: true,
    values: {
      ...data,
      // Fields that do not apply to the kind chosen are dropped, not stored half-meant.
      taskAndFinishCommitteeId: data.kind === 'task-and-finish' ? data.taskAndFinishCommitteeId : null,
      meetingId: session ? null : data.meetingId,
      sessionOn: session ? sessionOn.value : null,
      sessionStartsAt: isWorkshop ? startsAt.value : null,
      sessionEndsAt: isWorkshop ? endsAt.value : null,
    },
  };
}

const PositionFields = z.object({
  currentPosition: optionalText(1000, 'The current position must be 1,000 characters or fewer'),
  status: z.enum(['planned', 'in-progress', 'completed', 'deferred', 'rejected'], { error: 'Select the item’s status' }),
  note: optionalText(2000, 'The note must be 2,000 characters or fewer'),
});

export type PositionFormValues = z.infer<typeof PositionFields>;

/** The "update the current position" form: what the programme says now, its status, and a note for the history. */
export function readPositionForm(body: Record<string, unknown>): { ok: true; values: PositionFormValues } | { ok: false; errors: FormErrors } {
  const parsed = PositionFields.safeParse(body);
  return parsed.success ? { ok: true, values: parsed.data } : { ok: false, errors: zodFormErrors(parsed.error) };
}

const MoveFields = z.object({
  // "none" takes the item off its meeting; otherwise a meeting's id.
  to: z.string({ error: 'Choose the meeting to move the item to' }).regex(/^(none|\d{1,9})$/, 'Choose the meeting to move the item to'),
  note: optionalText(2000, 'The note must be 2,000 characters or fewer'),
});

/** The move form: where to, and why (the note stays in the history). */
export function readMoveForm(body: Record<string, unknown>): { ok: true; to: number | null; note: string | null } | { ok: false; errors: FormErrors } {
  const parsed = MoveFields.safeParse(body);
  if (!parsed.success) return { ok: false, errors: zodFormErrors(parsed.error) };
  return { ok: true, to: parsed.data.to === 'none' ? null : Number(parsed.data.to), note: parsed.data.note };
}
