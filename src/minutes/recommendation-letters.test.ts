import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { nextRecommendationLetter, recommendationLetterProblem } from './recommendation-letters.ts';

describe('nextRecommendationLetter', () => {
  it('starts at a', () => {
    assert.equal(nextRecommendationLetter([]), 'a');
  });

  it('follows the highest letter used, so a removed letter is not reused', () => {
    assert.equal(nextRecommendationLetter(['a', 'b']), 'c');
    assert.equal(nextRecommendationLetter(['a', 'c']), 'd');
  });

  it('goes on to aa after z', () => {
    assert.equal(nextRecommendationLetter(['z']), 'aa');
    assert.equal(nextRecommendationLetter(['az']), 'ba');
  });

  it('ignores letters it cannot read', () => {
    assert.equal(nextRecommendationLetter([null, 'B)', 'a']), 'b');
  });
});

describe('recommendationLetterProblem', () => {
  it('refuses a letter used in the same minute', () => {
    assert.equal(recommendationLetterProblem('b', ['a', 'b']), 'There is already a recommendation (b) in this minute');
  });

  it('refuses what is not a letter', () => {
    assert.match(recommendationLetterProblem('2', [])!, /Enter the letter/);
  });

  it('accepts a free letter', () => {
    assert.equal(recommendationLetterProblem('c', ['a', 'b']), null);
  });
});
