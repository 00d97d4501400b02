import { clockText, longDate } from './calendar.ts';
import type { Agendas } from './agenda.ts';
import type { Lineups } from './committees.ts';
import type { ActionPlan, AttendancePlan, DeclarationPlan, MeetingPlan, PersonPlan, PublicQuestionPlan } from './plan.ts';
import type { Random } from './random.ts';
import type { DeclarationKind, StandardItemKind } from '../meetings/meeting-tables.ts';

export interface StandardMinutesInput {
  random: Random;
  kind: StandardItemKind;
  meeting: MeetingPlan;
  previous: MeetingPlan | null;
  here: readonly AttendancePlan[];
  meetings: readonly MeetingPlan[];
  agendas: Agendas;
  lineups: Lineups;
  declarations: readonly DeclarationPlan[];
  questions: readonly PublicQuestionPlan[];
  actions: readonly ActionPlan[];
}

const kindPhrase: Record<DeclarationKind, string> = {
  'disclosable-pecuniary': 'a disclosable pecuniary interest',
  'other-registrable': 'an other registrable interest',
  'non-registrable': 'a non-registrable interest',
  other: 'an interest',
};

const announcements = [
  'the Remembrance Sunday service at Wrenbridge War Memorial',
  'the opening of the Riverside family hub',
  "the Chairman's charity quiz, which had raised £1,240 for Wrenmoor Carers' Centre",
  'a visit to the Sedgebrook flood defence scheme',
  'the Wrenmoor Young Citizens awards',
  'the civic service at St Anne\'s Church',
];

/** The minute for a standard item, and the resolution it records, if any. */
export function standardMinutes(input: StandardMinutesInput): { minutes: string; resolution: string | null } {
  const { random, kind, meeting, previous, here } = input;
  const none = (text: string) => ({ minutes: text, resolution: null });
  const isCouncil = meeting.committee.key === 'council';
  switch (kind) {
    case 'apologies': {
      const apologies = here.filter((a) => a.status === 'apologies').map((a) => describe(a.person, input));
      const remote = here.filter((a) => a.status === 'remote-non-voting').map((a) => `Councillor ${a.person.fullName} attended the meeting remotely and did not vote on the resolutions of the committee.`);
      const first = apologies.length > 0 ? `Apologies for absence were received from ${list(apologies)}.` : 'There were no apologies for absence.';
      return none([first, ...remote].join('\n\n'));
    }
    case 'substitutes': {
      const subs = here.filter((a) => a.status === 'substitute').map((a) => `Councillor ${a.person.fullName} attended as a named substitute for Councillor ${a.substituteFor!.fullName}.`);
      return none(subs.length > 0 ? subs.join('\n\n') : 'There were no named substitutes.');
    }
    case 'declarations': {
      const lines = input.declarations.filter((d) => d.meeting === meeting).map((d) =>
        `Councillor ${d.person.fullName} declared ${kindPhrase[d.kind]} in item ${d.item?.number} (${d.item?.title}), ${d.description}.`);
      return none(lines.length > 0 ? lines.join('\n\n') : 'There were no declarations of interest.');
    }
    case 'minutes': {
      const signer = isCouncil ? 'the Chairman' : 'the chair';
      const what = meeting.committee.key === 'tfg' ? 'notes' : 'minutes';
      const held = previous ? `held on ${longDate(previous.date)}` : 'of the previous meeting';
      const resolution = `That the ${what} of the meeting ${held} be approved as a correct record and signed by ${signer}.`;
      return { minutes: `RESOLVED: ${resolution}`, resolution };
    }
    case 'action-log': {
      const open = input.actions.filter((a) => a.committee === meeting.committee && a.meeting.date < meeting.date && (a.completedOn === null || a.completedOn >= meeting.date)).length;
      return none(`The committee reviewed the action log. ${open === 0 ? 'There were no outstanding actions.' : `${open} action${open === 1 ? ' remained' : 's remained'} open, and officers gave updates on each.`}`);
    }
    case 'public-questions':
    case 'councillor-questions': {
      const asked = input.questions.filter((q) => q.meeting === meeting && (q.askerKind === 'public') === (kind === 'public-questions'));
      if (asked.length === 0) return none(`No questions had been received from ${kind === 'public-questions' ? 'members of the public' : 'councillors'}.`);
      return none(asked.map((q) => [
        `Question from ${q.askerKind === 'councillor' ? 'Councillor ' : ''}${q.asker.fullName}:\n${q.question}`,
        `Answer from ${q.answeredByName}:\n${q.answer}`,
        ...(q.supplementaryQuestion ? [`Supplementary question:\n${q.supplementaryQuestion}`, `Answer:\n${q.supplementaryAnswer}`] : []),
      ].join('\n\n')).join('\n\n'));
    }
    case 'public-suggestions':
      return none(random.chance(0.5)
        ? 'One suggestion had been received, about the safety of walking routes to schools in Sedgebrook. The chair and vice-chair would consider it at their next business planning meeting.'
        : 'No suggestions had been received from members of the public.');
    case 'work-programme': {
      const resolution = `That the work programme for ${meeting.year.label} be agreed, subject to the changes agreed at the meeting.`;
      return {
        minutes: `The committee reviewed its work programme for ${meeting.year.label}, the recommendation tracker and the decisions on the forward plan within its remit.\n\nRESOLVED: ${resolution}`,
        resolution,
      };
    }
    case 'date-of-next-meeting': {
      const next = input.meetings.find((m) => m.committee === meeting.committee && m.date > meeting.date && m.status !== 'cancelled');
      return none(next ? `The date of the next meeting was noted as ${longDate(next.date)} at ${clockText(next.time)}.` : 'It was noted that the date of the next meeting would be set with the calendar of meetings for the next municipal year.');
    }
    case 'chair-announcements': {
      const chair = input.lineups.get('council')!.get(meeting.year.label)!.chair;
      const [first, second] = random.some(announcements, 2);
      return none(`The Chairman, Councillor ${chair.fullName}, reported on the civic engagements attended since the last meeting, including ${first} and ${second}.`);
    }
    case 'exclusion-of-press-and-public': {
      const resolution =
        'That under section 100A(4) of the Local Government Act 1972 the public be excluded from the meeting for the following item of business on the grounds that it involves the likely disclosure of exempt information as defined in paragraph 3 of Part 1 of Schedule 12A to the Act, and that the public interest in maintaining the exemption outweighs the public interest in disclosing the information.';
      return { minutes: `RESOLVED: ${resolution}\n\nThe press and public left the meeting.`, resolution };
    }
    case 'urgent-business':
      return none('There was no urgent business.');
  }
}

function describe(person: PersonPlan, input: StandardMinutesInput): string {
  if (person.kind === 'councillor') return `Councillor ${person.fullName}`;
  const coOptee = input.lineups.get(input.meeting.committee.key)?.get(input.meeting.year.label)?.coOptees.find((c) => c.person === person);
  return `${person.honorific ? `${person.honorific} ` : ''}${person.fullName}${coOptee ? ` (${coOptee.represents})` : ''}`;
}

function list(names: readonly string[]): string {
  return names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}
