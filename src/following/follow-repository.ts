import { sql, type Transaction } from 'kysely';
import type { Database } from '../db/database.ts';

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
