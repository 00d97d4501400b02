import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { MemberLike } from './membership.ts';
import { arrangeMembership, describeMembership } from './membership.ts';

const member = (name: string, overrides: Partial<MemberLike> = {}) => ({
  name,
  role: 'member' as const,
  memberType: 'councillor' as const,
  isSubstitute: false,
  ...overrides,
});

describe('arrangeMembership', () => {
  it('puts the chair and vice-chair before the other members', () => {
    const { members } = arrangeMembership([member('Ames'), member('Vale', { role: 'vice-chair' }), member('Cole', { role: 'chair' })]);
    assert.deepEqual(members.map((m) => m.name), ['Cole', 'Vale', 'Ames']);
  });

  it('lists co-optees apart from councillors, voting ones first', () => {
    const { members, coOptees } = arrangeMembership([
      member('Parent rep', { memberType: 'non-voting-co-optee' }),
      member('Diocese rep', { memberType: 'voting-co-optee' }),
      member('Ames'),
    ]);
    assert.deepEqual(members.map((m) => m.name), ['Ames']);
    assert.deepEqual(coOptees.map((m) => m.name), ['Diocese rep', 'Parent rep']);
  });

  it('keeps named substitutes out of the membership', () => {
    const { members, substitutes } = arrangeMembership([member('Ames'), member('Sub', { isSubstitute: true })]);
    assert.deepEqual(members.map((m) => m.name), ['Ames']);
    assert.deepEqual(substitutes.map((m) => m.name), ['Sub']);
  });
});

describe('describeMembership', () => {
  it('names roles in the council’s words', () => {
    assert.equal(describeMembership(member('x', { role: 'vice-chair' })), 'Vice-chair');
    assert.equal(describeMembership(member('x', { memberType: 'non-voting-co-optee' })), 'Co-opted member (non-voting)');
    assert.equal(describeMembership(member('x', { memberType: 'non-voting-councillor' })), 'Member (non-voting)');
    assert.equal(describeMembership(member('x', { isSubstitute: true })), 'Named substitute');
  });
});
