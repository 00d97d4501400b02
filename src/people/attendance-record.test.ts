import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { attendanceRecord, type PersonMeetingRow } from './attendance-record.ts';

const row = (over: Partial<PersonMeetingRow>): PersonMeetingRow => ({
  committeeSlug: 'audit', committeeName: 'Audit', meetingSlug: '2026-01-10', date: '2026-01-10', meetingStatus: 'minutes-approved', wasMember: true, attendance: 'present', ...over,
});

describe('attendanceRecord', () => {
  it('counts present and remote attendance as attended, apologies and absence as missed', () => {
    const { committees } = attendanceRecord([row({}), row({ attendance: 'remote-non-voting' }), row({ attendance: 'apologies' }), row({ attendance: 'absent' })]);
    assert.deepEqual(committees.map((c) => [c.expected, c.attended, c.percentage]), [[4, 2, 50]]);
  });

  it('counts a meeting the member is not recorded at as expected and missed', () => {
    const { total } = attendanceRecord([row({}), row({ attendance: null })]);
    assert.deepEqual([total.expected, total.attended, total.percentage], [2, 1, 50]);
  });

  it('leaves cancelled and not-yet-held meetings out', () => {
    const { total } = attendanceRecord([row({}), row({ meetingStatus: 'cancelled', attendance: null }), row({ meetingStatus: 'scheduled', attendance: null }), row({ meetingStatus: 'agenda-published', attendance: null })]);
    assert.deepEqual([total.expected, total.attended, total.percentage], [1, 1, 100]);
  });

  it('counts a substitute’s meeting apart, not as one they were expected at', () => {
    const { committees, total } = attendanceRecord([
      row({ attendance: 'apologies' }),
      row({ committeeSlug: 'cabinet', committeeName: 'Cabinet', wasMember: false, attendance: 'substitute' }),
    ]);
    assert.deepEqual(committees.map((c) => [c.committeeName, c.expected, c.attended, c.percentage, c.asSubstitute]), [
      ['Audit', 1, 0, 0, 0],
      ['Cabinet', 0, 0, null, 1],
    ]);
    assert.deepEqual([total.expected, total.percentage, total.asSubstitute], [1, 0, 1]);
  });

  it('ignores meetings attended in another capacity, such as an officer in attendance', () => {
    const { committees } = attendanceRecord([row({ wasMember: false, attendance: 'in-attendance' })]);
    assert.deepEqual(committees, []);
  });

  it('rounds to a whole per cent and has no percentage without expected meetings', () => {
    assert.equal(attendanceRecord([row({}), row({}), row({ attendance: 'apologies' })]).total.percentage, 67);
    assert.equal(attendanceRecord([]).total.percentage, null);
  });
});
