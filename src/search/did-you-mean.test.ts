import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { didYouMean } from './did-you-mean.ts';
import type { NameMatch } from './name-match-repository.ts';

const woodward: NameMatch = { kind: 'person', slug: 'hannah-woodward', name: 'Hannah Woodward', detail: 'Councillor', similarity: 0.78 };
const audit: NameMatch = { kind: 'committee', slug: 'audit', name: 'Audit and Governance Committee', detail: 'Committee', similarity: 1 };

describe('didYouMean', () => {
  it('suggests the closest name when a word searched for is misspelt', () => {
    assert.equal(didYouMean('woodwart', [woodward])?.name, 'Hannah Woodward');
  });
  it('suggests nothing when every word is already in the name', () => {
    assert.equal(didYouMean('Audit', [audit]), null);
    assert.equal(didYouMean('hannah  WOODWARD', [woodward]), null);
  });
  it('suggests nothing without matches', () => {
    assert.equal(didYouMean('drainage', []), null);
  });
});
