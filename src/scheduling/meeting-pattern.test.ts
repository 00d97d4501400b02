import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { describePattern, patternDates, weekdayOfMonth } from './meeting-pattern.ts';

describe('weekdayOfMonth', () => {
  it('finds the nth weekday, including when the month starts on it', () => {
    assert.equal(weekdayOfMonth(2026, 9, 2, 2), '2026-09-08');
    assert.equal(weekdayOfMonth(2026, 9, 1, 2), '2026-09-01');
    assert.equal(weekdayOfMonth(2027, 3, 4, 2), '2027-03-23');
  });

  it('finds the last weekday of a month', () => {
    assert.equal(weekdayOfMonth(2026, 9, 'last', 2), '2026-09-29');
    assert.equal(weekdayOfMonth(2027, 2, 'last', 0), '2027-02-28');
  });
});

describe('patternDates', () => {
  it('gives the second Tuesday of every month except August across a municipal year', () => {
    const dates = patternDates({ kind: 'monthly', week: 2, weekday: 2, exceptMonths: [8] }, '2026-05-12', '2027-05-17');
    assert.deepEqual(dates, [
      '2026-05-12', '2026-06-09', '2026-07-14', '2026-09-08', '2026-10-13', '2026-11-10', '2026-12-08',
      '2027-01-12', '2027-02-09', '2027-03-09', '2027-04-13', '2027-05-11',
    ]);
  });

  it('leaves out a date that falls before the year starts', () => {
    const dates = patternDates({ kind: 'monthly', week: 1, weekday: 4, exceptMonths: [] }, '2026-05-12', '2026-07-31');
    assert.deepEqual(dates, ['2026-06-04', '2026-07-02']);
  });

  it('repeats every so many weeks from the first date, skipping excepted months', () => {
    const dates = patternDates({ kind: 'every-weeks', weeks: 6, firstDate: '2026-06-04', exceptMonths: [8, 12] }, '2026-05-12', '2026-12-31');
    // 27 August and 31 December fall in excepted months: the cadence carries on from them.
    assert.deepEqual(dates, ['2026-06-04', '2026-07-16', '2026-10-08', '2026-11-19']);
  });

  it('refuses a pattern that cannot repeat', () => {
    assert.throws(() => patternDates({ kind: 'every-weeks', weeks: 0, firstDate: '2026-06-04', exceptMonths: [] }, '2026-05-12', '2026-12-31'), RangeError);
  });
});

describe('describePattern', () => {
  it('says the pattern as a clerk would', () => {
    assert.equal(describePattern({ kind: 'monthly', week: 2, weekday: 2, exceptMonths: [8] }), 'The second Tuesday of every month except August');
    assert.equal(describePattern({ kind: 'monthly', week: 'last', weekday: 4, exceptMonths: [12, 8, 4] }), 'The last Thursday of every month except April, August and December');
    assert.equal(describePattern({ kind: 'every-weeks', weeks: 6, firstDate: '2026-06-04', exceptMonths: [] }), 'Every 6 weeks on a Thursday');
  });
});
