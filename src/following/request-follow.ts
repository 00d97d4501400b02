import type { Transaction } from 'kysely';
import type { Database } from '../db/database.ts';
import { queueEmail } from '../email/queue-email.ts';
import { findOpenFollow, findOrCreateFollower, insertFollow, insertFollowLink } from './follow-repository.ts';
import { type FollowTarget, followTargetKey, normaliseQuery } from './follow-target.ts';
import { CONFIRM_LINK_DAYS, confirmLinkDeadline, newFollowToken } from './follow-token.ts';

export interface RequestFollowProps {
  email: string;
  target: FollowTarget;
  /** How the email names it: "the Planning Committee". */
  targetText: string;
  publicUrl: string;
  now: Date;
}

export type RequestFollowOutcome = 'confirmation-sent' | 'already-following';

/** The addresses an email's token opens. */
export function followLinks(publicUrl: string, token: string) {
  return {
    confirmUrl: `${publicUrl}/following/confirm/${token}`,
    manageUrl: `${publicUrl}/following/manage/${token}`,
    unsubscribeUrl: `${publicUrl}/following/unsubscribe/${token}`,
  };
}

/**
 * Someone asks to follow something: nothing is sent to them until they
 * confirm from the email this queues (double opt-in), so nobody can sign
 * someone else up. Asking again sends a fresh confirmation; asking for what
 * the address already follows says so, with a link to manage its emails.
 * Every email carries a one-click unsubscribe. Runs in the caller's
 * transaction, so the follow and its email commit together.
 */
export async function requestFollow(trx: Transaction<Database>, props: RequestFollowProps): Promise<RequestFollowOutcome> {
  const follower = await findOrCreateFollower(trx, props.email);
  const targetKey = followTargetKey(props.target);
  const open = await findOpenFollow(trx, follower.id, targetKey);
  const alreadyFollowing = open?.confirmedAt != null;
  const follow =
    open ??
    (await insertFollow(trx, {
      followerId: follower.id,
      kind: props.target.kind,
      committeeId: props.target.kind === 'committee' ? props.target.committeeId : null,
      topicId: props.target.kind === 'topic' ? props.target.topicId : null,
      searchQuery: props.target.kind === 'search' ? normaliseQuery(props.target.search.q) : null,
      searchKinds: props.target.kind === 'search' ? props.target.search.kinds : [],
      searchCommittees: props.target.kind === 'search' ? props.target.search.committees : [],
      targetKey,
    }));
  const { token, hash } = newFollowToken();
  await insertFollowLink(trx, { tokenHash: hash, followerId: follower.id, followId: follow.id, purpose: alreadyFollowing ? 'notify' : 'confirm', confirmBy: alreadyFollowing ? null : confirmLinkDeadline(props.now) });
  const links = followLinks(props.publicUrl, token);
  await queueEmail(trx, {
    to: follower.email,
    subject: alreadyFollowing ? `You already get emails about ${props.targetText}` : `Confirm your email address to get emails about ${props.targetText}`,
    template: 'emails/follow-confirm',
    context: { alreadyFollowing, targetText: props.targetText, confirmUrl: links.confirmUrl, manageUrl: links.manageUrl, confirmDays: CONFIRM_LINK_DAYS },
    unsubscribeUrl: links.unsubscribeUrl,
  });
  return alreadyFollowing ? 'already-following' : 'confirmation-sent';
}
