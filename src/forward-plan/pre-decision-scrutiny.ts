import { decisionDay } from '../deadlines/key-decision-notice.ts';
import type { WorkProgrammeKind, WorkProgrammeOrigin } from '../tracking/tracking-tables.ts';
import type { MeetingChoice } from '../work-programme/work-programme-move.ts';
import { formatDateShort } from '../web/format.ts';
import { formatMonth } from '../tracking/forward-plan-views.ts';

export interface EntryForScrutiny {
  id: number;
  reference: string | null;
  title: string;
  purpose: string | null;
  isExempt: boolean;
  status: 'planned' | 'decided' | 'deferred' | 'withdrawn';
  decisionDueOn: string | null;
  decisionDueMonth: string | null;
  leadOfficerName: string | null;
  leadOfficerPersonId: number | null;
}

export interface ScrutinyTarget {
  committee: { id: number; name: string; kind: string };
  /** The meeting to take it at; null to list it as a potential item until one is chosen. */
  meeting: MeetingChoice | null;
  /** The committee's municipal year today, for an item without a meeting. */
  currentYearId: number | null;
  /** The entry is on this committee's programme already (not merged or rejected). */
  alreadyOnProgramme: boolean;
}

export interface PreDecisionItem {
  committeeId: number;
  municipalYearId: number | null;
  meetingId: number | null;
  kind: WorkProgrammeKind;
  title: string;
  purpose: string | null;
  raisedByKind: WorkProgrammeOrigin;
  raisedBy: string;
  scrutinyType: string;
  leadOfficerName: string | null;
  leadOfficerPersonId: number | null;
  currentPosition: string;
  forwardPlanEntryId: number;
}

export type PreDecisionPlan = { ok: true; item: PreDecisionItem } | { ok: false; problem: string; field: 'target' };

/**
 * A forward plan entry taken onto a scrutiny committee's work programme for
 * pre-decision scrutiny: at a meeting before the decision (before the first
 * of the month when only a month is known, since the decision may come on
 * the 1st), or as a potential item until a meeting is found. The item's
 * origin is the forward plan; an exempt entry's purpose is not copied, as
 * the work programme is public and only the entry's title is.
 *
 * @example
 * planPreDecisionScrutiny(entry, { committee, meeting: aprilMeeting, currentYearId: 4, alreadyOnProgramme: false }, '2026-03-02');
 * // { ok: true, item: { kind: 'scheduled', meetingId: 12, raisedByKind: 'forward-plan', scrutinyType: 'Pre-decision scrutiny', … } }
 */
export function planPreDecisionScrutiny(entry: EntryForScrutiny, target: ScrutinyTarget, today: string): PreDecisionPlan {
  const refuse = (problem: string): PreDecisionPlan => ({ ok: false, problem, field: 'target' });
  if (entry.status === 'decided' || entry.status === 'withdrawn') return refuse(`This decision is ${entry.status}: it can no longer be scrutinised before it is taken`);
  if (target.committee.kind !== 'scrutiny') return refuse('Choose a scrutiny committee: pre-decision scrutiny is for overview and scrutiny');
  if (target.alreadyOnProgramme) return refuse(`This decision is on the ${target.committee.name} work programme already`);
  const due = entry.decisionDueOn ?? entry.decisionDueMonth;
  const decisionOn = due ? decisionDay(due).day : null;
  const meeting = target.meeting;
  if (meeting) {
    if (meeting.committeeId !== target.committee.id) return refuse(`Choose a meeting of the ${target.committee.name}`);
    if (meeting.status === 'cancelled') return refuse('That meeting is cancelled: choose another');
    if (meeting.date < today) return refuse('That meeting has already taken place: choose one still to come');
    if (decisionOn && meeting.date >= decisionOn) {
      const when = entry.decisionDueOn ? `on ${formatDateShort(entry.decisionDueOn)}` : `in ${formatMonth(entry.decisionDueMonth!)}`;
      return refuse(`Choose a meeting before the decision, which is due ${when}`);
    }
  }
  const dueText = entry.decisionDueOn ? `due on ${formatDateShort(entry.decisionDueOn)}` : entry.decisionDueMonth ? `due in ${formatMonth(entry.decisionDueMonth)}` : 'date not yet known';
  return {
    ok: true,
    item: {
      committeeId: target.committee.id,
      municipalYearId: meeting?.municipalYearId ?? target.currentYearId,
      meetingId: meeting?.id ?? null,
      kind: meeting ? 'scheduled' : 'potential',
      title: entry.title,
      purpose: entry.isExempt ? null : entry.purpose,
      raisedByKind: 'forward-plan',
      raisedBy: `Forward plan${entry.reference ? ` (${entry.reference})` : ''}`,
      scrutinyType: 'Pre-decision scrutiny',
      leadOfficerName: entry.leadOfficerName,
      leadOfficerPersonId: entry.leadOfficerPersonId,
      currentPosition: `Pre-decision scrutiny: executive decision ${dueText}.`,
      forwardPlanEntryId: entry.id,
    },
  };
}
