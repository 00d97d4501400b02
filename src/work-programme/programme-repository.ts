import { type Kysely, sql } from 'kysely';
import type { Database } from '../db/database.ts';
import type { ProgrammeEntry, ProgrammeMeeting } from './work-programme-appendix.ts';
import { describeOrigin } from './work-programme-views.ts';
import type { YearBounds } from './work-programme-repository.ts';

/**
 * The work programme as published: the portal's page and the agenda pack's
 * appendix. Suggestions awaiting triage and merged items are left out here,
 * in SQL, and nothing that names a suggestion's sender is selected.
 */

type Db = Kysely<Database>;

export async function listPublishedProgramme(db: Db, committeeId: number, year: YearBounds): Promise<ProgrammeEntry[]> {
  const day = sql<string>`coalesce(${sql.ref('m.date')}, (${sql.ref('w.createdAt')} at time zone 'Europe/London')::date)`;
  const rows = await db
    .selectFrom('workProgrammeItem as w')
    .leftJoin('meeting as m', 'm.id', 'w.meetingId')
    .leftJoin('meeting as rm', 'rm.id', 'w.raisedAtMeetingId')
    .leftJoin('committee as g', 'g.id', 'w.taskAndFinishCommitteeId')
    .select([
      'w.id',
      'w.kind',
      'w.status',
      'w.title',
      'w.purpose',
      'w.scrutinyType',
      'w.raisedByKind',
      'w.raisedBy',
      'rm.date as raisedAtMeetingOn',
      'w.leadOfficerName',
      'w.currentPosition',
      'w.meetingId',
      'w.sessionOn',
      'w.sessionStartsAt',
      'w.sessionEndsAt',
      'g.slug as groupSlug',
      'g.name as groupName',
      'w.position',
    ])
    .where('w.committeeId', '=', committeeId)
    .where('w.status', 'not in', ['suggested', 'merged'])
    .where((eb) => eb.or([eb('w.status', '<>', 'rejected'), eb('w.kind', '=', 'public-suggestion')]))
    .where((eb) => eb.or([eb('w.municipalYearId', '=', year.id), eb.and([eb('w.municipalYearId', 'is', null), eb(day, '>=', year.startsOn), eb(day, '<=', year.endsOn)])]))
    .orderBy('w.position', (ob) => ob.asc().nullsLast())
    .orderBy('w.id')
    .execute();
  return rows.map(({ raisedByKind, raisedBy, raisedAtMeetingOn, groupSlug, groupName, ...row }) => ({
    ...row,
    origin: describeOrigin({ raisedByKind, raisedBy, raisedAtMeetingOn }),
    group: groupSlug && groupName ? { slug: groupSlug, name: groupName } : null,
  }));
}

/** The committee's meetings in the year, cancelled ones included (the appendix decides). */
export async function listYearMeetings(db: Db, committeeId: number, year: YearBounds): Promise<ProgrammeMeeting[]> {
  return db
    .selectFrom('meeting')
    .select(['id', 'slug', 'date', 'status'])
    .where('committeeId', '=', committeeId)
    .where((eb) => eb.or([eb('municipalYearId', '=', year.id), eb.and([eb('municipalYearId', 'is', null), eb('date', '>=', year.startsOn), eb('date', '<=', year.endsOn)])]))
    .orderBy('date')
    .orderBy('slug')
    .execute();
}

/** Municipal years in which the committee has a published work programme, newest first. */
export async function listPublishedYears(db: Db, committeeId: number): Promise<{ id: number; label: string; startsOn: string; endsOn: string }[]> {
  return db
    .selectFrom('municipalYear as y')
    .select(['y.id', 'y.label', 'y.startsOn', 'y.endsOn'])
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('workProgrammeItem as w')
          .select('w.id')
          .whereRef('w.municipalYearId', '=', 'y.id')
          .where('w.committeeId', '=', committeeId)
          .where('w.status', 'not in', ['suggested', 'merged']),
      ),
    )
    .orderBy('y.startsOn', 'desc')
    .execute();
}
