import { addDays } from '../deadlines/days.ts';
import type { SearchKind } from '../search/search-kinds.ts';
import type { FollowEventKind, FollowKind } from './following-tables.ts';

/** What the notification rules need to know of an event. */
export interface EventFacts {
  kind: FollowEventKind;
  /** When it was recorded: followers who confirmed later are not told of it. */
  occurredAt: Date;
  /** The day the news is about: the meeting, the response, the decision (due or taken). */
  newsDate: string | null;
  committeeIds: readonly number[];
  topicIds: readonly number[];
}

/** A live follow: confirmed, not ended. */
export interface LiveFollow {
  id: number;
  followerId: number;
  kind: FollowKind;
  committeeId: number | null;
  topicId: number | null;
  confirmedAt: Date;
}

export interface SearchMatch {
  kind: SearchKind;
  recordId: number;
}

export interface Recipient {
  followerId: number;
  /** The follow the email is sent for: its unsubscribe link ends it. */
  followId: number;
  reason: FollowKind;
  /** For a saved search, the new records that match it. */
  matches: SearchMatch[];
}

/**
 * How far back the news may be and still be news. An import of five years
 * of minutes records an event for every meeting; only the recent ones are
 * worth an email. A forward plan entry is news while its decision is ahead.
 */
const recentEnough: Record<FollowEventKind, number> = {
  'agenda-published': 7,
  'minutes-published': 90,
  response: 60,
  decision: 30,
  'forward-plan-entry': 0,
};

export function isNewsworthy(event: Pick<EventFacts, 'kind' | 'newsDate'>, today: string): boolean {
  if (event.newsDate === null) return event.kind !== 'forward-plan-entry';
  return event.newsDate >= addDays(today, -recentEnough[event.kind]);
}

const preference: Record<FollowKind, number> = { committee: 0, topic: 1, search: 2 };

/**
 * Who is told of an event: each follower once, however many of their
 * follows it touches (the committee's, a topic's, a saved search's),
 * through the most direct of them (committee, then topic, then search).
 * Nobody is told of what happened before they confirmed, nor of what is
 * no longer news. A saved search counts only when some of the event's
 * public records match it (`searchMatches`, by follow id).
 *
 * @example
 * recipientsFor(agendaPublished, [committeeFollow, topicFollowOfTheSamePerson], new Map(), '2026-03-02');
 * // [{ followerId: 7, followId: committeeFollow.id, reason: 'committee', matches: [] }]
 */
export function recipientsFor(event: EventFacts, follows: readonly LiveFollow[], searchMatches: ReadonlyMap<number, readonly SearchMatch[]>, today: string): Recipient[] {
  if (!isNewsworthy(event, today)) return [];
  const committees = new Set(event.committeeIds);
  const topics = new Set(event.topicIds);
  const best = new Map<number, Recipient>();
  for (const follow of follows) {
    if (follow.confirmedAt.getTime() > event.occurredAt.getTime()) continue;
    const matches = follow.kind === 'search' ? [...(searchMatches.get(follow.id) ?? [])] : [];
    const touched =
      (follow.kind === 'committee' && follow.committeeId !== null && committees.has(follow.committeeId)) ||
      (follow.kind === 'topic' && follow.topicId !== null && topics.has(follow.topicId)) ||
      (follow.kind === 'search' && matches.length > 0);
    if (!touched) continue;
    const current = best.get(follow.followerId);
    const better = !current || preference[follow.kind] < preference[current.reason] || (preference[follow.kind] === preference[current.reason] && follow.id < current.followId);
    if (better) best.set(follow.followerId, { followerId: follow.followerId, followId: follow.id, reason: follow.kind, matches });
  }
  return [...best.values()].sort((a, b) => a.followerId - b.followerId);
}
