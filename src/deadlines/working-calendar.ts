import type { Nation } from '../council/council-tables.ts';
import { bankHolidayOn } from './bank-holidays.ts';
import { addDays, type Day, dayOfWeek, isDay } from './days.ts';

/** A day the council's offices close that is not a bank holiday, such as 29 December. */
export interface ClosureDay {
  date: Day;
  reason: string;
}

/**
 * The days a council works: not weekends, not its nation's bank holidays,
 * not its own closure days. A plain value, built once per request from the
 * council's nation and closure days (working-calendar-repository.ts), and
 * given to every deadline rule.
 */
export interface WorkingCalendar {
  readonly nation: Nation;
  /** The council's own closure days and why, by date. */
  readonly closureDays: ReadonlyMap<Day, string>;
}

/**
 * @example
 * const calendar = workingCalendar('england', [{ date: '2025-12-29', reason: 'Offices closed between Christmas and New Year' }]);
 * isWorkingDay(calendar, '2025-12-29'); // false
 */
export function workingCalendar(nation: Nation, closureDays: Iterable<ClosureDay> = []): WorkingCalendar {
  const days = new Map<Day, string>();
  for (const { date, reason } of closureDays) {
    if (!isDay(date)) throw new RangeError(`closure day is not a YYYY-MM-DD date: ${date}`);
    days.set(date, reason);
  }
  return { nation, closureDays: days };
}

export type NonWorkingDay =
  | { kind: 'weekend' }
  | { kind: 'bank-holiday'; name: string }
  | { kind: 'closure'; reason: string };

/** Why a day is not a working day, or null when it is one. */
export function nonWorkingDay(calendar: WorkingCalendar, day: Day): NonWorkingDay | null {
  const weekday = dayOfWeek(day);
  if (weekday === 0 || weekday === 6) return { kind: 'weekend' };
  const holiday = bankHolidayOn(calendar.nation, day);
  if (holiday !== null) return { kind: 'bank-holiday', name: holiday };
  const closure = calendar.closureDays.get(day);
  if (closure !== undefined) return { kind: 'closure', reason: closure };
  return null;
}

export function isWorkingDay(calendar: WorkingCalendar, day: Day): boolean {
  return nonWorkingDay(calendar, day) === null;
}

// No council closes for a year; a longer run means a bad calendar, not a long holiday.
const LONGEST_CLOSURE = 366;

/** The day itself when it is a working day, else the next one. */
export function nextWorkingDay(calendar: WorkingCalendar, day: Day): Day {
  return stepToWorkingDay(calendar, day, 1);
}

/** The day itself when it is a working day, else the one before. */
export function previousWorkingDay(calendar: WorkingCalendar, day: Day): Day {
  return stepToWorkingDay(calendar, day, -1);
}

function stepToWorkingDay(calendar: WorkingCalendar, day: Day, step: 1 | -1): Day {
  let result = day;
  for (let tried = 0; !isWorkingDay(calendar, result); tried++) {
    if (tried > LONGEST_CLOSURE) throw new RangeError(`no working day within a year of ${day}`);
    result = addDays(result, step);
  }
  return result;
}

/**
 * The day `n` working days after `day` (before it, for negative n), counting
 * only working days; `day` itself need not be one. 0 gives `day` back.
 *
 * @example
 * addWorkingDays(workingCalendar('england'), '2025-04-22', -2); // '2025-04-16': Easter Monday and Good Friday skipped
 */
export function addWorkingDays(calendar: WorkingCalendar, day: Day, n: number): Day {
  if (!Number.isInteger(n)) throw new RangeError(`working days must be a whole number: ${n}`);
  const step = n < 0 ? -1 : 1;
  let result = day;
  for (let moved = 0; moved < Math.abs(n); moved++) result = stepToWorkingDay(calendar, addDays(result, step), step);
  return result;
}

/**
 * Working days strictly between two days: "clear" days, so neither `from`
 * nor `to` counts. 0 when `to` is not after `from`.
 *
 * @example
 * clearWorkingDaysBetween(workingCalendar('england'), '2025-10-06', '2025-10-14'); // 5
 */
export function clearWorkingDaysBetween(calendar: WorkingCalendar, from: Day, to: Day): number {
  let count = 0;
  for (let day = addDays(from, 1); day < to; day = addDays(day, 1)) if (isWorkingDay(calendar, day)) count++;
  return count;
}
