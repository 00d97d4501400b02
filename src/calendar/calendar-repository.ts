import type { Kysely } from 'kysely';
import type { Database } from '../db/database.ts';
import type { MeetingKind, MeetingStatus } from '../meetings/meeting-tables.ts';

export interface CalendarMeeting {
  committeeSlug: string;
  committeeName: string;
  slug: string;
  date: string;
  startsAt: Date | null;
  kind: MeetingKind;
  venue: string | null;
  status: MeetingStatus;
  cancellationReason: string | null;
}

/**
 * Meetings between two days inclusive, in date and time order, cancelled
 * ones included (residents need to know a date is off), optionally for one
 * committee.
 */
export async function listCalendarMeetings(db: Kysely<Database>, range: { from: string; to: string; committeeId?: number | undefined }): Promise<CalendarMeeting[]> {
  let query = db
    .selectFrom('meeting as m')
    .innerJoin('committee as c', 'c.id', 'm.committeeId')
    .select(['c.slug as committeeSlug', 'c.name as committeeName', 'm.slug', 'm.date', 'm.startsAt', 'm.kind', 'm.venue', 'm.status', 'm.cancellationReason'])
    .where('m.date', '>=', range.from)
    .where('m.date', '<=', range.to);
  if (range.committeeId !== undefined) query = query.where('m.committeeId', '=', range.committeeId);
  return query.orderBy('m.date').orderBy('m.startsAt').orderBy('c.name').execute();
}
