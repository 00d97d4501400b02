import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { declarationProblems } from './declaration-rules.ts';

describe('declarationProblems', () => {
  it('requires a member with a disclosable pecuniary interest to withdraw', () => {
    assert.match(declarationProblems({ kind: 'disclosable-pecuniary', withdrew: false, dispensation: false }).withdrew!, /must leave the meeting/);
  });

  it('accepts a disclosable pecuniary interest when the member withdrew, or had a dispensation', () => {
    assert.deepEqual(declarationProblems({ kind: 'disclosable-pecuniary', withdrew: true, dispensation: false }), {});
    assert.deepEqual(declarationProblems({ kind: 'disclosable-pecuniary', withdrew: false, dispensation: true }), {});
  });

  it('lets a member with another interest stay', () => {
    for (const kind of ['other-registrable', 'non-registrable', 'other'] as const) {
      assert.deepEqual(declarationProblems({ kind, withdrew: false, dispensation: false }), {});
    }
  });
});
