import { type Kysely, sql, type Transaction } from 'kysely';
import type { Database } from '../db/database.ts';
import type { NewStaffUser, StaffUserRow } from './account-tables.ts';
import type { LockoutState } from './sign-in-lockout.ts';
import type { StaffRole } from './roles.ts';

type Db = Kysely<Database> | Transaction<Database>;

export interface StaffUserListing {
  id: number;
  email: string;
  name: string;
  role: StaffRole;
  personId: number | null;
  personName: string | null;
  isActive: boolean;
  hasPassword: boolean;
  lastSignedInAt: Date | null;
  lockedUntil: Date | null;
}

/** Email addresses are matched without regard to case, as mail systems do. */
export async function findStaffUserByEmail(db: Db, email: string): Promise<StaffUserRow | undefined> {
  return db.selectFrom('staffUser').selectAll().where(sql`lower(email)`, '=', email.trim().toLowerCase()).executeTakeFirst();
}

export async function findStaffUser(db: Db, id: number): Promise<StaffUserRow | undefined> {
  return db.selectFrom('staffUser').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function listStaffUsers(db: Db): Promise<StaffUserListing[]> {
  return db
    .selectFrom('staffUser as u')
    .leftJoin('person as p', 'p.id', 'u.personId')
    .select([
      'u.id',
      'u.email',
      'u.name',
      'u.role',
      'u.personId',
      'p.fullName as personName',
      'u.isActive',
      sql<boolean>`u.password_hash is not null`.as('hasPassword'),
      'u.lastSignedInAt',
      'u.lockedUntil',
    ])
    .orderBy('u.isActive', 'desc')
    .orderBy('u.name')
    .execute();
}

export async function countStaffUsers(db: Db): Promise<number> {
  const row = await db.selectFrom('staffUser').select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function insertStaffUser(db: Db, user: NewStaffUser): Promise<StaffUserRow> {
  return db.insertInto('staffUser').values({ ...user, email: user.email.trim() }).returningAll().executeTakeFirstOrThrow();
}

export async function updateStaffUser(
  db: Db,
  id: number,
  changes: Partial<Pick<StaffUserRow, 'name' | 'email' | 'role' | 'personId' | 'isActive' | 'passwordHash'>>,
): Promise<StaffUserRow> {
  return db.updateTable('staffUser').set(changes).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
}

export async function saveLockoutState(db: Db, id: number, state: LockoutState): Promise<void> {
  await db
    .updateTable('staffUser')
    .set({ failedSignIns: state.failedSignIns, lastFailedSignInAt: state.lastFailedSignInAt, lockedUntil: state.lockedUntil })
    .where('id', '=', id)
    .execute();
}

export async function recordSignIn(db: Db, id: number, at: Date): Promise<void> {
  await db.updateTable('staffUser').set({ lastSignedInAt: at, failedSignIns: 0, lastFailedSignInAt: null, lockedUntil: null }).where('id', '=', id).execute();
}

/** People an account can be linked to: councillors and officers, by name. */
export async function listLinkablePeople(db: Db): Promise<{ id: number; fullName: string; kind: string }[]> {
  return db
    .selectFrom('person')
    .select(['id', 'fullName', 'kind'])
    .where('kind', 'in', ['councillor', 'officer', 'co-optee'])
    .orderBy('familyName')
    .orderBy('fullName')
    .execute();
}
