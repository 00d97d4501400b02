import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { workingCalendar } from '../deadlines/working-calendar.ts';
import { publicationTiming } from './publication-timing.ts';

const england = workingCalendar('england');

describe('publicationTiming', () => {
  it('is in time with five clear working days before a Tuesday meeting', () => {
    // Published Monday 2 March; clear days Tue 3 to Mon 9 March, less the weekend.
    const timing = publicationTiming(england, '2026-03-10', new Date('2026-03-02T16:00:00Z'));
    assert.deepEqual({ ...timing, deadlineAt: undefined }, { deadlineOn: '2026-03-02', deadlineAt: undefined, clearWorkingDays: 5, requiredClearDays: 5, inTime: true, meetingDayHasPassed: false });
  });

  it('is late the day after the deadline, counting the day of publication out', () => {
    const timing = publicationTiming(england, '2026-03-10', new Date('2026-03-03T09:00:00Z'));
    assert.equal(timing.clearWorkingDays, 4);
    assert.equal(timing.inTime, false);
  });

  it('reads the day of publication in London: 11.30pm BST is the next day in London', () => {
    // 22:30 UTC on Monday 1 June 2026 is 23:30 BST the same Monday; 23:30 UTC is already Tuesday.
    assert.equal(publicationTiming(england, '2026-06-09', new Date('2026-06-01T22:30:00Z')).inTime, true);
    assert.equal(publicationTiming(england, '2026-06-09', new Date('2026-06-01T23:30:00Z')).inTime, false);
  });

  it('does not count the Easter bank holidays', () => {
    // Good Friday 3 April and Easter Monday 6 April 2026.
    const timing = publicationTiming(england, '2026-04-09', new Date('2026-03-31T10:00:00Z'));
    // Clear days Wed 1, Thu 2, Tue 7 and Wed 8 April: four.
    assert.equal(timing.clearWorkingDays, 4);
    assert.equal(timing.deadlineOn, '2026-03-30');
  });

  it('gives no clear days on the day of the meeting, and says when the day has gone', () => {
    assert.equal(publicationTiming(england, '2026-03-10', new Date('2026-03-10T08:00:00Z')).clearWorkingDays, 0);
    assert.equal(publicationTiming(england, '2026-03-10', new Date('2026-03-10T08:00:00Z')).meetingDayHasPassed, false);
    assert.equal(publicationTiming(england, '2026-03-10', new Date('2026-03-11T08:00:00Z')).meetingDayHasPassed, true);
  });
});
