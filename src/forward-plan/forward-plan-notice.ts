import type { Day } from '../deadlines/days.ts';
import { KEY_DECISION_CLEAR_DAYS, keyDecisionNotice } from '../deadlines/key-decision-notice.ts';
import type { DecisionKind } from '../tracking/tracking-tables.ts';
import { formatDateShort } from '../web/format.ts';

export type UrgencyRoute = 'general-exception' | 'special-urgency';

/** What the notice rules read from an entry. */
export interface NoticeFacts {
  decisionKind: DecisionKind;
  firstPublishedOn: Day | null;
  decisionDueOn: Day | null;
  decisionDueMonth: string | null;
  urgencyRoute: UrgencyRoute | null;
  scrutinyChairNotifiedOn: Day | null;
  exceptionNoticePublishedOn: Day | null;
  urgencyAgreedBy: string | null;
  urgencyAgreedOn: Day | null;
}

export type NoticeField = 'urgencyRoute' | 'scrutinyChairNotifiedOn' | 'exceptionNoticePublishedOn' | 'urgencyAgreedBy' | 'urgencyAgreedOn' | 'decisionDueOn';

export interface NoticeCheck {
  /** A key decision with a publication date and a decision date or month: the 28 clear days apply. */
  applies: boolean;
  /** Fewer than 28 clear days between first publication and the decision (the first of its month, for a month). */
  shortNotice: boolean;
  /** Only a month is known, so the check is against its first day and no route can be required yet. */
  monthOnly: boolean;
  clearDays: number | null;
  earliestWithFullNotice: Day | null;
  /** What is wrong with the recorded route, by form field; empty when the entry may be saved. */
  problems: Partial<Record<NoticeField, string>>;
}

/**
 * The 28 clear days' notice of a key decision (2012 Regulations, reg 9),
 * and the record of the route taken when it was not given: the general
 * exception (reg 10: the scrutiny chair told, a notice published, five
 * clear days waited) or special urgency (reg 11: the chair agrees it cannot
 * wait). A key decision with an exact date and short notice must say which
 * route it takes, with the dates that show it was followed; one with only a
 * month is flagged but cannot be held to a route until its date is known.
 *
 * @example
 * checkForwardPlanNotice({ decisionKind: 'key', firstPublishedOn: '2026-03-02', decisionDueOn: '2026-03-20', urgencyRoute: null, … });
 * // { applies: true, shortNotice: true, clearDays: 17, problems: { urgencyRoute: 'This key decision has 17 clear days’ notice, fewer than 28: …' }, … }
 */
export function checkForwardPlanNotice(facts: NoticeFacts): NoticeCheck {
  const decisionDue = facts.decisionDueOn ?? facts.decisionDueMonth;
  const inapplicable = { applies: false, shortNotice: false, monthOnly: false, clearDays: null, earliestWithFullNotice: null };
  if (facts.decisionKind !== 'key' || !decisionDue || !facts.firstPublishedOn) {
    const problems = facts.urgencyRoute ? { urgencyRoute: 'Only a key decision with a decision date takes the general exception or special urgency route: choose “Not needed”' } : {};
    return { ...inapplicable, problems };
  }
  const notice = keyDecisionNotice({ firstPublishedOn: facts.firstPublishedOn, decisionDue });
  const base = { applies: true, shortNotice: !notice.sufficient, monthOnly: notice.monthOnly, clearDays: notice.clearDays, earliestWithFullNotice: notice.earliestWithFullNotice };
  const problems: NoticeCheck['problems'] = {};
  // A month-only decision in the month of publication may still come late enough; only an earlier month is impossible.
  if (notice.route === 'none' && !(notice.monthOnly && decisionDue === facts.firstPublishedOn.slice(0, 7))) {
    problems.decisionDueOn = `The decision is due before the entry was first published (${formatDateShort(facts.firstPublishedOn)})`;
    return { ...base, problems };
  }
  if (notice.sufficient) {
    if (facts.urgencyRoute) problems.urgencyRoute = `This key decision has ${notice.clearDays} clear days’ notice, so no urgency route is needed: choose “Not needed”`;
    return { ...base, problems };
  }
  if (notice.monthOnly && !facts.urgencyRoute) return { ...base, problems };
  const decisionOn = notice.decisionOn;
  if (!facts.urgencyRoute) {
    problems.urgencyRoute = `This key decision has ${notice.clearDays} clear days’ notice, fewer than ${KEY_DECISION_CLEAR_DAYS}: choose the general exception or special urgency`;
    return { ...base, problems };
  }
  const notAfterDecision = (day: Day | null, field: NoticeField, missing: string, what: string) => {
    if (!day) problems[field] = missing;
    else if (day > decisionOn) problems[field] = `${what} must be on or before the decision (${formatDateShort(decisionOn)})`;
  };
  if (facts.urgencyRoute === 'general-exception') {
    notAfterDecision(facts.scrutinyChairNotifiedOn, 'scrutinyChairNotifiedOn', 'Enter the date the chair of the scrutiny committee was told in writing', 'The date the chair was told');
    notAfterDecision(facts.exceptionNoticePublishedOn, 'exceptionNoticePublishedOn', 'Enter the date the general exception notice was published', 'The date the notice was published');
    if (facts.scrutinyChairNotifiedOn && facts.exceptionNoticePublishedOn && !problems.scrutinyChairNotifiedOn && !problems.exceptionNoticePublishedOn) {
      // Reg 10 counts from the later of the two: both must be done before the five clear days begin.
      const exceptionNoticeOn = facts.scrutinyChairNotifiedOn > facts.exceptionNoticePublishedOn ? facts.scrutinyChairNotifiedOn : facts.exceptionNoticePublishedOn;
      const earliest = keyDecisionNotice({ firstPublishedOn: facts.firstPublishedOn, decisionDue, exceptionNoticeOn }).generalException.earliestDecisionOn;
      if (decisionOn < earliest) {
        problems.exceptionNoticePublishedOn = `Under the general exception the decision waits five clear days after the chair is told and the notice published, so not before ${formatDateShort(earliest)}: use special urgency, or move the decision date`;
      }
    }
  } else {
    if (!facts.urgencyAgreedBy) problems.urgencyAgreedBy = 'Enter who agreed the decision is urgent: the chair of the scrutiny committee, or the chair or vice-chair of the council';
    notAfterDecision(facts.urgencyAgreedOn, 'urgencyAgreedOn', 'Enter the date the chair agreed the decision is urgent', 'The date of the agreement');
  }
  return { ...base, problems };
}

/**
 * What the public page says about the notice of a key decision given short
 * notice; null when full notice was given or the rule does not apply.
 *
 * @example
 * describeNoticeRoute({ …, urgencyRoute: 'special-urgency', urgencyAgreedBy: 'Councillor Ash, chair of scrutiny', urgencyAgreedOn: '2026-03-10' }, check);
 * // 'Less than 28 clear days’ notice was given. The decision is taken under special urgency (regulation 11): Councillor Ash, chair of scrutiny agreed on 10 March 2026 that it is urgent and cannot reasonably be deferred.'
 */
export function describeNoticeRoute(facts: NoticeFacts, check: NoticeCheck): string | null {
  if (!check.applies || !check.shortNotice) return null;
  const short = `Less than ${KEY_DECISION_CLEAR_DAYS} clear days’ notice was given.`;
  if (facts.urgencyRoute === 'general-exception' && facts.scrutinyChairNotifiedOn && facts.exceptionNoticePublishedOn) {
    return `${short} The decision is taken under the general exception (regulation 10): the chair of the scrutiny committee was told on ${formatDateShort(facts.scrutinyChairNotifiedOn)} and notice was published on ${formatDateShort(facts.exceptionNoticePublishedOn)}.`;
  }
  if (facts.urgencyRoute === 'special-urgency' && facts.urgencyAgreedBy && facts.urgencyAgreedOn) {
    return `${short} The decision is taken under special urgency (regulation 11): ${facts.urgencyAgreedBy} agreed on ${formatDateShort(facts.urgencyAgreedOn)} that it is urgent and cannot reasonably be deferred.`;
  }
  if (check.monthOnly) return `Less than ${KEY_DECISION_CLEAR_DAYS} clear days’ notice before the start of the month; the decision is not taken before ${formatDateShort(check.earliestWithFullNotice!)} unless an urgency route is recorded.`;
  return short;
}
