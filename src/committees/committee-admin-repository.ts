import type { Kysely } from 'kysely';
import type { Database } from '../db/database.ts';
import { slugify } from '../demo/names.ts';
import type { Committee, CommitteeKind, MunicipalYear } from './committee-tables.ts';

type Db = Kysely<Database>;

/** What the committee form saves. */
export interface CommitteeValues {
  name: string;
  kind: CommitteeKind;
  parentCommitteeId: number | null;
  purpose: string | null;
  quorum: number | null;
  contactName: string | null;
  contactEmail: string | null;
  contactPhone: string | null;
  defaultVenue: string | null;
  questionDeadlineWorkingDays: number | null;
  questionDeadlineTime: string | null;
  reportDeadlineWorkingDays: number | null;
}

export interface ManagedCommitteeRow {
  id: number;
  slug: string;
  name: string;
  kind: CommitteeKind;
  isActive: boolean;
  parentName: string | null;
  currentMembers: number;
  nextMeetingDate: string | null;
}

/** Every committee, inactive ones too, with how many sit on it today and when it next meets. */
export async function listCommitteesForManage(db: Db, today: string): Promise<ManagedCommitteeRow[]> {
  const rows = await db
    .selectFrom('committee as c')
    .leftJoin('committee as parent', 'parent.id', 'c.parentCommitteeId')
    .select((eb) => [
      'c.id',
      'c.slug',
      'c.name',
      'c.kind',
      'c.isActive',
      'parent.name as parentName',
      eb
        .selectFrom('membership as ms')
        .select((m) => m.fn.countAll<string>().as('n'))
        .whereRef('ms.committeeId', '=', 'c.id')
        .where('ms.isSubstitute', '=', false)
        .where((m) => m.or([m('ms.startsOn', 'is', null), m('ms.startsOn', '<=', today)]))
        .where((m) => m.or([m('ms.endsOn', 'is', null), m('ms.endsOn', '>=', today)]))
        .as('currentMembers'),
      eb
        .selectFrom('meeting as m')
        .select((m) => m.fn.min('m.date').as('d'))
        .whereRef('m.committeeId', '=', 'c.id')
        .where('m.date', '>=', today)
        .where('m.status', '!=', 'cancelled')
        .as('nextMeetingDate'),
    ])
    .orderBy('c.isActive', 'desc')
    .orderBy('c.name')
    .execute();
  return rows.map((r) => ({ ...r, currentMembers: Number(r.currentMembers ?? 0) }));
}

/** Committees as the parent-committee rules see them. */
export async function listCommitteeNodes(db: Db): Promise<Pick<Committee, 'id' | 'name' | 'kind' | 'parentCommitteeId' | 'isActive'>[]> {
  return db.selectFrom('committee').select(['id', 'name', 'kind', 'parentCommitteeId', 'isActive']).orderBy('name').execute();
}

/** `base`, or `base-2`, `base-3`… whichever is free. */
export async function freeSlug(db: Db, table: 'committee' | 'person', base: string): Promise<string> {
  const taken = new Set(
    (await db.selectFrom(table).select('slug').where((eb) => eb.or([eb('slug', '=', base), eb('slug', 'like', `${base}-%`)])).execute()).map((r) => r.slug),
  );
  let slug = base;
  for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
  return slug;
}

/** A new committee, its address made from its name. */
export async function createCommittee(db: Db, values: CommitteeValues): Promise<Committee> {
  const slug = await freeSlug(db, 'committee', slugify(values.name) || 'committee');
  return db.insertInto('committee').values({ ...values, slug, sourceDocumentId: null, sourceLineFrom: null, sourceLineTo: null }).returningAll().executeTakeFirstOrThrow();
}

/** Changes a committee's details; its address stays, so links and bookmarks keep working after a rename. */
export async function updateCommittee(db: Db, id: number, values: CommitteeValues): Promise<Committee> {
  return db.updateTable('committee').set(values).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
}

export async function setCommitteeActive(db: Db, id: number, isActive: boolean): Promise<Committee> {
  return db.updateTable('committee').set({ isActive }).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
}

/** Meetings still to come that are not cancelled: a committee with these should not be wound up. */
export async function countUpcomingMeetings(db: Db, committeeId: number, today: string): Promise<number> {
  const row = await db
    .selectFrom('meeting')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('committeeId', '=', committeeId)
    .where('date', '>=', today)
    .where('status', '!=', 'cancelled')
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function insertMunicipalYear(db: Db, year: Pick<MunicipalYear, 'label' | 'startsOn' | 'endsOn'>): Promise<MunicipalYear> {
  return db.insertInto('municipalYear').values(year).returningAll().executeTakeFirstOrThrow();
}

/** Meetings per municipal year, to show how far each year's schedule has got. */
export async function countMeetingsByMunicipalYear(db: Db): Promise<Map<number, number>> {
  const rows = await db
    .selectFrom('meeting')
    .select(['municipalYearId', (eb) => eb.fn.countAll<string>().as('n')])
    .where('municipalYearId', 'is not', null)
    .where('status', '!=', 'cancelled')
    .groupBy('municipalYearId')
    .execute();
  return new Map(rows.map((r) => [r.municipalYearId!, Number(r.n)]));
}
