import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { AttendanceStatus } from '../meetings/meeting-tables.ts';
import { outcomeProblem, tallyVotes, type Vote, voteProblems, votingMembers } from './voting.ts';

const attendee = (personId: number, name: string, status: AttendanceStatus, hasVote = true, attendedRemotely = false) => ({ personId, name, status, hasVote, attendedRemotely });
const attendees = [
  attendee(1, 'Ann Ames', 'present'),
  attendee(2, 'Ben Bell', 'substitute'),
  attendee(3, 'Cat Cole', 'remote-non-voting', true, true),
  attendee(4, 'Dan Dee', 'present', false),
  attendee(5, 'Eve Ely', 'apologies'),
  attendee(6, 'Fay Fox', 'in-attendance'),
  attendee(7, 'Gus Gray', 'present'),
  attendee(8, 'Hal Hunt', 'present', true, true),
];

describe('votingMembers', () => {
  it('are the voting members present in law: in the room, substitutes, and remote where that counts as present', () => {
    assert.deepEqual(votingMembers(attendees, new Set()).map((a) => a.personId), [1, 2, 7, 8]);
  });

  it('leave out a member who withdrew from the item after declaring an interest', () => {
    assert.deepEqual(votingMembers(attendees, new Set([7])).map((a) => a.personId), [1, 2, 8]);
  });
});

describe('voteProblems', () => {
  const recorded = (entries: [number, Vote][]) => new Map(entries);

  it('accepts votes from voting members present', () => {
    assert.deepEqual(voteProblems(recorded([[1, 'for'], [2, 'against'], [8, 'abstain']]), attendees, new Set()), new Map());
  });

  it('refuses a vote from a member attending remotely in England', () => {
    assert.equal(voteProblems(recorded([[3, 'for']]), attendees, new Set()).get(3), 'Cat Cole attended remotely, which does not count as present, so may not vote');
  });

  it('refuses votes from non-voting members, absent members, officers and people not at the meeting', () => {
    const problems = voteProblems(recorded([[4, 'for'], [5, 'for'], [6, 'for'], [99, 'for']]), attendees, new Set());
    assert.equal(problems.get(4), 'Dan Dee is a non-voting member');
    assert.equal(problems.get(5), 'Eve Ely was not present');
    assert.equal(problems.get(6), 'Fay Fox attended but is not a member of the committee');
    assert.equal(problems.get(99), 'This person was not recorded as attending the meeting');
  });

  it('refuses a vote from a member who withdrew from the item', () => {
    assert.equal(voteProblems(recorded([[7, 'against']]), attendees, new Set([7])).get(7), 'Gus Gray left the meeting for this item after declaring an interest');
  });
});

describe('tallyVotes and outcomeProblem', () => {
  it('counts for, against and abstentions', () => {
    assert.deepEqual(tallyVotes(['for', 'for', 'against', 'abstain']), { for: 2, against: 1, abstain: 1 });
  });

  it('refuses "carried" when more voted against', () => {
    assert.match(outcomeProblem({ for: 2, against: 3, abstain: 0 }, 'carried')!, /cannot have been carried/);
  });

  it('refuses "lost" when more voted for', () => {
    assert.match(outcomeProblem({ for: 4, against: 1, abstain: 2 }, 'lost')!, /cannot have been lost/);
  });

  it("lets a tie go either way, on the chair's casting vote", () => {
    assert.equal(outcomeProblem({ for: 3, against: 3, abstain: 0 }, 'carried'), null);
    assert.equal(outcomeProblem({ for: 3, against: 3, abstain: 0 }, 'lost'), null);
  });

  it('has nothing to say when no vote was recorded', () => {
    assert.equal(outcomeProblem({ for: 0, against: 0, abstain: 0 }, 'carried'), null);
  });
});
