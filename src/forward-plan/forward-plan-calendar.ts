import ical, { ICalEventStatus } from 'ical-generator';
import { describeEntry } from './forward-plan-feed.ts';
import type { PublicEntry } from './forward-plan-public-repository.ts';

export interface ForwardPlanCalendarOptions {
  publicUrl: string;
  council: string;
  /** When the file is made: every event's DTSTAMP. */
  now: Date;
}

/**
 * An iCalendar (RFC 5545) file of decision dates: one all-day event per
 * entry with an exact date. Entries known only by month are left out: an
 * event on the 1st would tell subscribers a decision is taken on a day
 * nobody has fixed, and a month-long event would fill their calendar; they
 * appear once the date is set (the forward plan page shows the month
 * meanwhile). A withdrawn decision stays as a cancelled event, so a
 * subscriber's copy is corrected rather than left standing.
 *
 * @example
 * forwardPlanCalendar(await listDatedEntries(db, yearAgo), { publicUrl, council, now: new Date() });
 */
export function forwardPlanCalendar(entries: readonly PublicEntry[], options: ForwardPlanCalendarOptions): string {
  const host = new URL(options.publicUrl).hostname;
  const calendar = ical({
    name: `${options.council}: forward plan decisions`,
    prodId: { company: 'Gavel', product: 'Forward plan', language: 'EN' },
    url: `${options.publicUrl}/forward-plan`,
    ttl: 60 * 60 * 6,
  });
  for (const entry of entries) {
    if (!entry.decisionDueOn) continue;
    const url = `${options.publicUrl}/forward-plan/${entry.id}`;
    calendar.createEvent({
      id: `forward-plan-${entry.id}@${host}`,
      // All-day events carry a DATE: built at noon UTC so no zone moves it to another day.
      start: new Date(`${entry.decisionDueOn}T12:00:00Z`),
      allDay: true,
      stamp: options.now,
      summary: `${entry.status === 'withdrawn' ? 'WITHDRAWN: ' : ''}Decision: ${entry.title}`,
      description: `${describeEntry(entry)}\n${url}`,
      url,
      status: entry.status === 'withdrawn' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    });
  }
  return calendar.toString();
}
