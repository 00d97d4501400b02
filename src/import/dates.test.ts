import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findDates, isDateLine, parseDate, parseTime } from './dates.ts';

describe('parseDate', () => {
  const cases: [string, string | null][] = [
    ['Tuesday 26 April 2022', '2022-04-26'],
    ['Tuesday, 22nd February, 2022 2.30 pm', '2022-02-22'],
    ['Tuesday 21 st June 2022 - 2:30pm', '2022-06-21'],
    ['the 7th of May 2024', '2024-05-07'],
    ['June 13, 2024 View on council website', '2024-06-13'],
    ['26/04/22', '2022-04-26'],
    ['07/09/21', '2021-09-07'],
    ['28/8/13', '2013-08-28'],
    ['26.04.2022', '2022-04-26'],
    ['2022-04-26', '2022-04-26'],
    ['Last updated: Tue, 30-Nov-21', '2021-11-30'],
    ['Agenda frontsheet Thursday 13-Jun-2024 14.00', '2024-06-13'],
    ['11 OCTOBER 2013', '2013-10-11'],
    ['31 February 2022', null],
    ['2019/2020', null],
    ['20 October at 6.00 pm', null],
    ['Fees rose by 12.35% in 2021', null],
  ];
  for (const [text, expected] of cases) {
    it(`reads "${text}" as ${expected}`, () => assert.equal(parseDate(text), expected));
  }

  it('fills a missing year only when asked', () => {
    assert.equal(parseDate('Tuesday 26 April at 2.30pm'), null);
    assert.equal(parseDate('Tuesday 26 April at 2.30pm', 2022), '2022-04-26');
  });

  it('does not take the day of the next date for a two-digit year', () => {
    assert.deepEqual(findDates('13 December 17 January 2022').map((d) => d.iso), ['2022-01-17']);
  });
});

describe('parseTime', () => {
  const cases: [string, string | null][] = [
    ['2.30 pm', '14:30'],
    ['2:30pm', '14:30'],
    ['at 5.00 pm', '17:00'],
    ['7pm', '19:00'],
    ['10.00 am', '10:00'],
    ['12.15 pm', '12:15'],
    ['12 am', '00:00'],
    ['noon', '12:00'],
    ['The meeting ended at 5.42 p.m.', '17:42'],
    ['14.00', null],
  ];
  for (const [text, expected] of cases) {
    it(`reads "${text}" as ${expected}`, () => assert.equal(parseTime(text), expected));
  }

  it('reads 24-hour times where the label says it is a time', () => {
    assert.equal(parseTime('14.00', { twentyFourHour: true }), '14:00');
    assert.equal(parseTime('21:05', { twentyFourHour: true }), '21:05');
  });
});

describe('isDateLine', () => {
  it('is true for a date heading with a time', () => {
    assert.ok(isDateLine('Tuesday 17 May 2022, 2:30 pm'));
    assert.ok(isDateLine('11 OCTOBER 2013'));
  });

  it('is false for a sentence that mentions a date', () => {
    assert.ok(!isDateLine('The next meeting will be held on 17 May 2022 at the Town Hall'));
    assert.ok(!isDateLine('Improvement Plan Update'));
  });
});
