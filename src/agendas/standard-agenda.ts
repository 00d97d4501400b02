import type { CommitteeKind } from '../committees/committee-tables.ts';
import type { StandardItemKind } from '../meetings/meeting-tables.ts';
import { formatDateLong, formatTime, londonDate } from '../web/format.ts';

/** Before the reports ("opening") or after them ("closing"). */
export type StandardPlacement = 'opening' | 'closing';

export interface StandardItem {
  standardKind: StandardItemKind;
  title: string;
  description: string;
  placement: StandardPlacement;
}

export interface StandardAgendaContext {
  /** The committee's last meeting before this one, whose minutes this meeting approves. */
  previousMeetingOn?: string | null;
  /** The committee's next meeting after this one, for "date of next meeting". */
  nextMeeting?: { date: string; startsAt: Date | null } | null;
  /** When questions close for this meeting (from meetingDeadlines). */
  questionsCloseAt?: Date | null;
}

/**
 * The items every agenda of a kind of committee carries, in the order they
 * are printed: the formalities before the reports, and for scrutiny the
 * work programme and the date of the next meeting after them. The kinds
 * differ as councils' agendas do:
 * - full council has no substitutes (every councillor is a member), takes
 *   the chair's announcements and questions from the public and from
 *   councillors;
 * - cabinet has no substitutes either (an executive member cannot be
 *   replaced) and no work programme; it takes questions from both;
 * - scrutiny has named substitutes, the action log, both kinds of
 *   question, then the work programme and the next meeting's date;
 * - regulatory committees and sub-committees have substitutes but take no
 *   questions (planning hears public speaking under its own rules);
 * - a task and finish group keeps notes rather than minutes, and its first
 *   session has none to agree.
 *
 * @example
 * standardAgenda('cabinet').map((item) => item.standardKind);
 * // ['apologies', 'declarations', 'minutes', 'public-questions', 'councillor-questions']
 */
export function standardAgenda(committeeKind: CommitteeKind, context: StandardAgendaContext = {}): StandardItem[] {
  const hasPrevious = Boolean(context.previousMeetingOn);
  const kinds = shapes[committeeKind].filter((kind) => kind !== 'minutes' || committeeKind !== 'task-and-finish' || hasPrevious);
  return kinds.map((kind) => ({
    standardKind: kind,
    title: kind === 'minutes' && committeeKind === 'task-and-finish' ? 'Notes of the previous meeting' : standardItemTitles[kind],
    description: describe(kind, committeeKind, context),
    placement: closingKinds.has(kind) ? 'closing' : 'opening',
  }));
}

const shapes: Record<CommitteeKind, readonly StandardItemKind[]> = {
  'full-council': ['apologies', 'declarations', 'minutes', 'chair-announcements', 'public-questions', 'councillor-questions'],
  cabinet: ['apologies', 'declarations', 'minutes', 'public-questions', 'councillor-questions'],
  scrutiny: ['apologies', 'substitutes', 'declarations', 'minutes', 'action-log', 'public-questions', 'councillor-questions', 'work-programme', 'date-of-next-meeting'],
  regulatory: ['apologies', 'substitutes', 'declarations', 'minutes', 'date-of-next-meeting'],
  'sub-committee': ['apologies', 'substitutes', 'declarations', 'minutes', 'date-of-next-meeting'],
  'task-and-finish': ['apologies', 'declarations', 'minutes', 'date-of-next-meeting'],
  other: ['apologies', 'declarations', 'minutes', 'date-of-next-meeting'],
};

/** Standard items printed after the reports. */
export const closingKinds: ReadonlySet<StandardItemKind> = new Set(['work-programme', 'date-of-next-meeting']);

/** How each standard item is titled on an agenda. */
export const standardItemTitles: Record<StandardItemKind, string> = {
  apologies: 'Apologies for absence',
  substitutes: 'Named substitutes',
  declarations: 'Declarations of interest',
  minutes: 'Minutes of the previous meeting',
  'action-log': 'Action log',
  'public-questions': 'Questions from members of the public',
  'councillor-questions': 'Questions from councillors',
  'public-suggestions': 'Suggestions from members of the public for future scrutiny',
  'work-programme': 'Work programme',
  'date-of-next-meeting': 'Date of next meeting',
  'urgent-business': 'Urgent business',
  'exclusion-of-press-and-public': 'Exclusion of the press and public',
  'chair-announcements': 'Announcements from the chair',
};

function describe(kind: StandardItemKind, committeeKind: CommitteeKind, context: StandardAgendaContext): string {
  const closes = context.questionsCloseAt ? ` Questions must be received by ${formatTime(context.questionsCloseAt)} on ${formatDateLong(londonDate(context.questionsCloseAt))}.` : '';
  switch (kind) {
    case 'apologies':
      return 'To receive apologies for absence.';
    case 'substitutes':
      return 'To receive details of members nominated to attend the meeting in place of a member of the committee.';
    case 'declarations':
      return 'To receive any declarations of interest from members in respect of items on this agenda.';
    case 'minutes': {
      const record = committeeKind === 'task-and-finish' ? 'To agree the notes' : 'To approve as a correct record the minutes';
      return context.previousMeetingOn ? `${record} of the meeting held on ${formatDateLong(context.previousMeetingOn)}.` : `${record} of the previous meeting.`;
    }
    case 'action-log':
      return 'To review progress on the actions agreed at previous meetings.';
    case 'public-questions':
      return `To receive any written questions from members of the public.${closes}`;
    case 'councillor-questions':
      return `To receive any written questions from councillors.${closes}`;
    case 'public-suggestions':
      return 'To consider suggestions from members of the public on issues the committee could scrutinise in future.';
    case 'work-programme':
      return "To review the committee's work programme.";
    case 'date-of-next-meeting': {
      const next = context.nextMeeting;
      if (!next) return 'To note the date of the next meeting.';
      return `The next meeting is on ${formatDateLong(next.date)}${next.startsAt ? ` at ${formatTime(next.startsAt)}` : ''}.`;
    }
    case 'urgent-business':
      return 'To consider any business the chair considers urgent, for reasons to be specified in the minutes.';
    case 'exclusion-of-press-and-public':
      return exclusionResolution([]);
    case 'chair-announcements':
      return 'To receive any announcements from the chair.';
  }
}

/**
 * The resolution a meeting passes before exempt business (Local Government
 * Act 1972 s.100A(4)), naming the Schedule 12A paragraphs of the exempt
 * items that follow it.
 *
 * @example
 * exclusionResolution([{ exemptParagraph: 3 }]);
 * // 'To consider passing the following resolution: That under section 100A(4) … for the following item … paragraph 3 of Part 1 of Schedule 12A …'
 */
export function exclusionResolution(exemptItems: readonly { exemptParagraph: number | null }[]): string {
  const paragraphs = [...new Set(exemptItems.map((i) => i.exemptParagraph).filter((p) => p !== null))].sort((a, b) => a - b);
  const named =
    paragraphs.length === 0
      ? 'the paragraphs'
      : paragraphs.length === 1
        ? `paragraph ${paragraphs[0]}`
        : `paragraphs ${paragraphs.slice(0, -1).join(', ')} and ${paragraphs.at(-1)}`;
  const several = exemptItems.length > 1;
  return (
    'To consider passing the following resolution: That under section 100A(4) of the Local Government Act 1972 the press and public be excluded from the meeting ' +
    `for the following ${several ? 'items' : 'item'} of business on the grounds that ${several ? 'they involve' : 'it involves'} the likely disclosure of exempt information ` +
    `as defined in ${named} of Part 1 of Schedule 12A to the Act, and that the public interest in maintaining the exemption outweighs the public interest in disclosing the information.`
  );
}
