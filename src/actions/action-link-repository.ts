import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../db/database.ts';

type Db = Kysely<Database> | Transaction<Database>;

export async function insertActionLink(trx: Transaction<Database>, link: { tokenHash: string; actionId: number; personId: number; sentTo: string; expiresAt: Date }): Promise<void> {
  await trx.insertInto('actionUpdateLink').values(link).execute();
}

/**
 * The link a token's hash names, if it is for this action, has not
 * expired, and the person it was sent to still owns the action.
 */
export async function findUsableActionLink(db: Db, tokenHash: string, actionId: number, now: Date) {
  return db
    .selectFrom('actionUpdateLink as l')
    .innerJoin('action as a', 'a.id', 'l.actionId')
    .innerJoin('person as p', 'p.id', 'l.personId')
    .select(['l.tokenHash', 'l.actionId', 'l.personId', 'l.expiresAt', 'p.fullName as personName'])
    .where('l.tokenHash', '=', tokenHash)
    .where('l.actionId', '=', actionId)
    .where('l.expiresAt', '>', now)
    .whereRef('a.ownerPersonId', '=', 'l.personId')
    .executeTakeFirst();
}

export async function markActionLinkUsed(trx: Transaction<Database>, tokenHash: string, at: Date): Promise<void> {
  await trx.updateTable('actionUpdateLink').set({ lastUsedAt: at }).where('tokenHash', '=', tokenHash).execute();
}

/** The links sent for an action that still work, newest first, for the back office. */
export async function listLiveActionLinks(db: Db, actionId: number, now: Date) {
  return db
    .selectFrom('actionUpdateLink')
    .select(['sentTo', 'createdAt', 'expiresAt', 'lastUsedAt'])
    .where('actionId', '=', actionId)
    .where('expiresAt', '>', now)
    .orderBy('createdAt', 'desc')
    .execute();
}

/** Withdraws every link for an action: when its owner changes, or a clerk asks. */
export async function deleteActionLinks(trx: Transaction<Database>, actionId: number): Promise<number> {
  const result = await trx.deleteFrom('actionUpdateLink').where('actionId', '=', actionId).executeTakeFirst();
  return Number(result.numDeletedRows);
}
