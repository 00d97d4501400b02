import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { yearBefore } from './publish-routes.ts';

describe('yearBefore', () => {
  it('gives the same day a year earlier, and 28 February for 29 February', () => {
    assert.equal(yearBefore('2026-03-02'), '2025-03-02');
    assert.equal(yearBefore('2028-02-29'), '2027-02-28');
  });
});
