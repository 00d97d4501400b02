import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type EventFacts, isNewsworthy, type LiveFollow, recipientsFor } from './follow-recipients.ts';

const today = '2026-03-02';
const occurredAt = new Date('2026-03-02T09:00:00Z');
const earlier = new Date('2026-02-01T09:00:00Z');
const agenda: EventFacts = { kind: 'agenda-published', occurredAt, newsDate: '2026-03-10', committeeIds: [4], topicIds: [9] };
const follow = (over: Partial<LiveFollow> & Pick<LiveFollow, 'id' | 'followerId' | 'kind'>): LiveFollow => ({ committeeId: null, topicId: null, confirmedAt: earlier, ...over });

describe('recipientsFor', () => {
  it('tells a committee’s followers, and not another committee’s', () => {
    const follows = [follow({ id: 1, followerId: 10, kind: 'committee', committeeId: 4 }), follow({ id: 2, followerId: 11, kind: 'committee', committeeId: 5 })];
    assert.deepEqual(recipientsFor(agenda, follows, new Map(), today), [{ followerId: 10, followId: 1, reason: 'committee', matches: [] }]);
  });

  it('tells each person once, through their committee follow before their topic or search', () => {
    const follows = [
      follow({ id: 3, followerId: 10, kind: 'search' }),
      follow({ id: 2, followerId: 10, kind: 'topic', topicId: 9 }),
      follow({ id: 1, followerId: 10, kind: 'committee', committeeId: 4 }),
    ];
    const recipients = recipientsFor(agenda, follows, new Map([[3, [{ kind: 'agenda-item' as const, recordId: 77 }]]]), today);
    assert.deepEqual(recipients.map((r) => [r.followerId, r.followId, r.reason]), [[10, 1, 'committee']]);
  });

  it('tells a topic’s followers when a record in the topic is part of the news', () => {
    const recipients = recipientsFor(agenda, [follow({ id: 2, followerId: 12, kind: 'topic', topicId: 9 }), follow({ id: 4, followerId: 13, kind: 'topic', topicId: 8 })], new Map(), today);
    assert.deepEqual(recipients.map((r) => r.followerId), [12]);
  });

  it('tells a saved search’s follower only when some of the new records match, with those records', () => {
    const follows = [follow({ id: 5, followerId: 14, kind: 'search' }), follow({ id: 6, followerId: 15, kind: 'search' })];
    const recipients = recipientsFor(agenda, follows, new Map([[5, [{ kind: 'agenda-item' as const, recordId: 77 }]], [6, []]]), today);
    assert.deepEqual(recipients, [{ followerId: 14, followId: 5, reason: 'search', matches: [{ kind: 'agenda-item', recordId: 77 }] }]);
  });

  it('tells nobody who confirmed after the event happened', () => {
    const later = follow({ id: 1, followerId: 10, kind: 'committee', committeeId: 4, confirmedAt: new Date('2026-03-02T09:00:01Z') });
    assert.deepEqual(recipientsFor(agenda, [later], new Map(), today), []);
  });

  it('tells nobody of news too old to be news', () => {
    const oldMinutes: EventFacts = { ...agenda, kind: 'minutes-published', newsDate: '2019-06-10' };
    assert.deepEqual(recipientsFor(oldMinutes, [follow({ id: 1, followerId: 10, kind: 'committee', committeeId: 4 })], new Map(), today), []);
  });
});

describe('isNewsworthy', () => {
  it('takes minutes of the last three months and responses of the last two', () => {
    assert.equal(isNewsworthy({ kind: 'minutes-published', newsDate: '2025-12-10' }, today), true);
    assert.equal(isNewsworthy({ kind: 'minutes-published', newsDate: '2025-11-20' }, today), false);
    assert.equal(isNewsworthy({ kind: 'response', newsDate: '2026-01-05' }, today), true);
    assert.equal(isNewsworthy({ kind: 'response', newsDate: '2025-12-05' }, today), false);
  });

  it('takes a forward plan entry only while its decision is ahead', () => {
    assert.equal(isNewsworthy({ kind: 'forward-plan-entry', newsDate: '2026-03-02' }, today), true);
    assert.equal(isNewsworthy({ kind: 'forward-plan-entry', newsDate: '2026-03-01' }, today), false);
    assert.equal(isNewsworthy({ kind: 'forward-plan-entry', newsDate: null }, today), false);
  });

  it('takes an agenda for a meeting no more than a week past, and an undated decision', () => {
    assert.equal(isNewsworthy({ kind: 'agenda-published', newsDate: '2026-02-23' }, today), true);
    assert.equal(isNewsworthy({ kind: 'agenda-published', newsDate: '2026-02-22' }, today), false);
    assert.equal(isNewsworthy({ kind: 'decision', newsDate: null }, today), true);
  });
});
