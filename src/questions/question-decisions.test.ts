import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decisionProblem } from './question-decisions.ts';

describe('decisionProblem', () => {
  it('lets a clerk accept or reject a submitted question', () => {
    assert.equal(decisionProblem('submitted', 'accept'), null);
    assert.equal(decisionProblem('submitted', 'reject'), null);
  });

  it('answers only accepted questions, and lets an answer be corrected', () => {
    assert.equal(decisionProblem('accepted', 'answer'), null);
    assert.equal(decisionProblem('answered', 'answer'), null);
    assert.equal(decisionProblem('submitted', 'answer'), 'This question is waiting for a decision, so it cannot be answered now');
    assert.equal(decisionProblem('rejected', 'answer'), 'This question is rejected, so it cannot be answered now');
  });

  it('lets a rejected question be accepted after all, but not an answered one rejected', () => {
    assert.equal(decisionProblem('rejected', 'accept'), null);
    assert.equal(decisionProblem('answered', 'reject'), 'This question is answered, so it cannot be rejected now');
  });

  it('allows withdrawal until the question is answered', () => {
    assert.equal(decisionProblem('accepted', 'withdraw'), null);
    assert.notEqual(decisionProblem('answered', 'withdraw'), null);
  });
});
