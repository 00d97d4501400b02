import type { Kysely } from 'kysely';
import type { Database } from '../db/database.ts';
import type { MeetingKind, MeetingStatus } from '../meetings/meeting-tables.ts';
import type { NoticeFacts } from '../scheduling/meeting-notice.ts';

export interface CalendarMeetingRow {
  id: number;
  committeeSlug: string;
  committeeName: string;
  slug: string;
  date: string;
  startsAt: Date | null;
  endsAt: Date | null;
  kind: MeetingKind;
  venue: string | null;
  status: MeetingStatus;
  cancellationReason: string | null;
  /** How many times the meeting was moved or cancelled: the event's SEQUENCE, so subscribed calendars take the change. */
  sequence?: number;
  /** The latest public notice of a move or cancellation. */
  notice?: NoticeFacts | null;
}

export interface CalendarFilter {
  committeeId?: number;
  meetingId?: number;
  /** Meetings on or after this day; subscriptions need the year behind and everything ahead, not the whole archive. */
  fromDate?: string;
}

/** Meetings for a calendar, cancelled ones included so that subscribers see them struck off. */
export async function listCalendarMeetings(db: Kysely<Database>, filter: CalendarFilter): Promise<CalendarMeetingRow[]> {
  let query = db
    .selectFrom('meeting as m')
    .innerJoin('committee as c', 'c.id', 'm.committeeId')
    .leftJoinLateral(
      (eb) => eb.selectFrom('meetingNotice as n').selectAll('n').whereRef('n.meetingId', '=', 'm.id').orderBy('n.issuedAt', 'desc').orderBy('n.id', 'desc').limit(1).as('notice'),
      (join) => join.onTrue(),
    )
    .select((eb) => [
      'm.id',
      'c.slug as committeeSlug',
      'c.name as committeeName',
      'm.slug',
      'm.date',
      'm.startsAt',
      'm.endsAt',
      'm.kind',
      eb.fn.coalesce('m.venue', 'c.defaultVenue').as('venue'),
      'm.status',
      'm.cancellationReason',
      eb.selectFrom('meetingNotice as count').select((c) => c.fn.countAll<string>().as('n')).whereRef('count.meetingId', '=', 'm.id').as('sequence'),
      'notice.kind as noticeKind',
      'notice.reason as noticeReason',
      'notice.previousDate as noticePreviousDate',
      'notice.previousStartsAt as noticePreviousStartsAt',
      'notice.previousVenue as noticePreviousVenue',
      'notice.newDate as noticeNewDate',
      'notice.newStartsAt as noticeNewStartsAt',
      'notice.newVenue as noticeNewVenue',
    ]);
  if (filter.committeeId !== undefined) query = query.where('m.committeeId', '=', filter.committeeId);
  if (filter.meetingId !== undefined) query = query.where('m.id', '=', filter.meetingId);
  if (filter.fromDate !== undefined) query = query.where('m.date', '>=', filter.fromDate);
  const rows = await query.orderBy('m.date').orderBy('m.startsAt').orderBy('m.id').execute();
  return rows.map(({ sequence, noticeKind, noticeReason, noticePreviousDate, noticePreviousStartsAt, noticePreviousVenue, noticeNewDate, noticeNewStartsAt, noticeNewVenue, ...row }) => ({
    ...row,
    sequence: Number(sequence ?? 0),
    notice:
      noticeKind && noticeReason && noticePreviousDate
        ? { kind: noticeKind, reason: noticeReason, previousDate: noticePreviousDate, previousStartsAt: noticePreviousStartsAt, previousVenue: noticePreviousVenue, newDate: noticeNewDate, newStartsAt: noticeNewStartsAt, newVenue: noticeNewVenue }
        : null,
  }));
}

export interface PublicationRow {
  meetingId: number;
  committeeSlug: string;
  committeeName: string;
  meetingSlug: string;
  date: string;
  publishedAt: Date;
}

export interface DecisionRow {
  resolutionId: number;
  committeeSlug: string;
  committeeName: string;
  meetingSlug: string;
  date: string;
  publishedAt: Date;
  itemNumber: string | null;
  itemPosition: number;
  minuteNumber: string | null;
  itemTitle: string;
  text: string;
  outcome: string | null;
}

export interface FeedRecords {
  agendas: PublicationRow[];
  minutes: PublicationRow[];
  decisions: DecisionRow[];
}

/**
 * The latest agendas, minutes and decisions, newest first, for a feed. A
 * decision is dated by the publication of the minutes that record it, and
 * resolutions on exempt items are left out here, in SQL.
 */
export async function listFeedRecords(db: Kysely<Database>, committeeId: number | undefined, limit: number): Promise<FeedRecords> {
  const base = () => {
    let query = db.selectFrom('meeting as m').innerJoin('committee as c', 'c.id', 'm.committeeId');
    if (committeeId !== undefined) query = query.where('m.committeeId', '=', committeeId);
    return query;
  };
  const published = (column: 'm.agendaPublishedAt' | 'm.minutesPublishedAt') =>
    base()
      .select(['m.id as meetingId', 'c.slug as committeeSlug', 'c.name as committeeName', 'm.slug as meetingSlug', 'm.date'])
      .select((eb) => eb.ref(column).$notNull().as('publishedAt'))
      .where(column, 'is not', null)
      .where('m.status', '!=', 'cancelled')
      .orderBy(column, 'desc')
      .orderBy('m.id', 'desc')
      .limit(limit)
      .execute();
  const [agendas, minutes, decisions] = await Promise.all([
    published('m.agendaPublishedAt'),
    published('m.minutesPublishedAt'),
    base()
      .innerJoin('agendaItem as i', 'i.meetingId', 'm.id')
      .innerJoin('resolution as r', 'r.agendaItemId', 'i.id')
      .select((eb) => [
        'r.id as resolutionId',
        'c.slug as committeeSlug',
        'c.name as committeeName',
        'm.slug as meetingSlug',
        'm.date',
        eb.ref('m.minutesPublishedAt').$notNull().as('publishedAt'),
        'i.number as itemNumber',
        'i.position as itemPosition',
        'i.minuteNumber',
        'i.title as itemTitle',
        'r.text',
        'r.outcome',
      ])
      .where('m.minutesPublishedAt', 'is not', null)
      .where('i.isExempt', '=', false)
      .orderBy('m.minutesPublishedAt', 'desc')
      .orderBy('i.position')
      .orderBy('r.position')
      .limit(limit)
      .execute(),
  ]);
  return { agendas, minutes, decisions };
}

export interface SitemapRecords {
  committees: { slug: string }[];
  meetings: { committeeSlug: string; slug: string; updatedAt: Date | null }[];
  people: { slug: string }[];
}

/**
 * Every public page with an address of its own. Members of the public who
 * asked a question have a record but are not listed for search engines.
 */
export async function listSitemapRecords(db: Kysely<Database>): Promise<SitemapRecords> {
  const [committees, meetings, people] = await Promise.all([
    db.selectFrom('committee').select('slug').orderBy('slug').execute(),
    db
      .selectFrom('meeting as m')
      .innerJoin('committee as c', 'c.id', 'm.committeeId')
      .select((eb) => [
        'c.slug as committeeSlug',
        'm.slug',
        eb.fn<Date | null>('greatest', ['m.agendaPublishedAt', 'm.minutesPublishedAt', 'm.minutesApprovedAt']).as('updatedAt'),
      ])
      .orderBy('c.slug')
      .orderBy('m.date')
      .orderBy('m.slug')
      .execute(),
    db.selectFrom('person').select('slug').where('kind', '!=', 'public').orderBy('slug').execute(),
  ]);
  return { committees, meetings, people };
}
