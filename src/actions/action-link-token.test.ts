import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { hashToken } from '../accounts/session-token.ts';
import { createActionLinkToken, readActionLinkToken } from './action-link-token.ts';

describe('action link tokens', () => {
  const secret = 'instance secret for tests';
  const now = new Date('2026-03-02T09:00:00Z');
  const expires = new Date('2026-04-01T09:00:00Z');

  it('reads back the action and expiry of a link it made, with the hash the database keeps', () => {
    const link = createActionLinkToken(secret, 17, expires);
    assert.deepEqual(readActionLinkToken(secret, link.token, now), { actionId: 17, expiresAt: expires, tokenHash: link.tokenHash });
    assert.equal(link.tokenHash, hashToken(link.token));
    assert.match(link.tokenHash, /^[0-9a-f]{64}$/);
    assert.ok(!link.tokenHash.includes(link.token));
    assert.ok(link.token.length < 100, 'fits in a path parameter');
  });

  it('makes a different token every time, even for the same action and expiry', () => {
    assert.notEqual(createActionLinkToken(secret, 17, expires).token, createActionLinkToken(secret, 17, expires).token);
  });

  it('refuses a link once it has expired, including at the very second', () => {
    const link = createActionLinkToken(secret, 17, expires);
    assert.equal(readActionLinkToken(secret, link.token, expires), null);
    assert.equal(readActionLinkToken(secret, link.token, new Date('2026-05-01T00:00:00Z')), null);
  });

  it('refuses a link edited to name another action or a later expiry', () => {
    const link = createActionLinkToken(secret, 17, expires);
    const [, expiry, random, signature] = link.token.split('.');
    assert.equal(readActionLinkToken(secret, ['18', expiry, random, signature].join('.'), now), null);
    assert.equal(readActionLinkToken(secret, ['17', String(Number(expiry) + 86_400 * 365), random, signature].join('.'), now), null);
  });

  it('refuses a link signed with another instance’s secret, or for another purpose', () => {
    const link = createActionLinkToken('another instance', 17, expires);
    assert.equal(readActionLinkToken(secret, link.token, now), null);
  });

  it('refuses anything that is not a token', () => {
    for (const token of ['', 'abc', '17', '0.1.x.y', `17.${'9'.repeat(13)}.${'a'.repeat(43)}.${'b'.repeat(22)}`, '../manage']) {
      assert.equal(readActionLinkToken(secret, token, now), null, token);
    }
  });
});
