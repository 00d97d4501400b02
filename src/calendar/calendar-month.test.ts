import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { addMonths, buildMonthGrid, groupByMonth, monthName, monthRange } from './calendar-month.ts';

describe('addMonths', () => {
  it('crosses year ends both ways', () => {
    assert.deepEqual(addMonths({ year: 2026, month: 12 }, 1), { year: 2027, month: 1 });
    assert.deepEqual(addMonths({ year: 2026, month: 1 }, -1), { year: 2025, month: 12 });
  });
});

describe('monthRange', () => {
  it('ends on the month’s last day, 29 February in a leap year', () => {
    assert.deepEqual(monthRange({ year: 2028, month: 2 }), { from: '2028-02-01', to: '2028-02-29' });
    assert.equal(monthName({ year: 2026, month: 4 }), 'April 2026');
  });
});

describe('buildMonthGrid', () => {
  const meetings = [{ date: '2026-04-01', name: 'Audit' }, { date: '2026-04-30', name: 'Cabinet' }, { date: '2026-03-30', name: 'March' }];

  it('starts on the Monday on or before the 1st and ends on the Sunday on or after the last day', () => {
    const weeks = buildMonthGrid({ year: 2026, month: 4 }, meetings, '2026-04-15');
    assert.equal(weeks.length, 5);
    assert.equal(weeks[0]![0]!.date, '2026-03-30');
    assert.equal(weeks.at(-1)!.at(-1)!.date, '2026-05-03');
  });

  it('places each meeting on its day and leaves days outside the month empty', () => {
    const weeks = buildMonthGrid({ year: 2026, month: 4 }, meetings, '2026-04-15');
    const days = weeks.flat();
    assert.deepEqual(days.find((d) => d.date === '2026-04-01')!.meetings.map((m) => m.name), ['Audit']);
    assert.deepEqual(days.find((d) => d.date === '2026-03-30')!, { date: '2026-03-30', day: 30, inMonth: false, isToday: false, meetings: [] });
    assert.equal(days.filter((d) => d.isToday).length, 1);
  });

  it('needs six weeks for a month that starts on a Sunday and spans them', () => {
    assert.equal(buildMonthGrid({ year: 2026, month: 3 }, [], '2026-01-01').length, 6);
  });
});

describe('groupByMonth', () => {
  it('starts a new group when the month changes', () => {
    const groups = groupByMonth([{ date: '2026-04-02' }, { date: '2026-04-20' }, { date: '2026-05-01' }]);
    assert.deepEqual(groups.map((g) => [g.key, g.label, g.meetings.length]), [['2026-04', 'April 2026', 2], ['2026-05', 'May 2026', 1]]);
  });
});
