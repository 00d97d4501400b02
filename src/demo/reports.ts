import { addWorkingDays, type Day } from './calendar.ts';
import type { Business } from './business.ts';
import type { AgendaItemPlan, CommitteePlan, OfficerRole, PersonPlan, ReportPlan, WardPlan } from './plan.ts';
import type { Random } from './random.ts';
import { fill, lettered, type Topic } from './topics.ts';
import type { DecisionType } from '../meetings/meeting-tables.ts';

/** A topic's text filled in for one meeting: one set of numbers and quarters throughout. */
export interface FilledTopic {
  title: string;
  purpose: string;
  points: string[];
  recommendations: string[];
  decisions: string[];
  actions: string[];
}

export function fillTopic(topic: Topic, random: Random, date: Day, wards: readonly WardPlan[]): FilledTopic {
  const memo = new Map<string, string>();
  const context = { random, date, wards };
  const all = (texts: readonly string[] | undefined) => (texts ?? []).map((t) => fill(t, context, memo));
  return {
    title: fill(topic.title, context, memo),
    purpose: fill(topic.purpose, context, memo),
    points: all(topic.points),
    recommendations: all(topic.recommendations),
    decisions: all(topic.decisions),
    actions: all(topic.actions),
  };
}

const defaultDecisionType: Record<CommitteePlan['kind'], DecisionType> = {
  'full-council': 'council',
  cabinet: 'executive',
  scrutiny: 'scrutiny',
  regulatory: 'committee',
  'sub-committee': 'committee',
  'task-and-finish': 'scrutiny',
  other: 'for-information',
};

export interface ReportInput {
  random: Random;
  item: AgendaItemPlan;
  business: Business;
  text: FilledTopic;
  officers: Map<OfficerRole, PersonPlan>;
  wards: readonly WardPlan[];
  /** The officer recommendation on a planning application. */
  planningRecommendation?: string;
}

/** The report behind a substantive item, with its metadata and two or three sign-offs. */
export function buildReport({ random, item, business, text, officers, wards, planningRecommendation }: ReportInput): ReportPlan {
  const { topic } = business;
  const committee = item.meeting.committee;
  const lead = officers.get(topic.lead)!;
  const decides = committee.kind === 'cabinet' || committee.kind === 'full-council';
  const fixed = topicWards(random, topic, wards);
  const published = item.meeting.agendaPublishedAt!.toISOString().slice(0, 10);
  return {
    item,
    title: text.title,
    summary: business.isExempt ? exemptTenderSummary(random) : summary(committee, topic, text, planningRecommendation),
    author: officers.get(topic.author ?? topic.lead)!,
    lead,
    directorate: lead.directorate!,
    classification: business.isExempt ? 'exempt' : 'open',
    exemptParagraph: business.isExempt ? 3 : null,
    decisionType: topic.decisionType ?? defaultDecisionType[committee.kind],
    isKeyDecision: decides && (topic.isKeyDecision ?? false),
    forwardPlan: business.forwardPlan,
    allWards: fixed.length === 0,
    wards: fixed,
    signOffs: signOffs(random, officers, published),
  };
}

/** The wards a topic affects: named, fixed, a random few, or none for all wards. */
export function topicWards(random: Random, topic: Topic, wards: readonly WardPlan[]): WardPlan[] {
  if (topic.wardNames) return wards.filter((w) => topic.wardNames!.includes(w.name));
  if (topic.fixedWards) return [...topic.fixedWards];
  return topic.wards ? random.some(wards, topic.wards) : [];
}

function summary(committee: CommitteePlan, topic: Topic, text: FilledTopic, planningRecommendation?: string): string {
  // Scrutiny points are facts a report would give; the executive's are about the meeting itself.
  const factual = committee.kind === 'scrutiny' || committee.kind === 'task-and-finish' || committee.key === 'audit';
  const considerations = topic.keyConsiderations ?? (factual ? text.points.slice(0, 2).join(' ') : '');
  const who = committee.kind === 'cabinet' ? 'Cabinet' : committee.kind === 'full-council' ? 'Council' : 'the committee';
  let recommendation: string;
  if (planningRecommendation) recommendation = planningRecommendation;
  else if (committee.kind === 'task-and-finish') {
    recommendation = `That the group:\n${lettered([
      'considers the evidence presented',
      `identifies findings for its report to the ${committee.parent?.name ?? 'parent committee'}`,
    ])}`;
  } else if (committee.kind === 'scrutiny') {
    recommendation = `That the committee:\n${lettered([
      'considers the report and the information provided by officers',
      'determines any recommendations it wishes to make to the executive or to partners',
      'identifies any matters for further scrutiny and for its work programme',
    ])}`;
  } else if (text.decisions.length === 1) {
    recommendation = `That ${who} resolves that ${text.decisions[0]}.`;
  } else if (text.decisions.length > 0) {
    recommendation = `That ${who} resolves that:\n${lettered(text.decisions)}`;
  } else {
    recommendation = `That ${who} notes the report.`;
  }
  return [
    'Purpose',
    text.purpose,
    ...(considerations && !planningRecommendation ? ['Key considerations', considerations] : []),
    'Recommendation(s)',
    recommendation,
  ].join('\n\n');
}

const signOffComments: Record<string, readonly (string | null)[]> = {
  Legal: [null, null, 'No comments.', 'Legal implications paragraph revised; content agreed.', 'Agreed subject to minor amendments, since made.'],
  Finance: [null, null, 'No comments.', 'Financial implications updated to reflect the latest forecast.', 'Agreed; figures checked against the ledger.'],
  Governance: [null, 'No comments.', 'Report template and exempt information checked.'],
};

function signOffs(random: Random, officers: Map<OfficerRole, PersonPlan>, published: Day): ReportPlan['signOffs'] {
  const reviewers: [string, OfficerRole][] = [
    ['Legal', random.pick(['solicitor', 'monitoring-officer'] as const)],
    ['Finance', random.pick(['finance-partner', 's151'] as const)],
  ];
  if (random.chance(0.6)) reviewers.push(['Governance', random.pick(['dso', 'head-democratic'] as const)]);
  return reviewers.map(([role, reviewer]) => ({
    role,
    reviewer: officers.get(reviewer)!,
    signedOffOn: addWorkingDays(published, -random.int(2, 9)),
    comment: random.pick(signOffComments[role]!),
  }));
}

export const preferredBidder = 'Castlebrook Travel Ltd';

/**
 * The exempt report's summary: the tender prices and bidders, information
 * about the financial affairs of the bidders and of the council (Schedule
 * 12A, paragraph 3). Leak tests look for this text on public pages.
 */
export function exemptTenderSummary(random: Random): string {
  const price = 4_600_000 + random.int(0, 400) * 1_000 + random.int(1, 9) * 100;
  const second = Math.round(price * (1.09 + random.int(0, 6) / 100));
  return [
    'Purpose',
    'To award the contract for home to school transport from September following the competitive tender.',
    'Key considerations',
    `Four tenders were received for Lot 1 (special educational needs routes) and three for Lot 2 (mainstream routes). ` +
      `The highest-scoring bidder for both lots is ${preferredBidder}, whose tendered price is £${price.toLocaleString('en-GB')} over the initial four-year term. ` +
      `The second-placed bidder, Meridian Coaches (Wrenmoor) Ltd, tendered £${second.toLocaleString('en-GB')}. ` +
      `${preferredBidder}'s price assumes the transfer of 23 drivers and passenger assistants under TUPE and a fuel adjustment capped at 3% a year; ` +
      'its accounts show an operating margin of 4.1%, and the council\'s credit check rated it as moderate risk, mitigated by a parent company guarantee.',
    'Recommendation(s)',
    `That Cabinet resolves that:\n${lettered([
      `the contract be awarded to ${preferredBidder} for an initial term of four years with an option to extend for two further years`,
      'the Director of Economy and Environment be authorised to finalise the terms of the contract',
    ])}`,
  ].join('\n\n');
}
