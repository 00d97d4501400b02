import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { hashToken, newToken, sessionExpiry, sessionPolicy } from './session-token.ts';

describe('session tokens', () => {
  it('makes 256-bit URL-safe tokens, different every time', () => {
    const a = newToken();
    assert.match(a, /^[A-Za-z0-9_-]{43}$/);
    assert.notEqual(a, newToken());
  });

  it('stores a sha256 of the token, never the token', () => {
    assert.match(hashToken('abc'), /^[0-9a-f]{64}$/);
    assert.equal(hashToken('abc'), hashToken('abc'));
    assert.notEqual(hashToken('abc'), 'abc');
  });

  it('expires after two idle hours while the session is young', () => {
    const start = new Date('2026-03-02T09:00:00Z');
    assert.deepEqual(sessionExpiry(start, start), new Date('2026-03-02T11:00:00Z'));
  });

  it('never extends a session past twelve hours from its start, however busy', () => {
    const start = new Date('2026-03-02T09:00:00Z');
    const late = new Date('2026-03-02T20:30:00Z');
    assert.deepEqual(sessionExpiry(late, start), new Date(start.getTime() + sessionPolicy.absoluteHours * 3_600_000));
  });
});
