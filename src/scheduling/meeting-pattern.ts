import { addDays, type Day, dayOfWeek, daysInMonth } from '../deadlines/days.ts';

/** Which of a month's weekdays: the first to the fourth, or the last. */
export type WeekOfMonth = 1 | 2 | 3 | 4 | 'last';

/**
 * How a committee's year of meetings repeats, as clerks say it:
 * "the second Tuesday of every month except August", or "every six weeks
 * on a Thursday, from the first". Months in `exceptMonths` (1 to 12) are
 * skipped either way: councils rarely meet in August.
 */
export type MeetingPattern =
  | { kind: 'monthly'; week: WeekOfMonth; weekday: number; exceptMonths: readonly number[] }
  | { kind: 'every-weeks'; weeks: number; firstDate: Day; exceptMonths: readonly number[] };

/**
 * The dates a pattern gives between two days inclusive (a municipal year),
 * in order. Bank holidays and weekends are not skipped here: the clerk
 * sees them as warnings and moves the date, as councils decide case by case.
 *
 * @example
 * patternDates({ kind: 'monthly', week: 2, weekday: 2, exceptMonths: [8] }, '2026-05-12', '2027-05-17');
 * // ['2026-05-12', '2026-06-09', '2026-07-14', '2026-09-08', …, '2027-05-11']
 */
export function patternDates(pattern: MeetingPattern, from: Day, to: Day): Day[] {
  const skipped = new Set(pattern.exceptMonths);
  const wanted = (day: Day) => day >= from && day <= to && !skipped.has(Number(day.slice(5, 7)));
  if (pattern.kind === 'every-weeks') {
    if (!Number.isInteger(pattern.weeks) || pattern.weeks < 1) throw new RangeError(`weeks must be a whole number, 1 or more: ${pattern.weeks}`);
    const dates: Day[] = [];
    for (let day = pattern.firstDate; day <= to; day = addDays(day, 7 * pattern.weeks)) if (wanted(day)) dates.push(day);
    return dates;
  }
  if (!Number.isInteger(pattern.weekday) || pattern.weekday < 0 || pattern.weekday > 6) throw new RangeError(`weekday must be 0 (Sunday) to 6: ${pattern.weekday}`);
  const dates: Day[] = [];
  let year = Number(from.slice(0, 4));
  let month = Number(from.slice(5, 7));
  for (; `${year}-${String(month).padStart(2, '0')}-01` <= to; month === 12 ? ((month = 1), year++) : month++) {
    const day = weekdayOfMonth(year, month, pattern.week, pattern.weekday);
    if (wanted(day)) dates.push(day);
  }
  return dates;
}

/** The first, second… or last `weekday` (0 Sunday to 6 Saturday) of a month. */
export function weekdayOfMonth(year: number, month: number, week: WeekOfMonth, weekday: number): Day {
  const monthText = `${year}-${String(month).padStart(2, '0')}`;
  if (week === 'last') {
    const last = `${monthText}-${String(daysInMonth(year, month)).padStart(2, '0')}`;
    return addDays(last, -((dayOfWeek(last) - weekday + 7) % 7));
  }
  const first = `${monthText}-01`;
  return addDays(first, ((weekday - dayOfWeek(first) + 7) % 7) + 7 * (week - 1));
}

const weekNames: Record<string, string> = { '1': 'first', '2': 'second', '3': 'third', '4': 'fourth', last: 'last' };
const weekdayNames = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const monthNames = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** The pattern in words: "The second Tuesday of every month except August". */
export function describePattern(pattern: MeetingPattern): string {
  const except = pattern.exceptMonths.length
    ? ` except ${listInWords([...pattern.exceptMonths].sort((a, b) => a - b).map((m) => monthNames[m - 1]!))}`
    : '';
  if (pattern.kind === 'every-weeks') {
    const every = pattern.weeks === 1 ? 'Every week' : `Every ${pattern.weeks} weeks`;
    return `${every} on a ${weekdayNames[dayOfWeek(pattern.firstDate)]}${except}`;
  }
  return `The ${weekNames[String(pattern.week)]} ${weekdayNames[pattern.weekday]} of every month${except}`;
}

function listInWords(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}
