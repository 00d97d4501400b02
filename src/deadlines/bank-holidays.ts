import Holidays from 'date-holidays';
import type { Nation } from '../council/council-tables.ts';
import { type Day, dayOfWeek } from './days.ts';

export interface BankHoliday {
  date: Day;
  /** As date-holidays names it: "Easter Monday", "Boxing Day (substitute day)". */
  name: string;
}

/**
 * Each nation's list is date-holidays' region of GB. Wales keeps its own
 * region even though its list matches England's today, so a Welsh holiday
 * the library adds later reaches Welsh councils only.
 */
const regions: Record<Nation, string> = {
  england: 'ENG',
  wales: 'WLS',
  scotland: 'SCT',
  'northern-ireland': 'NIR',
};

const libraries = new Map<Nation, Holidays>();
const byYear = new Map<string, ReadonlyMap<Day, string>>();

/**
 * The bank holidays of a nation in a calendar year, in date order, from the
 * maintained date-holidays library: one-off days (the State Funeral on
 * 19 September 2022, the Coronation on 8 May 2023) and substitute days
 * included. Only weekdays are listed: a holiday falling on a weekend is
 * replaced by its substitute day, which is the day off.
 *
 * @example
 * bankHolidays('scotland', 2026).map((h) => h.date);
 * // ['2026-01-01', '2026-01-02', '2026-04-03', '2026-05-04', '2026-05-25', '2026-08-03', '2026-11-30', '2026-12-25', '2026-12-28']
 */
export function bankHolidays(nation: Nation, year: number): BankHoliday[] {
  return [...bankHolidayMap(nation, year)].map(([date, name]) => ({ date, name }));
}

/** The bank holiday's name on a day, or null when the day is not one. */
export function bankHolidayOn(nation: Nation, day: Day): string | null {
  return bankHolidayMap(nation, Number(day.slice(0, 4))).get(day) ?? null;
}

function bankHolidayMap(nation: Nation, year: number): ReadonlyMap<Day, string> {
  const key = `${nation} ${year}`;
  let days = byYear.get(key);
  if (!days) {
    const found = new Map<Day, string>();
    // 'public' and 'bank' are days off; 'observance' (Mother's Day) and 'optional' are not.
    for (const holiday of library(nation).getHolidays(year)) {
      if (holiday.type !== 'public' && holiday.type !== 'bank') continue;
      const date = holiday.date.slice(0, 10);
      const weekday = dayOfWeek(date);
      if (weekday === 0 || weekday === 6) continue;
      const already = found.get(date);
      found.set(date, already ? `${already} and ${holiday.name}` : holiday.name);
    }
    days = new Map([...found].sort(([a], [b]) => (a < b ? -1 : 1)));
    byYear.set(key, days);
  }
  return days;
}

function library(nation: Nation): Holidays {
  let holidays = libraries.get(nation);
  if (!holidays) {
    holidays = new Holidays('GB', regions[nation]);
    libraries.set(nation, holidays);
  }
  return holidays;
}
