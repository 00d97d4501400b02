import { type Kysely, type Transaction } from 'kysely';
import type { Database } from '../db/database.ts';
import type { AttendanceStatus } from '../meetings/meeting-tables.ts';
import type { PersonKind } from '../people/people-tables.ts';
import { personName } from './meeting-record-repository.ts';

type Db = Kysely<Database>;

export interface AttendanceEntry {
  personId: number;
  status: AttendanceStatus;
  attendedRemotely: boolean;
  substituteForPersonId: number | null;
  isChairOfMeeting: boolean;
  capacity: string | null;
}

export interface RecordedAttendee extends AttendanceEntry {
  name: string;
  kind: PersonKind;
}

/** Everyone recorded for a meeting, members, substitutes and those in attendance, by family name. */
export async function listRecordedAttendance(db: Db, meetingId: number): Promise<RecordedAttendee[]> {
  const rows = await db
    .selectFrom('attendance as a')
    .innerJoin('person as p', 'p.id', 'a.personId')
    .select(['a.personId', 'a.status', 'a.attendedRemotely', 'a.substituteForPersonId', 'a.isChairOfMeeting', 'a.capacity', 'p.fullName', 'p.honorific', 'p.kind'])
    .where('a.meetingId', '=', meetingId)
    .orderBy('p.familyName')
    .orderBy('p.fullName')
    .execute();
  return rows.map(({ fullName, honorific, ...row }) => ({ ...row, name: personName({ fullName, honorific }) }));
}

/**
 * Replaces the attendance of the committee's members and named substitutes
 * with `entries`, leaving others in attendance as they were, and marks who
 * chaired. People in `rosterIds` without an entry are left unrecorded.
 */
export async function saveMemberAttendance(trx: Transaction<Database>, meetingId: number, rosterIds: readonly number[], entries: readonly AttendanceEntry[]): Promise<void> {
  if (rosterIds.length > 0) await trx.deleteFrom('attendance').where('meetingId', '=', meetingId).where('personId', 'in', rosterIds).execute();
  if (entries.length > 0) {
    await trx
      .insertInto('attendance')
      .values(entries.map((e) => ({ meetingId, ...e, sourceDocumentId: null, sourceLineFrom: null, sourceLineTo: null })))
      .execute();
  }
  // One chair of the meeting, chosen among the members; nobody else keeps the mark (an officer cannot chair).
  const chairId = entries.find((e) => e.isChairOfMeeting)?.personId;
  let others = trx.updateTable('attendance').set({ isChairOfMeeting: false }).where('meetingId', '=', meetingId);
  if (chairId !== undefined) others = others.where('personId', '!=', chairId);
  await others.execute();
}

/** Adds an officer or guest "in attendance", with the capacity they came in; false when they are already recorded. */
export async function addInAttendance(trx: Transaction<Database>, meetingId: number, personId: number, capacity: string | null): Promise<boolean> {
  const row = await trx
    .insertInto('attendance')
    .values({ meetingId, personId, status: 'in-attendance', capacity, substituteForPersonId: null, sourceDocumentId: null, sourceLineFrom: null, sourceLineTo: null })
    .onConflict((oc) => oc.columns(['meetingId', 'personId']).doNothing())
    .returning('id')
    .executeTakeFirst();
  return row !== undefined;
}

/** Removes someone recorded as in attendance; returns whether there was such a row. */
export async function removeInAttendance(trx: Transaction<Database>, meetingId: number, personId: number): Promise<boolean> {
  const result = await trx.deleteFrom('attendance').where('meetingId', '=', meetingId).where('personId', '=', personId).where('status', '=', 'in-attendance').executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/** A meeting whose attendance is recorded on or after its day has been held. */
export async function markMeetingHeld(trx: Transaction<Database>, meetingId: number, today: string): Promise<boolean> {
  const result = await trx
    .updateTable('meeting')
    .set({ status: 'held' })
    .where('id', '=', meetingId)
    .where('status', 'in', ['scheduled', 'agenda-published'])
    .where('date', '<=', today)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export interface PersonChoice {
  id: number;
  name: string;
  kind: PersonKind;
  jobTitle: string | null;
}

/** People who may be "in attendance": officers, other councillors and guests, excluding those given. */
export async function listPeopleForAttendance(db: Db, excludeIds: readonly number[]): Promise<PersonChoice[]> {
  let query = db.selectFrom('person').select(['id', 'fullName', 'honorific', 'kind', 'jobTitle']).orderBy('kind').orderBy('familyName').orderBy('fullName');
  if (excludeIds.length > 0) query = query.where('id', 'not in', excludeIds);
  const rows = await query.execute();
  return rows.map(({ fullName, honorific, ...row }) => ({ ...row, name: personName({ fullName, honorific }) }));
}

/** A new person for the record, such as a guest speaker: an officer or a member of the public. */
export async function insertAttendee(trx: Transaction<Database>, values: { fullName: string; kind: 'officer' | 'public'; jobTitle: string | null }): Promise<number> {
  const parts = values.fullName.split(/\s+/);
  const base = slugOf(values.fullName) || 'person';
  const taken = new Set((await trx.selectFrom('person').select('slug').where((eb) => eb.or([eb('slug', '=', base), eb('slug', 'like', `${base}-%`)])).execute()).map((r) => r.slug));
  let slug = base;
  for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
  const row = await trx
    .insertInto('person')
    .values({
      slug,
      fullName: values.fullName,
      honorific: null,
      givenName: parts.length > 1 ? parts[0]! : null,
      familyName: parts.at(-1) ?? null,
      kind: values.kind,
      politicalGroupId: null,
      wardId: null,
      jobTitle: values.jobTitle,
      directorate: null,
      email: null,
      phone: null,
      sourceDocumentId: null,
      sourceLineFrom: null,
      sourceLineTo: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

function slugOf(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
}
