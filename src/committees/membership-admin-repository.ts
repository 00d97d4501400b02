import type { Kysely } from 'kysely';
import type { Database } from '../db/database.ts';
import { slugify } from '../demo/names.ts';
import type { Person } from '../people/people-tables.ts';
import { nameParts } from '../people/person-matching.ts';
import { freeSlug } from './committee-admin-repository.ts';
import type { Membership, MembershipRole, MemberType } from './committee-tables.ts';

type Db = Kysely<Database>;

export interface CommitteeMembershipRow {
  id: number;
  personId: number;
  personSlug: string;
  personName: string;
  personKind: Person['kind'];
  groupName: string | null;
  role: MembershipRole;
  memberType: MemberType;
  isSubstitute: boolean;
  represents: string | null;
  startsOn: string | null;
  endsOn: string | null;
}

/** Every place on a committee, past ones too, for the back office and the membership rules. */
export async function listCommitteeMemberships(db: Db, committeeId: number): Promise<CommitteeMembershipRow[]> {
  return db
    .selectFrom('membership as ms')
    .innerJoin('person as p', 'p.id', 'ms.personId')
    .leftJoin('politicalGroup as g', 'g.id', 'p.politicalGroupId')
    .select([
      'ms.id',
      'ms.personId',
      'p.slug as personSlug',
      'p.fullName as personName',
      'p.kind as personKind',
      'g.name as groupName',
      'ms.role',
      'ms.memberType',
      'ms.isSubstitute',
      'ms.represents',
      'ms.startsOn',
      'ms.endsOn',
    ])
    .where('ms.committeeId', '=', committeeId)
    .orderBy('p.familyName')
    .orderBy('p.fullName')
    .orderBy('ms.startsOn')
    .execute();
}

export async function findMembership(db: Db, id: number): Promise<Membership | undefined> {
  return db.selectFrom('membership').selectAll().where('id', '=', id).executeTakeFirst();
}

export interface MembershipValues {
  committeeId: number;
  personId: number;
  role: MembershipRole;
  memberType: MemberType;
  isSubstitute: boolean;
  represents: string | null;
  startsOn: string;
  endsOn: string | null;
}

export async function insertMembership(db: Db, values: MembershipValues): Promise<Membership> {
  return db.insertInto('membership').values({ ...values, sourceDocumentId: null, sourceLineFrom: null, sourceLineTo: null }).returningAll().executeTakeFirstOrThrow();
}

export async function updateMembership(db: Db, id: number, values: Partial<Omit<MembershipValues, 'committeeId'>>): Promise<Membership> {
  return db.updateTable('membership').set(values).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
}

/** Councillors and co-opted members, who can hold a place on a committee. */
export async function listPeopleForMembership(db: Db): Promise<Pick<Person, 'id' | 'fullName' | 'kind'>[]> {
  return db.selectFrom('person').select(['id', 'fullName', 'kind']).where('kind', 'in', ['councillor', 'co-optee']).orderBy('familyName').orderBy('fullName').execute();
}

export async function findPerson(db: Db, id: number): Promise<Person | undefined> {
  return db.selectFrom('person').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function listPoliticalGroups(db: Db) {
  return db.selectFrom('politicalGroup').select(['id', 'name']).orderBy('name').execute();
}

export async function listWards(db: Db) {
  return db.selectFrom('ward').select(['id', 'name']).orderBy('name').execute();
}

export interface NewMemberPerson {
  fullName: string;
  kind: 'councillor' | 'co-optee';
  politicalGroupId: number | null;
  wardId: number | null;
  email: string | null;
}

/** A councillor or co-optee added while giving them a committee place; their public page address comes from their name. */
export async function createMemberPerson(db: Db, values: NewMemberPerson): Promise<Person> {
  const parts = nameParts(values.fullName);
  return db
    .insertInto('person')
    .values({
      ...values,
      slug: await freeSlug(db, 'person', slugify(values.fullName) || 'person'),
      honorific: values.kind === 'councillor' ? 'Councillor' : null,
      givenName: parts.given.join(' ') || null,
      familyName: parts.family || null,
      jobTitle: null,
      directorate: null,
      phone: null,
      sourceDocumentId: null,
      sourceLineFrom: null,
      sourceLineTo: null,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}
