import { AGENDA_CLEAR_WORKING_DAYS, clearWorkingDaysGiven } from '../deadlines/agenda-publication.ts';
import type { Day } from '../deadlines/days.ts';
import type { WorkingCalendar } from '../deadlines/working-calendar.ts';
import type { MeetingStatus } from '../meetings/meeting-tables.ts';
import { formatDateLong, formatDateTime } from '../web/format.ts';
import type { SchedulingWarning } from './scheduling-warnings.ts';

const settled: Partial<Record<MeetingStatus, string>> = {
  held: 'This meeting has been held',
  'draft-minutes': 'This meeting has been held and its draft minutes published',
  'minutes-approved': 'This meeting has been held and its minutes approved',
  cancelled: 'This meeting is cancelled',
};

/**
 * Why a meeting can no longer be moved or cancelled, or null when it can:
 * only a meeting still to be held, with or without its agenda out, can.
 */
export function whyMeetingCannotChange(status: MeetingStatus): string | null {
  const reason = settled[status];
  return reason ? `${reason}, so it cannot be moved or cancelled.` : null;
}

/** The start time and venue are changed by moving the meeting, with a public notice, once the agenda is out. */
export function timeAndVenueNeedAMove(status: MeetingStatus): boolean {
  return status !== 'scheduled';
}

/**
 * A meeting moved earlier after its agenda was published may no longer
 * have had five clear working days' notice (LGA 1972 s.100B): the agenda
 * would have to be taken as urgent business, with reasons minuted.
 */
export function agendaNoticeWarning(calendar: WorkingCalendar, agendaPublishedAt: Date | null, newDate: Day): SchedulingWarning | null {
  if (!agendaPublishedAt) return null;
  const clear = clearWorkingDaysGiven(calendar, agendaPublishedAt, newDate);
  if (clear >= AGENDA_CLEAR_WORKING_DAYS) return null;
  return {
    key: `agenda-notice:${newDate}`,
    kind: 'agenda-notice',
    text: `The agenda was published on ${formatDateTime(agendaPublishedAt)}, which gives ${clear} clear working ${clear === 1 ? 'day' : 'days'} before ${formatDateLong(newDate)}: the law asks for ${AGENDA_CLEAR_WORKING_DAYS}. Republish the agenda, or the chair must agree to take it as urgent.`,
  };
}
