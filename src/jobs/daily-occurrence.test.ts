import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isIsoDate, nextDailyOccurrence } from './daily-occurrence.ts';

const next = (after: string, at: string, timeZone?: string) => {
  const occurrence = nextDailyOccurrence(new Date(after), at, timeZone);
  return { date: occurrence.date, instant: occurrence.instant.toISOString() };
};

describe('nextDailyOccurrence', () => {
  it('is later the same day when the time has not yet come in London', () => {
    assert.deepEqual(next('2027-01-05T06:59:59Z', '07:00'), { date: '2027-01-05', instant: '2027-01-05T07:00:00.000Z' });
  });

  it('is the next day once the time has come, including exactly on it', () => {
    assert.deepEqual(next('2027-01-05T07:00:00Z', '07:00'), { date: '2027-01-06', instant: '2027-01-06T07:00:00.000Z' });
    assert.deepEqual(next('2027-01-05T19:00:00Z', '07:00'), { date: '2027-01-06', instant: '2027-01-06T07:00:00.000Z' });
  });

  it('keeps 07:00 on the London clock in British Summer Time (06:00 UTC)', () => {
    assert.deepEqual(next('2027-06-01T05:30:00Z', '07:00'), { date: '2027-06-01', instant: '2027-06-01T06:00:00.000Z' });
  });

  it('moves with the clocks on the days they change', () => {
    // 2027: BST starts on Sunday 28 March and ends on Sunday 31 October.
    assert.deepEqual(next('2027-03-27T08:00:00Z', '07:00'), { date: '2027-03-28', instant: '2027-03-28T06:00:00.000Z' });
    assert.deepEqual(next('2027-10-30T08:00:00Z', '07:00'), { date: '2027-10-31', instant: '2027-10-31T07:00:00.000Z' });
  });

  it('takes the London date, not the UTC date, near midnight in summer', () => {
    // 23:30 UTC on 1 July is 00:30 on 2 July in London: 00:15 on 2 July has passed there.
    assert.deepEqual(next('2027-07-01T23:30:00Z', '00:15'), { date: '2027-07-03', instant: '2027-07-02T23:15:00.000Z' });
  });

  it('works in another time zone when asked', () => {
    assert.deepEqual(next('2027-01-05T00:00:00Z', '07:00', 'America/New_York'), { date: '2027-01-05', instant: '2027-01-05T12:00:00.000Z' });
  });

  it('refuses a time that is not HH:MM', () => {
    for (const at of ['7:00', '24:00', '07:60', 'seven']) assert.throws(() => nextDailyOccurrence(new Date(), at), RangeError);
  });
});

describe('isIsoDate', () => {
  it('accepts real calendar days only', () => {
    assert.equal(isIsoDate('2028-02-29'), true);
    assert.equal(isIsoDate('2027-02-29'), false);
    assert.equal(isIsoDate('2027-1-05'), false);
  });
});
