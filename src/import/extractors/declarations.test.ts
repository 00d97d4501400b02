import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { blocksOf } from '../fixtures/blocks-of.ts';
import { readDeclarations } from './declarations.ts';

describe('readDeclarations', () => {
  it('is [] when the minutes say there were none', async () => {
    assert.deepEqual(readDeclarations(null, await blocksOf('There were no declarations of interest.')), []);
    assert.deepEqual(readDeclarations(await blocksOf('None.'), await blocksOf('None.')), []);
    assert.deepEqual(readDeclarations(null, await blocksOf('Declarations of interest: none')), []);
  });

  it('is null when nothing is said', async () => {
    assert.equal(readDeclarations(null, await blocksOf('The report was noted.')), null);
  });

  it('reads who declared what, for which item', async () => {
    const found = readDeclarations(null, await blocksOf('Councillor E Evans declared a personal interest in Item 5 as a governor of Northwold Academy. Cllr Hughes declared a non-pecuniary interest in item 25/06 as a member of the Bowls Club.'));
    assert.deepEqual(found, [
      { member: 'E Evans', item: '5', interest: 'personal interest in Item 5 as a governor of Northwold Academy' },
      { member: 'Hughes', item: '25/06', interest: 'non-pecuniary interest in item 25/06 as a member of the Bowls Club' },
    ]);
  });
});
