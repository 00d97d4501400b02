import { committeeDeadlineRules } from '../deadlines/deadline-rules.ts';
import { addWorkingDays, clockText, longDate } from './calendar.ts';
import type { Business } from './business.ts';
import type { Lineups } from './committees.ts';
import type { AgendaItemPlan, MeetingPlan, OfficerRole, PersonPlan, ReportPlan, WardPlan } from './plan.ts';
import type { Random } from './random.ts';
import { buildReport, fillTopic, type FilledTopic } from './reports.ts';
import { annualMeetingTopics } from './agenda-business.ts';
import type { PlanningOutcome } from './topics-regulatory.ts';
import type { StandardItemKind } from '../meetings/meeting-tables.ts';

/** A substantive item with what the minutes need to say about it. */
export interface SubstantiveItem {
  item: AgendaItemPlan;
  business: Business;
  text: FilledTopic;
  report: ReportPlan | null;
  planning: PlanningOutcome | null;
}

export interface Agendas {
  items: AgendaItemPlan[];
  reports: ReportPlan[];
  substantive: SubstantiveItem[];
  /** Each meeting's standard items by kind, for the minutes. */
  standard: Map<MeetingPlan, Map<StandardItemKind, AgendaItemPlan>>;
}

export interface AgendaInput {
  random: Random;
  meetings: readonly MeetingPlan[];
  business: Map<MeetingPlan, Business[]>;
  lineups: Lineups;
  officers: Map<OfficerRole, PersonPlan>;
  wards: readonly WardPlan[];
}

const standardTitles: Record<StandardItemKind, string> = {
  apologies: 'Apologies for absence',
  substitutes: 'Named substitutes',
  declarations: 'Declarations of interest',
  minutes: 'Minutes',
  'action-log': 'Action log',
  'public-questions': 'Questions from members of the public',
  'councillor-questions': 'Questions from councillors',
  'public-suggestions': 'Suggestions from members of the public for future scrutiny',
  'work-programme': 'Work programme',
  'date-of-next-meeting': 'Date of next meeting',
  'urgent-business': 'Urgent business',
  'exclusion-of-press-and-public': 'Exclusion of the press and public',
  'chair-announcements': "Chairman's announcements",
};

/** 'elections' takes the annual meeting's first two pieces of business, before the standard items. */
type Slot = StandardItemKind | 'business' | 'elections';

/** The order of items on each kind of agenda: standard items first, then business, then the work programme. */
function agendaShape(meeting: MeetingPlan, index: number): Slot[] {
  switch (meeting.committee.key) {
    case 'council':
      return meeting.kind === 'annual'
        ? ['elections', 'apologies', 'declarations', 'minutes', 'chair-announcements', 'business']
        : ['apologies', 'declarations', 'minutes', 'chair-announcements', 'public-questions', 'councillor-questions', 'business'];
    case 'cabinet':
      return ['apologies', 'declarations', 'minutes', 'public-questions', 'business'];
    case 'cyp':
    case 'adults':
      return ['apologies', 'substitutes', 'declarations', 'minutes', 'public-questions', 'councillor-questions',
        ...(index % 3 === 1 ? ['public-suggestions' as const] : []), 'business', 'work-programme', 'date-of-next-meeting'];
    case 'planning':
      return ['apologies', 'substitutes', 'declarations', 'minutes', 'business', 'date-of-next-meeting'];
    case 'audit':
      return ['apologies', 'substitutes', 'declarations', 'minutes', 'action-log', 'business', 'work-programme', 'date-of-next-meeting'];
    case 'tfg':
      return index === 0 ? ['apologies', 'declarations', 'business', 'date-of-next-meeting'] : ['apologies', 'declarations', 'minutes', 'business', 'date-of-next-meeting'];
  }
}

/**
 * Agendas for every meeting that has one, numbered as printed, with page
 * ranges through the pack and minute numbers running on through each
 * committee's municipal year for the meetings already held.
 */
export function buildAgendas({ random, meetings, business, lineups, officers, wards }: AgendaInput): Agendas {
  const result: Agendas = { items: [], reports: [], substantive: [], standard: new Map() };
  const minuteCounters = new Map<string, number>();
  for (const meeting of meetings) {
    const siblings = meetings.filter((m) => m.committee === meeting.committee && m.status !== 'cancelled');
    const index = siblings.indexOf(meeting);
    if (!meeting.hasAgenda) continue;
    const previous = siblings[index - 1] ?? null;
    const next = siblings[index + 1] ?? null;
    const planned = meeting.kind === 'annual' ? annualMeetingTopics(meeting, lineups).map((topic) => ({ topic, forwardPlan: null, isExempt: false })) : business.get(meeting) ?? [];
    const standard = new Map<StandardItemKind, AgendaItemPlan>();
    result.standard.set(meeting, standard);
    let page = random.int(5, 8);
    let position = 0;
    const add = (fields: Pick<AgendaItemPlan, 'title' | 'description' | 'standardKind' | 'isExempt' | 'exemptParagraph'>, pages: number) => {
      position++;
      const counterKey = `${meeting.committee.key} ${meeting.year.label}`;
      let minuteNumber: string | null = null;
      if (meeting.isHeld) {
        const n = (minuteCounters.get(counterKey) ?? 0) + 1;
        minuteCounters.set(counterKey, n);
        minuteNumber = String(n);
      }
      const item: AgendaItemPlan = {
        meeting, position, number: String(position), minuteNumber, minutes: null,
        pageFrom: pages > 0 ? page : null, pageTo: pages > 0 ? page + pages - 1 : null, ...fields,
      };
      page += pages;
      result.items.push(item);
      return item;
    };
    const addStandard = (kind: StandardItemKind, description: string, pages = 0) => {
      // A task and finish group keeps notes rather than minutes.
      const title = kind === 'minutes' && meeting.committee.key === 'tfg' ? 'Notes of the previous meeting' : standardTitles[kind];
      standard.set(kind, add({ title, description, standardKind: kind, isExempt: false, exemptParagraph: null }, pages));
    };

    const electionCount = meeting.kind === 'annual' ? 2 : 0;
    for (const slot of agendaShape(meeting, index)) {
      if (slot !== 'business' && slot !== 'elections') {
        addStandard(slot, standardDescription(slot, meeting, previous, next), pagesFor(random, slot));
        continue;
      }
      for (const piece of slot === 'elections' ? planned.slice(0, electionCount) : planned.slice(electionCount)) {
        if (piece.isExempt) {
          addStandard('exclusion-of-press-and-public', exclusionDescription);
        }
        const text = fillTopic(piece.topic, random, meeting.date, wards);
        const planning = piece.topic.planning ?? null;
        const item = add({ title: text.title, description: text.purpose, standardKind: null, isExempt: piece.isExempt, exemptParagraph: piece.isExempt ? 3 : null },
          piece.topic.noReport || piece.isExempt ? 0 : random.int(6, 38));
        const report = piece.topic.noReport ? null : buildReport({ random, item, business: piece, text, officers, wards, planningRecommendation: planning?.officerRecommendation });
        if (report) result.reports.push(report);
        result.substantive.push({ item, business: piece, text, report, planning });
      }
    }
  }
  return result;
}

function pagesFor(random: Random, kind: StandardItemKind): number {
  if (kind === 'minutes') return random.int(4, 12);
  if (kind === 'work-programme') return random.int(6, 16);
  if (kind === 'action-log') return random.int(2, 4);
  return 0;
}

const exclusionDescription =
  'To consider passing the following resolution: That under section 100A(4) of the Local Government Act 1972 the public be excluded from the meeting for the following item of business on the grounds that it involves the likely disclosure of exempt information as defined in paragraph 3 of Part 1 of Schedule 12A to the Act (information relating to the financial or business affairs of any particular person, including the authority holding that information), and that the public interest in maintaining the exemption outweighs the public interest in disclosing the information.';

function standardDescription(kind: StandardItemKind, meeting: MeetingPlan, previous: MeetingPlan | null, next: MeetingPlan | null): string {
  const committee = meeting.committee;
  const rule = committeeDeadlineRules(committee).question;
  const questionDeadline = `The deadline for questions is ${clockText(rule.time)} on ${longDate(addWorkingDays(meeting.date, -rule.workingDaysBefore))}.`;
  switch (kind) {
    case 'apologies':
      return 'To receive apologies for absence.';
    case 'substitutes':
      return 'To receive details of members nominated to attend the meeting in place of a member of the committee.';
    case 'declarations':
      return 'To receive declarations of interest from members in respect of items on the agenda.';
    case 'minutes':
      if (committee.key === 'tfg') return `To agree the notes of the meeting held on ${longDate(previous!.date)}.`;
      return previous
        ? `To approve and sign the minutes of the meeting held on ${longDate(previous.date)}.`
        : 'To approve and sign the minutes of the previous meeting.';
    case 'action-log':
      return 'To review progress on the actions agreed at previous meetings.';
    case 'public-questions':
      return `To receive any written questions from members of the public. ${questionDeadline} Accepted questions and answers will be published as a supplement before the meeting. Please submit questions to democratic.services@wrenmoor.example.org.`;
    case 'councillor-questions':
      return `To receive any written questions from members of the council. ${questionDeadline}`;
    case 'public-suggestions':
      return 'To consider suggestions from members of the public on issues the committee could scrutinise in future. There will be no discussion of the issues at this meeting.';
    case 'work-programme':
      return `To review the committee's work programme for ${meeting.year.label} and the responses to recommendations previously made by the committee.`;
    case 'date-of-next-meeting':
      return next
        ? `The next meeting is scheduled for ${longDate(next.date)} at ${clockText(next.time)}.`
        : 'To note that the date of the next meeting will be set when the calendar of meetings for the next municipal year is agreed.';
    case 'chair-announcements':
      return "To receive any announcements from the Chairman of the Council.";
    case 'exclusion-of-press-and-public':
      return exclusionDescription;
    case 'urgent-business':
      return 'To consider any business the chair considers urgent, for reasons to be specified in the minutes.';
  }
}
