import { z } from 'zod';
import { defineDailyJob, defineJob } from '../jobs/job-definition.ts';
import type { Services } from '../services.ts';
import { tidyFollows } from './follow-repository.ts';
import { FOLLOW_LIMITS_KEPT_MINUTES } from './follow-spam-checks.ts';
import { CONFIRM_LINK_DAYS } from './follow-token.ts';
import { notifyFollowers } from './notify-followers.ts';

/** The kind the triggers of migration 0013 queue when something new appears. */
export const NOTIFY_FOLLOWERS = 'notify-followers';

/** Emails followers about what is new; queued by the database a minute after an event. */
export function createNotifyFollowersJob(services: Pick<Services, 'config'>) {
  return defineJob({
    kind: NOTIFY_FOLLOWERS,
    payload: z.object({}),
    async run(_payload, { db, signal }) {
      await notifyFollowers(db, { publicUrl: services.config.publicUrl, signal });
    },
  });
}

/**
 * Every night: forgets addresses that never confirmed, follows ended a
 * month ago and followers with nothing left to follow, and catches up on
 * any event a failed run left waiting.
 */
export function createTidyFollowsJob(services: Pick<Services, 'config'>) {
  return defineDailyJob({
    kind: 'tidy-follows',
    at: '04:20',
    async run(_occurrence, { db, signal }) {
      await tidyFollows(db, { unconfirmedDays: CONFIRM_LINK_DAYS, endedDays: 30, requestMinutes: FOLLOW_LIMITS_KEPT_MINUTES });
      await notifyFollowers(db, { publicUrl: services.config.publicUrl, signal });
    },
  });
}
