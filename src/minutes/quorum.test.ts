import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkQuorum, quorumRequired } from './quorum.ts';

describe('quorumRequired', () => {
  it("uses the committee's own quorum when it has one", () => {
    assert.equal(quorumRequired(4, 12), 4);
  });

  it('defaults to a quarter of the voting members, rounded up', () => {
    assert.equal(quorumRequired(null, 16), 4);
    assert.equal(quorumRequired(null, 17), 5);
    assert.equal(quorumRequired(null, 51), 13);
  });

  it('defaults to at least three', () => {
    assert.equal(quorumRequired(null, 9), 3);
    assert.equal(quorumRequired(null, 12), 3);
  });

  it('never asks for more members than the committee has', () => {
    assert.equal(quorumRequired(null, 2), 2);
  });
});

describe('checkQuorum', () => {
  const member = (status: 'present' | 'substitute' | 'remote-non-voting' | 'apologies', hasVote = true, attendedRemotely = false) => ({ status, hasVote, attendedRemotely });

  it('counts voting members present and substitutes in their seats', () => {
    assert.deepEqual(checkQuorum([member('present'), member('present'), member('substitute'), member('apologies')], 3), { required: 3, present: 3, isQuorate: true });
  });

  it('does not count members attending remotely in England', () => {
    assert.deepEqual(checkQuorum([member('present'), member('present'), member('remote-non-voting', true, true)], 3), { required: 3, present: 2, isQuorate: false });
  });

  it('counts members attending remotely where they are present in law', () => {
    assert.equal(checkQuorum([member('present'), member('present'), { status: 'present', hasVote: true, attendedRemotely: true }], 3).isQuorate, true);
  });

  it('does not count non-voting co-optees', () => {
    assert.equal(checkQuorum([member('present'), member('present'), member('present', false)], 3).present, 2);
  });
});
