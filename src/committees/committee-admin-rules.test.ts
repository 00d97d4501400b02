import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type CommitteeNode, committeeProblems, committeeWarnings } from './committee-admin-rules.ts';

const committees: CommitteeNode[] = [
  { id: 1, name: 'Council', kind: 'full-council', parentCommitteeId: null },
  { id: 2, name: 'Children’s Scrutiny Committee', kind: 'scrutiny', parentCommitteeId: null },
  { id: 3, name: 'Planning Committee', kind: 'regulatory', parentCommitteeId: null },
  { id: 4, name: 'School Transport Review', kind: 'task-and-finish', parentCommitteeId: 2 },
  { id: 5, name: 'Licensing Sub-Committee', kind: 'sub-committee', parentCommitteeId: 3 },
];

describe('committeeProblems', () => {
  it('accepts a task and finish group under a scrutiny committee with a scope', () => {
    assert.deepEqual(committeeProblems({ kind: 'task-and-finish', parentCommitteeId: 2, purpose: 'Review home to school transport' }, { committees }), {});
  });

  it('asks a task and finish group for its parent scrutiny committee and its scope', () => {
    assert.deepEqual(committeeProblems({ kind: 'task-and-finish', parentCommitteeId: null, purpose: null }, { committees }), {
      parentCommitteeId: 'Choose the scrutiny committee the task and finish group reports to',
      purpose: 'Enter the group’s scope: what it will review and report back on',
    });
  });

  it('refuses a task and finish group under a committee that is not scrutiny', () => {
    assert.equal(
      committeeProblems({ kind: 'task-and-finish', parentCommitteeId: 3, purpose: 'x' }, { committees }).parentCommitteeId,
      'A task and finish group reports to a scrutiny committee, and Planning Committee is not one',
    );
  });

  it('asks a sub-committee for the committee it reports to', () => {
    assert.equal(committeeProblems({ kind: 'sub-committee', parentCommitteeId: null, purpose: null }, { committees }).parentCommitteeId, 'Choose the committee this sub-committee reports to');
  });

  it('refuses a parent for full council', () => {
    assert.match(committeeProblems({ kind: 'full-council', parentCommitteeId: 2, purpose: null }, { committees }).parentCommitteeId ?? '', /^Full council does not report/);
  });

  it('refuses a committee under itself or under one of its own groups', () => {
    assert.equal(committeeProblems({ kind: 'scrutiny', parentCommitteeId: 2, purpose: null }, { committeeId: 2, committees }).parentCommitteeId, 'A committee cannot report to itself');
    assert.equal(
      committeeProblems({ kind: 'scrutiny', parentCommitteeId: 4, purpose: null }, { committeeId: 2, committees }).parentCommitteeId,
      'School Transport Review reports to this committee, so this committee cannot report to it',
    );
  });

  it('refuses a parent that is not in the list', () => {
    assert.equal(committeeProblems({ kind: 'sub-committee', parentCommitteeId: 99, purpose: null }, { committees }).parentCommitteeId, 'Choose a committee from the list');
  });
});

describe('committeeWarnings', () => {
  const group = { kind: 'task-and-finish' as const, quorum: null, isActive: true };

  it('warns when a task and finish group has fewer than two members', () => {
    assert.deepEqual(committeeWarnings(group, { current: 1, hasChair: true }), ['A task and finish group needs at least 2 members; this one has 1.']);
    assert.deepEqual(committeeWarnings(group, { current: 2, hasChair: true }), []);
  });

  it('warns when no one chairs a committee that has members', () => {
    assert.deepEqual(committeeWarnings({ kind: 'scrutiny', quorum: 3, isActive: true }, { current: 9, hasChair: false }), ['No one is chair of this committee today.']);
  });

  it('warns when the quorum can never be met', () => {
    assert.match(committeeWarnings({ kind: 'regulatory', quorum: 5, isActive: true }, { current: 4, hasChair: true })[0] ?? '', /could never be quorate/);
  });

  it('says nothing about an inactive committee', () => {
    assert.deepEqual(committeeWarnings({ ...group, isActive: false }, { current: 0, hasChair: false }), []);
  });
});
