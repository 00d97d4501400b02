import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { addDays, daysBetween } from './days.ts';
import { executiveResponseDueOn } from './executive-response.ts';

describe('executiveResponseDueOn', () => {
  it('counts the day of receipt, so two months end the day before the same date', () => {
    assert.equal(executiveResponseDueOn('2026-01-15'), '2026-03-14');
    assert.equal(executiveResponseDueOn('2025-03-10'), '2025-05-09');
    assert.equal(executiveResponseDueOn('2026-03-01'), '2026-04-30');
    assert.equal(executiveResponseDueOn('2026-11-01'), '2026-12-31');
    assert.equal(executiveResponseDueOn('2025-08-31'), '2025-10-30', '31 October exists, so the day before it');
  });

  it('runs to the month end when the same date does not exist two months on', () => {
    assert.equal(executiveResponseDueOn('2025-12-31'), '2026-02-28');
    assert.equal(executiveResponseDueOn('2025-12-30'), '2026-02-28');
    assert.equal(executiveResponseDueOn('2025-12-29'), '2026-02-28');
    assert.equal(executiveResponseDueOn('2025-12-28'), '2026-02-27');
    assert.equal(executiveResponseDueOn('2027-12-31'), '2028-02-29', 'a leap year');
    assert.equal(executiveResponseDueOn('2027-12-29'), '2028-02-28', '29 February 2028 exists');
    assert.equal(executiveResponseDueOn('2026-07-31'), '2026-09-30');
  });

  it('crosses the year end, and does not move off a weekend', () => {
    assert.equal(executiveResponseDueOn('2025-11-20'), '2026-01-19');
    assert.equal(executiveResponseDueOn('2026-01-08'), '2026-03-07', 'a Saturday');
    assert.equal(executiveResponseDueOn('2027-10-26'), '2027-12-25', 'Christmas Day');
  });

  it('always allows 59 to 62 days counting the day of receipt, and never runs backwards (property)', () => {
    const day = fc.integer({ min: 0, max: 20 * 366 }).map((n) => addDays('2020-01-01', n));
    fc.assert(
      fc.property(day, (received) => {
        const due = executiveResponseDueOn(received);
        const length = daysBetween(received, due) + 1;
        return length >= 59 && length <= 62 && executiveResponseDueOn(addDays(received, 1)) >= due;
      }),
      { numRuns: 1000 },
    );
  });

  it('ends the day before the corresponding date whenever there is one (property)', () => {
    const day = fc.integer({ min: 0, max: 20 * 366 }).map((n) => addDays('2020-01-01', n)).filter((d) => Number(d.slice(8)) <= 28);
    fc.assert(
      fc.property(day, (received) => {
        const next = addDays(executiveResponseDueOn(received), 1);
        const months = (Number(next.slice(0, 4)) - Number(received.slice(0, 4))) * 12 + Number(next.slice(5, 7)) - Number(received.slice(5, 7));
        return months === 2 && next.slice(8) === received.slice(8);
      }),
      { numRuns: 500 },
    );
  });
});
