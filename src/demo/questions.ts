import { committeeDeadlineRules } from '../deadlines/deadline-rules.ts';
import { addWorkingDays, londonInstant } from './calendar.ts';
import type { Agendas } from './agenda.ts';
import type { Lineups } from './committees.ts';
import type { CommitteeKey, MeetingPlan, OfficerRole, PersonPlan, PortfolioKey, PublicQuestionPlan } from './plan.ts';
import type { Random } from './random.ts';

interface QuestionTemplate {
  question: string;
  answer: string;
  supplementary?: [question: string, answer: string];
  /** Who answers: a cabinet member, or an officer at scrutiny. */
  by: PortfolioKey | OfficerRole | 'chair';
}

const questionsFor: Partial<Record<CommitteeKey, QuestionTemplate[]>> = {
  council: [
    {
      question: 'How many households in Wrenmoor are living in temporary accommodation, and how many of them include children?',
      answer: 'At the end of last month 212 households were in temporary accommodation, 131 of them with children. The housing strategy approved by Cabinet provides for the council to buy homes for use as temporary accommodation, which will reduce our reliance on bed and breakfast.',
      supplementary: ['How many of those families have been in bed and breakfast for more than six weeks?', 'I will ask officers to provide that figure in writing, and it will be published with the minutes.'],
      by: 'housing',
    },
    {
      question: 'The footbridge over the River Wren at Riverside has been closed for four months. When will it reopen?',
      answer: 'The inspection found corrosion to the main beams that needs replacement rather than repair. The contract has been let and the bridge is expected to reopen in the spring. A temporary diversion is signed through Riverside Park.',
      by: 'transport',
    },
  ],
  cabinet: [
    {
      question: 'Before Cabinet takes decisions on home to school transport, will it publish the equality impact assessment so that parents can see how children with special educational needs will be affected?',
      answer: 'Yes. The equality impact assessment is published as an appendix to the report on this agenda and was updated after the consultation closed.',
      by: 'transport',
    },
    {
      question: 'What will the acquisition of the Market Arcade mean for the independent traders who rent units there now?',
      answer: 'Existing tenancies will continue on their current terms. The council will meet every trader before any regeneration plans are drawn up.',
      supplementary: ['Will traders be offered first refusal on the new units?', 'That is our intention, and I will make sure it is reflected in the letting policy.'],
      by: 'housing',
    },
  ],
  cyp: [
    {
      question: 'How many children in Wrenmoor are waiting longer than twenty weeks for their education, health and care plan?',
      answer: 'At the end of last month 164 assessments had taken longer than twenty weeks. The service has recruited two additional educational psychologists and expects the backlog to reduce through the year. The figures are reported to this committee each quarter.',
      by: 'ad-education',
    },
  ],
  adults: [
    {
      question: 'Why has the Oakhurst day centre still not reopened five days a week, when carers depend on it?',
      answer: 'The centre reopened three days a week after refurbishment and will return to five days when two vacant posts are filled; interviews take place this month. Carers who need additional respite in the meantime can contact the carers centre for support.',
      by: 'das',
    },
  ],
};

export interface QuestionInput {
  random: Random;
  meetings: readonly MeetingPlan[];
  agendas: Agendas;
  lineups: Lineups;
  publicPeople: readonly PersonPlan[];
  cabinet: Map<PortfolioKey, PersonPlan>;
  officers: Map<OfficerRole, PersonPlan>;
}

/** Questions from the public at the latest few meetings held, and a councillor's question at Full Council. */
export function buildQuestions({ random, meetings, agendas, lineups, publicPeople, cabinet, officers }: QuestionInput): PublicQuestionPlan[] {
  const rows: PublicQuestionPlan[] = [];
  let asker = 0;
  for (const [key, templates] of Object.entries(questionsFor) as [CommitteeKey, QuestionTemplate[]][]) {
    const held = meetings.filter((m) => m.committee.key === key && m.isHeld && agendas.standard.get(m)?.has('public-questions'));
    templates.forEach((template, i) => {
      const meeting = held[held.length - 1 - i * 2];
      if (!meeting) return;
      const item = agendas.standard.get(meeting)!.get('public-questions')!;
      const deadline = addWorkingDays(meeting.date, -committeeDeadlineRules(meeting.committee).question.workingDaysBefore);
      rows.push({
        meeting,
        item,
        asker: publicPeople[asker++ % publicPeople.length]!,
        askerKind: 'public',
        question: template.question,
        supplementaryQuestion: template.supplementary?.[0] ?? null,
        answer: template.answer,
        supplementaryAnswer: template.supplementary?.[1] ?? null,
        answeredByName: answerer(template.by, meeting, lineups, cabinet, officers),
        submittedAt: londonInstant(deadline, random.pick(['09:12', '11:40', '14:05', '16:31'])),
      });
    });
  }

  const council = meetings.filter((m) => m.committee.key === 'council' && m.isHeld && agendas.standard.get(m)?.has('councillor-questions')).at(-1);
  if (council) {
    const opposition = lineups.get('council')!.get(council.year.label)!.members.filter((c) => c.group?.key === 'con');
    const finance = cabinet.get('finance')!;
    rows.push({
      meeting: council,
      item: agendas.standard.get(council)!.get('councillor-questions')!,
      asker: random.pick(opposition),
      askerKind: 'councillor',
      question: 'Will the Cabinet Member confirm how much the council has spent on agency social workers this financial year, and how that compares with the budget?',
      supplementaryQuestion: null,
      answer: 'Spending on agency social workers to the end of the last quarter was £3.1m against a full-year budget of £3.6m. The number of agency social workers has fallen by a third since the academy for newly qualified social workers opened.',
      supplementaryAnswer: null,
      answeredByName: `Councillor ${finance.fullName}, ${finance.jobTitle}`,
      submittedAt: londonInstant(addWorkingDays(council.date, -7), '10:20'),
    });
  }
  return rows;
}

function answerer(by: QuestionTemplate['by'], meeting: MeetingPlan, lineups: Lineups, cabinet: Map<PortfolioKey, PersonPlan>, officers: Map<OfficerRole, PersonPlan>): string {
  if (by === 'chair') return `Councillor ${lineups.get(meeting.committee.key)!.get(meeting.year.label)!.chair.fullName}, Chair`;
  const member = cabinet.get(by as PortfolioKey);
  if (member) return `Councillor ${member.fullName}, ${member.jobTitle}`;
  const officer = officers.get(by as OfficerRole)!;
  return `${officer.fullName}, ${officer.jobTitle}`;
}
