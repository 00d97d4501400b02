import type { Kysely } from 'kysely';
import type { Database } from '../db/database.ts';
import type { Committee, CommitteeKind, MembershipRole, MemberType, MunicipalYear } from './committee-tables.ts';

export interface CommitteeSummary {
  id: number;
  slug: string;
  name: string;
  kind: CommitteeKind;
  parentName: string | null;
  parentSlug: string | null;
  nextMeetingDate: string | null;
}

/** Active committees with the date of each one's next meeting. */
export async function listCommittees(db: Kysely<Database>, today: string): Promise<CommitteeSummary[]> {
  return db
    .selectFrom('committee as c')
    .leftJoin('committee as parent', 'parent.id', 'c.parentCommitteeId')
    .select((eb) => [
      'c.id',
      'c.slug',
      'c.name',
      'c.kind',
      'parent.name as parentName',
      'parent.slug as parentSlug',
      eb
        .selectFrom('meeting as m')
        .select((m) => m.fn.min('m.date').as('d'))
        .whereRef('m.committeeId', '=', 'c.id')
        .where('m.date', '>=', today)
        .where('m.status', '!=', 'cancelled')
        .as('nextMeetingDate'),
    ])
    .where('c.isActive', '=', true)
    .orderBy('c.name')
    .execute();
}

export async function findCommitteeBySlug(db: Kysely<Database>, slug: string): Promise<Committee | undefined> {
  return db.selectFrom('committee').selectAll().where('slug', '=', slug).executeTakeFirst();
}

export async function findCommitteeById(db: Kysely<Database>, id: number): Promise<Committee | undefined> {
  return db.selectFrom('committee').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function listSubCommittees(db: Kysely<Database>, parentId: number): Promise<Pick<Committee, 'slug' | 'name' | 'kind'>[]> {
  return db.selectFrom('committee').select(['slug', 'name', 'kind']).where('parentCommitteeId', '=', parentId).orderBy('name').execute();
}

export interface MemberRow {
  personSlug: string;
  fullName: string;
  honorific: string | null;
  familyName: string | null;
  groupName: string | null;
  role: MembershipRole;
  memberType: MemberType;
  isSubstitute: boolean;
  represents: string | null;
  startsOn: string | null;
  endsOn: string | null;
}

/** Who sits on a committee on a given day, substitutes included. */
export async function listMembersOn(db: Kysely<Database>, committeeId: number, onDate: string): Promise<MemberRow[]> {
  return db
    .selectFrom('membership as ms')
    .innerJoin('person as p', 'p.id', 'ms.personId')
    .leftJoin('politicalGroup as g', 'g.id', 'p.politicalGroupId')
    .select([
      'p.slug as personSlug',
      'p.fullName',
      'p.honorific',
      'p.familyName',
      'g.name as groupName',
      'ms.role',
      'ms.memberType',
      'ms.isSubstitute',
      'ms.represents',
      'ms.startsOn',
      'ms.endsOn',
    ])
    .where('ms.committeeId', '=', committeeId)
    .where((eb) => eb.or([eb('ms.startsOn', 'is', null), eb('ms.startsOn', '<=', onDate)]))
    .where((eb) => eb.or([eb('ms.endsOn', 'is', null), eb('ms.endsOn', '>=', onDate)]))
    .orderBy('p.familyName')
    .orderBy('p.fullName')
    .execute();
}

export interface PersonMembershipRow {
  committeeSlug: string;
  committeeName: string;
  committeeKind: CommitteeKind;
  role: MembershipRole;
  memberType: MemberType;
  isSubstitute: boolean;
  represents: string | null;
  startsOn: string | null;
  endsOn: string | null;
}

/** Every committee place a person has held, newest first. */
export async function listMembershipsOfPerson(db: Kysely<Database>, personId: number): Promise<PersonMembershipRow[]> {
  return db
    .selectFrom('membership as ms')
    .innerJoin('committee as c', 'c.id', 'ms.committeeId')
    .select([
      'c.slug as committeeSlug',
      'c.name as committeeName',
      'c.kind as committeeKind',
      'ms.role',
      'ms.memberType',
      'ms.isSubstitute',
      'ms.represents',
      'ms.startsOn',
      'ms.endsOn',
    ])
    .where('ms.personId', '=', personId)
    .orderBy('ms.startsOn', (ob) => ob.desc().nullsLast())
    .orderBy('c.name')
    .execute();
}

/**
 * The committees a person chairs or vice-chairs on a day, with the task and
 * finish groups under them: a group reports to its parent committee.
 */
export async function listChairedCommitteeIds(db: Kysely<Database>, personId: number, onDate: string): Promise<number[]> {
  const chaired = db
    .selectFrom('membership')
    .select('committeeId')
    .where('personId', '=', personId)
    .where('role', 'in', ['chair', 'vice-chair'])
    .where((eb) => eb.or([eb('startsOn', 'is', null), eb('startsOn', '<=', onDate)]))
    .where((eb) => eb.or([eb('endsOn', 'is', null), eb('endsOn', '>=', onDate)]));
  const rows = await db
    .selectFrom('committee')
    .select('id')
    .where((eb) => eb.or([eb('id', 'in', chaired), eb('parentCommitteeId', 'in', chaired)]))
    .orderBy('id')
    .execute();
  return rows.map((r) => r.id);
}

export async function listMunicipalYears(db: Kysely<Database>): Promise<MunicipalYear[]> {
  return db.selectFrom('municipalYear').selectAll().orderBy('startsOn', 'desc').execute();
}
