import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type GroupMember, taskAndFinishMembershipWarnings } from './task-and-finish-membership.ts';

const member = (personId: number, over: Partial<GroupMember> = {}): GroupMember => ({ personId, role: 'member', isSubstitute: false, ...over });
const keys = (members: GroupMember[], parent: number[] | null) => taskAndFinishMembershipWarnings(members, parent ? new Set(parent) : null).map((w) => w.key);

describe('taskAndFinishMembershipWarnings', () => {
  it('has nothing to say of two parent committee members with a chair', () => {
    assert.deepEqual(keys([member(1, { role: 'chair' }), member(2)], [1, 2, 3]), []);
  });

  it('warns when the group has fewer than two members, saying how many it has', () => {
    const warnings = taskAndFinishMembershipWarnings([member(1, { role: 'chair' })], new Set([1]));
    assert.equal(warnings[0]!.text, 'A task and finish group needs at least 2 members; this group has 1.');
    assert.deepEqual(keys([], null), ['too-few-members']);
  });

  it('does not count substitutes, nor the same person twice', () => {
    assert.deepEqual(keys([member(1, { role: 'chair' }), member(2, { isSubstitute: true })], [1, 2]), ['too-few-members', 'too-few-from-parent']);
    assert.deepEqual(keys([member(1, { role: 'chair' }), member(1)], [1]), ['too-few-members', 'too-few-from-parent']);
  });

  it('warns when fewer than two members sit on the parent committee', () => {
    const warnings = taskAndFinishMembershipWarnings([member(1, { role: 'chair' }), member(2), member(3)], new Set([1]));
    assert.deepEqual(warnings.map((w) => w.text), ['At least 2 of the group’s members should sit on the committee that set it up; one does.']);
    assert.match(taskAndFinishMembershipWarnings([member(4, { role: 'chair' }), member(5)], new Set([1]))[0]!.text, /none does/);
  });

  it('warns when no one chairs the group', () => {
    assert.deepEqual(keys([member(1), member(2)], null), ['no-chair']);
  });
});
