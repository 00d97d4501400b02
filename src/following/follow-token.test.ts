import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { confirmLinkDeadline, followLinkAllows, followTokenHash, newFollowToken, readFollowToken } from './follow-token.ts';

const now = new Date('2026-03-02T10:00:00Z');

describe('follow tokens', () => {
  it('makes a 43-character token and keeps only its SHA-256', () => {
    const { token, hash } = newFollowToken();
    assert.match(token, /^[A-Za-z0-9_-]{43}$/);
    assert.match(hash, /^[0-9a-f]{64}$/);
    assert.equal(readFollowToken(token), hash);
    assert.notEqual(newFollowToken().token, token);
  });

  it('reads nothing from an address that cannot hold one of its tokens', () => {
    for (const raw of [undefined, '', 'short', 'A'.repeat(44), `${'A'.repeat(42)}!`, 42]) assert.equal(readFollowToken(raw), null, String(raw));
    assert.equal(readFollowToken('A'.repeat(43)), followTokenHash('A'.repeat(43)));
  });
});

describe('followLinkAllows', () => {
  const confirmation = { purpose: 'confirm' as const, confirmBy: confirmLinkDeadline(now) };
  const notification = { purpose: 'notify' as const, confirmBy: null };

  it('confirms from a confirmation email for seven days, and not after', () => {
    assert.equal(followLinkAllows(confirmation, 'confirm', new Date(now.getTime() + 6 * 86_400_000)), true);
    assert.equal(followLinkAllows(confirmation, 'confirm', new Date(now.getTime() + 7 * 86_400_000 + 1)), false);
  });

  it('never confirms from a notification', () => {
    assert.equal(followLinkAllows(notification, 'confirm', now), false);
  });

  it('unsubscribes and manages from any email, however old', () => {
    const years = new Date(now.getTime() + 5 * 365 * 86_400_000);
    for (const link of [confirmation, notification]) {
      assert.equal(followLinkAllows(link, 'unsubscribe', years), true);
      assert.equal(followLinkAllows(link, 'manage', years), true);
    }
  });
});
