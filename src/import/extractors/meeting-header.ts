import type { Block } from '../blocks.ts';
import { findDates, parseDate, parseTime } from '../dates.ts';
import { labelled } from '../patterns.ts';
import type { Span } from '../records.ts';

/** What a document says about the meeting itself, wherever it says it. */
export interface MeetingHeader {
  committee: string | null;
  date: string | null;
  startTime: string | null;
  venue: string | null;
  at: Span;
}

const bodyWord = /\b(committee|sub-committee|council|cabinet|panel|board|commission|forum|assembly|partnership|group|meeting)\b/i;
const titleLine = /^(?:agenda|summons(?: and agenda)?|notice of (?:the )?meeting|public reports pack|agenda (?:and|&) (?:reports|papers))$/i;

/**
 * The front sheet of an agenda: "Date:", "Time:", "Place:" or "Venue:"
 * fields, the committee named under the "Agenda" title or in "Agenda for the
 * meeting of …", or a parish notice ("…will be held at the Village Hall on
 * Monday 3 March 2025 at 7.30 pm").
 */
export function readFrontSheet(blocks: Block[]): MeetingHeader {
  const header: MeetingHeader = { committee: null, date: null, startTime: null, venue: null, at: blocks[0]?.at ?? { fromLine: 1, toLine: 1, page: null } };
  for (const [i, block] of blocks.slice(0, 80).entries()) {
    const text = block.cells ? block.cells.filter(Boolean).join(' ') : block.text;
    const date = labelled(text, /(?:meeting\s+)?date(?:\s+and\s+time)?|when/i);
    if (date !== null && !header.date && parseDate(date)) {
      header.date = parseDate(date);
      header.startTime ??= parseTime(date);
    }
    const time = labelled(text, /(?:start\s+)?time/i);
    if (time !== null && !header.startTime) header.startTime = parseTime(time, { twentyFourHour: true });
    const venue = labelled(text, /place|venue|location|where/i);
    if (venue !== null && !header.venue && venue) header.venue = cleanVenue(venue);
    const of = /\b(?:agenda for|notice of|summons to attend)\s+(?:the\s+|a\s+)?(?:(?:ordinary|extraordinary|annual|special)\s+)?meeting\s+of\s+(?:the\s+)?(.+?)\s*$/i.exec(text);
    if (of && !header.committee) header.committee = cleanCommittee(of[1]!.replace(/\s+(?:to be|which will be|will be)\b.*$/i, ''));
    if (titleLine.test(text) && !header.committee) {
      const next = blocks[i + 1];
      if (next && next.text.length < 120 && bodyWord.test(next.text) && !/:/.test(next.text)) header.committee = cleanCommittee(next.text);
    }
    // A title line, not a sentence: "Licensing Committee - Tuesday, 8th July, 2025 7.00 pm".
    const titleLike = text.length <= 150 && !/\.$/.test(text) && /^[A-Z]/.test(text);
    const titled = titleLike ? /^(.{3,120}?\b(?:committee|sub-committee|council|cabinet|panel|board|commission|forum))\s*[-–—,:]\s*(.*\d{4}.*)$/i.exec(text) : null;
    const titledDate = titled ? findDates(titled[2]!)[0] : undefined;
    if (titled && titledDate && !header.date) {
      header.committee ??= cleanCommittee(titled[1]!);
      header.date = titledDate.iso;
      header.startTime ??= parseTime(titled[2]!.slice(titledDate.index + titledDate.length), { twentyFourHour: true });
    }
    const notice = /\bmeeting of (?:the\s+)?(.+?) will be held\b(.*)$/i.exec(text);
    if (notice) {
      header.committee ??= cleanCommittee(notice[1]!);
      readHeldClause(notice[2]!, header);
    }
  }
  if (!header.committee) {
    const heading = blocks.slice(0, 20).find((b) => (b.kind === 'heading' || b.text.length < 90) && /\b(committee|sub-committee|cabinet|panel|board)$/i.test(b.text));
    if (heading) header.committee = cleanCommittee(heading.text);
  }
  return header;
}

/**
 * The opening line of minutes: "Minutes of the meeting of Children and young
 * people scrutiny committee held at Mill Lane, Northwold on Tuesday 22 March
 * 2022 at 2.30 pm", and the parish variants ("Minutes of the Meeting of Ashby
 * Parish Council held on Monday 3 March 2025 at 7.30pm in the Village Hall").
 */
export function readMinutesHeader(blocks: Block[]): MeetingHeader {
  const first = blocks[0]!;
  // "MINUTES" as a title, then the committee and "Date:", "Time:", "Venue:" lines, as on a front sheet.
  if (/^(?:draft\s+|confirmed\s+|unconfirmed\s+)?minutes\s*$/i.test(first.text)) {
    const present = blocks.findIndex((b) => /^(?:members\s+|councillors\s+)?present\b/i.test(b.text));
    const top = blocks.slice(0, present > 0 ? present : 12);
    const header = readFrontSheet([{ ...first, text: 'Agenda', lines: ['Agenda'] }, ...top.slice(1)]);
    return { ...header, at: first.at };
  }
  const header: MeetingHeader = { committee: null, date: null, startTime: null, venue: null, at: first.at };
  const text = first.text;
  const m = /minutes\s+(?:of|for)\s+(?:the\s+|a\s+|an\s+)?(.*?)(?:\s+(?:held|which took place|that took place|convened)\b(.*))?$/i.exec(text);
  if (m) {
    let body = m[1]!.replace(/^(?:(?:ordinary|extraordinary|annual|special|remote|virtual|hybrid|public)\s+)*meeting\s+of\s+(?:the\s+)?/i, '');
    body = body.replace(/\s+(?:meeting|on\s+\S.*)$/i, '');
    header.committee = cleanCommittee(body);
    if (m[2]) readHeldClause(m[2], header);
  }
  // Date, time and place may follow on their own lines.
  for (const block of blocks.slice(1, 6)) {
    if (/^(present|members present)\b/i.test(block.text)) break;
    const t = block.text;
    header.date ??= labelled(t, /date/i) !== null || findDates(t).length ? parseDate(t) : null;
    header.startTime ??= labelled(t, /time/i) !== null ? parseTime(t, { twentyFourHour: true }) : parseTime(t);
    const venue = labelled(t, /place|venue|location/i);
    if (venue) header.venue ??= cleanVenue(venue);
  }
  return header;
}

/** "at Council Chamber - Ashcombe on Thursday 11 July 2013 at 5.00 pm" or "on … at 7.30pm in the Village Hall". */
function readHeldClause(clause: string, header: MeetingHeader): void {
  const found = findDates(clause)[0];
  if (found) {
    header.date ??= found.iso;
    const before = clause.slice(0, found.index);
    const after = clause.slice(found.index + found.length);
    header.startTime ??= parseTime(after) ?? parseTime(before);
    const place = /^\s*(?:at|in)\s+(?:the\s+)?(.+?)\s*(?:,?\s+on)?\s*$/i.exec(before)?.[1];
    const placeAfter = /\b(?:at|in)\s+((?:the\s+)?[A-Z].+?)\s*[.,]?\s*$/.exec(after.replace(/^\s*(?:at|from|commencing at)?\s*\d{1,2}(?:[.:]\d{2})?\s*[ap]\.?m\.?/i, ''))?.[1];
    const venue = place && !/^\d/.test(place) ? place : placeAfter;
    if (venue) header.venue ??= cleanVenue(venue);
  }
}

function cleanCommittee(text: string): string {
  return text.replace(/\*+/g, '').replace(/^the\s+/i, '').replace(/[\s,.:;-]+$/, '').replace(/\s+/g, ' ').trim();
}

function cleanVenue(text: string): string {
  return text.replace(/\*+/g, '').replace(/\s+/g, ' ').replace(/^the\s+(?=[A-Z])/, '').replace(/[\s,.;]+$/, '').trim();
}
