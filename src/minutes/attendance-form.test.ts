import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CHAIR_FIELD, chairCandidates, memberField, readAttendanceForm, substituteField } from './attendance-form.ts';
import type { Roster, RosterMember } from './meeting-record-repository.ts';

const person = (personId: number, name: string, extra: Partial<RosterMember> = {}): RosterMember => ({
  personId,
  name,
  fullName: name,
  politicalGroupId: 1,
  groupName: 'Independent',
  role: 'member',
  memberType: 'councillor',
  isSubstitute: false,
  hasVote: true,
  email: null,
  ...extra,
});
const roster: Roster = {
  members: [person(1, 'Ann Ames', { role: 'chair' }), person(2, 'Ben Bell'), person(3, 'Cat Cole')],
  pool: [person(11, 'Sue Stone', { isSubstitute: true })],
};

describe('readAttendanceForm', () => {
  it('records each member as ticked, a substitute in the seat of a member who sent apologies, and the chair', () => {
    const result = readAttendanceForm(
      { [memberField(1)]: 'present', [memberField(2)]: 'apologies', [memberField(3)]: 'remote', [substituteField(11)]: '2', [CHAIR_FIELD]: '1' },
      roster,
      'england',
    );
    assert.deepEqual(result.problems, {});
    assert.deepEqual(result.entries, [
      { personId: 1, status: 'present', attendedRemotely: false, substituteForPersonId: null, isChairOfMeeting: true, capacity: null },
      { personId: 2, status: 'apologies', attendedRemotely: false, substituteForPersonId: null, isChairOfMeeting: false, capacity: null },
      { personId: 3, status: 'remote-non-voting', attendedRemotely: true, substituteForPersonId: null, isChairOfMeeting: false, capacity: null },
      { personId: 11, status: 'substitute', attendedRemotely: false, substituteForPersonId: 2, isChairOfMeeting: false, capacity: null },
    ]);
  });

  it('records remote attendance in Wales as present', () => {
    const result = readAttendanceForm({ [memberField(3)]: 'remote' }, roster, 'wales');
    assert.deepEqual(result.entries.map((e) => [e.status, e.attendedRemotely]), [['present', true]]);
  });

  it('leaves members with nothing ticked unrecorded', () => {
    assert.deepEqual(readAttendanceForm({ [memberField(2)]: 'apologies' }, roster, 'england').entries.map((e) => e.personId), [2]);
  });

  it('ignores fields for people who are not on the roster', () => {
    assert.deepEqual(readAttendanceForm({ [memberField(99)]: 'present', [substituteField(98)]: '2' }, roster, 'england').entries, []);
  });

  it('names the field when a status is not one of the choices', () => {
    assert.deepEqual(readAttendanceForm({ [memberField(2)]: 'asleep' }, roster, 'england').problems, { [memberField(2)]: 'Select how Ben Bell attended' });
  });

  it('refuses a substitute for a member who was there, and does not record them', () => {
    const result = readAttendanceForm({ [memberField(2)]: 'present', [substituteField(11)]: '2' }, roster, 'england');
    assert.equal(result.problems[substituteField(11)], 'Sue Stone can only substitute for Ben Bell if Ben Bell sent apologies');
    assert.equal(result.entries.some((e) => e.personId === 11), false);
  });

  it('refuses a chair who was not present in law', () => {
    const result = readAttendanceForm({ [memberField(3)]: 'remote', [CHAIR_FIELD]: '3' }, roster, 'england');
    assert.equal(result.problems[CHAIR_FIELD], 'Cat Cole was not present, so cannot have chaired the meeting');
  });

  it('lets a substitute chair the meeting', () => {
    const result = readAttendanceForm({ [memberField(1)]: 'apologies', [substituteField(11)]: '1', [CHAIR_FIELD]: '11' }, roster, 'england');
    assert.deepEqual(result.problems, {});
    assert.equal(result.entries.find((e) => e.personId === 11)?.isChairOfMeeting, true);
  });

  it('refuses a chair who sent apologies, naming the chair field', () => {
    const result = readAttendanceForm({ [memberField(1)]: 'apologies', [memberField(2)]: 'present', [CHAIR_FIELD]: '1' }, roster, 'england');
    assert.deepEqual(Object.keys(result.problems), [CHAIR_FIELD]);
    assert.equal(result.problems[CHAIR_FIELD], 'Ann Ames was not present, so cannot have chaired the meeting');
  });

  it('refuses a chair from outside the committee', () => {
    assert.match(readAttendanceForm({ [CHAIR_FIELD]: '42' }, roster, 'england').problems[CHAIR_FIELD]!, /Select a member of the committee/);
  });
});

describe('chairCandidates', () => {
  const names = (values: Record<string, string>, nation: 'england' | 'wales' = 'england') => chairCandidates(roster, values, nation).map((p) => p.name);

  it('offers everyone on the roster before any attendance is recorded', () => {
    assert.deepEqual(names({}), ['Ann Ames', 'Ben Bell', 'Cat Cole', 'Sue Stone']);
    assert.deepEqual(names({ [memberField(1)]: '', [substituteField(11)]: '', [CHAIR_FIELD]: '' }), ['Ann Ames', 'Ben Bell', 'Cat Cole', 'Sue Stone']);
  });

  it('offers only those present once attendance is recorded: not apologies, absence, the unrecorded or, in England, the remote', () => {
    const values = { [memberField(1)]: 'apologies', [memberField(2)]: 'present', [memberField(3)]: 'remote', [substituteField(11)]: '1', [CHAIR_FIELD]: '' };
    assert.deepEqual(names(values), ['Ben Bell', 'Sue Stone']);
    assert.deepEqual(names(values, 'wales'), ['Ben Bell', 'Cat Cole', 'Sue Stone']);
    assert.deepEqual(names({ [memberField(2)]: 'absent', [memberField(3)]: 'present' }), ['Cat Cole']);
  });

  it('keeps the chair as selected, so a refused choice is shown as it was sent', () => {
    assert.deepEqual(names({ [memberField(1)]: 'apologies', [memberField(2)]: 'present', [CHAIR_FIELD]: '1' }), ['Ann Ames', 'Ben Bell']);
  });
});
