import Holidays from 'date-holidays';

/**
 * Calendar arithmetic for the demo council. Days are `YYYY-MM-DD` strings,
 * as the database keeps them; instants are built for Europe/London, so a
 * 2pm meeting in July is 13:00 UTC and one in January is 14:00 UTC.
 */
export type Day = string;
export type ClockTime = '10:00' | '14:00' | '18:30';

const LONDON = 'Europe/London';
const DAY_MS = 86_400_000;

export function parseDay(day: Day): Date {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) throw new RangeError(`not a YYYY-MM-DD date: ${day}`);
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  if (date.toISOString().slice(0, 10) !== day) throw new RangeError(`not a real date: ${day}`);
  return date;
}

export function formatDay(date: Date): Day {
  return date.toISOString().slice(0, 10);
}

export function addDays(day: Day, days: number): Day {
  return formatDay(new Date(parseDay(day).getTime() + days * DAY_MS));
}

/** Calendar days from a to b (positive when b is later). */
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

/** The same day n months on; the 31st becomes the month's last day when it has none. */
export function addMonths(day: Day, months: number): Day {
  const date = parseDay(day);
  const target = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(date.getUTCDate(), lastDay));
  return formatDay(target);
}

const holidays = new Holidays('GB', 'ENG');
const holidayCache = new Map<number, ReadonlySet<Day>>();

/** Bank holidays in England and Wales in a calendar year, one-off ones included (date-holidays). */
export function bankHolidays(year: number): ReadonlySet<Day> {
  let days = holidayCache.get(year);
  if (!days) {
    days = new Set(holidays.getHolidays(year).filter((h) => h.type === 'public' || h.type === 'bank').map((h) => h.date.slice(0, 10)));
    holidayCache.set(year, days);
  }
  return days;
}

export function isWorkingDay(day: Day): boolean {
  const weekday = dayOfWeek(day);
  return weekday !== 0 && weekday !== 6 && !bankHolidays(yearOf(day)).has(day);
}

/** The day itself when it is a working day, else the next working day. */
export function nextWorkingDay(day: Day): Day {
  let result = day;
  while (!isWorkingDay(result)) result = addDays(result, 1);
  return result;
}

/** n working days later (or earlier, for negative n), counting only working days. */
export function addWorkingDays(day: Day, n: number): Day {
  const step = n < 0 ? -1 : 1;
  let result = day;
  for (let moved = 0; moved < Math.abs(n); ) {
    result = addDays(result, step);
    if (isWorkingDay(result)) moved++;
  }
  return result;
}

/**
 * The last day an agenda can be published with `clearDays` clear working
 * days before the meeting: the day of publication and the day of the
 * meeting do not count (LGA 1972 s.100B, as councils count it).
 */
export function publicationDeadline(meetingDay: Day, clearDays = 5): Day {
  return addWorkingDays(meetingDay, -(clearDays + 1));
}

/**
 * When an executive response to scrutiny recommendations falls due: within
 * two months beginning with the day they were received (LGA 2000 s.9FE).
 * "Beginning with" counts the day of receipt, so the period ends the day
 * before the corresponding date, or on the month's last day if it has none.
 */
export function responseDueOn(receivedOn: Day): Day {
  const date = parseDay(receivedOn);
  const corresponding = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 2, date.getUTCDate()));
  if (corresponding.getUTCDate() !== date.getUTCDate()) {
    return formatDay(new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 3, 0)));
  }
  return addDays(formatDay(corresponding), -1);
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

/** The instant at which the clocks in London show `time` on `day`, BST or GMT. */
export function londonInstant(day: Day, time: string): Date {
  const [hours, minutes] = time.split(':').map(Number) as [number, number];
  const wall = parseDay(day).getTime() + (hours * 60 + minutes) * 60_000;
  // London is UTC or UTC+1; try the offset in force at the wall time, then check it.
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

/** Today's date in London. */
export function londonToday(now: Date = new Date()): Day {
  return londonDay.format(now);
}

export interface MunicipalYearDates {
  /** "2025/26" */
  label: string;
  startsOn: Day;
  endsOn: Day;
}

/** The annual meeting of the council: the first Tuesday on or after 12 May, so always mid-May. */
export function annualMeetingDay(year: number): Day {
  const may12 = `${year}-05-12`;
  return addDays(may12, (2 - dayOfWeek(may12) + 7) % 7);
}

/** The municipal year that begins at the annual meeting of `startYear`. */
export function municipalYear(startYear: number): MunicipalYearDates {
  return {
    label: `${startYear}/${String((startYear + 1) % 100).padStart(2, '0')}`,
    startsOn: annualMeetingDay(startYear),
    endsOn: addDays(annualMeetingDay(startYear + 1), -1),
  };
}

export function municipalYearContaining(day: Day): MunicipalYearDates {
  const year = yearOf(day);
  return day >= annualMeetingDay(year) ? municipalYear(year) : municipalYear(year - 1);
}

/** The financial year (April to March) containing a day: "2025/26". */
export function financialYear(day: Day, offset = 0): string {
  const start = (day.slice(5) >= '04-01' ? yearOf(day) : yearOf(day) - 1) + offset;
  return `${start}/${String((start + 1) % 100).padStart(2, '0')}`;
}

const weekdayName = new Intl.DateTimeFormat('en-GB', { weekday: 'long', timeZone: 'UTC' });
const dayMonthYear = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const monthYear = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "Tuesday 14 October 2025", as agendas print it. */
export function longDate(day: Day): string {
  const date = parseDay(day);
  return `${weekdayName.format(date)} ${dayMonthYear.format(date)}`;
}

/** "14 October 2025" */
export function shortDate(day: Day): string {
  return dayMonthYear.format(parseDay(day));
}

/** "October 2025" */
export function monthName(day: Day): string {
  return monthYear.format(parseDay(day));
}

/** "2.00pm", "10.00am", "6.30pm", as the seeds print times. */
export function clockText(time: string): string {
  const [hours, minutes] = time.split(':').map(Number) as [number, number];
  const suffix = hours >= 12 ? 'pm' : 'am';
  return `${hours % 12 === 0 ? 12 : hours % 12}.${String(minutes).padStart(2, '0')}${suffix}`;
}
