import { type Kysely, sql, type Transaction } from 'kysely';
import type { Database } from '../db/database.ts';
import type { SearchKind } from '../search/search-kinds.ts';
import type { Follow, FollowKind } from './following-tables.ts';

type Db = Kysely<Database>;

/** The follower with this address, made if there is none; the address is compared without regard to case. */
export async function findOrCreateFollower(trx: Transaction<Database>, email: string): Promise<{ id: number; email: string }> {
  const emailKey = email.toLowerCase();
  await trx.insertInto('follower').values({ email, emailKey }).onConflict((oc) => oc.column('emailKey').doNothing()).execute();
  return trx.selectFrom('follower').select(['id', 'email']).where('emailKey', '=', emailKey).executeTakeFirstOrThrow();
}

/** The follower's follow of this thing that has not ended, confirmed or not. */
export async function findOpenFollow(trx: Transaction<Database>, followerId: number, targetKey: string): Promise<Follow | undefined> {
  return trx.selectFrom('follow').selectAll().where('followerId', '=', followerId).where('targetKey', '=', targetKey).where('endedAt', 'is', null).forUpdate().executeTakeFirst();
}

export interface NewFollow {
  followerId: number;
  kind: FollowKind;
  committeeId: number | null;
  topicId: number | null;
  searchQuery: string | null;
  searchKinds: readonly SearchKind[];
  searchCommittees: readonly string[];
  targetKey: string;
}

export async function insertFollow(trx: Transaction<Database>, follow: NewFollow): Promise<Follow> {
  return trx
    .insertInto('follow')
    .values({ ...follow, searchKinds: [...follow.searchKinds], searchCommittees: [...follow.searchCommittees] })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function insertFollowLink(trx: Transaction<Database>, link: { tokenHash: string; followerId: number; followId: number; purpose: 'confirm' | 'notify'; confirmBy: Date | null }): Promise<void> {
  await trx.insertInto('followLink').values(link).execute();
}

export interface FollowLinkRow {
  tokenHash: string;
  purpose: 'confirm' | 'notify';
  confirmBy: Date | null;
  followerId: number;
  email: string;
  followId: number;
}

/** The email link with this token hash, with its follower. */
export async function findFollowLink(db: Db, tokenHash: string): Promise<FollowLinkRow | undefined> {
  return db
    .selectFrom('followLink as l')
    .innerJoin('follower as p', 'p.id', 'l.followerId')
    .select(['l.tokenHash', 'l.purpose', 'l.confirmBy', 'l.followerId', 'p.email', 'l.followId'])
    .where('l.tokenHash', '=', tokenHash)
    .executeTakeFirst();
}

export interface FollowView {
  id: number;
  kind: FollowKind;
  confirmedAt: Date | null;
  endedAt: Date | null;
  committeeName: string | null;
  committeeSlug: string | null;
  topicName: string | null;
  topicSlug: string | null;
  searchQuery: string | null;
  searchKinds: SearchKind[];
  searchCommittees: string[];
}

const followView = (db: Db) =>
  db
    .selectFrom('follow as f')
    .leftJoin('committee as c', 'c.id', 'f.committeeId')
    .leftJoin('topic as t', 't.id', 'f.topicId')
    .select(['f.id', 'f.kind', 'f.confirmedAt', 'f.endedAt', 'c.name as committeeName', 'c.slug as committeeSlug', 't.name as topicName', 't.slug as topicSlug', 'f.searchQuery', 'f.searchKinds', 'f.searchCommittees']);

/** One follow, with what it follows named. */
export async function findFollowView(db: Db, followId: number): Promise<FollowView | undefined> {
  const row = await followView(db).where('f.id', '=', followId).executeTakeFirst();
  return row && { ...row, searchKinds: row.searchKinds as SearchKind[] };
}

/** A follower's follows that have not ended, oldest first. */
export async function listOpenFollows(db: Db, followerId: number): Promise<FollowView[]> {
  const rows = await followView(db).where('f.followerId', '=', followerId).where('f.endedAt', 'is', null).orderBy('f.id').execute();
  return rows.map((row) => ({ ...row, searchKinds: row.searchKinds as SearchKind[] }));
}

/** Confirms a follow (a second click changes nothing); false when it has ended. */
export async function confirmFollow(trx: Transaction<Database>, followId: number): Promise<boolean> {
  const result = await trx.updateTable('follow').set({ confirmedAt: sql<Date>`coalesce(confirmed_at, now())` }).where('id', '=', followId).where('endedAt', 'is', null).executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** Ends a follow; true when it was running until now. */
export async function endFollow(trx: Transaction<Database>, followId: number): Promise<boolean> {
  const result = await trx.updateTable('follow').set({ endedAt: sql<Date>`now()` }).where('id', '=', followId).where('endedAt', 'is', null).executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** Ends every follow of a follower; returns how many were running. */
export async function endAllFollows(trx: Transaction<Database>, followerId: number): Promise<number> {
  const result = await trx.updateTable('follow').set({ endedAt: sql<Date>`now()` }).where('followerId', '=', followerId).where('endedAt', 'is', null).executeTakeFirst();
  return Number(result.numUpdatedRows);
}

export async function recordFollowRequest(trx: Transaction<Database>, request: { addressHash: string; emailHash: string; at: Date }): Promise<void> {
  await trx.insertInto('followRequest').values({ addressHash: request.addressHash, emailHash: request.emailHash, submittedAt: request.at }).execute();
}

/** When the follow form was sent from this address (IP) or for this email address since a moment. */
export async function listFollowRequestTimes(db: Db, by: { addressHash: string } | { emailHash: string }, since: Date): Promise<Date[]> {
  let query = db.selectFrom('followRequest').select('submittedAt').where('submittedAt', '>', since);
  query = 'addressHash' in by ? query.where('addressHash', '=', by.addressHash) : query.where('emailHash', '=', by.emailHash);
  return (await query.execute()).map((r) => r.submittedAt);
}

/**
 * Keeps only what following needs: follows never confirmed once their
 * links have expired, follows ended a month ago, followers left with no
 * follow (their links and notifications go with them), and form counts
 * older than the longest rate limit.
 */
export async function tidyFollows(db: Db, options: { unconfirmedDays: number; endedDays: number; requestMinutes: number }): Promise<{ follows: number; followers: number; requests: number }> {
  return db.transaction().execute(async (trx) => {
    const days = (n: number) => sql<Date>`now() - make_interval(days => ${n})`;
    const unconfirmed = await trx.deleteFrom('follow').where('confirmedAt', 'is', null).where('createdAt', '<', days(options.unconfirmedDays)).executeTakeFirst();
    const ended = await trx.deleteFrom('follow').where('endedAt', '<', days(options.endedDays)).executeTakeFirst();
    const followers = await trx
      .deleteFrom('follower')
      .where((eb) => eb.not(eb.exists(eb.selectFrom('follow').select('follow.id').whereRef('follow.followerId', '=', 'follower.id'))))
      .executeTakeFirst();
    const requests = await trx.deleteFrom('followRequest').where('submittedAt', '<', sql<Date>`now() - make_interval(mins => ${options.requestMinutes})`).executeTakeFirst();
    return { follows: Number(unconfirmed.numDeletedRows + ended.numDeletedRows), followers: Number(followers.numDeletedRows), requests: Number(requests.numDeletedRows) };
  });
}

/**
 * When one topic is merged into another, its followers follow the other:
 * one follow each, so someone who followed both is told once.
 */
export async function moveTopicFollows(trx: Transaction<Database>, fromTopicId: number, intoTopicId: number): Promise<number> {
  const intoKey = `topic:${intoTopicId}`;
  await trx
    .updateTable('follow')
    .set({ endedAt: sql<Date>`now()` })
    .where('topicId', '=', fromTopicId)
    .where('endedAt', 'is', null)
    .where((eb) => eb.exists(eb.selectFrom('follow as other').select('other.id').whereRef('other.followerId', '=', 'follow.followerId').where('other.targetKey', '=', intoKey).where('other.endedAt', 'is', null)))
    .execute();
  const moved = await trx.updateTable('follow').set({ topicId: intoTopicId, targetKey: intoKey }).where('topicId', '=', fromTopicId).where('endedAt', 'is', null).executeTakeFirst();
  return Number(moved.numUpdatedRows);
}
