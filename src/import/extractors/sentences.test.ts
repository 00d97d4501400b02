import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { nameAfter, nameBefore, namesBefore, sentences } from './sentences.ts';

describe('sentences', () => {
  it('splits at full stops but not after titles and initials', () => {
    assert.deepEqual(sentences('Mr. J. Smith spoke. Dr. Lee replied? Yes.'), ['Mr. J. Smith spoke.', 'Dr. Lee replied?', 'Yes.']);
  });
});

describe('nameBefore and nameAfter', () => {
  it('finds the name that ends a stretch of speech', () => {
    assert.equal(nameBefore('Yes. Councillor Frank Cornwallis'), 'Frank Cornwallis');
    assert.equal(nameBefore('Andrew Teague –'), 'Andrew Teague');
    assert.equal(nameBefore('Cllr Hughes'), 'Hughes');
  });

  it('finds the name that starts one', () => {
    assert.equal(nameAfter('Councillor Rob Willetts and Councillor David Davies is sitting'), 'Rob Willetts');
    assert.equal(nameAfter('Councillor GA Vaughan-Price.'), 'GA Vaughan-Price');
  });

  it('finds a list of names before a verb', () => {
    assert.deepEqual(namesBefore("Councillors Tess Fagin and Helen l'Estrange,"), ['Tess Fagin', "Helen l'Estrange"]);
  });
});
