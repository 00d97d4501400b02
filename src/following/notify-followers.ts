import type { Kysely } from 'kysely';
import type { Database } from '../db/database.ts';
import { londonDayOf } from '../deadlines/london-time.ts';
import { queueEmail } from '../email/queue-email.ts';
import { claimWaitingEvent, listLiveFollowsFor, loadEventDetails, markEventProcessed, matchedTitles, matchSavedSearches, setNotificationJob, takeNotification } from './follow-event-repository.ts';
import { followMessage } from './follow-message.ts';
import { recipientsFor } from './follow-recipients.ts';
import { findFollowView, insertFollowLink } from './follow-repository.ts';
import { describeFollow, savedSearchHref } from './follow-target.ts';
import { newFollowToken } from './follow-token.ts';
import { followLinks } from './request-follow.ts';

export interface NotifyOptions {
  publicUrl: string;
  now?: () => Date;
  /** Stops between events when aborted (the scheduler is stopping); the rest wait for the next run. */
  signal?: AbortSignal;
}

/**
 * Tells followers what is new: takes each waiting event (recorded by the
 * triggers of migration 0013) in its own transaction, locked so that a
 * second process takes the next one instead, works out who follows it
 * (recipientsFor), queues one email per follower with a fresh
 * unsubscribe link, and marks the event done. The notification row's
 * primary key makes each person's email once per event, however often or
 * wherever this runs. Returns how many events and emails it handled.
 */
export async function notifyFollowers(db: Kysely<Database>, options: NotifyOptions): Promise<{ events: number; emails: number }> {
  const now = options.now ?? (() => new Date());
  let events = 0;
  let emails = 0;
  while (!options.signal?.aborted) {
    const handled = await db.transaction().execute(async (trx) => {
      const event = await claimWaitingEvent(trx);
      if (!event) return null;
      let sent = 0;
      const loaded = await loadEventDetails(trx, event);
      if (loaded) {
        const follows = await listLiveFollowsFor(trx, loaded.facts);
        const matches = await matchSavedSearches(trx, follows, loaded.records);
        const message = followMessage(loaded.details, options.publicUrl);
        const committeeNames = new Map((await trx.selectFrom('committee').select(['slug', 'name']).execute()).map((c) => [c.slug, c.name]));
        for (const recipient of recipientsFor(loaded.facts, follows, matches, londonDayOf(now()))) {
          if (!(await takeNotification(trx, { followerId: recipient.followerId, eventId: event.id, followId: recipient.followId }))) continue;
          const follow = (await findFollowView(trx, recipient.followId))!;
          const email = follows.find((f) => f.id === recipient.followId)!.email;
          const { token, hash } = newFollowToken();
          await insertFollowLink(trx, { tokenHash: hash, followerId: recipient.followerId, followId: recipient.followId, purpose: 'notify', confirmBy: null });
          const links = followLinks(options.publicUrl, token);
          const search = follow.searchQuery ? { q: follow.searchQuery, kinds: follow.searchKinds, committees: follow.searchCommittees } : null;
          const jobId = await queueEmail(
            trx,
            {
              to: email,
              subject: message.subject,
              template: 'emails/follow-notification',
              context: {
                ...message,
                targetText: describeFollow({ ...follow, search }, committeeNames),
                searchQuery: search?.q ?? null,
                searchUrl: search ? `${options.publicUrl}${savedSearchHref(search)}` : null,
                matches: recipient.matches.length ? await matchedTitles(trx, recipient.matches) : [],
                manageUrl: links.manageUrl,
              },
              unsubscribeUrl: links.unsubscribeUrl,
            },
            { dedupeKey: `follow-notification:${recipient.followerId}:${event.id}` },
          );
          await setNotificationJob(trx, { followerId: recipient.followerId, eventId: event.id, jobId: jobId ?? null });
          sent++;
        }
      }
      await markEventProcessed(trx, event.id);
      return sent;
    });
    if (handled === null) break;
    events++;
    emails += handled;
  }
  return { events, emails };
}
