import { AGENDA_CLEAR_WORKING_DAYS, agendaPublicationDeadline, clearWorkingDaysGiven } from '../deadlines/agenda-publication.ts';
import type { Day } from '../deadlines/days.ts';
import { londonDayOf } from '../deadlines/london-time.ts';
import type { WorkingCalendar } from '../deadlines/working-calendar.ts';

export interface PublicationTiming {
  /** The last day on which publishing still gives the clear days. */
  deadlineOn: Day;
  deadlineAt: Date;
  /** Clear working days publishing at `now` gives. */
  clearWorkingDays: number;
  requiredClearDays: number;
  inTime: boolean;
  /** The meeting day has gone: there is nothing left to publish papers for. */
  meetingDayHasPassed: boolean;
}

/**
 * Whether papers published now are in time: at least five clear working
 * days before the meeting (LGA 1972 s.100B(3)). Papers published later may
 * be considered only if the chair rules the item urgent, for reasons
 * recorded (s.100B(4)(b)), which Gavel asks the clerk for.
 *
 * @example
 * publicationTiming(workingCalendar('england'), '2026-03-12', new Date('2026-03-09T10:00:00Z'));
 * // { deadlineOn: '2026-03-04', clearWorkingDays: 2, requiredClearDays: 5, inTime: false, meetingDayHasPassed: false, … }
 */
export function publicationTiming(calendar: WorkingCalendar, meetingOn: Day, now: Date, requiredClearDays = AGENDA_CLEAR_WORKING_DAYS): PublicationTiming {
  const deadline = agendaPublicationDeadline(calendar, meetingOn, requiredClearDays);
  const today = londonDayOf(now);
  const clearWorkingDays = today >= meetingOn ? 0 : clearWorkingDaysGiven(calendar, now, meetingOn);
  return {
    deadlineOn: deadline.latestOn,
    deadlineAt: deadline.dueAt,
    clearWorkingDays,
    requiredClearDays,
    inTime: clearWorkingDays >= requiredClearDays,
    meetingDayHasPassed: today > meetingOn,
  };
}
