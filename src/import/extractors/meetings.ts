import type { Block } from '../blocks.ts';
import { findDates } from '../dates.ts';
import type { SourcedMeeting } from '../records.ts';
import { readAgenda } from './agenda.ts';
import { readFrontSheet, type MeetingHeader } from './meeting-header.ts';
import { readMembership } from './membership.ts';
import { readMinutes } from './minutes.ts';

/** The meetings that are not minutes: the one an agenda calls, the one a modern.gov page records, the one an action sheet follows up. */

export function frontSheetMeeting(blocks: Block[]): SourcedMeeting {
  const header = readFrontSheet(blocks);
  return {
    ...emptyMeeting(header),
    membership: readMembership(blocks),
    agenda: readAgenda(blocks),
  };
}

/** A modern.gov "agenda and minutes" page: the agenda and the minutes are the same numbered items. */
export function modernGovMeeting(blocks: Block[]): SourcedMeeting {
  const header = readFrontSheet(blocks);
  const meeting = readMinutes(blocks, { itemMinutes: true, header });
  meeting.agenda = meeting.items.map((item) => ({ number: item.number, title: item.title, pages: null, at: item.at }));
  return meeting;
}

/** An action sheet's title row names the meeting that raised the actions: "Council | 8 October 2021 | Action sheet". */
export function actionSheetMeeting(blocks: Block[]): SourcedMeeting | null {
  const title = blocks.slice(0, 3).find((b) => /\baction/i.test(b.text));
  if (!title) return null;
  let date: string | null = null;
  let committee: string | null = null;
  for (const part of title.cells ?? [title.text]) {
    const found = findDates(part)[0];
    if (found && !date) {
      date = found.iso;
      committee ??= part.slice(0, found.index).trim() || null;
    } else if (part.trim() && !/\baction/i.test(part)) committee ??= part.trim();
  }
  return emptyMeeting({ committee, date, startTime: null, venue: null, at: title.at });
}

function emptyMeeting(header: MeetingHeader): SourcedMeeting {
  return {
    committee: header.committee ?? '',
    date: header.date,
    startTime: header.startTime,
    venue: header.venue,
    membership: [],
    agenda: [],
    attendance: null,
    declarations: null,
    items: [],
    endTime: null,
    at: header.at,
  };
}

