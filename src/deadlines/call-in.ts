import type { Day } from './days.ts';
import { type ClockTime, londonInstant, normaliseClockTime } from './london-time.ts';
import { addWorkingDays, type WorkingCalendar } from './working-calendar.ts';

/**
 * The call-in period is set by the constitution; five working days after
 * the decision notice is published, closing at 5pm, is the common rule
 * (decision published on a Monday: call-in closes at 5pm the next Monday).
 */
export interface CallInRule {
  workingDays: number;
  time: ClockTime;
}

export const DEFAULT_CALL_IN: CallInRule = Object.freeze({ workingDays: 5, time: '17:00' });

export type CallInState =
  /** Members may still call the decision in; it cannot be implemented yet. */
  | 'open'
  /** The period ended without a call-in: the decision may be implemented. */
  | 'implementable'
  /** Called in: it waits for scrutiny to consider it. */
  | 'called-in'
  /** Taken as urgent and exempt from call-in under the constitution: implementable at once. */
  | 'exempt';

export interface CallInStatus {
  /** The last day of the call-in period. */
  closesOn: Day;
  /** When the period ends, in London time. */
  closesAt: Date;
  state: CallInState;
  canBeImplemented: boolean;
}

export interface CallInDecision {
  /** The day the decision notice was published; the period starts the working day after. */
  noticePublishedOn: Day;
  calledIn?: boolean;
  /** Exempt from call-in as urgent (the constitution's urgency rule). */
  exemptFromCallIn?: boolean;
}

/**
 * When an executive decision's call-in period ends, and whether the decision
 * can be implemented at `now`.
 *
 * @example
 * callInStatus(workingCalendar('england'), { noticePublishedOn: '2026-03-30' }, new Date('2026-04-07T12:00:00Z'));
 * // Easter: the five working days are 31 March, 1, 2, 7 and 8 April.
 * // { closesOn: '2026-04-08', closesAt: 2026-04-08T16:00:00.000Z, state: 'open', canBeImplemented: false }
 */
export function callInStatus(calendar: WorkingCalendar, decision: CallInDecision, now: Date, rule: CallInRule = DEFAULT_CALL_IN): CallInStatus {
  if (!Number.isInteger(rule.workingDays) || rule.workingDays < 1) throw new RangeError(`call-in working days must be a whole number of at least 1: ${rule.workingDays}`);
  const closesOn = addWorkingDays(calendar, decision.noticePublishedOn, rule.workingDays);
  const closesAt = londonInstant(closesOn, normaliseClockTime(rule.time));
  const state: CallInState = decision.exemptFromCallIn
    ? 'exempt'
    : decision.calledIn
      ? 'called-in'
      : now.getTime() > closesAt.getTime()
        ? 'implementable'
        : 'open';
  return { closesOn, closesAt, state, canBeImplemented: state === 'implementable' || state === 'exempt' };
}
