import { addDays, type Day, parseDay } from './days.ts';

/**
 * Council deadlines are wall-clock times in London ("5pm, two working days
 * before"), which is UTC in winter and UTC+1 in British Summer Time. These
 * turn a day and a clock time into the instant it names, and back.
 */
export type ClockTime = string;

const LONDON = 'Europe/London';
const TIME_PATTERN = /^([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d))?$/;

/** "17:00" or "17:00:00" (as PostgreSQL returns a `time`) → minutes after midnight; throws a RangeError otherwise. */
export function parseClockTime(time: ClockTime): number {
  const match = TIME_PATTERN.exec(time);
  if (!match) throw new RangeError(`not a 24-hour HH:MM time: ${time}`);
  return Number(match[1]) * 60 + Number(match[2]);
}

/** "17:00:00" → "17:00". */
export function normaliseClockTime(time: ClockTime): ClockTime {
  const minutes = parseClockTime(time);
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

const londonParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: LONDON,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
});

/**
 * The instant at which clocks in London show `time` on `day`, in BST or GMT.
 * A time the spring change skips (01:30 on the last Sunday of March) comes
 * out an hour later; one the autumn change repeats is the second, GMT, one.
 *
 * @example
 * londonInstant('2025-07-15', '17:00').toISOString(); // '2025-07-15T16:00:00.000Z' (BST)
 * londonInstant('2025-01-14', '17:00').toISOString(); // '2025-01-14T17:00:00.000Z' (GMT)
 */
export function londonInstant(day: Day, time: ClockTime): Date {
  const wall = parseDay(day).getTime() + parseClockTime(time) * 60_000;
  // London is UTC or UTC+1: take the offset in force at the wall time read as UTC, then correct it once.
  let instant = wall - londonOffsetMs(wall);
  instant = wall - londonOffsetMs(instant);
  return new Date(instant);
}

function londonOffsetMs(instant: number): number {
  const parts = Object.fromEntries(londonParts.formatToParts(new Date(instant)).map((p) => [p.type, p.value]));
  const asUtc = Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute));
  return asUtc - Math.floor(instant / 60_000) * 60_000;
}

const londonDay = new Intl.DateTimeFormat('en-CA', { timeZone: LONDON, year: 'numeric', month: '2-digit', day: '2-digit' });
const londonClock = new Intl.DateTimeFormat('en-GB', { timeZone: LONDON, hourCycle: 'h23', hour: '2-digit', minute: '2-digit' });

/**
 * The day in London on which an instant falls: 23:30 UTC on 14 July is
 * already 15 July in London.
 */
export function londonDayOf(instant: Date): Day {
  return londonDay.format(instant);
}

/** The London clock time of an instant, "HH:MM". */
export function londonClockOf(instant: Date): ClockTime {
  return londonClock.format(instant);
}

/** The last millisecond of a day in London: "by the end of Friday". */
export function endOfLondonDay(day: Day): Date {
  return new Date(londonInstant(addDays(day, 1), '00:00').getTime() - 1);
}
