import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { momentOf } from './moment.ts';

describe('momentOf', () => {
  it('is now on the real day, and noon in London on a day a test fixes', () => {
    const now = new Date('2026-07-01T08:15:00Z');
    assert.equal(momentOf('2026-07-01', now), now);
    // Noon BST is 11:00 UTC; noon GMT is 12:00 UTC.
    assert.equal(momentOf('2026-03-02', now).toISOString(), '2026-03-02T12:00:00.000Z');
    assert.equal(momentOf('2026-06-15', now).toISOString(), '2026-06-15T11:00:00.000Z');
  });
});
