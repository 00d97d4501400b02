import { addDays, type Day, nextWorkingDay } from './calendar.ts';
import { portfolioTitles } from './council.ts';
import type { CommitteeKey, CommitteePlan, ForwardPlanPlan, MeetingPlan, OfficerRole, PersonPlan, PortfolioKey, WardPlan } from './plan.ts';
import type { Random } from './random.ts';
import type { Business } from './business.ts';
import { topicWards } from './reports.ts';
import { fill, type Topic } from './topics.ts';
import { forwardPlanDecisions } from './forward-plan-decisions.ts';
import type { DecisionKind } from '../tracking/tracking-tables.ts';

/** A decision on the forward plan, with the text its report and minutes need. */
export interface PlannedDecision extends Topic {
  kind: DecisionKind;
  maker: 'cabinet' | 'member' | 'council';
  portfolio: PortfolioKey;
  /** Days from today, or the latest Cabinet held, or the budget meeting of Council. */
  when: number | 'latest-cabinet' | 'budget';
  exempt?: boolean;
  urgency?: 'general-exception';
  deferred?: boolean;
}

export interface ForwardPlanInput {
  random: Random;
  today: Day;
  meetings: readonly MeetingPlan[];
  committees: Map<CommitteeKey, CommitteePlan>;
  officers: Map<OfficerRole, PersonPlan>;
  cabinet: Map<PortfolioKey, PersonPlan>;
  wards: readonly WardPlan[];
}

export interface ForwardPlan {
  entries: ForwardPlanPlan[];
  /** The decisions to be taken at each meeting, for its agenda. */
  byMeeting: Map<MeetingPlan, { entry: ForwardPlanPlan; topic: PlannedDecision }[]>;
}

/**
 * The notice of key decisions: about a dozen decisions from a few months
 * ago to a few months ahead, published at least 28 clear days before each
 * decision, except one taken under the general exception (reg 10).
 */
export function buildForwardPlan({ random, today, meetings, committees, officers, cabinet, wards }: ForwardPlanInput): ForwardPlan {
  const cabinetMeetings = meetings.filter((m) => m.committee.key === 'cabinet' && m.status !== 'cancelled');
  const heldCabinet = cabinetMeetings.filter((m) => m.isHeld);
  const budget = meetings.filter((m) => m.kind === 'budget').at(-1)!;
  const byMeeting = new Map<MeetingPlan, { entry: ForwardPlanPlan; topic: PlannedDecision }[]>();
  const entries = forwardPlanDecisions.map((decision) => {
    let meeting: MeetingPlan | null = null;
    let due: Day | null = null;
    if (decision.when === 'latest-cabinet') meeting = heldCabinet.at(-1)!;
    else if (decision.when === 'budget') meeting = budget;
    else if (decision.maker === 'cabinet' && decision.when <= 80 && !decision.deferred) meeting = nearest(cabinetMeetings, addDays(today, decision.when));
    else if (decision.when <= 80 && !decision.deferred) due = nextWorkingDay(addDays(today, decision.when));
    const on = meeting?.date ?? due;
    const decided = on !== null && on < today;
    const context = { random, date: on ?? addDays(today, Number(decision.when)), wards };
    const memberTitle = portfolioTitles[decision.portfolio];
    const entry: ForwardPlanPlan = {
      reference: '',
      title: fill(decision.title, context),
      purpose: fill(decision.purpose, context),
      decisionMaker: decision.maker === 'cabinet' ? 'Cabinet' : decision.maker === 'council' ? 'Full Council' : memberTitle,
      decisionMakerCommittee: decision.maker === 'member' ? null : committees.get(decision.maker === 'council' ? 'council' : 'cabinet')!,
      decisionKind: decision.kind,
      decisionDueOn: on,
      decisionDueMonth: on ? null : addDays(today, Number(decision.when)).slice(0, 7),
      // Never published later than today; at least 28 clear days ahead unless under the general exception.
      firstPublishedOn: earlier(on ? addDays(on, decision.urgency ? -random.int(8, 12) : -random.int(35, 84)) : addDays(today, -random.int(3, 40)), today),
      directorate: officers.get(decision.lead)!.directorate!,
      lead: officers.get(decision.lead)!,
      portfolioHolderName: `Councillor ${cabinet.get(decision.portfolio)!.fullName}`,
      isExempt: decision.exempt ?? false,
      exemptParagraph: decision.exempt ? 3 : null,
      urgencyRoute: decision.urgency ?? null,
      status: decision.deferred ? 'deferred' : decided ? 'decided' : 'planned',
      decidedOn: decided ? on : null,
      decisionMeeting: meeting,
      wards: wardsOrAll(random, decision, wards),
    };
    if (meeting) byMeeting.set(meeting, [...(byMeeting.get(meeting) ?? []), { entry, topic: decision }]);
    return entry;
  });
  return { entries, byMeeting };
}

function wardsOrAll(random: Random, topic: Topic, wards: readonly WardPlan[]): WardPlan[] {
  const affected = topicWards(random, topic, wards);
  // The forward plan has no "all wards" flag: a borough-wide decision lists every ward.
  return affected.length > 0 ? affected : [...wards];
}

/**
 * Every key decision Cabinet took or will take at a meeting with an
 * agenda goes on the forward plan, not only the dozen chosen above; the
 * plan's entries are then numbered in order of first publication.
 */
export function completeForwardPlan(
  random: Random,
  forwardPlan: ForwardPlan,
  business: Map<MeetingPlan, Business[]>,
  { today, officers, cabinet, wards }: Pick<ForwardPlanInput, 'today' | 'officers' | 'cabinet' | 'wards'>,
): void {
  for (const [meeting, pieces] of business) {
    if (meeting.committee.key !== 'cabinet' || !meeting.hasAgenda) continue;
    for (const piece of pieces) {
      if (piece.forwardPlan || !piece.topic.isKeyDecision) continue;
      const context = { random, date: meeting.date, wards };
      const lead = officers.get(piece.topic.lead)!;
      piece.forwardPlan = {
        reference: '', title: fill(piece.topic.title, context), purpose: fill(piece.topic.purpose, context),
        decisionMaker: 'Cabinet', decisionMakerCommittee: meeting.committee, decisionKind: 'key',
        decisionDueOn: meeting.date, decisionDueMonth: null, firstPublishedOn: addDays(meeting.date, -random.int(35, 84)),
        directorate: lead.directorate!, lead, portfolioHolderName: `Councillor ${cabinet.get(piece.topic.portfolio ?? 'leader')!.fullName}`,
        isExempt: false, exemptParagraph: null, urgencyRoute: null,
        status: meeting.date < today ? 'decided' : 'planned', decidedOn: meeting.date < today ? meeting.date : null,
        decisionMeeting: meeting, wards: wardsOrAll(random, piece.topic, wards),
      };
      forwardPlan.entries.push(piece.forwardPlan);
    }
  }
  forwardPlan.entries.sort((a, b) => a.firstPublishedOn.localeCompare(b.firstPublishedOn) || a.title.localeCompare(b.title));
  const perYear = new Map<string, number>();
  for (const entry of forwardPlan.entries) {
    const year = entry.firstPublishedOn.slice(0, 4);
    const n = (perYear.get(year) ?? 0) + 1;
    perYear.set(year, n);
    entry.reference = `FP/${year}/${String(n).padStart(3, '0')}`;
  }
}

function earlier(a: Day, b: Day): Day {
  return a < b ? a : b;
}

function nearest(meetings: readonly MeetingPlan[], target: Day): MeetingPlan {
  const distance = (m: MeetingPlan) => Math.abs(Date.parse(m.date) - Date.parse(target));
  return meetings.reduce((best, m) => (distance(m) < distance(best) ? m : best));
}
