import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lastMinuteNumber, nextMinuteNumber, numberItems } from './minute-numbers.ts';

describe('nextMinuteNumber', () => {
  it('runs on from the previous meeting’s last minute, however it was printed', () => {
    assert.equal(nextMinuteNumber('71'), 72);
    assert.equal(nextMinuteNumber('71.'), 72);
    assert.equal(nextMinuteNumber('71a'), 72);
    assert.equal(nextMinuteNumber('Minute 71'), 72);
  });

  it('starts at 1 when there is no earlier meeting in the municipal year, or its minutes have no number', () => {
    assert.equal(nextMinuteNumber(null), 1);
    assert.equal(nextMinuteNumber('Urgent item'), 1);
  });
});

describe('lastMinuteNumber', () => {
  it('finds the highest number, not the last one written', () => {
    assert.equal(lastMinuteNumber(['60', '61', null, '71.', '9']), '71.');
    assert.equal(lastMinuteNumber([null, null]), null);
  });
});

describe('numberItems', () => {
  it('numbers items from 1 and minutes from the meeting’s first minute', () => {
    assert.deepEqual(numberItems(3, 72), [
      { number: '1', minuteNumber: '72' },
      { number: '2', minuteNumber: '73' },
      { number: '3', minuteNumber: '74' },
    ]);
    assert.deepEqual(numberItems(0, 1), []);
  });

  it('refuses a first minute number below 1', () => {
    assert.throws(() => numberItems(2, 0), RangeError);
  });
});
