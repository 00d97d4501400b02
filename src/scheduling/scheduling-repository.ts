import { type Kysely, sql } from 'kysely';
import type { Database } from '../db/database.ts';
import type { Day } from '../deadlines/days.ts';
import type { Meeting, MeetingKind, MeetingStatus } from '../meetings/meeting-tables.ts';
import { meetingSlugFor } from './meeting-slug.ts';
import type { MeetingNotice } from './scheduling-tables.ts';
import type { CommitteePlace, MeetingSlot } from './scheduling-warnings.ts';

type Db = Kysely<Database>;

export interface ManagedMeetingRow {
  id: number;
  committeeId: number;
  committeeName: string;
  committeeSlug: string;
  slug: string;
  date: string;
  startsAt: Date | null;
  venue: string | null;
  kind: MeetingKind;
  status: MeetingStatus;
  municipalYear: string | null;
}

export interface MeetingListFilter {
  committeeId?: number;
  municipalYearId?: number;
  today: Day;
  limit: number;
  offset: number;
}

/** The back office's meeting list: upcoming meetings first, soonest first, then past ones, latest first. */
export async function listManagedMeetings(db: Db, filter: MeetingListFilter): Promise<{ rows: ManagedMeetingRow[]; total: number }> {
  let query = db.selectFrom('meeting as m').innerJoin('committee as c', 'c.id', 'm.committeeId').leftJoin('municipalYear as y', 'y.id', 'm.municipalYearId');
  if (filter.committeeId !== undefined) query = query.where('m.committeeId', '=', filter.committeeId);
  if (filter.municipalYearId !== undefined) query = query.where('m.municipalYearId', '=', filter.municipalYearId);
  const [rows, total] = await Promise.all([
    query
      .select([
        'm.id',
        'm.committeeId',
        'c.name as committeeName',
        'c.slug as committeeSlug',
        'm.slug',
        'm.date',
        'm.startsAt',
        (eb) => eb.fn.coalesce('m.venue', 'c.defaultVenue').as('venue'),
        'm.kind',
        'm.status',
        'y.label as municipalYear',
      ])
      .orderBy(sql`m.date < ${filter.today}`)
      .orderBy(sql`case when m.date >= ${filter.today} then m.date end`)
      .orderBy('m.date', 'desc')
      .orderBy('m.startsAt')
      .orderBy('c.name')
      .limit(filter.limit)
      .offset(filter.offset)
      .execute(),
    query.select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(total.n) };
}

export interface ScheduledMeeting extends Meeting {
  committeeName: string;
  committeeSlug: string;
  committeeDefaultVenue: string | null;
}

export async function findScheduledMeeting(db: Db, id: number): Promise<ScheduledMeeting | undefined> {
  return db
    .selectFrom('meeting as m')
    .innerJoin('committee as c', 'c.id', 'm.committeeId')
    .selectAll('m')
    .select(['c.name as committeeName', 'c.slug as committeeSlug', 'c.defaultVenue as committeeDefaultVenue'])
    .where('m.id', '=', id)
    .executeTakeFirst();
}

/**
 * Addresses a committee's meetings use or used: a new meeting takes none of
 * them, so an old bookmark never lands on another meeting. A meeting being
 * moved may take back its own.
 */
async function takenSlugs(db: Db, committeeId: number, movingMeetingId?: number): Promise<Set<string>> {
  let meetings = db.selectFrom('meeting').select('slug').where('committeeId', '=', committeeId);
  let redirects = db.selectFrom('meetingSlugRedirect').select('slug').where('committeeId', '=', committeeId);
  if (movingMeetingId !== undefined) {
    meetings = meetings.where('id', '!=', movingMeetingId);
    redirects = redirects.where('meetingId', '!=', movingMeetingId);
  }
  const [used, old] = await Promise.all([meetings.execute(), redirects.execute()]);
  return new Set([...used, ...old].map((r) => r.slug));
}

export interface NewScheduledMeeting {
  committeeId: number;
  municipalYearId: number | null;
  date: Day;
  startsAt: Date | null;
  endsAt: Date | null;
  kind: MeetingKind;
  venue: string | null;
  remoteLink: string | null;
}

/** Schedules meetings, each with the next free address for its committee and day. Run it in a transaction. */
export async function insertScheduledMeetings(db: Db, meetings: readonly NewScheduledMeeting[]): Promise<Meeting[]> {
  const taken = new Map<number, Set<string>>();
  const inserted: Meeting[] = [];
  for (const meeting of meetings) {
    let slugs = taken.get(meeting.committeeId);
    if (!slugs) taken.set(meeting.committeeId, (slugs = await takenSlugs(db, meeting.committeeId)));
    const slug = meetingSlugFor(meeting.date, slugs);
    slugs.add(slug);
    inserted.push(
      await db
        .insertInto('meeting')
        .values({ ...meeting, slug, videoUrl: null, agendaPublishedAt: null, minutesPublishedAt: null, minutesApprovedAt: null, minutesApprovedByMeetingId: null, cancellationReason: null, sourceDocumentId: null, sourceLineFrom: null, sourceLineTo: null })
        .returningAll()
        .executeTakeFirstOrThrow(),
    );
  }
  return inserted;
}

export interface MeetingDetails {
  kind: MeetingKind;
  startsAt: Date | null;
  endsAt: Date | null;
  venue: string | null;
  remoteLink: string | null;
}

export async function updateMeetingDetails(db: Db, id: number, details: MeetingDetails): Promise<Meeting> {
  return db.updateTable('meeting').set(details).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
}

/** Cancels a meeting with a dated public notice. Run it in a transaction. */
export async function cancelMeeting(
  db: Db,
  meeting: Meeting,
  reason: string,
  issuedByUserId: number | null,
  defaultVenue: string | null = null,
): Promise<{ meeting: Meeting; notice: MeetingNotice }> {
  const after = await db.updateTable('meeting').set({ status: 'cancelled', cancellationReason: reason }).where('id', '=', meeting.id).returningAll().executeTakeFirstOrThrow();
  const notice = await db
    .insertInto('meetingNotice')
    .values({
      meetingId: meeting.id,
      kind: 'cancelled',
      reason,
      previousDate: meeting.date,
      previousStartsAt: meeting.startsAt,
      previousVenue: meeting.venue ?? defaultVenue,
      newDate: null,
      newStartsAt: null,
      newVenue: null,
      issuedByUserId,
      subscribersNotifiedAt: null,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return { meeting: after, notice };
}

export interface MeetingMove {
  date: Day;
  startsAt: Date | null;
  endsAt: Date | null;
  venue: string | null;
  municipalYearId: number | null;
  reason: string;
  /** The committee's usual venue, which the notice names when the meeting has none of its own. */
  defaultVenue?: string | null;
}

/**
 * Moves a meeting with a dated public notice. A new date gives it a new
 * address; the old one is kept as a redirect, since residents bookmarked
 * it and calendars link to it. Run it in a transaction.
 */
export async function moveMeeting(db: Db, meeting: Meeting, move: MeetingMove, issuedByUserId: number | null): Promise<{ meeting: Meeting; notice: MeetingNotice }> {
  let slug = meeting.slug;
  if (move.date !== meeting.date) {
    slug = meetingSlugFor(move.date, await takenSlugs(db, meeting.committeeId, meeting.id));
    await db
      .insertInto('meetingSlugRedirect')
      .values({ committeeId: meeting.committeeId, slug: meeting.slug, meetingId: meeting.id })
      .onConflict((oc) => oc.columns(['committeeId', 'slug']).doUpdateSet({ meetingId: meeting.id }))
      .execute();
    // Moving back to a day it once had: that address is the meeting's own again.
    await db.deleteFrom('meetingSlugRedirect').where('committeeId', '=', meeting.committeeId).where('slug', '=', slug).execute();
  }
  const after = await db
    .updateTable('meeting')
    .set({ date: move.date, slug, startsAt: move.startsAt, endsAt: move.endsAt, venue: move.venue, municipalYearId: move.municipalYearId })
    .where('id', '=', meeting.id)
    .returningAll()
    .executeTakeFirstOrThrow();
  const notice = await db
    .insertInto('meetingNotice')
    .values({
      meetingId: meeting.id,
      kind: 'moved',
      reason: move.reason,
      previousDate: meeting.date,
      previousStartsAt: meeting.startsAt,
      previousVenue: meeting.venue ?? move.defaultVenue ?? null,
      newDate: move.date,
      newStartsAt: move.startsAt,
      newVenue: move.venue ?? move.defaultVenue ?? null,
      issuedByUserId,
      subscribersNotifiedAt: null,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return { meeting: after, notice };
}

/** The meeting page address for an old address of a moved meeting, or null. */
export async function findMovedMeetingPath(db: Db, committeeSlug: string, slug: string): Promise<string | null> {
  const row = await db
    .selectFrom('meetingSlugRedirect as r')
    .innerJoin('committee as c', 'c.id', 'r.committeeId')
    .innerJoin('meeting as m', 'm.id', 'r.meetingId')
    .select(['c.slug as committeeSlug', 'm.slug'])
    .where('c.slug', '=', committeeSlug)
    .where('r.slug', '=', slug)
    .executeTakeFirst();
  return row ? `/committees/${row.committeeSlug}/meetings/${row.slug}` : null;
}

/** A meeting's notices, newest first. */
export async function listMeetingNotices(db: Db, meetingId: number): Promise<MeetingNotice[]> {
  return db.selectFrom('meetingNotice').selectAll().where('meetingId', '=', meetingId).orderBy('issuedAt', 'desc').orderBy('id', 'desc').execute();
}

export interface CommitteeNoticeRow extends MeetingNotice {
  meetingSlug: string;
  meetingDate: string;
}

/** Notices about a committee's meetings still to come (by their old date or their new one), newest first. */
export async function listCommitteeNotices(db: Db, committeeId: number, today: Day): Promise<CommitteeNoticeRow[]> {
  return db
    .selectFrom('meetingNotice as n')
    .innerJoin('meeting as m', 'm.id', 'n.meetingId')
    .selectAll('n')
    .select(['m.slug as meetingSlug', 'm.date as meetingDate'])
    .where('m.committeeId', '=', committeeId)
    .where((eb) => eb.or([eb('m.date', '>=', today), eb('n.previousDate', '>=', today)]))
    .orderBy('n.issuedAt', 'desc')
    .orderBy('n.id', 'desc')
    .execute();
}

/**
 * What the clash rules need for meetings between two days: every meeting
 * then that is not cancelled (leaving out those being changed), and the
 * places on the committees that meet, named substitutes included.
 */
export async function loadClashContext(
  db: Db,
  range: { from: Day; to: Day; committeeIds: readonly number[]; excludeMeetingIds?: readonly number[] },
): Promise<{ others: MeetingSlot[]; places: CommitteePlace[] }> {
  let meetings = db
    .selectFrom('meeting as m')
    .innerJoin('committee as c', 'c.id', 'm.committeeId')
    .select((eb) => ['m.id', 'm.committeeId', 'c.name as committeeName', 'm.date', 'm.startsAt', 'm.endsAt', eb.fn.coalesce('m.venue', 'c.defaultVenue').as('venue')])
    .where('m.date', '>=', range.from)
    .where('m.date', '<=', range.to)
    .where('m.status', '!=', 'cancelled');
  if (range.excludeMeetingIds?.length) meetings = meetings.where('m.id', 'not in', range.excludeMeetingIds);
  const rows = await meetings.execute();
  const committeeIds = [...new Set([...range.committeeIds, ...rows.map((r) => r.committeeId)])];
  const places = committeeIds.length
    ? await db
        .selectFrom('membership as ms')
        .innerJoin('person as p', 'p.id', 'ms.personId')
        .select(['ms.committeeId', 'ms.personId', 'p.fullName as personName', 'ms.isSubstitute', 'ms.startsOn', 'ms.endsOn'])
        .where('ms.committeeId', 'in', committeeIds)
        .where((eb) => eb.or([eb('ms.startsOn', 'is', null), eb('ms.startsOn', '<=', range.to)]))
        .where((eb) => eb.or([eb('ms.endsOn', 'is', null), eb('ms.endsOn', '>=', range.from)]))
        .execute()
    : [];
  return { others: rows.map(({ id, ...slot }) => ({ ref: `meeting-${id}`, ...slot })), places };
}
