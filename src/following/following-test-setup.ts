import type { Kysely } from 'kysely';
import type { Database } from '../db/database.ts';
import { confirmFollow } from './follow-repository.ts';
import type { FollowTarget } from './follow-target.ts';
import { requestFollow } from './request-follow.ts';

/** For tests only: the portal's address in test emails. */
export const TEST_PUBLIC_URL = 'http://gavel.test';

/** For tests only: an address that asked to follow something and confirmed, as the pages would leave it. */
export async function confirmedFollower(db: Kysely<Database>, email: string, target: FollowTarget): Promise<{ followId: number; followerId: number }> {
  return db.transaction().execute(async (trx) => {
    await requestFollow(trx, { email, target, targetText: 'something', publicUrl: TEST_PUBLIC_URL, now: new Date() });
    const follow = await trx
      .selectFrom('follow as f')
      .innerJoin('follower as p', 'p.id', 'f.followerId')
      .select(['f.id', 'f.followerId'])
      .where('p.emailKey', '=', email.toLowerCase())
      .where('f.endedAt', 'is', null)
      .orderBy('f.id', 'desc')
      .executeTakeFirstOrThrow();
    await confirmFollow(trx, follow.id);
    return { followId: follow.id, followerId: follow.followerId };
  });
}

/** For tests only: publishes a meeting's agenda as the publishing step records it, without building packs. */
export async function recordAgendaPublication(db: Kysely<Database>, meetingId: number, agendaItemIds: readonly number[], kind: 'agenda' | 'supplement' = 'agenda', number = 0) {
  return db.transaction().execute(async (trx) => {
    const publication = await trx
      .insertInto('agendaPublication')
      .values({ meetingId, kind, number, publishedAt: new Date(), publishedByUserId: null, publishedByName: 'Test Clerk', clearWorkingDays: 6, inTime: true, lateReason: null, publicDocumentId: null, restrictedDocumentId: null })
      .returningAll()
      .executeTakeFirstOrThrow();
    if (agendaItemIds.length) {
      await trx.insertInto('agendaPublicationItem').values(agendaItemIds.map((agendaItemId) => ({ publicationId: publication.id, agendaItemId, pack: 'none' as const, pageFrom: null, pageTo: null }))).execute();
    }
    if (kind === 'agenda') await trx.updateTable('meeting').set({ status: 'agenda-published', agendaPublishedAt: new Date() }).where('id', '=', meetingId).execute();
    return publication;
  });
}
