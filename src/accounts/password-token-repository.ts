import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../db/database.ts';

type Db = Kysely<Database> | Transaction<Database>;

export async function insertPasswordToken(db: Db, token: { tokenHash: string; userId: number; purpose: 'invitation' | 'reset'; expiresAt: Date }): Promise<void> {
  // A new link replaces any earlier one that was not used.
  await db.deleteFrom('passwordToken').where('userId', '=', token.userId).where('usedAt', 'is', null).execute();
  await db.insertInto('passwordToken').values(token).execute();
}

export async function findUsablePasswordToken(db: Db, tokenHash: string, now: Date) {
  return db
    .selectFrom('passwordToken as t')
    .innerJoin('staffUser as u', 'u.id', 't.userId')
    .select(['t.tokenHash', 't.purpose', 't.expiresAt', 'u.id as userId', 'u.email', 'u.name'])
    .where('t.tokenHash', '=', tokenHash)
    .where('t.usedAt', 'is', null)
    .where('t.expiresAt', '>', now)
    .where('u.isActive', '=', true)
    .executeTakeFirst();
}

export async function markPasswordTokenUsed(db: Db, tokenHash: string, at: Date): Promise<void> {
  await db.updateTable('passwordToken').set({ usedAt: at }).where('tokenHash', '=', tokenHash).execute();
}
