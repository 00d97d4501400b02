import { addDays, type Day, daysInMonth, formatDay, parseDay } from './days.ts';

/** The executive has two months to respond to scrutiny (Local Government Act 2000 s.9FE). */
export const EXECUTIVE_RESPONSE_MONTHS = 2;

/**
 * The last day for the executive's response to a scrutiny report or
 * recommendations: "within two months beginning with the date on which" it
 * received them (Local Government Act 2000 s.9FE).
 *
 * How the months are counted:
 * - "Beginning with" the date counts the day of receipt itself, so the
 *   period ends the day before the corresponding date two months on:
 *   received 15 January, due by 14 March; received 1 March, due by 30 April.
 * - The corresponding date rule (Dodds v Walker [1981] 1 WLR 1027, HL) says
 *   a period of months ends on the same date number in the last month, or,
 *   when that month has no such date, on its last day. So when the day of
 *   receipt has no counterpart two months on, the period runs to the end of
 *   that month: received 31 December, due by 28 February (29 in a leap
 *   year). There is nothing to take a day off, because the period already
 *   stops short of the date that does not exist.
 * - One consequence: receipts on 29, 30 and 31 December all fall due on
 *   28 February in a common year, while 28 December is due on 27 February.
 * - The Act counts calendar days: a due date on a weekend or a bank holiday
 *   does not move.
 *
 * @example
 * executiveResponseDueOn('2026-01-15'); // '2026-03-14'
 * executiveResponseDueOn('2025-12-31'); // '2026-02-28'
 */
export function executiveResponseDueOn(receivedOn: Day, months: number = EXECUTIVE_RESPONSE_MONTHS): Day {
  const received = parseDay(receivedOn);
  const target = new Date(Date.UTC(received.getUTCFullYear(), received.getUTCMonth() + months, 1));
  const lastDay = daysInMonth(target.getUTCFullYear(), target.getUTCMonth() + 1);
  if (received.getUTCDate() > lastDay) {
    target.setUTCDate(lastDay);
    return formatDay(target);
  }
  target.setUTCDate(received.getUTCDate());
  return addDays(formatDay(target), -1);
}
