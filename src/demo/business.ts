import { addDays, type Day } from './calendar.ts';
import type { ForwardPlan } from './forward-plan.ts';
import type { CommitteeKey, ForwardPlanPlan, MeetingPlan, WardPlan } from './plan.ts';
import type { Random } from './random.ts';
import { adultsTopics } from './topics-adults.ts';
import { childrenTopics } from './topics-children.ts';
import { taskAndFinishTopics } from './topics-task-and-finish.ts';
import { cabinetTopics } from './topics-cabinet.ts';
import { budgetMeetingTopics, councilTopics } from './topics-executive.ts';
import { auditTopics, planningApplication } from './topics-regulatory.ts';
import type { Topic } from './topics.ts';

/** One piece of substantive business planned for a meeting. */
export interface Business {
  topic: Topic;
  forwardPlan: ForwardPlanPlan | null;
  isExempt: boolean;
}

const recurring: Partial<Record<CommitteeKey, readonly Topic[]>> = {
  cyp: childrenTopics,
  adults: adultsTopics,
  audit: auditTopics,
  cabinet: cabinetTopics,
  council: councilTopics,
};

/** Topics that every other meeting takes: performance and audit progress. */
const everyOtherMeeting = new Set(['cyp-performance', 'aws-performance', 'agc-internal-audit', 'cab-monitoring']);

/** Pre-decision scrutiny goes to the last meeting before the decision it scrutinises. */
const preDecision: Record<string, string> = {
  'cyp-transport-policy': 'Home to school transport policy',
  'aws-charging': 'Adult social care charging policy',
};

export interface BusinessInput {
  random: Random;
  meetings: readonly MeetingPlan[];
  forwardPlan: ForwardPlan;
  wards: readonly WardPlan[];
  taskAndFinishSetUpAt: MeetingPlan;
}

/**
 * What each meeting takes, past and future: the work programme lists it
 * all, and agendas are built from it for meetings that have one.
 */
export function planBusiness({ random, meetings, forwardPlan, wards, taskAndFinishSetUpAt }: BusinessInput): Map<MeetingPlan, Business[]> {
  const plan = new Map<MeetingPlan, Business[]>();
  const open = (topic: Topic, entry: ForwardPlanPlan | null = null): Business => ({ topic, forwardPlan: entry, isExempt: entry?.isExempt ?? false });
  const live = meetings.filter((m) => m.status !== 'cancelled');

  for (const key of ['cyp', 'adults', 'audit', 'cabinet', 'council'] as const) {
    const topics = recurring[key]!;
    const ofCommittee = live.filter((m) => m.committee.key === key);
    // Scrutiny and audit come back to a subject each year; Cabinet and Council decide it once.
    const decidesOnce = key === 'cabinet' || key === 'council';
    const pool = topics.filter((t) => !t.annualMonth && !preDecision[t.id] && t.id !== 'cyp-mental-health' && !everyOtherMeeting.has(t.id));
    let queue = random.shuffle(pool);
    for (const year of new Set(ofCommittee.map((m) => m.year))) {
      const inYear = ofCommittee.filter((m) => m.year === year && m.kind === 'ordinary');
      const placed = new Map<MeetingPlan, Topic[]>(inYear.map((m) => [m, []]));
      for (const topic of topics) {
        const target = topic.annualMonth ? nearestToMonth(inYear, topic.annualMonth) : preDecisionMeeting(inYear, topic, forwardPlan.entries);
        if (target) placed.get(target)!.push(topic);
      }
      if (key === 'cyp' && placed.has(taskAndFinishSetUpAt)) {
        placed.get(taskAndFinishSetUpAt)!.push(topics.find((t) => t.id === 'cyp-mental-health')!);
      }
      if (!decidesOnce) queue = random.shuffle(pool);
      inYear.forEach((meeting, i) => {
        const chosen = placed.get(meeting)!;
        const regular = topics.find((t) => everyOtherMeeting.has(t.id));
        if (regular && i % 2 === 0) chosen.unshift(regular);
        const wanted = key === 'council' ? 1 : key === 'cabinet' ? 2 : random.int(2, 3);
        while (chosen.length < wanted) {
          const next = queue.find((t) => !chosen.includes(t));
          if (!next) break;
          queue.splice(queue.indexOf(next), 1);
          chosen.push(next);
        }
        plan.set(meeting, chosen.map((t) => open(t, preDecisionEntry(t, forwardPlan.entries))));
      });
    }
  }

  // The executive's decisions from the forward plan take the lead at Cabinet and at the budget meeting.
  for (const [meeting, decisions] of forwardPlan.byMeeting) {
    const fromPlan = decisions.map(({ topic, entry }) => open(topic, entry));
    const existing = (plan.get(meeting) ?? []).filter((b) => !fromPlan.some((d) => d.topic.title === b.topic.title));
    const ordered = [...fromPlan.filter((b) => !b.isExempt), ...existing.slice(0, Math.max(0, 3 - fromPlan.length)), ...fromPlan.filter((b) => b.isExempt)];
    plan.set(meeting, meeting.kind === 'budget' ? [...ordered, ...budgetMeetingTopics.map((t) => open(t))] : ordered);
  }

  for (const meeting of live) {
    if (meeting.committee.key === 'planning') {
      const count = random.int(2, 4);
      plan.set(meeting, Array.from({ length: count }, () => open(planningApplication(random, wards, meeting.date.slice(2, 4)))));
    } else if (meeting.committee.key === 'tfg') {
      const index = live.filter((m) => m.committee.key === 'tfg').indexOf(meeting);
      plan.set(meeting, [open(taskAndFinishTopics[Math.min(index, taskAndFinishTopics.length - 1)]!)]);
    } else if (!plan.has(meeting)) {
      plan.set(meeting, []);
    }
  }
  return plan;
}

function nearestToMonth(meetings: readonly MeetingPlan[], month: number): MeetingPlan | undefined {
  // Months counted from May, the start of the municipal year, so January is later than December.
  const position = (m: number) => (m + 7) % 12;
  const distance = (meeting: MeetingPlan) => Math.abs(position(Number(meeting.date.slice(5, 7))) - position(month));
  return meetings.reduce<MeetingPlan | undefined>((best, m) => (!best || distance(m) < distance(best) ? m : best), undefined);
}

function preDecisionEntry(topic: Topic, entries: readonly ForwardPlanPlan[]): ForwardPlanPlan | null {
  const decisionTitle = preDecision[topic.id];
  return (decisionTitle && entries.find((e) => e.title.startsWith(decisionTitle))) || null;
}

/** The last meeting in the four months before the decision, if there is one. */
function preDecisionMeeting(meetings: readonly MeetingPlan[], topic: Topic, entries: readonly ForwardPlanPlan[]): MeetingPlan | undefined {
  const decisionOn: Day | null = preDecisionEntry(topic, entries)?.decisionDueOn ?? null;
  if (!decisionOn) return undefined;
  return meetings.filter((m) => m.date < decisionOn && m.date >= addDays(decisionOn, -120)).at(-1);
}
