import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../db/database.ts';

/** What the back-office forms for actions and recommendations offer to choose from. */

type Db = Kysely<Database> | Transaction<Database>;

export interface CommitteeOption {
  id: number;
  slug: string;
  name: string;
  kind: string;
  isActive: boolean;
}

/** Committees, active first, by name. */
export async function listCommitteeOptions(db: Db): Promise<CommitteeOption[]> {
  return db.selectFrom('committee').select(['id', 'slug', 'name', 'kind', 'isActive']).orderBy('isActive', 'desc').orderBy('name').execute();
}

export interface PersonOption {
  id: number;
  fullName: string;
  kind: string;
  directorate: string | null;
  jobTitle: string | null;
  email: string | null;
}

/** Officers first (they own most actions), then councillors and co-optees, by family name. */
export async function listOwnerOptions(db: Db): Promise<PersonOption[]> {
  return db
    .selectFrom('person')
    .select(['id', 'fullName', 'kind', 'directorate', 'jobTitle', 'email'])
    .where('kind', '<>', 'public')
    .orderBy((eb) => eb.case().when('kind', '=', 'officer').then(0).else(1).end())
    .orderBy('familyName')
    .orderBy('fullName')
    .execute();
}

export async function findPersonOption(db: Db, id: number): Promise<PersonOption | undefined> {
  return db.selectFrom('person').select(['id', 'fullName', 'kind', 'directorate', 'jobTitle', 'email']).where('id', '=', id).where('kind', '<>', 'public').executeTakeFirst();
}

export interface MinuteOption {
  meetingId: number;
  meetingDate: string;
  agendaItemId: number | null;
  itemNumber: string | null;
  minuteNumber: string | null;
  itemTitle: string | null;
  isExempt: boolean;
}

/**
 * The committee's meetings up to `until`, newest first, each followed by
 * its items: where an action or recommendation was raised. A meeting's
 * own row (agendaItemId null) stands for "at this meeting, no particular item".
 */
export async function listMinuteOptions(db: Db, committeeId: number, until: string, meetings = 24): Promise<MinuteOption[]> {
  const recent = await db
    .selectFrom('meeting')
    .select(['id', 'date'])
    .where('committeeId', '=', committeeId)
    .where('date', '<=', until)
    .where('status', '<>', 'cancelled')
    .orderBy('date', 'desc')
    .orderBy('id', 'desc')
    .limit(meetings)
    .execute();
  if (recent.length === 0) return [];
  const items = await db
    .selectFrom('agendaItem')
    .select(['id', 'meetingId', 'number', 'minuteNumber', 'title', 'isExempt'])
    .where('meetingId', 'in', recent.map((m) => m.id))
    .orderBy('position')
    .execute();
  return recent.flatMap((meeting) => [
    { meetingId: meeting.id, meetingDate: meeting.date, agendaItemId: null, itemNumber: null, minuteNumber: null, itemTitle: null, isExempt: false },
    ...items
      .filter((i) => i.meetingId === meeting.id)
      .map((i) => ({ meetingId: meeting.id, meetingDate: meeting.date, agendaItemId: i.id, itemNumber: i.number, minuteNumber: i.minuteNumber, itemTitle: i.title, isExempt: i.isExempt })),
  ]);
}

/** A meeting or item, checked to belong to the committee: a posted value is not trusted to. */
export async function findMinuteOfCommittee(db: Db, committeeId: number, choice: { meetingId: number; agendaItemId: number | null }): Promise<MinuteOption | undefined> {
  const meeting = await db.selectFrom('meeting').select(['id', 'date']).where('id', '=', choice.meetingId).where('committeeId', '=', committeeId).executeTakeFirst();
  if (!meeting) return undefined;
  if (choice.agendaItemId === null) return { meetingId: meeting.id, meetingDate: meeting.date, agendaItemId: null, itemNumber: null, minuteNumber: null, itemTitle: null, isExempt: false };
  const item = await db
    .selectFrom('agendaItem')
    .select(['id', 'number', 'minuteNumber', 'title', 'isExempt'])
    .where('id', '=', choice.agendaItemId)
    .where('meetingId', '=', meeting.id)
    .executeTakeFirst();
  return item && { meetingId: meeting.id, meetingDate: meeting.date, agendaItemId: item.id, itemNumber: item.number, minuteNumber: item.minuteNumber, itemTitle: item.title, isExempt: item.isExempt };
}
