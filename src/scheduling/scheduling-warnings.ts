import type { Day } from '../deadlines/days.ts';
import { endOfLondonDay, londonInstant } from '../deadlines/london-time.ts';
import { nonWorkingDay, type WorkingCalendar } from '../deadlines/working-calendar.ts';
import { DEFAULT_MEETING_MINUTES } from '../publish/calendar.ts';
import { formatDateLong, formatTime } from '../web/format.ts';

/** A meeting, held or proposed, as the clash rules see it. */
export interface MeetingSlot {
  /** Names the slot in warning keys: "meeting-12" for a stored meeting, "new-3" for the third proposed. */
  ref: string;
  committeeId: number;
  committeeName: string;
  date: Day;
  startsAt: Date | null;
  endsAt: Date | null;
  /** Where it meets: the meeting's venue, or its committee's usual one. */
  venue: string | null;
}

/** A person's place on a committee over a period, named substitutes included. */
export interface CommitteePlace {
  committeeId: number;
  personId: number;
  personName: string;
  isSubstitute: boolean;
  startsOn: Day | null;
  endsOn: Day | null;
}

export type SchedulingWarningKind = 'past' | 'non-working-day' | 'committee' | 'member' | 'room' | 'agenda-notice' | 'setup';

/** Something a clerk should check before saving; it does not stop the save. */
export interface SchedulingWarning {
  /** Stable for the same clash, so a confirmation covers exactly the warnings shown. */
  key: string;
  kind: SchedulingWarningKind;
  text: string;
}

export interface ClashContext {
  /** Every other meeting that could clash: stored ones (not cancelled) and the other proposals. */
  others: readonly MeetingSlot[];
  /** Places on the committees of the slot and of the others. */
  places: readonly CommitteePlace[];
  calendar: WorkingCalendar;
  /** Today, to warn of a date already gone. */
  today?: Day;
}

/**
 * What to check before a meeting is booked at a date, time and venue:
 * - the day has gone already;
 * - the day is a weekend, a bank holiday of the council's nation, or a closure day;
 * - the same committee already meets at an overlapping time;
 * - a member is booked twice: someone with a place on this committee (a
 *   named substitute too) has one on another committee meeting at an
 *   overlapping time;
 * - a room is booked twice: another meeting is in the same venue at an overlapping time.
 *
 * A meeting without a start time is taken to fill its day; one without an
 * end time to last two hours, as calendars show it.
 *
 * @example
 * schedulingWarnings(slot, { others, places, calendar }).map((w) => w.text);
 * // ['Committee Room 1 is booked then for Planning Committee, from 6pm on Tuesday 9 March 2027.']
 */
export function schedulingWarnings(slot: MeetingSlot, context: ClashContext): SchedulingWarning[] {
  const warnings: SchedulingWarning[] = [];
  if (context.today && slot.date < context.today) {
    warnings.push({ key: `past:${slot.date}`, kind: 'past', text: `${formatDateLong(slot.date)} has already gone.` });
  }
  const closed = nonWorkingDay(context.calendar, slot.date);
  if (closed) {
    const day = formatDateLong(slot.date);
    const text =
      closed.kind === 'weekend'
        ? `${day} is a weekend.`
        : closed.kind === 'bank-holiday'
          ? `${day} is a bank holiday: ${closed.name}.`
          : `${day} is a closure day: ${closed.reason}.`;
    warnings.push({ key: `day:${slot.date}`, kind: 'non-working-day', text });
  }

  const sitting = placesOn(context.places, slot.committeeId, slot.date);
  const span = timeSpan(slot);
  for (const other of context.others) {
    if (other.ref === slot.ref || !overlaps(span, timeSpan(other))) continue;
    const when = describeWhen(other);
    if (other.committeeId === slot.committeeId) {
      warnings.push({ key: `committee:${other.ref}`, kind: 'committee', text: `${other.committeeName} already meets then, ${when}.` });
      continue;
    }
    const there = placesOn(context.places, other.committeeId, other.date);
    const shared = sitting.filter((here) => there.some((p) => p.personId === here.personId));
    if (shared.length) {
      const names = shared.map((here) => {
        const asSubstitute = here.isSubstitute || there.find((p) => p.personId === here.personId)!.isSubstitute;
        return `${here.personName}${asSubstitute ? ' (as a named substitute)' : ''}`;
      });
      // Against full council, every councillor clashes: name a few and count the rest.
      const named = names.length > MAX_NAMED ? [...names.slice(0, MAX_NAMED - 1), `${names.length - MAX_NAMED + 1} others`] : names;
      const verb = names.length === 1 ? 'sits' : 'sit';
      warnings.push({
        key: `member:${other.ref}:${shared.map((p) => p.personId).join(',')}`,
        kind: 'member',
        text: `${inWords(named)} also ${verb} on ${other.committeeName}, which meets at an overlapping time, ${when}.`,
      });
    }
    if (slot.venue && other.venue && sameVenue(slot.venue, other.venue)) {
      warnings.push({ key: `room:${other.ref}`, kind: 'room', text: `${other.venue} is booked then for ${other.committeeName}, ${when}.` });
    }
  }
  return warnings;
}

/** The most people one warning names. */
const MAX_NAMED = 4;

/** One place per person on a committee on a day; a member's place wins over a substitute's. */
function placesOn(places: readonly CommitteePlace[], committeeId: number, day: Day): CommitteePlace[] {
  const byPerson = new Map<number, CommitteePlace>();
  for (const place of places) {
    if (place.committeeId !== committeeId) continue;
    if ((place.startsOn !== null && place.startsOn > day) || (place.endsOn !== null && place.endsOn < day)) continue;
    const already = byPerson.get(place.personId);
    if (!already || (already.isSubstitute && !place.isSubstitute)) byPerson.set(place.personId, place);
  }
  return [...byPerson.values()].sort((a, b) => a.personName.localeCompare(b.personName));
}

interface Span {
  start: number;
  end: number;
}

function timeSpan(slot: MeetingSlot): Span {
  if (!slot.startsAt) return { start: londonInstant(slot.date, '00:00').getTime(), end: endOfLondonDay(slot.date).getTime() };
  const start = slot.startsAt.getTime();
  const end = slot.endsAt && slot.endsAt.getTime() > start ? slot.endsAt.getTime() : start + DEFAULT_MEETING_MINUTES * 60_000;
  return { start, end };
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** "Committee Room 1, Civic Centre" and "committee room 1,  civic centre" are the same room. */
export function sameVenue(a: string, b: string): boolean {
  const fold = (v: string) => v.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
  return fold(a) === fold(b);
}

function describeWhen(slot: MeetingSlot): string {
  const day = formatDateLong(slot.date);
  if (!slot.startsAt) return `on ${day}`;
  return slot.endsAt ? `from ${formatTime(slot.startsAt)} to ${formatTime(slot.endsAt)} on ${day}` : `from ${formatTime(slot.startsAt)} on ${day}`;
}

function inWords(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}
