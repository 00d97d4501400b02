import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../db/database.ts';
import { notOnExemptItem } from '../meetings/exempt-filter.ts';
import type { ActionLogReportInput, ReportVersion } from './action-log-report.ts';

type Db = Kysely<Database> | Transaction<Database>;

/**
 * A committee's actions for its action log report, oldest meeting first
 * and in the log's order within it. The public version leaves out actions
 * on exempt items here, in SQL, and the report builder drops them again.
 */
export async function listActionLogReportRows(db: Db, committeeId: number, version: ReportVersion): Promise<ActionLogReportInput[]> {
  let query = db
    .selectFrom('action as a')
    .leftJoin('meeting as m', 'm.id', 'a.meetingId')
    .leftJoin('agendaItem as i', 'i.id', 'a.agendaItemId')
    .leftJoin('person as p', 'p.id', 'a.ownerPersonId')
    .select((eb) => [
      'a.number',
      'm.date as meetingDate',
      'i.number as itemNumber',
      'i.minuteNumber',
      'i.title as itemTitle',
      'i.isExempt as itemIsExempt',
      'a.description',
      eb.fn.coalesce('p.fullName', 'a.ownerName').as('ownerName'),
      eb.fn.coalesce('a.directorate', 'p.directorate').as('directorate'),
      'a.dueOn',
      'a.dueText',
      'a.status',
      'a.completedOn',
      eb.selectFrom('actionUpdate as u').select('u.text').whereRef('u.actionId', '=', 'a.id').orderBy('u.writtenOn', 'desc').orderBy('u.id', 'desc').limit(1).as('latestUpdate'),
      eb.selectFrom('actionUpdate as u').select('u.writtenOn').whereRef('u.actionId', '=', 'a.id').orderBy('u.writtenOn', 'desc').orderBy('u.id', 'desc').limit(1).as('latestUpdateOn'),
    ])
    .where('a.committeeId', '=', committeeId);
  if (version === 'public') query = query.where(notOnExemptItem);
  return query.orderBy('m.date', (ob) => ob.asc().nullsLast()).orderBy('a.id').execute();
}

/** The committee's last meeting before `today` that was not cancelled: completed actions since then go in the report. */
export async function previousMeetingDate(db: Db, committeeId: number, today: string): Promise<string | null> {
  const row = await db.selectFrom('meeting').select('date').where('committeeId', '=', committeeId).where('date', '<', today).where('status', '<>', 'cancelled').orderBy('date', 'desc').limit(1).executeTakeFirst();
  return row?.date ?? null;
}
