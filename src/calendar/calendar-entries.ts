import type { CsvColumn } from '../web/csv.ts';
import { formatTime } from '../web/format.ts';
import type { CalendarMeeting } from './calendar-repository.ts';

export type CalendarEntry = CalendarMeeting & { href: string; time: string | null; isCancelled: boolean };

/** A meeting as the calendar shows it: its page, its start time in London, whether it is off. */
export function describeMeeting(meeting: CalendarMeeting): CalendarEntry {
  return {
    ...meeting,
    href: `/committees/${meeting.committeeSlug}/meetings/${meeting.slug}`,
    time: meeting.startsAt ? formatTime(meeting.startsAt) : null,
    isCancelled: meeting.status === 'cancelled',
  };
}

export const calendarCsv: CsvColumn<CalendarEntry>[] = [
  { header: 'Date', value: (m) => m.date },
  { header: 'Time', value: (m) => m.time },
  { header: 'Committee', value: (m) => m.committeeName },
  { header: 'Venue', value: (m) => m.venue },
  { header: 'Status', value: (m) => (m.isCancelled ? 'Cancelled' : m.status) },
  { header: 'Cancellation reason', value: (m) => m.cancellationReason },
];
