import { type Insertable, type Kysely, sql } from 'kysely';
import type { CommitteeKind } from '../../committees/committee-tables.ts';
import type { Database } from '../../db/database.ts';
import type { NewDocument } from '../../documents/document-tables.ts';
import type { AgendaItemTable, AttendanceTable, MeetingStatus } from '../../meetings/meeting-tables.ts';
import type { KnownPerson } from '../../people/person-matching.ts';
import type { PersonKind } from '../../people/people-tables.ts';

/**
 * The importer's SQL. Every function takes the transaction the document is
 * being saved in, so a document is stored whole or not at all.
 */
type Db = Kysely<Database>;

/** Where an imported record came from. */
export interface Provenance {
  origin: 'import';
  sourceDocumentId: number;
  sourceLineFrom: number;
  sourceLineTo: number;
}

export async function findDocumentBySha256(db: Db, sha256: string): Promise<{ id: number; filename: string } | undefined> {
  return db.selectFrom('document').select(['id', 'filename']).where('sha256', '=', sha256).orderBy('id').executeTakeFirst();
}

/** The newest version of a document imported from the same path. */
export async function findLatestVersion(db: Db, filename: string): Promise<{ id: number; version: number } | undefined> {
  return db.selectFrom('document').select(['id', 'version']).where('filename', '=', filename).orderBy('version', 'desc').executeTakeFirst();
}

export async function insertDocument(db: Db, values: NewDocument): Promise<number> {
  const row = await db.insertInto('document').values(values).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

export async function linkDocument(db: Db, id: number, link: { committeeId: number | null; meetingId: number | null }): Promise<void> {
  await db.updateTable('document').set(link).where('id', '=', id).execute();
}

/**
 * Deletes what an earlier version of a document created, so the new
 * version replaces its records instead of adding to them. Committees,
 * meetings and people are shared with other documents and stay; they are
 * handed to the new version instead (see `handOver`).
 */
export async function deleteRecordsOf(db: Db, documentId: number): Promise<void> {
  // Children first where there is no cascade to carry them.
  for (const table of ['actionUpdate', 'action', 'recommendation', 'declaration', 'attendance', 'resolution', 'membership', 'workProgrammeItem', 'forwardPlanEntry'] as const) {
    await db.deleteFrom(table).where('sourceDocumentId', '=', documentId).execute();
  }
  await db.deleteFrom('agendaItem').where('sourceDocumentId', '=', documentId).execute();
}

export async function handOver(db: Db, from: number, to: number): Promise<void> {
  for (const table of ['committee', 'meeting', 'person'] as const) {
    await db.updateTable(table).set({ sourceDocumentId: to }).where('sourceDocumentId', '=', from).execute();
  }
}

/** A committee by its name as printed, ignoring case and a leading "The". */
export async function findCommitteeByName(db: Db, name: string): Promise<{ id: number } | undefined> {
  const bare = name.replace(/^the\s+/i, '').trim().toLowerCase();
  return db
    .selectFrom('committee')
    .select('id')
    .where(sql<string>`lower(regexp_replace(name, '^[Tt]he\\s+', ''))`, '=', bare)
    .orderBy('id')
    .executeTakeFirst();
}

/** `base`, or `base-2`, `base-3`… whichever is free in the table. */
async function freeSlug(db: Db, table: 'committee' | 'person', base: string): Promise<string> {
  const taken = new Set(
    (await db.selectFrom(table).select('slug').where((eb) => eb.or([eb('slug', '=', base), eb('slug', 'like', `${base}-%`)])).execute()).map((r) => r.slug),
  );
  let slug = base;
  for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
  return slug;
}

export async function insertCommittee(db: Db, values: { name: string; slug: string; kind: CommitteeKind } & Provenance): Promise<number> {
  const slug = await freeSlug(db, 'committee', values.slug);
  const row = await db
    .insertInto('committee')
    .values({
      ...values,
      slug,
      parentCommitteeId: null,
      purpose: null,
      quorum: null,
      contactName: null,
      contactEmail: null,
      contactPhone: null,
      defaultVenue: null,
      questionDeadlineWorkingDays: null,
      questionDeadlineTime: null,
      reportDeadlineWorkingDays: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export interface MeetingRow {
  id: number;
  status: MeetingStatus;
  startsAt: Date | null;
  endsAt: Date | null;
  venue: string | null;
}

/** The committee's meeting on a day; the first if a day held two. */
export async function findMeetingOn(db: Db, committeeId: number, date: string): Promise<MeetingRow | undefined> {
  return db
    .selectFrom('meeting')
    .select(['id', 'status', 'startsAt', 'endsAt', 'venue'])
    .where('committeeId', '=', committeeId)
    .where('date', '=', date)
    .orderBy('slug')
    .executeTakeFirst();
}

export async function insertMeeting(
  db: Db,
  values: { committeeId: number; date: string; startsAt: Date | null; endsAt: Date | null; venue: string | null; status: MeetingStatus } & Provenance,
): Promise<number> {
  const row = await db
    .insertInto('meeting')
    .values({
      ...values,
      municipalYearId: sql<number | null>`(select id from municipal_year where ${values.date}::date between starts_on and ends_on limit 1)`,
      slug: values.date,
      remoteLink: null,
      videoUrl: null,
      agendaPublishedAt: null,
      minutesPublishedAt: null,
      minutesApprovedAt: null,
      minutesApprovedByMeetingId: null,
      cancellationReason: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function updateMeeting(db: Db, id: number, values: Partial<Pick<MeetingRow, 'status' | 'startsAt' | 'endsAt' | 'venue'>>): Promise<void> {
  if (Object.keys(values).length) await db.updateTable('meeting').set(values).where('id', '=', id).execute();
}

/** Everyone who has sat on, attended or sent apologies to the committee: the people a name in its papers can be. */
export async function listCommitteePeople(db: Db, committeeId: number): Promise<KnownPerson[]> {
  const members = db.selectFrom('membership').select('personId').where('committeeId', '=', committeeId);
  const attenders = db
    .selectFrom('attendance as a')
    .innerJoin('meeting as m', 'm.id', 'a.meetingId')
    .select('a.personId')
    .where('m.committeeId', '=', committeeId);
  return db
    .selectFrom('person')
    .select(['id', 'fullName'])
    .where((eb) => eb.or([eb('id', 'in', members), eb('id', 'in', attenders)]))
    .orderBy('id')
    .execute();
}

/** People anywhere with exactly this name: an officer who reports to several committees. */
export async function findPeopleNamed(db: Db, fullName: string): Promise<KnownPerson[]> {
  return db.selectFrom('person').select(['id', 'fullName']).where(sql<string>`lower(full_name)`, '=', fullName.toLowerCase()).execute();
}

export async function insertPerson(
  db: Db,
  values: { fullName: string; slug: string; honorific: string | null; givenName: string | null; familyName: string | null; kind: PersonKind } & Provenance,
): Promise<number> {
  const slug = await freeSlug(db, 'person', values.slug);
  const row = await db
    .insertInto('person')
    .values({ ...values, slug, politicalGroupId: null, wardId: null, jobTitle: null, directorate: null, email: null, phone: null })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function renamePerson(db: Db, id: number, values: { fullName: string; givenName: string | null }): Promise<void> {
  await db.updateTable('person').set(values).where('id', '=', id).execute();
}

export async function hasMembership(db: Db, committeeId: number, personId: number): Promise<boolean> {
  const row = await db.selectFrom('membership').select('id').where('committeeId', '=', committeeId).where('personId', '=', personId).executeTakeFirst();
  return row !== undefined;
}

export async function nextAgendaPosition(db: Db, meetingId: number): Promise<number> {
  const row = await db
    .selectFrom('agendaItem')
    .select((eb) => eb.fn.max('position').as('last'))
    .where('meetingId', '=', meetingId)
    .executeTakeFirst();
  return (row?.last ?? 0) + 1;
}

/** Inserts one attendance record; false when the person's attendance at the meeting is already recorded. */
export async function insertAttendance(db: Db, values: Insertable<AttendanceTable>): Promise<boolean> {
  const result = await db
    .insertInto('attendance')
    .values(values)
    .onConflict((oc) => oc.columns(['meetingId', 'personId']).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

/** The tables whose rows are an imported document's own records, each with an id. */
export type RecordTable = 'membership' | 'agendaItem' | 'declaration' | 'resolution' | 'recommendation' | 'action' | 'actionUpdate' | 'workProgrammeItem' | 'forwardPlanEntry';

/** Inserts one record and returns its id. */
export async function insertRecord<T extends RecordTable>(db: Db, table: T, values: Insertable<Database[T]>): Promise<number> {
  // Kysely cannot narrow a union of table names; the caller's values are checked against the one table named.
  const row = await db
    .insertInto(table as 'action')
    .values(values as Insertable<Database['action']>)
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Inserts many records of one table in few statements: a 100-page pack holds hundreds of resolutions. */
export async function insertRecords<T extends RecordTable>(db: Db, table: T, rows: Insertable<Database[T]>[]): Promise<void> {
  // 500 rows of ~25 columns stay well under PostgreSQL's 65,535 parameters a statement.
  for (let i = 0; i < rows.length; i += 500) {
    await db
      .insertInto(table as 'action')
      .values(rows.slice(i, i + 500) as Insertable<Database['action']>[])
      .execute();
  }
}

/** Inserts a meeting's agenda items in one statement; returns each one's id with its position. */
export async function insertAgendaItems(db: Db, rows: Insertable<AgendaItemTable>[]): Promise<{ id: number; position: number }[]> {
  const saved: { id: number; position: number }[] = [];
  for (let i = 0; i < rows.length; i += 1000) {
    saved.push(...(await db.insertInto('agendaItem').values(rows.slice(i, i + 1000)).returning(['id', 'position']).execute()));
  }
  return saved;
}
