import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { addDays, addMonths, daysBetween, dayOfWeek, daysInMonth, isDay, parseDay } from './days.ts';

describe('days', () => {
  it('accepts real YYYY-MM-DD days only', () => {
    assert.equal(isDay('2024-02-29'), true);
    assert.equal(isDay('2025-02-29'), false);
    assert.equal(isDay('2025-13-01'), false);
    assert.equal(isDay('2025-1-01'), false);
    assert.equal(isDay('2025-01-01T00:00'), false);
    assert.throws(() => parseDay('2025-02-30'), /not a real date: 2025-02-30/);
    assert.throws(() => parseDay('30/01/2025'), /not a YYYY-MM-DD date: 30\/01\/2025/);
  });

  it('adds days across month, year and clock changes', () => {
    assert.equal(addDays('2025-12-31', 1), '2026-01-01');
    assert.equal(addDays('2024-03-01', -1), '2024-02-29');
    assert.equal(addDays('2025-03-29', 2), '2025-03-31', 'the spring clock change does not shorten a day');
    assert.equal(daysBetween('2025-10-25', '2025-10-27'), 2);
    assert.equal(daysBetween('2026-03-02', '2026-02-28'), -2);
  });

  it('knows weekdays and month lengths', () => {
    assert.equal(dayOfWeek('2026-03-01'), 0, 'a Sunday');
    assert.equal(dayOfWeek('2026-03-07'), 6, 'a Saturday');
    assert.equal(daysInMonth(2028, 2), 29);
    assert.equal(daysInMonth(2100, 2), 28);
  });

  it('adds months, keeping to the month end where the date does not exist', () => {
    assert.equal(addMonths('2026-01-31', 1), '2026-02-28');
    assert.equal(addMonths('2028-01-31', 1), '2028-02-29');
    assert.equal(addMonths('2025-11-15', 3), '2026-02-15');
    assert.equal(addMonths('2026-03-31', -1), '2026-02-28');
  });
});
