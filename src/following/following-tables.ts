import type { ColumnType, Generated, Selectable } from 'kysely';

export type FollowKind = 'committee' | 'topic' | 'search';
export type FollowEventKind = 'agenda-published' | 'minutes-published' | 'response' | 'forward-plan-entry' | 'decision';

/** An email address that follows something (migration 0013): nothing else about the person is kept. */
export interface FollowerTable {
  id: Generated<number>;
  email: string;
  emailKey: string;
  createdAt: Generated<Date>;
}

/** One thing followed: a committee, a topic or a saved search; live once confirmed, until ended. */
export interface FollowTable {
  id: Generated<number>;
  followerId: number;
  kind: FollowKind;
  committeeId: number | null;
  topicId: number | null;
  searchQuery: string | null;
  searchKinds: ColumnType<string[], string[] | undefined, string[]>;
  searchCommittees: ColumnType<string[], string[] | undefined, string[]>;
  targetKey: string;
  createdAt: Generated<Date>;
  confirmedAt: Date | null;
  endedAt: Date | null;
}

/** The hash of the token in one email's links. */
export interface FollowLinkTable {
  tokenHash: string;
  followerId: number;
  followId: number;
  purpose: 'confirm' | 'notify';
  confirmBy: Date | null;
  createdAt: Generated<Date>;
}

/** One follow form sent, counted for the rate limits: keyed hashes only. */
export interface FollowRequestTable {
  id: Generated<number>;
  addressHash: string;
  emailHash: string;
  submittedAt: Generated<Date>;
}

/** Something that newly appeared, recorded by triggers (see migration 0013). */
export interface FollowEventTable {
  id: Generated<number>;
  kind: FollowEventKind;
  recordId: number;
  occurredAt: Generated<Date>;
  processedAt: Date | null;
}

/** One follower told about one event: the primary key makes it once. */
export interface FollowNotificationTable {
  followerId: number;
  eventId: number;
  followId: number | null;
  jobId: number | null;
  createdAt: Generated<Date>;
}

export type Follow = Selectable<FollowTable>;
export type FollowEvent = Selectable<FollowEventTable>;
