import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { anyLexemeQuery, readTsquery } from './tsquery-text.ts';

describe('readTsquery', () => {
  it('reads one word, "or" and "not" as ranked by calc_rank_or', () => {
    assert.deepEqual(readTsquery("'drainag'"), { lexemes: ['drainag'], ranking: 'or' });
    assert.deepEqual(readTsquery("'taxi' | 'hackney'"), { lexemes: ['taxi', 'hackney'], ranking: 'or' });
    assert.deepEqual(readTsquery("!'capit'"), { lexemes: ['capit'], ranking: 'or' });
    assert.equal(readTsquery("'a' | 'b' & 'c'").ranking, 'or', 'the lowest priority outside brackets is the top');
  });

  it('reads "and" and phrases on top, but not under an "or"', () => {
    assert.equal(readTsquery("'hannah' & 'parri'").ranking, 'and');
    assert.equal(readTsquery("'budget' & !'capit'").ranking, 'and');
    assert.equal(readTsquery("( 'a' | 'b' ) & 'c'").ranking, 'and');
    assert.equal(readTsquery("'surfac' <-> 'water' <-> 'drainag'").ranking, 'phrase');
    assert.equal(readTsquery("'a' <2> 'b'").ranking, 'phrase');
    assert.equal(readTsquery("'a' & 'b' <-> 'c'").ranking, 'and');
  });

  it('counts a word repeated as one, which calc_rank_and leaves to calc_rank_or', () => {
    assert.deepEqual(readTsquery("'hannah' & 'hannah'"), { lexemes: ['hannah'], ranking: 'or' });
  });

  it('unquotes words and says when it cannot follow the text', () => {
    assert.deepEqual(readTsquery("'o''brien' & 'back\\\\slash'").lexemes, ["o'brien", 'back\\slash']);
    assert.equal(readTsquery("'unclosed").ranking, 'unknown');
    assert.equal(readTsquery("( 'a' & 'b'").ranking, 'unknown');
    assert.equal(readTsquery("'a' ~ 'b'").ranking, 'unknown');
  });
});

describe('anyLexemeQuery', () => {
  it('joins the words with "or", quoted as tsquery input', () => {
    assert.equal(anyLexemeQuery(['surfac', "o'brien", 'a\\b']), "'surfac' | 'o''brien' | 'a\\\\b'");
  });
});
