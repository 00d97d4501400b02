import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fullerName, matchPerson, nameParts, namesAgree } from './person-matching.ts';

describe('person matching', () => {
  const john = { id: 1, fullName: 'John Smith' };
  const jane = { id: 2, fullName: 'Jane Smith' };
  const quinn = { id: 3, fullName: 'Peter Quinn' };

  it('splits run-together initials into one initial each', () => {
    assert.deepEqual(nameParts('PR Quinn'), { given: ['P', 'R'], family: 'Quinn' });
    assert.deepEqual(nameParts('J. A. Smith'), { given: ['J', 'A'], family: 'Smith' });
  });

  it('matches an initial to the given name it starts', () => {
    assert.equal(matchPerson('J Smith', [john]), 1);
    assert.equal(matchPerson('PR Quinn', [quinn]), 3);
  });

  it('matches a full name to a person known only by initial', () => {
    assert.equal(matchPerson('John Smith', [{ id: 9, fullName: 'J Smith' }]), 9);
  });

  it('keeps two Smiths with different given names apart', () => {
    assert.equal(matchPerson('Jane Smith', [john]), null);
    assert.equal(matchPerson('Jane Smith', [john, jane]), 2);
  });

  it('leaves an initial that fits two people unmatched', () => {
    assert.equal(matchPerson('J Smith', [john, jane]), null);
  });

  it('prefers the exact spelling over one that only agrees', () => {
    assert.equal(matchPerson('J Smith', [john, { id: 5, fullName: 'J Smith' }]), 5);
  });

  it('matches a lone surname only when one person has it', () => {
    assert.equal(matchPerson('Walsh', [{ id: 7, fullName: 'V Walsh' }, john]), 7);
    assert.equal(matchPerson('Smith', [john, jane]), null);
  });

  it('ignores case, accents and the kind of apostrophe', () => {
    assert.equal(matchPerson('helen l’estrange', [{ id: 8, fullName: "Helen l'Estrange" }]), 8);
    assert.equal(matchPerson('Zoe Bronte', [{ id: 6, fullName: 'Zoë Brontë' }]), 6);
  });

  it('does not match a different family name with the same given name', () => {
    assert.equal(namesAgree('John Smith', 'John Smyth'), false);
    assert.equal(matchPerson('John Smyth', [john]), null);
  });

  it('keeps the fuller spelling of a name', () => {
    assert.equal(fullerName('J Smith', 'John Smith'), 'John Smith');
    assert.equal(fullerName('John Smith', 'J Smith'), 'John Smith');
    assert.equal(fullerName('Peter Quinn', 'PR Quinn'), 'Peter Quinn');
  });
});
