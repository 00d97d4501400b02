/**
 * Calendar days as the database keeps them: `YYYY-MM-DD` strings, a day in
 * Europe/London rather than an instant. Arithmetic runs on UTC midnights,
 * where every day is 24 hours long, so BST never shifts a day.
 */
export type Day = string;

const DAY_MS = 86_400_000;
const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real `YYYY-MM-DD` day ("2026-02-30" is not one). */
export function isDay(value: string): boolean {
  const match = DAY_PATTERN.exec(value);
  return match !== null && formatDay(utcMidnight(match)) === value;
}

/** The day as a Date at UTC midnight; throws a RangeError naming the value when it is not a real day. */
export function parseDay(day: Day): Date {
  const match = DAY_PATTERN.exec(day);
  if (!match) throw new RangeError(`not a YYYY-MM-DD date: ${day}`);
  const date = utcMidnight(match);
  if (formatDay(date) !== day) throw new RangeError(`not a real date: ${day}`);
  return date;
}

function utcMidnight(match: RegExpExecArray): Date {
  return new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
}

/** The UTC calendar day of a Date made by parseDay (not the London day of an instant: see londonDayOf). */
export function formatDay(date: Date): Day {
  return date.toISOString().slice(0, 10);
}

/** `days` calendar days later (earlier when negative). */
export function addDays(day: Day, days: number): Day {
  return formatDay(new Date(parseDay(day).getTime() + days * DAY_MS));
}

/** Calendar days from a to b: positive when b is later, 0 for the same day. */
export function daysBetween(a: Day, b: Day): number {
  return Math.round((parseDay(b).getTime() - parseDay(a).getTime()) / DAY_MS);
}

/** 0 Sunday to 6 Saturday. */
export function dayOfWeek(day: Day): number {
  return parseDay(day).getUTCDay();
}

export function yearOf(day: Day): number {
  return Number(day.slice(0, 4));
}

/** The number of days in a month (1 to 12). */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * The same date `months` months on; a date the target month lacks becomes
 * its last day (31 January plus one month is 28 or 29 February).
 */
export function addMonths(day: Day, months: number): Day {
  const date = parseDay(day);
  const target = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, 1));
  const lastDay = daysInMonth(target.getUTCFullYear(), target.getUTCMonth() + 1);
  target.setUTCDate(Math.min(date.getUTCDate(), lastDay));
  return formatDay(target);
}
