import type { WorkProgrammeKind, WorkProgrammeStatus } from '../tracking/tracking-tables.ts';

export interface MovableItem {
  committeeId: number;
  kind: WorkProgrammeKind;
  status: WorkProgrammeStatus;
  municipalYearId: number | null;
  meetingId: number | null;
  /** The date of the meeting it is on now, for the history. */
  meetingOn: string | null;
}

export interface MeetingChoice {
  id: number;
  committeeId: number;
  date: string;
  status: string;
  municipalYearId: number | null;
}

export interface PlannedMove {
  kind: WorkProgrammeKind;
  meetingId: number | null;
  municipalYearId: number | null;
  /** The history entry the move leaves. */
  change: { change: 'moved'; fromMeetingId: number | null; fromMeetingOn: string | null; toMeetingId: number | null; toMeetingOn: string | null };
}

export type MoveResult = { ok: true; move: PlannedMove } | { ok: false; problem: string };

/** Kinds that have their own date rather than a place on a meeting's agenda. */
export const SESSION_KINDS: readonly WorkProgrammeKind[] = ['workshop', 'briefing-note'];

/** Items whose life in the programme has ended: they stay in the history, they do not move. */
const SETTLED: readonly WorkProgrammeStatus[] = ['completed', 'rejected', 'merged'];

/**
 * Moving an item to another meeting of its committee, or off the meeting
 * plan altogether (to = null). An item given a meeting is scheduled; a
 * scheduled item taken off its meeting becomes a potential item again, as
 * work programmes list it under "to be scheduled". An annual item or a task
 * and finish review keeps its kind. The item joins the municipal year of
 * the meeting it moves to, so an item deferred into May appears in the new
 * year's programme.
 *
 * @example
 * planMove({ kind: 'potential', meetingId: null, … }, { id: 7, date: '2026-04-21', … }, '2026-03-02');
 * // { ok: true, move: { kind: 'scheduled', meetingId: 7, change: { change: 'moved', fromMeetingId: null, toMeetingId: 7, toMeetingOn: '2026-04-21', … } } }
 */
export function planMove(item: MovableItem, to: MeetingChoice | null, today: string): MoveResult {
  if (SESSION_KINDS.includes(item.kind)) return { ok: false, problem: 'Workshops and briefing notes have their own dates, not a meeting: change the date instead' };
  if (SETTLED.includes(item.status)) return { ok: false, problem: `This item is ${item.status}, so it cannot move; change its status first` };
  if (to === null) {
    if (item.meetingId === null) return { ok: false, problem: 'The item is not on a meeting already' };
  } else {
    if (to.id === item.meetingId) return { ok: false, problem: 'The item is already on that meeting: choose a different one' };
    if (to.committeeId !== item.committeeId) return { ok: false, problem: 'Choose one of this committee’s meetings' };
    if (to.status === 'cancelled') return { ok: false, problem: 'That meeting is cancelled: choose another' };
    if (to.date < today) return { ok: false, problem: 'That meeting has already taken place: choose one still to come' };
  }
  const kind: WorkProgrammeKind = item.kind === 'potential' && to ? 'scheduled' : item.kind === 'scheduled' && !to ? 'potential' : item.kind;
  return {
    ok: true,
    move: {
      kind,
      meetingId: to?.id ?? null,
      municipalYearId: to?.municipalYearId ?? item.municipalYearId,
      change: { change: 'moved', fromMeetingId: item.meetingId, fromMeetingOn: item.meetingOn, toMeetingId: to?.id ?? null, toMeetingOn: to?.date ?? null },
    },
  };
}
