/**
 * Months for the calendar: a month is "2026-04" in URLs and code. Weeks run
 * Monday to Sunday, as UK calendars print them.
 */

export interface Month {
  year: number;
  /** 1-12. */
  month: number;
}

const monthLabel = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });

export function monthOf(isoDate: string): Month {
  return { year: Number(isoDate.slice(0, 4)), month: Number(isoDate.slice(5, 7)) };
}

export function addMonths({ year, month }: Month, count: number): Month {
  const index = year * 12 + (month - 1) + count;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/** "2026-04". */
export function monthKey({ year, month }: Month): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
}

/** "April 2026". */
export function monthName({ year, month }: Month): string {
  return monthLabel.format(new Date(Date.UTC(year, month - 1, 1)));
}

/** The first and last days of the month, as YYYY-MM-DD. */
export function monthRange(m: Month): { from: string; to: string } {
  const lastDay = new Date(Date.UTC(m.year, m.month, 0)).getUTCDate();
  return { from: `${monthKey(m)}-01`, to: `${monthKey(m)}-${String(lastDay).padStart(2, '0')}` };
}

export interface CalendarDay<T> {
  date: string;
  day: number;
  inMonth: boolean;
  isToday: boolean;
  meetings: T[];
}

/**
 * The month as whole weeks, Monday first, with the days of the months
 * either side filling the first and last weeks (without their meetings, so
 * each meeting appears once, in its own month).
 */
export function buildMonthGrid<T extends { date: string }>(m: Month, meetings: readonly T[], today: string): CalendarDay<T>[][] {
  const first = new Date(Date.UTC(m.year, m.month - 1, 1));
  // getUTCDay: Sunday 0; step back to the Monday on or before the 1st.
  const start = new Date(first);
  start.setUTCDate(1 - ((first.getUTCDay() + 6) % 7));
  const { to } = monthRange(m);
  const weeks: CalendarDay<T>[][] = [];
  const cursor = new Date(start);
  while (cursor.toISOString().slice(0, 10) <= to) {
    const week: CalendarDay<T>[] = [];
    for (let i = 0; i < 7; i += 1) {
      const date = cursor.toISOString().slice(0, 10);
      const inMonth = cursor.getUTCMonth() === m.month - 1;
      week.push({ date, day: cursor.getUTCDate(), inMonth, isToday: date === today, meetings: inMonth ? meetings.filter((x) => x.date === date) : [] });
      cursor.setUTCDate(cursor.getUTCDate() + 1);
    }
    weeks.push(week);
  }
  return weeks;
}

/** Meetings under their month, in the order given: the list view's sections. */
export function groupByMonth<T extends { date: string }>(meetings: readonly T[]): { key: string; label: string; meetings: T[] }[] {
  const groups: { key: string; label: string; meetings: T[] }[] = [];
  for (const meeting of meetings) {
    const key = meeting.date.slice(0, 7);
    const last = groups.at(-1);
    if (last?.key === key) last.meetings.push(meeting);
    else groups.push({ key, label: monthName(monthOf(meeting.date)), meetings: [meeting] });
  }
  return groups;
}
