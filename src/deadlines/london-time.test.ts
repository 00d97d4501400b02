import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { addDays } from './days.ts';
import { endOfLondonDay, londonClockOf, londonDayOf, londonInstant, normaliseClockTime, parseClockTime } from './london-time.ts';

describe('London time', () => {
  it('reads 5pm as 17:00 UTC in winter and 16:00 UTC in summer', () => {
    assert.equal(londonInstant('2026-01-14', '17:00').toISOString(), '2026-01-14T17:00:00.000Z');
    assert.equal(londonInstant('2026-07-14', '17:00').toISOString(), '2026-07-14T16:00:00.000Z');
  });

  it('changes offset on the days the clocks change', () => {
    // 2025: BST from 01:00 UTC on Sunday 30 March to 01:00 UTC on Sunday 26 October.
    assert.equal(londonInstant('2025-03-29', '12:00').toISOString(), '2025-03-29T12:00:00.000Z');
    assert.equal(londonInstant('2025-03-30', '12:00').toISOString(), '2025-03-30T11:00:00.000Z');
    assert.equal(londonInstant('2025-10-25', '12:00').toISOString(), '2025-10-25T11:00:00.000Z');
    assert.equal(londonInstant('2025-10-26', '12:00').toISOString(), '2025-10-26T12:00:00.000Z');
    assert.equal(londonInstant('2025-03-30', '00:30').toISOString(), '2025-03-30T00:30:00.000Z', 'before the change');
    assert.equal(londonInstant('2025-03-30', '01:30').toISOString(), '2025-03-30T01:30:00.000Z', 'a skipped time comes out an hour later, 02:30 BST');
    assert.equal(londonInstant('2025-10-26', '01:30').toISOString(), '2025-10-26T01:30:00.000Z', 'a repeated time is the GMT one');
  });

  it('takes PostgreSQL time values and refuses anything else', () => {
    assert.equal(londonInstant('2026-01-14', '17:00:00').toISOString(), '2026-01-14T17:00:00.000Z');
    assert.equal(normaliseClockTime('09:30:00'), '09:30');
    assert.throws(() => parseClockTime('5pm'), /not a 24-hour HH:MM time: 5pm/);
    assert.throws(() => parseClockTime('24:00'), /24:00/);
  });

  it('finds the London day and clock of an instant', () => {
    assert.equal(londonDayOf(new Date('2026-07-14T23:30:00Z')), '2026-07-15', 'already the next day in BST');
    assert.equal(londonDayOf(new Date('2026-01-14T23:30:00Z')), '2026-01-14');
    assert.equal(londonClockOf(new Date('2026-07-14T16:00:00Z')), '17:00');
  });

  it('ends a London day at its last millisecond', () => {
    assert.equal(endOfLondonDay('2026-07-14').toISOString(), '2026-07-14T22:59:59.999Z');
    assert.equal(endOfLondonDay('2025-10-25').toISOString(), '2025-10-25T22:59:59.999Z', 'the clocks go back after midnight');
    assert.equal(endOfLondonDay('2025-10-26').toISOString(), '2025-10-26T23:59:59.999Z');
  });

  it('round-trips every day and quarter hour of 2020 to 2030 outside the clock-change hour', () => {
    const day = fc.integer({ min: 0, max: 4017 }).map((n) => addDays('2020-01-01', n));
    const time = fc.tuple(fc.integer({ min: 0, max: 23 }), fc.constantFrom(0, 15, 30, 45)).filter(([h]) => h !== 1);
    fc.assert(
      fc.property(day, time, (d, [h, m]) => {
        const clock = `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
        const instant = londonInstant(d, clock);
        return londonDayOf(instant) === d && londonClockOf(instant) === clock;
      }),
      { numRuns: 2000 },
    );
  });
});
