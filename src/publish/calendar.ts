import ical, { ICalEventStatus } from 'ical-generator';
import { noticeText } from '../scheduling/meeting-notice.ts';
import { formatDateLong } from '../web/format.ts';
import type { CalendarMeetingRow } from './publish-repository.ts';

/** Agendas rarely print an end time; two hours is a typical committee sitting. */
export const DEFAULT_MEETING_MINUTES = 120;

export interface CalendarOptions {
  /** The calendar's name as a subscriber's app lists it: "Audit Committee meetings". */
  name: string;
  /** The portal's public address, without a trailing slash. */
  publicUrl: string;
  /** When the file is made: every event's DTSTAMP. */
  now: Date;
}

/** The meeting page's path: the event's URL and the base of its UID. */
export function meetingPath(meeting: { committeeSlug: string; slug: string }): string {
  return `/committees/${meeting.committeeSlug}/meetings/${meeting.slug}`;
}

/**
 * An iCalendar (RFC 5545) file of meetings. Times are written in UTC, so a
 * 7pm meeting in July (18:00Z) and in January (19:00Z) both show at 7pm in
 * London whatever the subscriber's app knows of BST. UIDs use the meeting's
 * id and the portal's host, so an edited meeting replaces the old event
 * rather than doubling it, and a moved meeting keeps its UID with a higher
 * SEQUENCE, so it moves in subscribers' calendars. A meeting without a
 * start time is an all-day event.
 *
 * @example
 * buildCalendar(await listCalendarMeetings(db, { committeeId }), { name: 'Audit Committee meetings', publicUrl, now: new Date() })
 */
export function buildCalendar(meetings: readonly CalendarMeetingRow[], options: CalendarOptions): string {
  const host = new URL(options.publicUrl).hostname;
  const calendar = ical({
    name: options.name,
    prodId: { company: 'Gavel', product: 'Committee meetings', language: 'EN' },
    url: options.publicUrl,
    // Subscribers' apps poll at this interval: agendas change at most daily.
    ttl: 60 * 60 * 6,
  });
  for (const meeting of meetings) {
    const url = options.publicUrl + meetingPath(meeting);
    const cancelled = meeting.status === 'cancelled';
    const timing = meeting.startsAt
      ? { start: meeting.startsAt, end: meeting.endsAt ?? new Date(meeting.startsAt.getTime() + DEFAULT_MEETING_MINUTES * 60_000) }
      : { start: dateOnly(meeting.date), allDay: true };
    calendar.createEvent({
      id: `meeting-${meeting.id}@${host}`,
      ...timing,
      stamp: options.now,
      summary: `${cancelled ? 'CANCELLED: ' : ''}${meeting.committeeName}${meeting.kind === 'ordinary' ? '' : ` (${meeting.kind})`}`,
      description: describe(meeting, url),
      location: meeting.venue,
      url,
      status: cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
      // Each move or cancellation is a revision: a higher SEQUENCE makes subscribed calendars replace the event.
      sequence: meeting.sequence ?? 0,
    });
  }
  return calendar.toString();
}

function describe(meeting: CalendarMeetingRow, url: string): string {
  const lines = [`${meeting.committeeName}, ${formatDateLong(meeting.date)}.`];
  if (meeting.notice?.kind === 'moved' && meeting.status !== 'cancelled') lines.push(noticeText(meeting.notice));
  if (meeting.status === 'cancelled') lines.push(`This meeting is cancelled${meeting.cancellationReason ? `: ${meeting.cancellationReason}` : '.'}`);
  lines.push(`Agenda, papers and minutes: ${url}`);
  return lines.join('\n');
}

// All-day events carry a DATE, not an instant: built at noon UTC so no zone moves it to another day.
function dateOnly(isoDate: string): Date {
  return new Date(`${isoDate}T12:00:00Z`);
}
