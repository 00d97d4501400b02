import { addDays, addMonths, addWorkingDays, type Day, daysBetween, responseDueOn, shortDate } from './calendar.ts';
import type { Recommended } from './minutes.ts';
import type { MeetingPlan, RecommendationPlan } from './plan.ts';
import type { Random } from './random.ts';
import type { RecommendationResponse } from '../tracking/tracking-tables.ts';

export interface RecommendationInput {
  random: Random;
  today: Day;
  meetings: readonly MeetingPlan[];
  recommended: readonly Recommended[];
}

/**
 * One record per lettered recommendation, sent to the executive (or a
 * partner) a few working days after the meeting. The executive must
 * respond within two months of receiving them (LGA 2000 s.9FE): most have
 * responded, some are awaited, and at least two are awaited past the due date.
 */
export function buildRecommendations({ random, today, meetings, recommended }: RecommendationInput): RecommendationPlan[] {
  const rows: RecommendationPlan[] = [];
  const counters = new Map<string, number>();
  const cabinetHeld = meetings.filter((m) => m.committee.key === 'cabinet' && m.isHeld);
  for (const { substantive, resolution, texts, addressee } of recommended) {
    const meeting = substantive.item.meeting;
    const counterKey = `${meeting.committee.key} ${meeting.year.label}`;
    const n = (counters.get(counterKey) ?? 0) + 1;
    counters.set(counterKey, n);
    const reference = `${meeting.committee.prefix}/${meeting.year.label.slice(2, 4)}/${String(n).padStart(2, '0')}`;
    const sent = addWorkingDays(meeting.date, random.int(3, 8));
    const sentOn = sent < today ? sent : null;
    const received = sentOn && (addressee.to === 'partner' ? addWorkingDays(sentOn, 1) : sentOn);
    const receivedOn = received && received < today ? received : null;
    const dueOn = receivedOn ? responseDueOn(receivedOn) : null;
    const answer = receivedOn && daysBetween(receivedOn, today) > 25 && random.chance(0.85) ? respond(random, receivedOn, dueOn!, today, addressee.to, cabinetHeld) : null;
    texts.forEach((text, i) => {
      const response = answer ? responseKind(random, addressee.to) : null;
      const implementation = answer && response ? implement(random, response, answer.on, today) : null;
      rows.push({
        committee: meeting.committee,
        meeting,
        item: substantive.item,
        resolution,
        letter: String.fromCharCode(97 + i),
        reference,
        text,
        addressedTo: addressee.to,
        addresseeName: addressee.name,
        sentOn,
        receivedOn,
        responseDueOn: dueOn,
        response,
        responseText: response ? responseText(response, substantive.report?.lead.jobTitle ?? 'lead officer') : null,
        respondedOn: answer?.on ?? null,
        responseDecisionReference: answer?.reference ?? null,
        implementationStatus: implementation?.status ?? null,
        implementationDueOn: implementation?.dueOn ?? null,
        implementedOn: implementation?.implementedOn ?? null,
        reviewOn: implementation?.dueOn ? addDays(implementation.dueOn, 14) : null,
      });
    });
  }
  awaitSomePastDue(rows, today);
  return rows;
}

function respond(random: Random, receivedOn: Day, dueOn: Day, today: Day, to: string, cabinetHeld: readonly MeetingPlan[]): { on: Day; reference: string } | null {
  if (to === 'executive') {
    const cabinet = cabinetHeld.find((m) => m.date >= addDays(receivedOn, 14) && m.date < today && m.date <= addDays(dueOn, 21));
    if (cabinet) return { on: cabinet.date, reference: `Cabinet, ${shortDate(cabinet.date)}` };
  }
  const on = addWorkingDays(receivedOn, random.int(18, 40));
  if (on >= today) return null;
  return { on, reference: to === 'partner' ? `Letter from the integrated care board, ${shortDate(on)}` : `Officer response, ${shortDate(on)}` };
}

function responseKind(random: Random, to: string): RecommendationResponse {
  const roll = random.int(1, 20);
  if (to === 'partner' && roll <= 4) return 'noted';
  if (roll <= 11) return 'accepted';
  if (roll <= 17) return 'partly-accepted';
  return 'rejected';
}

function responseText(response: RecommendationResponse, lead: string): string {
  switch (response) {
    case 'accepted':
      return `Accepted. The ${lead} will take this forward, and progress will be reported to the committee through the recommendation tracker.`;
    case 'partly-accepted':
      return 'Partly accepted. The executive agrees with the aim of the recommendation but cannot commit additional funding before the budget is set; the proposal will be considered as part of the budget process for next year.';
    case 'rejected':
      return 'Not accepted. The executive considers that the existing arrangements, set out in the report to the committee, already address the issue, and the cost of the proposal could not be met within the current budget.';
    case 'noted':
      return 'Noted. The integrated care board has shared the recommendation with its primary care commissioning committee and will report back to the committee.';
  }
}

function implement(random: Random, response: RecommendationResponse, respondedOn: Day, today: Day) {
  if (response === 'rejected' || response === 'noted') return null;
  const implemented = addDays(respondedOn, random.int(20, 120));
  if (response === 'accepted' && implemented < today && random.chance(0.55)) {
    return { status: 'implemented' as const, dueOn: null, implementedOn: implemented };
  }
  return { status: 'in-progress' as const, dueOn: addMonths(respondedOn, random.int(3, 6)), implementedOn: null };
}

/** The tracker should always show executive responses awaited beyond the two months. */
function awaitSomePastDue(rows: RecommendationPlan[], today: Day): void {
  const awaitedPastDue = () => rows.filter((r) => r.response === null && r.responseDueOn !== null && r.responseDueOn < today);
  const candidates = rows.filter((r) => r.response !== null && r.addressedTo === 'executive' && r.responseDueOn! < today).sort((a, b) => b.responseDueOn!.localeCompare(a.responseDueOn!));
  for (const row of candidates) {
    if (awaitedPastDue().length >= 2) break;
    const sameResolution = rows.filter((r) => r.resolution === row.resolution);
    for (const r of sameResolution) {
      Object.assign(r, { response: null, responseText: null, respondedOn: null, responseDecisionReference: null, implementationStatus: null, implementationDueOn: null, implementedOn: null, reviewOn: null });
    }
  }
}
