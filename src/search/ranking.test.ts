import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { kindBoosts, rankWeights, rawRankBound, rawRankCeiling, scoreCeiling, searchScore } from './ranking.ts';

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

describe('score ceiling', () => {
  it('bounds a record by its kind and length: shorter and weightier records may score higher', () => {
    assert.ok(scoreCeiling('or', 'resolution', false, 1 / Math.log2(9)) > scoreCeiling('or', 'document', true, 1 / Math.log2(801)));
    assert.ok(scoreCeiling('or', 'resolution', false, 0.5) > scoreCeiling('or', 'transcript', false, 0.5));
  });

  it('bounds a word found outside the title by the body’s heaviest label, for one word or "or"', () => {
    assert.equal(rawRankBound('or', 'document', false), rawRankCeiling * 0.2);
    assert.equal(rawRankBound('or', 'document', true), rawRankCeiling);
    assert.equal(rawRankBound('or', 'agenda-item', false), rawRankCeiling * 0.4);
    assert.equal(rawRankBound('or', 'resolution', false), rawRankCeiling, 'an unlabelled record is all D');
  });

  it('bounds an "and" query by 1 whatever the weights, and a phrase or an unread query by the larger', () => {
    assert.equal(rawRankBound('and', 'document', false), 1);
    assert.equal(rawRankBound('phrase', 'document', false), 1);
    assert.equal(rawRankBound('phrase', 'document', true), rawRankCeiling);
    assert.equal(rawRankBound('unknown', 'document', false), rawRankCeiling);
  });

  it('is never below what calc_rank_or can give one word found many times', () => {
    // Weight 1 at every position but the first, the maximum last: the largest value of the formula.
    const positions = 256;
    let sum = 0;
    for (let j = 2; j <= positions; j++) sum += 1 / (j * j);
    const worst = (1 + sum + 0.999 - 1 / (positions * positions)) / (Math.PI ** 2 / 6);
    assert.ok(worst <= rawRankCeiling, `${worst}`);
    assert.ok(rawRankCeiling - worst < 0.01, 'the ceiling is tight');
  });
});
