import type { Block } from '../blocks.ts';
import { parseTime } from '../dates.ts';
import type { MinuteItem } from '../extraction.ts';
import { meetingEnd } from '../classify.ts';
import type { Sourced, SourcedMeeting } from '../records.ts';
import { readAttendance } from './attendance.ts';
import { readDeclarations } from './declarations.ts';
import { readMinutesHeader, type MeetingHeader } from './meeting-header.ts';
import { splitMinuteItems, type MinuteSection } from './minute-items.ts';
import { readOutcomes } from './minute-outcomes.ts';

/**
 * A meeting from its minutes: the opening line (committee, place, date,
 * time), attendance, declarations, the numbered items with what each
 * resolved, recommended and actioned, and the time the meeting ended.
 */
export function readMinutes(blocks: Block[], options: { itemMinutes?: boolean; header?: MeetingHeader } = {}): SourcedMeeting {
  const header = options.header ?? readMinutesHeader(blocks);
  const { before, items } = splitMinuteItems(blocks, options);
  const attendanceItems = items.filter((item, i) => i < 3 || /apolog|substitut|attendance|membership|declaration|present|welcome|introduc|announcement/i.test(item.title));
  const declarationItem = items.find((item) => /declarations?\s+of\s+interest|interests?\s+declared|^declarations?\b/i.test(item.title));
  const endBlock = blocks.findLast((b) => meetingEnd.test(b.text));
  return {
    committee: header.committee ?? '',
    date: header.date,
    startTime: header.startTime,
    venue: header.venue,
    membership: [],
    agenda: [],
    attendance: readAttendance([...before, ...listedUnder(items, /apolog/i, 'Apologies: ')], [...attendanceItems.flatMap((i) => i.body), ...listedUnder(items, /substitut/i, '')]),
    declarations: readDeclarations(declarationItem ? declarationItem.body : null, [...before, ...items.flatMap((i) => i.body)]),
    items: items.map(toItem),
    endTime: endBlock ? parseTime(endBlock.text.replace(/^.*?\b(?:ended|closed|finished|concluded|terminated|rose|adjourned)\b/i, ''), { twentyFourHour: true }) : null,
    at: { ...header.at, toLine: blocks.at(-1)?.at.toLine ?? header.at.toLine },
  };
}

/**
 * Items that only list people ("Apologies for absence" / "Councillors Hill and Moss.",
 * "Substitutes" / "Cllr Kemp for Cllr Price") say it without a verb; they are read
 * as a labelled list or a substitution.
 */
function listedUnder(items: MinuteSection[], title: RegExp, label: string): Block[] {
  const verb = /\b(?:were|was|had|has|have|received|noted|given|submitted|substitut\w*|attended|declared)\b/i;
  return items
    .filter((item) => title.test(item.title))
    .flatMap((item) => item.body)
    .filter((b) => !verb.test(b.text) && b.text.split(/\s+/).length <= 30)
    .map((b) => {
      const text = label ? `${label}${b.text}` : b.text.replace(/\s+(?:for|in\s+place\s+of|replacing|instead\s+of)\s+/i, ' substituting for ');
      return { ...b, text, lines: [text] };
    });
}

function toItem(section: MinuteSection): Sourced<MinuteItem> {
  return { number: section.number, title: section.title, ...readOutcomes(section.body), at: section.at };
}
