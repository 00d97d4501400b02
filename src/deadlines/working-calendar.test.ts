import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { addDays } from './days.ts';
import {
  addWorkingDays,
  clearWorkingDaysBetween,
  isWorkingDay,
  nextWorkingDay,
  nonWorkingDay,
  previousWorkingDay,
  workingCalendar,
} from './working-calendar.ts';

const england = workingCalendar('england');
const christmasClosure = workingCalendar('england', [
  { date: '2025-12-29', reason: 'Offices closed between Christmas and New Year' },
  { date: '2025-12-30', reason: 'Offices closed between Christmas and New Year' },
  { date: '2025-12-31', reason: 'Offices closed between Christmas and New Year' },
]);
const anyDay = fc.integer({ min: 0, max: 8 * 366 }).map((n) => addDays('2020-01-01', n));

describe('working calendar', () => {
  it('says why a day is not a working day', () => {
    assert.deepEqual(nonWorkingDay(england, '2026-03-07'), { kind: 'weekend' });
    assert.deepEqual(nonWorkingDay(england, '2026-04-03'), { kind: 'bank-holiday', name: 'Good Friday' });
    assert.deepEqual(nonWorkingDay(christmasClosure, '2025-12-30'), { kind: 'closure', reason: 'Offices closed between Christmas and New Year' });
    assert.equal(nonWorkingDay(england, '2025-12-30'), null, 'a working day for a council that stays open');
  });

  it('uses the nation of the council', () => {
    assert.equal(isWorkingDay(workingCalendar('scotland'), '2026-11-30'), false);
    assert.equal(isWorkingDay(workingCalendar('wales'), '2026-11-30'), true);
    assert.equal(isWorkingDay(workingCalendar('northern-ireland'), '2026-07-13'), false, 'Boyne substitute');
    assert.equal(isWorkingDay(workingCalendar('scotland'), '2026-04-06'), true, 'Easter Monday is worked in Scotland');
    assert.equal(isWorkingDay(england, '2026-04-06'), false);
  });

  it('refuses a closure day that is not a date', () => {
    assert.throws(() => workingCalendar('england', [{ date: '29/12/2025', reason: 'Christmas' }]), /closure day is not a YYYY-MM-DD date: 29\/12\/2025/);
  });

  it('steps to the next and previous working day', () => {
    assert.equal(nextWorkingDay(england, '2025-12-25'), '2025-12-29');
    assert.equal(nextWorkingDay(christmasClosure, '2025-12-25'), '2026-01-02');
    assert.equal(previousWorkingDay(england, '2026-04-06'), '2026-04-02', 'Easter Monday back over the weekend and Good Friday');
    assert.equal(nextWorkingDay(england, '2026-03-03'), '2026-03-03', 'a working day is its own next');
  });

  it('adds working days over weekends, bank holidays and closures', () => {
    assert.equal(addWorkingDays(england, '2025-12-23', 2), '2025-12-29');
    assert.equal(addWorkingDays(christmasClosure, '2025-12-23', 2), '2026-01-02');
    assert.equal(addWorkingDays(england, '2025-04-22', -2), '2025-04-16');
    assert.equal(addWorkingDays(england, '2022-09-16', 1), '2022-09-20', 'the State Funeral');
    assert.equal(addWorkingDays(england, '2023-05-05', 1), '2023-05-09', 'the Coronation');
    assert.equal(addWorkingDays(england, '2026-03-07', 0), '2026-03-07');
    assert.equal(addWorkingDays(england, '2026-03-07', 1), '2026-03-09', 'from a Saturday');
    assert.throws(() => addWorkingDays(england, '2026-03-07', 1.5), /whole number/);
  });

  it('counts clear working days, leaving out both ends', () => {
    assert.equal(clearWorkingDaysBetween(england, '2025-10-06', '2025-10-14'), 5);
    assert.equal(clearWorkingDaysBetween(england, '2025-10-13', '2025-10-14'), 0);
    assert.equal(clearWorkingDaysBetween(england, '2025-10-14', '2025-10-06'), 0);
    assert.equal(clearWorkingDaysBetween(england, '2027-12-23', '2027-12-31'), 3, '24, 29 and 30 December: 27 and 28 are substitute days');
  });

  it('gives up on a calendar with no working day for a year', () => {
    const closed = workingCalendar('england', Array.from({ length: 400 }, (_, i) => ({ date: addDays('2026-01-01', i), reason: 'closed' })));
    assert.throws(() => nextWorkingDay(closed, '2026-01-01'), /no working day within a year of 2026-01-01/);
  });

  it('lands on a working day and counts exactly n between (property)', () => {
    fc.assert(
      fc.property(anyDay, fc.integer({ min: -40, max: 40 }).filter((n) => n !== 0), (day, n) => {
        const result = addWorkingDays(england, day, n);
        if (!isWorkingDay(england, result)) return false;
        const [from, to] = n > 0 ? [day, result] : [result, day];
        // Strictly between lie the working days passed over: all but the one landed on.
        return clearWorkingDaysBetween(england, from, to) === Math.abs(n) - 1;
      }),
      { numRuns: 500 },
    );
  });

  it('undoes a move forward with the same move back from a working day (property)', () => {
    const workingDay = anyDay.map((d) => nextWorkingDay(england, d));
    fc.assert(
      fc.property(workingDay, fc.integer({ min: 1, max: 30 }), (day, n) => addWorkingDays(england, addWorkingDays(england, day, n), -n) === day),
      { numRuns: 500 },
    );
  });
});
