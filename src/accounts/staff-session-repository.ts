import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../db/database.ts';
import type { StaffRole } from './roles.ts';

type Db = Kysely<Database> | Transaction<Database>;

export interface SignedInStaff {
  id: number;
  email: string;
  name: string;
  role: StaffRole;
  personId: number | null;
  session: { tokenHash: string; createdAt: Date; lastSeenAt: Date; expiresAt: Date };
}

export async function insertSession(
  db: Db,
  session: { tokenHash: string; userId: number; expiresAt: Date; userAgent: string | null; ipAddress: string | null },
): Promise<void> {
  await db.insertInto('staffSession').values(session).execute();
}

/** The signed-in account behind a session token's hash, if the session is live and the account active. */
export async function findLiveSession(db: Db, tokenHash: string, now: Date): Promise<SignedInStaff | undefined> {
  const row = await db
    .selectFrom('staffSession as s')
    .innerJoin('staffUser as u', 'u.id', 's.userId')
    .select(['u.id', 'u.email', 'u.name', 'u.role', 'u.personId', 's.tokenHash', 's.createdAt', 's.lastSeenAt', 's.expiresAt'])
    .where('s.tokenHash', '=', tokenHash)
    .where('s.expiresAt', '>', now)
    .where('u.isActive', '=', true)
    .executeTakeFirst();
  if (!row) return undefined;
  const { tokenHash: hash, createdAt, lastSeenAt, expiresAt, ...user } = row;
  return { ...user, session: { tokenHash: hash, createdAt, lastSeenAt, expiresAt } };
}

export async function touchSession(db: Db, tokenHash: string, lastSeenAt: Date, expiresAt: Date): Promise<void> {
  await db.updateTable('staffSession').set({ lastSeenAt, expiresAt }).where('tokenHash', '=', tokenHash).execute();
}

export async function deleteSession(db: Db, tokenHash: string): Promise<void> {
  await db.deleteFrom('staffSession').where('tokenHash', '=', tokenHash).execute();
}

/** Signs the account out on every device; returns how many sessions ended. */
export async function deleteSessionsOfUser(db: Db, userId: number): Promise<number> {
  const result = await db.deleteFrom('staffSession').where('userId', '=', userId).executeTakeFirst();
  return Number(result.numDeletedRows);
}

export async function listSessionsOfUser(db: Db, userId: number, now: Date) {
  return db
    .selectFrom('staffSession')
    .select(['tokenHash', 'createdAt', 'lastSeenAt', 'expiresAt', 'userAgent', 'ipAddress'])
    .where('userId', '=', userId)
    .where('expiresAt', '>', now)
    .orderBy('lastSeenAt', 'desc')
    .execute();
}

export async function deleteExpiredSessions(db: Db, now: Date): Promise<number> {
  const result = await db.deleteFrom('staffSession').where('expiresAt', '<=', now).executeTakeFirst();
  return Number(result.numDeletedRows);
}
