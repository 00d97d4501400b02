import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type MeetingChoice, type MovableItem, planMove } from './work-programme-move.ts';

const item = (over: Partial<MovableItem> = {}): MovableItem => ({ committeeId: 1, kind: 'scheduled', status: 'planned', municipalYearId: 10, meetingId: 5, meetingOn: '2026-03-17', ...over });
const meeting = (over: Partial<MeetingChoice> = {}): MeetingChoice => ({ id: 6, committeeId: 1, date: '2026-04-21', status: 'scheduled', municipalYearId: 10, ...over });
const today = '2026-03-02';

describe('planMove', () => {
  it('moves a scheduled item to another meeting, recording both meetings for the history', () => {
    const result = planMove(item(), meeting(), today);
    assert.ok(result.ok);
    assert.deepEqual(result.move, {
      kind: 'scheduled',
      meetingId: 6,
      municipalYearId: 10,
      change: { change: 'moved', fromMeetingId: 5, fromMeetingOn: '2026-03-17', toMeetingId: 6, toMeetingOn: '2026-04-21' },
    });
  });

  it('schedules a potential item given a meeting, and makes a scheduled item taken off its meeting potential again', () => {
    const scheduled = planMove(item({ kind: 'potential', meetingId: null, meetingOn: null }), meeting(), today);
    assert.ok(scheduled.ok && scheduled.move.kind === 'scheduled');
    const unscheduled = planMove(item(), null, today);
    assert.ok(unscheduled.ok);
    assert.deepEqual([unscheduled.move.kind, unscheduled.move.meetingId, unscheduled.move.change.toMeetingOn], ['potential', null, null]);
  });

  it('keeps an annual item and a task and finish review as they are', () => {
    for (const kind of ['annual', 'task-and-finish'] as const) {
      const result = planMove(item({ kind }), meeting(), today);
      assert.ok(result.ok && result.move.kind === kind, kind);
    }
  });

  it('moves the item into the municipal year of its new meeting', () => {
    const result = planMove(item(), meeting({ date: '2026-06-09', municipalYearId: 11 }), today);
    assert.ok(result.ok && result.move.municipalYearId === 11);
    const noYear = planMove(item(), meeting({ municipalYearId: null }), today);
    assert.ok(noYear.ok && noYear.move.municipalYearId === 10);
  });

  it('refuses the meeting it is on already, and taking off an item with no meeting', () => {
    assert.deepEqual(planMove(item(), meeting({ id: 5 }), today), { ok: false, problem: 'The item is already on that meeting: choose a different one' });
    assert.deepEqual(planMove(item({ meetingId: null, meetingOn: null }), null, today), { ok: false, problem: 'The item is not on a meeting already' });
  });

  it('refuses another committee’s meeting, a cancelled one and one already held', () => {
    assert.match(refusal(planMove(item(), meeting({ committeeId: 2 }), today)), /this committee’s meetings/);
    assert.match(refusal(planMove(item(), meeting({ status: 'cancelled' }), today)), /cancelled/);
    assert.match(refusal(planMove(item(), meeting({ date: '2026-03-01' }), today)), /already taken place/);
    assert.ok(planMove(item(), meeting({ date: today }), today).ok, 'a meeting today is still to come');
  });

  it('refuses workshops and briefing notes, which have dates, and settled items', () => {
    assert.match(refusal(planMove(item({ kind: 'workshop', meetingId: null }), meeting(), today)), /own dates/);
    assert.match(refusal(planMove(item({ kind: 'briefing-note', meetingId: null }), meeting(), today)), /own dates/);
    for (const status of ['completed', 'rejected', 'merged'] as const) assert.match(refusal(planMove(item({ status }), meeting(), today)), new RegExp(`is ${status}`));
  });
});

function refusal(result: ReturnType<typeof planMove>): string {
  assert.equal(result.ok, false);
  return result.ok ? '' : result.problem;
}
