import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { triageOutcome } from './suggestion-triage.ts';

describe('triageOutcome', () => {
  it('makes an accepted suggestion a potential item, planned', () => {
    const outcome = triageOutcome({ decision: 'accept', reason: null, mergeInto: null }, '2026-03-02');
    assert.deepEqual(outcome.item, { kind: 'potential', status: 'planned', currentPosition: 'Suggested by a member of the public; accepted on 2 March 2026 as a potential item.', mergedIntoItemId: null });
    assert.deepEqual([outcome.decision, outcome.change], ['accepted', 'accepted']);
  });

  it('keeps a rejected suggestion, not taken forward, with its reason as the current position', () => {
    const outcome = triageOutcome({ decision: 'reject', reason: 'A matter for the highway authority', mergeInto: null }, '2026-03-02');
    assert.deepEqual(outcome.item, { kind: 'public-suggestion', status: 'rejected', currentPosition: 'Not taken forward: A matter for the highway authority', mergedIntoItemId: null });
    assert.equal(outcome.reason, 'A matter for the highway authority');
  });

  it('points a merged suggestion at the item it joins', () => {
    const outcome = triageOutcome({ decision: 'merge', reason: null, mergeInto: 7 }, '2026-03-02', { id: 7, title: 'Road safety' });
    assert.deepEqual([outcome.item.status, outcome.item.mergedIntoItemId, outcome.change], ['merged', 7, 'merged']);
    assert.match(outcome.item.currentPosition, /Considered with “Road safety”/);
    assert.throws(() => triageOutcome({ decision: 'merge', reason: null, mergeInto: 7 }, '2026-03-02'));
  });
});
