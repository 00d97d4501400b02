import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { hasMinutes, meetingWindow } from './meeting-views.ts';

describe('meetingWindow', () => {
  it('runs from three months back to six months ahead', () => {
    assert.deepEqual(meetingWindow('2026-05-15'), { from: '2026-02-15', to: '2026-11-15' });
  });
  it('clamps to the end of a shorter month', () => {
    assert.deepEqual(meetingWindow('2026-08-31'), { from: '2026-05-31', to: '2027-02-28' });
  });
});

describe('hasMinutes', () => {
  it('shows draft and approved minutes, not those of a meeting yet to be held', () => {
    assert.equal(hasMinutes('draft-minutes'), true);
    assert.equal(hasMinutes('minutes-approved'), true);
    assert.equal(hasMinutes('agenda-published'), false);
    assert.equal(hasMinutes('held'), false);
  });
});
