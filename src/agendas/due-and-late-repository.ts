import type { Kysely } from 'kysely';
import type { Database } from '../db/database.ts';
import type { CommitteeDeadlineSettings } from '../deadlines/deadline-rules.ts';
import type { MeetingForDashboard } from './due-and-late.ts';

export type MeetingDueRow = Omit<MeetingForDashboard, 'rules'> & { committee: CommitteeDeadlineSettings };

/** Meetings between two days (inclusive) that are not cancelled, with their committee's deadline settings and their reports. */
export async function listMeetingsWithReports(db: Kysely<Database>, from: string, to: string): Promise<MeetingDueRow[]> {
  const meetings = await db
    .selectFrom('meeting as m')
    .innerJoin('committee as c', 'c.id', 'm.committeeId')
    .select(['m.id', 'm.date', 'm.startsAt', 'm.status', 'm.agendaPublishedAt', 'c.name as committeeName', 'c.reportDeadlineWorkingDays', 'c.questionDeadlineWorkingDays', 'c.questionDeadlineTime'])
    .where('m.date', '>=', from)
    .where('m.date', '<=', to)
    .where('m.status', '!=', 'cancelled')
    .orderBy('m.date')
    .orderBy('m.startsAt')
    .execute();
  if (meetings.length === 0) return [];
  const reports = await db
    .selectFrom('report as r')
    .innerJoin('agendaItem as i', 'i.id', 'r.agendaItemId')
    .select(['i.meetingId', 'r.id', 'r.title', 'r.status', 'r.authorPersonId', 'r.leadOfficerPersonId'])
    .where('i.meetingId', 'in', meetings.map((m) => m.id))
    .orderBy('i.position')
    .orderBy('r.id')
    .execute();
  return meetings.map(({ reportDeadlineWorkingDays, questionDeadlineWorkingDays, questionDeadlineTime, ...m }) => ({
    ...m,
    committee: { reportDeadlineWorkingDays, questionDeadlineWorkingDays, questionDeadlineTime },
    reports: reports.filter((r) => r.meetingId === m.id).map(({ meetingId: _m, ...r }) => r),
  }));
}
