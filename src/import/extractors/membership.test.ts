import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { blocksOf } from '../fixtures/blocks-of.ts';
import { readMembership } from './membership.ts';

const members = async (text: string) => readMembership(await blocksOf(text)).map((m) => [m.name, m.role]);

describe('readMembership', () => {
  it('reads roles printed before names, carrying co-optee labels down the list', async () => {
    assert.deepEqual(
      await members('Membership\n\nChairperson Councillor Ann Able\nVice-chairperson Councillor Ben Baker\n\nCouncillor Cy Cole\n\nNon-Voting Member Councillor Di Dale\n\nCo-optee Eve Ellis Diocese of Ashby\nFay Ford Parent Governor Representative\n\nAgenda'),
      [['Ann Able', 'chair'], ['Ben Baker', 'vice-chair'], ['Cy Cole', 'member'], ['Di Dale', 'non-voting'], ['Eve Ellis', 'co-optee'], ['Fay Ford', 'co-optee']],
    );
  });

  it('reads roles on lines of their own before the name', async () => {
    assert.deepEqual(await members('Membership\n\nChairman\n\nCouncillor JG Jarrow\n\nVice-Chairman\n\nCouncillor SJ Robinsworth\n\nCouncillor PA Amberley\n\n# AGENDA'), [
      ['JG Jarrow', 'chair'],
      ['SJ Robinsworth', 'vice-chair'],
      ['PA Amberley', 'member'],
    ]);
  });

  it('reads a list with roles in brackets', async () => {
    assert.deepEqual(await members('Membership: Councillors: A Brown (Chair), C Davis (Vice-Chair), Evans'), [['A Brown', 'chair'], ['C Davis', 'vice-chair'], ['Evans', 'member']]);
  });

  it('is empty without a membership list', async () => {
    assert.deepEqual(await members('Agenda\n\n1. Apologies'), []);
  });
});
