import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fixtureTitles as t } from './topic-fixtures.ts';
import { countLexemes, lexemeWeights, significantLexemes, titleSimilarity } from './topic-similarity.ts';

const corpus = Object.values(t).map((f) => [...f.lexemes]);
const weight = lexemeWeights(countLexemes(corpus), corpus.length);

describe('significantLexemes', () => {
  it('drops words that name the kind of paper, numbers, years and quarters', () => {
    assert.deepEqual(significantLexemes(t.childrenQ1.lexemes), ['children', 'perform']);
    assert.deepEqual(significantLexemes(t.budgetMonitoring.lexemes), ['budget']);
  });

  it('keeps each word once', () => {
    assert.deepEqual(significantLexemes(['school', 'school', 'transport']), ['school', 'transport']);
  });
});

describe('lexemeWeights', () => {
  it('weighs a rare word above a common one', () => {
    const w = lexemeWeights(new Map([['transport', 40], ['budget', 900]]), 10_000);
    assert.ok(w('transport') > w('budget'));
  });

  it('treats a word it has not counted as the rarest', () => {
    const w = lexemeWeights(new Map([['transport', 1]]), 100);
    assert.equal(w('unheard'), w('transport'));
  });
});

describe('titleSimilarity', () => {
  it('scores 1 when a short title is contained in a longer one', () => {
    assert.equal(titleSimilarity(t.schoolTransport.lexemes, t.homeToSchool.lexemes, weight), 1);
  });

  it('scores a shared subject word in between', () => {
    const score = titleSimilarity(t.schoolTransport.lexemes, t.sendTransport.lexemes, weight);
    assert.ok(score > 0.4 && score < 1, `got ${score}`);
  });

  it('scores 0 for titles with no subject in common', () => {
    assert.equal(titleSimilarity(t.schoolTransport.lexemes, t.libraryHours.lexemes, weight), 0);
  });

  it('does not call two papers alike because both are monitoring reports', () => {
    assert.equal(titleSimilarity(t.budgetMonitoring.lexemes, t.performanceMonitoring.lexemes, weight), 0);
  });

  it('is the same whichever way round', () => {
    assert.equal(titleSimilarity(t.sendTransport.lexemes, t.homeToSchool.lexemes, weight), titleSimilarity(t.homeToSchool.lexemes, t.sendTransport.lexemes, weight));
  });

  it('scores 0 when either side has no significant word', () => {
    assert.equal(titleSimilarity(['report', 'updat'], t.schoolTransport.lexemes, weight), 0);
    assert.equal(titleSimilarity([], t.schoolTransport.lexemes, weight), 0);
  });
});
