import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatDateLong, formatDateShort, formatTime, londonDate } from './format.ts';

describe('formatDateLong', () => {
  it('writes the weekday, day, month and year as councils print them', () => {
    assert.equal(formatDateLong('2022-04-26'), 'Tuesday 26 April 2022');
  });
  it('refuses something that is not a date', () => {
    assert.throws(() => formatDateLong('26/04/2022'), RangeError);
  });
});

describe('formatDateShort', () => {
  it('leaves out the weekday', () => {
    assert.equal(formatDateShort('2024-06-13'), '13 June 2024');
  });
});

describe('formatTime', () => {
  it('shows a summer meeting at its BST time', () => {
    assert.equal(formatTime(new Date('2022-04-26T13:30:00Z')), '2.30pm');
  });
  it('shows a winter meeting at its GMT time, without ":00"', () => {
    assert.equal(formatTime(new Date('2022-01-11T10:00:00Z')), '10am');
  });
});

describe('londonDate', () => {
  it('puts a late-evening instant in BST on the next day', () => {
    assert.equal(londonDate(new Date('2024-06-13T23:30:00Z')), '2024-06-14');
  });
});
