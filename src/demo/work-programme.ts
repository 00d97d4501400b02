import { addDays, type Day, shortDate } from './calendar.ts';
import type { Business } from './business.ts';
import type { CommitteeKey, CommitteePlan, MeetingPlan, OfficerRole, PersonPlan, RecommendationPlan, WardPlan, WorkProgrammePlan, YearPlan } from './plan.ts';
import type { Random } from './random.ts';
import { fillTopic } from './reports.ts';

export interface WorkProgrammeInput {
  random: Random;
  today: Day;
  years: readonly YearPlan[];
  meetings: readonly MeetingPlan[];
  business: Map<MeetingPlan, Business[]>;
  committees: Map<CommitteeKey, CommitteePlan>;
  officers: Map<OfficerRole, PersonPlan>;
  publicPeople: readonly PersonPlan[];
  recommendations: readonly RecommendationPlan[];
  wards: readonly WardPlan[];
  taskAndFinishSetUpAt: MeetingPlan;
}

interface Extra {
  kind: WorkProgrammePlan['kind'];
  title: string;
  purpose: string;
  lead: OfficerRole;
  /** Days after the start of the year when it happens; past ones are done. */
  at: number;
}

const extras: Record<'cyp' | 'adults', Extra[]> = {
  cyp: [
    { kind: 'potential', title: 'Transition from children\'s to adult services for young people with disabilities', purpose: 'To review how young people with disabilities are supported as they move to adult services.', lead: 'dcs', at: 400 },
    { kind: 'potential', title: 'Youth services and positive activities', purpose: 'To consider the provision of youth services across the borough after the end of the holiday activities grant.', lead: 'ad-education', at: 400 },
    { kind: 'workshop', title: "Workshop: understanding the children's services performance scorecard", purpose: 'A development session for members on reading and challenging the performance scorecard.', lead: 'head-safeguarding', at: 120 },
    { kind: 'briefing-note', title: 'Briefing note: children placed more than twenty miles from Wrenmoor', purpose: 'A written briefing on the number of children placed outside the borough and the reasons.', lead: 'dcs', at: 200 },
  ],
  adults: [
    { kind: 'potential', title: 'Social isolation and loneliness among older people', purpose: 'To review the support for older people who are isolated, including the role of the voluntary sector.', lead: 'dph', at: 400 },
    { kind: 'potential', title: 'Disabled facilities grants: waiting times', purpose: 'To examine the time taken to approve and complete adaptations funded by disabled facilities grants.', lead: 'head-commissioning', at: 400 },
    { kind: 'workshop', title: 'Workshop: the Care Act and the CQC assessment framework', purpose: 'A development session for members ahead of the CQC assessment of adult social care.', lead: 'das', at: 150 },
    { kind: 'briefing-note', title: 'Briefing note: uptake of NHS health checks', purpose: 'A written briefing on the uptake of NHS health checks by ward and the plans to improve it.', lead: 'dph', at: 230 },
  ],
};

const suggestions: Record<'cyp' | 'adults', { title: string; rejected: string | null }> = {
  cyp: { title: 'Safety of walking routes to Sedgebrook CE Primary School', rejected: "Not taken forward: road safety outside schools is for the highway authority's road safety team, which has agreed to reply to the resident directly." },
  adults: { title: 'Access to GP appointments in Oakhurst', rejected: null },
};

/**
 * Each scrutiny committee's work programme for each year: the business of
 * its meetings, annual reports, potential items, a task and finish review,
 * a workshop, a briefing note and a suggestion from the public.
 */
export function buildWorkProgramme(input: WorkProgrammeInput): WorkProgrammePlan[] {
  const { random, today, years, meetings, business, committees, officers } = input;
  const rows: WorkProgrammePlan[] = [];
  for (const key of ['cyp', 'adults'] as const) {
    const committee = committees.get(key)!;
    for (const year of years) {
      let position = 0;
      const add = (row: Omit<WorkProgrammePlan, 'committee' | 'year' | 'position'>) => rows.push({ committee, year, position: ++position, ...row });
      for (const meeting of meetings.filter((m) => m.committee === committee && m.year === year && m.status !== 'cancelled')) {
        for (const { topic, forwardPlan } of business.get(meeting) ?? []) {
          const text = fillTopic(topic, random, meeting.date, input.wards);
          const recommendations = input.recommendations.filter((r) => r.meeting === meeting && r.item.title === text.title).length;
          const lead = officers.get(topic.lead)!;
          add({
            meeting, kind: topic.annualMonth ? 'annual' : 'scheduled', title: text.title, purpose: text.purpose,
            raisedBy: topic.annualMonth ? 'Annual item' : forwardPlan ? 'Forward plan (pre-decision scrutiny)' : random.pick(['Chair and vice-chair (business planning)', 'Committee work programming session', lead.jobTitle!]),
            lead,
            currentPosition: meeting.isHeld
              ? `Considered on ${shortDate(meeting.date)}; ${recommendations > 0 ? `${recommendations} recommendation${recommendations === 1 ? '' : 's'} made to the executive.` : 'report noted.'}`
              : meeting.hasAgenda ? `Report published with the agenda for ${shortDate(meeting.date)}.` : `Report requested from the ${lead.jobTitle} for the meeting on ${shortDate(meeting.date)}.`,
            taskAndFinish: null, forwardPlan, suggestedByName: null,
            status: meeting.isHeld ? 'completed' : 'planned',
          });
        }
      }
      for (const extra of extras[key]) {
        const on = addDays(year.startsOn, extra.at);
        const done = on < today && extra.kind !== 'potential';
        add({
          meeting: null, kind: extra.kind, title: extra.title, purpose: extra.purpose, raisedBy: 'Committee work programming session', lead: officers.get(extra.lead)!,
          currentPosition: extra.kind === 'potential'
            ? 'Not yet scheduled: to be considered at the next business planning meeting of the chair and vice-chair.'
            : done ? `${extra.kind === 'workshop' ? 'Held' : 'Circulated to members'} on ${shortDate(on)}.` : `Planned for ${shortDate(on)}.`,
          taskAndFinish: null, forwardPlan: null, suggestedByName: null,
          status: extra.kind === 'potential' ? (year === years[0] ? 'deferred' : 'planned') : done ? 'completed' : 'planned',
        });
      }
      if (year === years[1]) {
        const suggestion = suggestions[key];
        const rejected = suggestion.rejected !== null;
        add({
          meeting: null, kind: 'public-suggestion', title: suggestion.title, purpose: null, raisedBy: 'Member of the public',
          lead: null, suggestedByName: random.pick(input.publicPeople).fullName,
          currentPosition: suggestion.rejected ?? 'Received through the website; to be considered by the chair and vice-chair at their next business planning meeting.',
          taskAndFinish: null, forwardPlan: null, status: rejected ? 'rejected' : 'suggested',
        });
      }
      if (key === 'cyp' && input.taskAndFinishSetUpAt.year === year) rows.push(taskAndFinishItem(input, committee, year, ++position));
    }
  }
  return rows;
}

function taskAndFinishItem({ meetings, committees, officers, taskAndFinishSetUpAt }: WorkProgrammeInput, committee: CommitteePlan, year: YearPlan, position: number): WorkProgrammePlan {
  const group = committees.get('tfg')!;
  const sessions = meetings.filter((m) => m.committee === group);
  const held = sessions.filter((m) => m.isHeld).length;
  const last = sessions.at(-1);
  const finished = held === sessions.length;
  return {
    committee, year, position, meeting: null, kind: 'task-and-finish',
    title: "Children's mental health in schools: task and finish review",
    purpose: 'To review the support schools and partners give to children and young people for their mental health and emotional wellbeing, and to recommend improvements.',
    raisedBy: `Committee meeting, ${shortDate(taskAndFinishSetUpAt.date)}`,
    lead: officers.get('scrutiny-officer')!,
    currentPosition: finished
      ? `Review completed; the group met ${held} times and its report will go to the committee.`
      : `The group has met ${held} time${held === 1 ? '' : 's'}${last ? `; its final session is planned for ${shortDate(last.date)}` : ''}.`,
    taskAndFinish: group, forwardPlan: null, suggestedByName: null,
    status: finished ? 'completed' : 'in-progress',
  };
}
