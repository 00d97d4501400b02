import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type ChangeRecord, describeChange } from './work-programme-history.ts';

const record = (over: Partial<ChangeRecord>): ChangeRecord => ({ change: 'moved', fromMeetingOn: null, toMeetingOn: null, currentPosition: null, status: null, ...over });

describe('describeChange', () => {
  it('names both meetings of a move by the dates they had', () => {
    assert.equal(describeChange(record({ fromMeetingOn: '2026-03-17', toMeetingOn: '2026-04-21' })), 'Moved from the meeting on Tuesday 17 March 2026 to the meeting on Tuesday 21 April 2026');
  });

  it('says when an item is first scheduled and when it is taken off a meeting', () => {
    assert.equal(describeChange(record({ toMeetingOn: '2026-04-21' })), 'Scheduled for the meeting on Tuesday 21 April 2026');
    assert.equal(describeChange(record({ fromMeetingOn: '2026-03-17' })), 'Taken off the meeting on Tuesday 17 March 2026: not yet scheduled');
  });

  it('gives the new current position with its status, or the status alone', () => {
    assert.equal(describeChange(record({ change: 'position', currentPosition: 'Report requested', status: 'in-progress' })), 'Current position: Report requested (in progress)');
    assert.equal(describeChange(record({ change: 'position', status: 'deferred' })), 'Status: deferred');
  });

  it('describes additions and triage decisions', () => {
    assert.equal(describeChange(record({ change: 'added', toMeetingOn: '2026-04-21' })), 'Added to the work programme for the meeting on Tuesday 21 April 2026');
    assert.equal(describeChange(record({ change: 'added' })), 'Added to the work programme');
    assert.equal(describeChange(record({ change: 'accepted' })), 'Suggestion from the public accepted as a potential item');
    assert.equal(describeChange(record({ change: 'merged-in' })), 'A suggestion from the public was merged into this item');
  });
});
