import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { committeeDeadlineRules, DEFAULT_QUESTION_DEADLINE, DEFAULT_REPORT_DEADLINE, deadlineFor, deadlineWindow } from './deadline-rules.ts';
import { workingCalendar } from './working-calendar.ts';

const england = workingCalendar('england');
const fivePmTwoDays = { workingDaysBefore: 2, time: '17:00' };

describe('committeeDeadlineRules', () => {
  it('uses the council defaults where the committee sets nothing', () => {
    assert.deepEqual(committeeDeadlineRules({ reportDeadlineWorkingDays: null, questionDeadlineWorkingDays: null, questionDeadlineTime: null }), {
      report: DEFAULT_REPORT_DEADLINE,
      question: DEFAULT_QUESTION_DEADLINE,
    });
  });

  it("takes the committee's own settings, with PostgreSQL's time format", () => {
    assert.deepEqual(committeeDeadlineRules({ reportDeadlineWorkingDays: 12, questionDeadlineWorkingDays: 2, questionDeadlineTime: '12:00:00' }), {
      report: { workingDaysBefore: 12, time: '12:00' },
      question: { workingDaysBefore: 2, time: '12:00' },
    });
  });

  it('lets a council replace the defaults', () => {
    const council = { report: { workingDaysBefore: 15, time: '09:00' }, question: { workingDaysBefore: 3, time: '10:00' } };
    assert.deepEqual(committeeDeadlineRules({ reportDeadlineWorkingDays: null, questionDeadlineWorkingDays: 5, questionDeadlineTime: null }, council), {
      report: { workingDaysBefore: 15, time: '09:00' },
      question: { workingDaysBefore: 5, time: '10:00' },
    });
  });

  it('refuses a negative or fractional number of days, naming the setting', () => {
    assert.throws(() => committeeDeadlineRules({ reportDeadlineWorkingDays: -1, questionDeadlineWorkingDays: null, questionDeadlineTime: null }), /reportDeadlineWorkingDays must be a whole number/);
    assert.throws(() => committeeDeadlineRules({ reportDeadlineWorkingDays: null, questionDeadlineWorkingDays: 1.5, questionDeadlineTime: null }), /questionDeadlineWorkingDays/);
    assert.throws(() => committeeDeadlineRules({ reportDeadlineWorkingDays: null, questionDeadlineWorkingDays: null, questionDeadlineTime: '5pm' }), /not a 24-hour HH:MM time: 5pm/);
  });
});

describe('deadlineFor', () => {
  it('puts "5pm, two working days before" a Thursday on the Tuesday, in London time', () => {
    assert.equal(deadlineFor(england, '2025-10-23', fivePmTwoDays).toISOString(), '2025-10-21T16:00:00.000Z', 'BST');
    assert.equal(deadlineFor(england, '2025-10-30', fivePmTwoDays).toISOString(), '2025-10-28T17:00:00.000Z', 'GMT from 26 October');
  });

  it('keeps 5pm on the clock when the deadline and the meeting straddle a clock change', () => {
    // The clocks go forward on Sunday 29 March 2026.
    assert.equal(deadlineFor(england, '2026-04-02', { workingDaysBefore: 4, time: '17:00' }).toISOString(), '2026-03-27T17:00:00.000Z');
    assert.equal(deadlineFor(england, '2026-04-02', fivePmTwoDays).toISOString(), '2026-03-31T16:00:00.000Z');
  });

  it('skips Easter for "noon, ten working days before"', () => {
    assert.equal(deadlineFor(england, '2026-04-09', { workingDaysBefore: 10, time: '12:00' }).toISOString(), '2026-03-24T12:00:00.000Z');
  });

  it('skips Christmas substitute days and the Coronation', () => {
    assert.equal(deadlineFor(england, '2027-12-30', fivePmTwoDays).toISOString(), '2027-12-24T17:00:00.000Z');
    assert.equal(deadlineFor(england, '2023-05-10', fivePmTwoDays).toISOString(), '2023-05-05T16:00:00.000Z');
  });

  it('allows a same-day rule, not one after the meeting', () => {
    assert.equal(deadlineFor(england, '2026-01-14', { workingDaysBefore: 0, time: '12:00' }).toISOString(), '2026-01-14T12:00:00.000Z');
    assert.throws(() => deadlineFor(england, '2026-01-14', { workingDaysBefore: -1, time: '12:00' }), /before the meeting/);
  });
});

describe('deadlineWindow', () => {
  const dueAt = new Date('2026-07-14T16:00:00Z'); // 5pm BST on Tuesday 14 July

  it('is open before the day, closes today on the day, and has passed after the instant', () => {
    assert.equal(deadlineWindow(dueAt, new Date('2026-07-13T16:00:00Z')), 'open');
    assert.equal(deadlineWindow(dueAt, new Date('2026-07-14T08:00:00Z')), 'closes-today');
    assert.equal(deadlineWindow(dueAt, dueAt), 'closes-today', 'a submission at exactly 5pm is in time');
    assert.equal(deadlineWindow(dueAt, new Date('2026-07-14T16:00:01Z')), 'passed');
  });

  it('reads "today" in London: 00:30 BST is already the day of the deadline', () => {
    assert.equal(deadlineWindow(dueAt, new Date('2026-07-13T23:30:00Z')), 'closes-today');
    assert.equal(deadlineWindow(dueAt, new Date('2026-07-13T22:59:00Z')), 'open');
  });
});
