import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { afterFailedSignIn, afterSuccessfulSignIn, isLocked, lockoutPolicy, type LockoutState } from './sign-in-lockout.ts';

const at = (minutes: number) => new Date(Date.UTC(2026, 2, 2, 9, 0) + minutes * 60_000);
const fresh: LockoutState = { failedSignIns: 0, lastFailedSignInAt: null, lockedUntil: null };

function fail(times: number, everyMinutes = 1, from = fresh): LockoutState {
  let state = from;
  for (let n = 0; n < times; n++) state = afterFailedSignIn(state, at(n * everyMinutes));
  return state;
}

describe('sign-in lockout', () => {
  it('counts wrong passwords without locking below the limit', () => {
    const state = fail(lockoutPolicy.maxFailures - 1);
    assert.equal(state.failedSignIns, lockoutPolicy.maxFailures - 1);
    assert.equal(isLocked(state, at(5)), false);
  });

  it('locks the account for 15 minutes at the fifth wrong password in a row', () => {
    const state = fail(5);
    assert.equal(isLocked(state, at(4)), true);
    assert.equal(isLocked(state, at(4 + 14)), true);
    assert.equal(isLocked(state, at(4 + 15)), false);
  });

  it('starts the count again when failures are more than 15 minutes apart', () => {
    const state = fail(8, 16);
    assert.equal(state.failedSignIns, 1);
    assert.equal(state.lockedUntil, null);
  });

  it('clears everything after a successful sign-in', () => {
    assert.deepEqual(afterSuccessfulSignIn(), fresh);
  });

  it('counts from zero again once a lock is set, so the next lock needs five more failures', () => {
    const locked = fail(5);
    assert.equal(locked.failedSignIns, 0);
    const after = afterFailedSignIn(locked, at(30));
    assert.equal(after.failedSignIns, 1);
    assert.equal(isLocked(after, at(30)), false);
  });
});
