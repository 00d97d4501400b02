import { addDays, type Day, daysBetween, isDay } from './days.ts';

/**
 * Notice of a key decision, and of a meeting to be held in private, is
 * published at least 28 clear days before the decision (The Local
 * Authorities (Executive Arrangements) (Meetings and Access to Information)
 * (England) Regulations 2012, regs 9 and 5(1)). Clear days are calendar
 * days here: neither the day of publication nor the day of the decision counts.
 */
export const KEY_DECISION_CLEAR_DAYS = 28;

/** The general exception (reg 10(1)(c)) and the further notice of a private meeting (reg 5(2)): five clear days. */
export const GENERAL_EXCEPTION_CLEAR_DAYS = 5;

/**
 * How a decision with short notice may still be taken:
 * - 'full-notice': 28 clear days were given; nothing more is needed.
 * - 'general-exception' (reg 10): the scrutiny chair is told in writing, a
 *   public notice is published, and the decision waits five clear days.
 * - 'special-urgency' (reg 11): too soon even for that; the scrutiny chair
 *   (or the council's chair or vice-chair) must agree the decision is
 *   urgent and cannot reasonably be deferred.
 * - 'none': the decision date is before the notice, so nothing can cure it.
 */
export type KeyDecisionRoute = 'full-notice' | 'general-exception' | 'special-urgency' | 'none';

export interface UrgencyRoute {
  /** True when this route is the one the decision date needs. */
  open: boolean;
  /** The earliest day a decision could be taken under this route. */
  earliestDecisionOn: Day;
}

export interface KeyDecisionNotice {
  /** The day checked: the decision date, or the first day of a month-only decision. */
  decisionOn: Day;
  /** True when only a month was given, so the check is for its first day (the strictest). */
  monthOnly: boolean;
  clearDays: number;
  sufficient: boolean;
  /** The first day a decision could be taken with full notice from the first publication. */
  earliestWithFullNotice: Day;
  route: KeyDecisionRoute;
  generalException: UrgencyRoute;
  specialUrgency: UrgencyRoute;
  /** For a decision to be taken in private (reg 5); null otherwise. */
  privateMeeting: PrivateMeetingNotice | null;
}

export interface PrivateMeetingNotice {
  /** The last day for the further notice of the private meeting: five clear days before (reg 5(2)). */
  furtherNoticeBy: Day;
  /** Less than 28 clear days' notice of meeting in private: the scrutiny chair must agree it is urgent (reg 5(6)). */
  urgencyAgreementNeeded: boolean;
}

export interface KeyDecisionNoticeInput {
  /** The day the forward plan first published the decision. */
  firstPublishedOn: Day;
  /**
   * The decision date ("2026-03-17"), or its month ("2026-03") early in
   * planning, as forward plans print "March 2026". A month is read as its
   * first day: notice enough for the 1st is notice enough for any day of it,
   * and a decision that may come early in the month is not flagged late.
   */
  decisionDue: string;
  /**
   * The day the general exception notice was given (the scrutiny chair told
   * and the notice published), and the earliest day the special urgency
   * agreement could be sought; defaults to firstPublishedOn.
   */
  exceptionNoticeOn?: Day;
  /** The decision will be taken at a meeting closed to the public. */
  inPrivate?: boolean;
}

/**
 * Whether a key decision had its 28 clear days' notice and, if not, which
 * route it must take and the earliest date under each.
 *
 * @example
 * keyDecisionNotice({ firstPublishedOn: '2026-03-02', decisionDue: '2026-03-20' });
 * // { decisionOn: '2026-03-20', monthOnly: false, clearDays: 17, sufficient: false, earliestWithFullNotice: '2026-03-31',
 * //   route: 'general-exception', generalException: { open: true, earliestDecisionOn: '2026-03-08' },
 * //   specialUrgency: { open: false, earliestDecisionOn: '2026-03-02' }, privateMeeting: null }
 */
export function keyDecisionNotice(input: KeyDecisionNoticeInput): KeyDecisionNotice {
  const { firstPublishedOn } = input;
  if (!isDay(firstPublishedOn)) throw new RangeError(`firstPublishedOn is not a YYYY-MM-DD date: ${firstPublishedOn}`);
  const exceptionNoticeOn = input.exceptionNoticeOn ?? firstPublishedOn;
  if (!isDay(exceptionNoticeOn)) throw new RangeError(`exceptionNoticeOn is not a YYYY-MM-DD date: ${exceptionNoticeOn}`);
  const { day: decisionOn, monthOnly } = decisionDay(input.decisionDue);

  const clearDays = clearDaysBetween(firstPublishedOn, decisionOn);
  const sufficient = clearDays >= KEY_DECISION_CLEAR_DAYS;
  // "After five clear days have elapsed following the day" of the notice: the sixth day after it.
  const generalExceptionFrom = addDays(exceptionNoticeOn, GENERAL_EXCEPTION_CLEAR_DAYS + 1);
  const route: KeyDecisionRoute = sufficient
    ? 'full-notice'
    : decisionOn >= generalExceptionFrom
      ? 'general-exception'
      : decisionOn >= exceptionNoticeOn
        ? 'special-urgency'
        : 'none';

  return {
    decisionOn,
    monthOnly,
    clearDays,
    sufficient,
    earliestWithFullNotice: addDays(firstPublishedOn, KEY_DECISION_CLEAR_DAYS + 1),
    route,
    generalException: { open: route === 'general-exception', earliestDecisionOn: generalExceptionFrom },
    // Reg 11 is only for a decision that cannot wait for reg 10's five clear days.
    specialUrgency: { open: route === 'special-urgency', earliestDecisionOn: exceptionNoticeOn },
    privateMeeting: input.inPrivate
      ? { furtherNoticeBy: addDays(decisionOn, -(GENERAL_EXCEPTION_CLEAR_DAYS + 1)), urgencyAgreementNeeded: !sufficient }
      : null,
  };
}

/** "2026-03-17" as itself, "2026-03" as "2026-03-01"; throws a RangeError for anything else. */
export function decisionDay(due: string): { day: Day; monthOnly: boolean } {
  if (/^\d{4}-(0[1-9]|1[0-2])$/.test(due)) return { day: `${due}-01`, monthOnly: true };
  if (isDay(due)) return { day: due, monthOnly: false };
  throw new RangeError(`decisionDue is neither a YYYY-MM-DD date nor a YYYY-MM month: ${due}`);
}

/** Calendar days strictly between two days; 0 when b is not after a. */
function clearDaysBetween(a: Day, b: Day): number {
  return Math.max(0, daysBetween(a, b) - 1);
}
