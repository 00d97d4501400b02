import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { kindBoosts, rankWeights, searchScore } from './ranking.ts';

describe('search ranking', () => {
  it('scores a decision above any other kind with the same text rank', () => {
    for (const kind of ['agenda-item', 'document', 'action', 'forward-plan', 'transcript'] as const) {
      assert.ok(searchScore('resolution', 0.1) > searchScore(kind, 0.1), kind);
      assert.ok(searchScore('recommendation', 0.1) > searchScore(kind, 0.1), kind);
    }
  });

  it('counts a title (A) above minutes (B) above body text (C)', () => {
    const [, c, b, a] = rankWeights;
    assert.ok(a > b && b > c);
  });

  it('ranks a transcript below every other kind with the same text rank', () => {
    assert.equal(Math.min(...Object.values(kindBoosts)), kindBoosts.transcript);
    assert.ok(searchScore('transcript', 0.2) < searchScore('document', 0.2));
  });
});
