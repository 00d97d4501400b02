import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { actionNumberProblem, nextActionNumber } from './action-numbering.ts';

describe('nextActionNumber', () => {
  it('starts a log at 1', () => {
    assert.equal(nextActionNumber([]), '1');
    assert.equal(nextActionNumber([null, null]), '1');
  });

  it('runs on from the highest number', () => {
    assert.equal(nextActionNumber(['1', '2', '3']), '4');
    assert.equal(nextActionNumber(['1', '9', '3']), '10');
  });

  it("keeps the style of the latest number, prefix and padding", () => {
    assert.equal(nextActionNumber(['CYP-24-11', 'CYP-25-01', 'CYP-25-04']), 'CYP-25-05');
    assert.equal(nextActionNumber(['A07']), 'A08');
  });

  it('ignores numbers in an older style', () => {
    assert.equal(nextActionNumber(['12', 'AGC-25-01']), 'AGC-25-02');
  });

  it('skips unnumbered and free-text entries', () => {
    assert.equal(nextActionNumber(['4', null, 'see minute 12a']), '5');
  });
});

describe('actionNumberProblem', () => {
  it('refuses a number already in the log', () => {
    assert.equal(actionNumberProblem(' 4 ', ['3', '4']), 'Action 4 is already in this committee’s action log');
  });

  it('accepts a new number', () => {
    assert.equal(actionNumberProblem('5', ['3', '4']), null);
  });
});
