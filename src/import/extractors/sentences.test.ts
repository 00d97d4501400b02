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
    assert.equal(nameBefore('Yes. Councillor Frank Cornthwaite'), 'Frank Cornthwaite');
    assert.equal(nameBefore('Andrew Teale –'), 'Andrew Teale');
    assert.equal(nameBefore('Cllr Hughes'), 'Hughes');
  });

  it('finds the name that starts one', () => {
    assert.equal(nameAfter('Councillor Rob Williams and Councillor David Davies is sitting'), 'Rob Williams');
    assert.equal(nameAfter('Councillor GA Vaughan-Powell.'), 'GA Vaughan-Powell');
  });

  it('finds a list of names before a verb', () => {
    assert.deepEqual(namesBefore("Councillors Toni Fagan and Helen l'Anson,"), ['Toni Fagan', "Helen l'Anson"]);
  });
});
