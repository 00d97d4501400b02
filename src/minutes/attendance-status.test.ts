import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { attendanceChoiceOf, isPresentInLaw, recordedAttendance, remoteAttendanceExplanation, remoteAttendeesArePresent } from './attendance-status.ts';

describe('remote attendance by nation', () => {
  it('in England records a remote member as not present, non-voting', () => {
    assert.equal(remoteAttendeesArePresent('england'), false);
    const row = recordedAttendance('remote', 'england');
    assert.deepEqual(row, { status: 'remote-non-voting', attendedRemotely: true });
    assert.equal(isPresentInLaw(row), false);
  });

  it('in Wales records a remote member as present, who may vote', () => {
    const row = recordedAttendance('remote', 'wales');
    assert.deepEqual(row, { status: 'present', attendedRemotely: true });
    assert.equal(isPresentInLaw(row), true);
  });

  it('reads both ways of storing remote attendance back as "remote"', () => {
    assert.equal(attendanceChoiceOf({ status: 'remote-non-voting', attendedRemotely: false }), 'remote');
    assert.equal(attendanceChoiceOf({ status: 'present', attendedRemotely: true }), 'remote');
    assert.equal(attendanceChoiceOf({ status: 'present', attendedRemotely: false }), 'present');
    assert.equal(attendanceChoiceOf({ status: 'substitute', attendedRemotely: false }), null);
  });

  it('keeps apologies and absence as they are, and neither is present', () => {
    for (const choice of ['apologies', 'absent'] as const) {
      const row = recordedAttendance(choice, 'wales');
      assert.deepEqual(row, { status: choice, attendedRemotely: false });
      assert.equal(isPresentInLaw(row), false);
    }
  });

  it("tells the clerk what remote attendance means in the council's nation", () => {
    assert.match(remoteAttendanceExplanation('england'), /not present in law.*may not vote/);
    assert.match(remoteAttendanceExplanation('wales'), /counts as present and may vote/);
  });
});
