import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { AttendanceLike } from './attendance.ts';
import { groupAttendance } from './attendance.ts';

const row = (name: string, status: AttendanceLike['status'], isChairOfMeeting = false) => ({ name, status, isChairOfMeeting });

describe('groupAttendance', () => {
  it('puts whoever chaired the meeting first among those present', () => {
    const { present } = groupAttendance([row('Ames', 'present'), row('Cole', 'present', true)]);
    assert.deepEqual(present.map((r) => r.name), ['Cole', 'Ames']);
  });

  it('keeps remote attenders apart from those present', () => {
    const record = groupAttendance([row('Ames', 'present'), row('Dee', 'remote-non-voting')]);
    assert.deepEqual(record.present.map((r) => r.name), ['Ames']);
    assert.deepEqual(record.remote.map((r) => r.name), ['Dee']);
  });

  it('separates apologies, substitutes and officers in attendance', () => {
    const record = groupAttendance([row('A', 'apologies'), row('S', 'substitute'), row('O', 'in-attendance'), row('X', 'absent')]);
    assert.deepEqual(
      [record.apologies, record.substitutes, record.inAttendance, record.absent].map((g) => g.map((r) => r.name)),
      [['A'], ['S'], ['O'], ['X']],
    );
  });
});
