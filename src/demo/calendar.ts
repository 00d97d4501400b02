import { agendaPublicationDeadline } from '../deadlines/agenda-publication.ts';
import { addDays, type Day, dayOfWeek, parseDay, yearOf } from '../deadlines/days.ts';
import { executiveResponseDueOn } from '../deadlines/executive-response.ts';
import { londonDayOf } from '../deadlines/london-time.ts';
import {
  addWorkingDays as addWorkingDaysIn,
  isWorkingDay as isWorkingDayIn,
  nextWorkingDay as nextWorkingDayIn,
  workingCalendar,
} from '../deadlines/working-calendar.ts';

/**
 * Calendar helpers for the demo council. The arithmetic is the deadlines
 * feature's (src/deadlines), bound here to the demo council's working
 * calendar so the generator's many call sites stay short; what is left is
 * the demo's own: municipal and financial years and dates as agendas print
 * them. Days are `YYYY-MM-DD` strings; instants are built for Europe/London.
 */
export { addDays, addMonths, type Day, dayOfWeek, daysBetween, formatDay, parseDay, yearOf } from '../deadlines/days.ts';
export { londonInstant } from '../deadlines/london-time.ts';

export type ClockTime = '10:00' | '14:00' | '18:30';

/** The demo council is in England and keeps no closure days of its own. */
export const demoCalendar = workingCalendar('england');

export function isWorkingDay(day: Day): boolean {
  return isWorkingDayIn(demoCalendar, day);
}

/** The day itself when it is a working day, else the next working day. */
export function nextWorkingDay(day: Day): Day {
  return nextWorkingDayIn(demoCalendar, day);
}

/** n working days later (or earlier, for negative n), counting only working days. */
export function addWorkingDays(day: Day, n: number): Day {
  return addWorkingDaysIn(demoCalendar, day, n);
}

/**
 * The last working day an agenda can be published with `clearDays` clear
 * working days before the meeting (LGA 1972 s.100B): the demo's clerks
 * publish in office hours.
 */
export function publicationDeadline(meetingDay: Day, clearDays = 5): Day {
  return agendaPublicationDeadline(demoCalendar, meetingDay, clearDays).lastWorkingDay;
}

/** When an executive response to scrutiny recommendations falls due (LGA 2000 s.9FE). */
export const responseDueOn = executiveResponseDueOn;

/** Today's date in London. */
export function londonToday(now: Date = new Date()): Day {
  return londonDayOf(now);
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
