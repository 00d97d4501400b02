import { addDays, type Day } from './days.ts';
import { endOfLondonDay, londonDayOf } from './london-time.ts';
import { addWorkingDays, clearWorkingDaysBetween, previousWorkingDay, type WorkingCalendar } from './working-calendar.ts';

/**
 * The agenda and reports are open to inspection at least five clear days
 * before the meeting (Local Government Act 1972 s.100B(3), five since SI
 * 2002/715), counted as councils count them: neither the day of publication
 * nor the day of the meeting, nor weekends, bank holidays or closure days.
 * Wales (s.100BA) and Scotland (LG(S)A 1973 s.50B) require three clear days,
 * so five meets their law too; pass `clearDays` for a constitution's own number.
 */
export const AGENDA_CLEAR_WORKING_DAYS = 5;

export interface AgendaPublicationDeadline {
  /**
   * The last day on which publishing still leaves `clearDays` clear working
   * days. It may be a weekend or holiday: publishing online on the Sunday
   * before a Monday's first clear day is in time.
   */
  latestOn: Day;
  /** The last working day on or before latestOn: the office's own deadline. */
  lastWorkingDay: Day;
  /** The end of latestOn in London: publication at or before this instant is in time. */
  dueAt: Date;
}

/**
 * When the agenda for a meeting must be published.
 *
 * @example
 * // Tuesday 14 October 2025: clear days Tue 7 to Mon 13 October, less the weekend.
 * agendaPublicationDeadline(workingCalendar('england'), '2025-10-14');
 * // { latestOn: '2025-10-06', lastWorkingDay: '2025-10-06', dueAt: 2025-10-06T22:59:59.999Z }
 */
export function agendaPublicationDeadline(
  calendar: WorkingCalendar,
  meetingOn: Day,
  clearDays: number = AGENDA_CLEAR_WORKING_DAYS,
): AgendaPublicationDeadline {
  if (!Number.isInteger(clearDays) || clearDays < 1) throw new RangeError(`clear days must be a whole number of at least 1: ${clearDays}`);
  // The earliest of the clear days must follow the day of publication.
  const firstClearDay = addWorkingDays(calendar, meetingOn, -clearDays);
  const latestOn = addDays(firstClearDay, -1);
  return { latestOn, lastWorkingDay: previousWorkingDay(calendar, latestOn), dueAt: endOfLondonDay(latestOn) };
}

/**
 * How many clear working days a publication gave: working days after the
 * day of publication (in London) and before the day of the meeting.
 *
 * @example
 * clearWorkingDaysGiven(workingCalendar('england'), new Date('2025-10-06T15:30:00Z'), '2025-10-14'); // 5
 */
export function clearWorkingDaysGiven(calendar: WorkingCalendar, publishedAt: Date | Day, meetingOn: Day): number {
  return clearWorkingDaysBetween(calendar, publicationDay(publishedAt), meetingOn);
}

/**
 * Whether an agenda published at an instant (or on a day) was in time.
 *
 * @example
 * agendaPublishedInTime(workingCalendar('england'), '2025-10-07', '2025-10-14'); // false: four clear days
 */
export function agendaPublishedInTime(
  calendar: WorkingCalendar,
  publishedAt: Date | Day,
  meetingOn: Day,
  clearDays: number = AGENDA_CLEAR_WORKING_DAYS,
): boolean {
  return clearWorkingDaysGiven(calendar, publishedAt, meetingOn) >= clearDays;
}

function publicationDay(publishedAt: Date | Day): Day {
  return typeof publishedAt === 'string' ? publishedAt : londonDayOf(publishedAt);
}
