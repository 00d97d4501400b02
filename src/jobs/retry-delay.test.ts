import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { retryDelaySeconds } from './retry-delay.ts';

describe('retryDelaySeconds', () => {
  it('waits 30 seconds after the first failure and doubles after each one', () => {
    assert.deepEqual([1, 2, 3, 4, 5, 6, 7].map(retryDelaySeconds), [30, 60, 120, 240, 480, 960, 1920]);
  });

  it('never waits more than an hour', () => {
    assert.deepEqual([8, 9, 20, 100].map(retryDelaySeconds), [3600, 3600, 3600, 3600]);
  });

  it('rides out a mail server that is down for about three hours over the default ten attempts', () => {
    const totalSeconds = [1, 2, 3, 4, 5, 6, 7, 8, 9].reduce((sum, attempt) => sum + retryDelaySeconds(attempt), 0);
    assert.ok(totalSeconds > 2.5 * 3600 && totalSeconds < 4 * 3600, `${totalSeconds} s`);
  });

  it('refuses an attempt number that is not a whole number from 1', () => {
    for (const attempt of [0, -1, 1.5, Number.NaN]) assert.throws(() => retryDelaySeconds(attempt), RangeError);
  });
});
