import { londonInstant } from '../deadlines/london-time.ts';
import { londonDate } from '../web/format.ts';

/**
 * The instant deadlines are judged at. Services give the day (tests fix it);
 * on the real day it is now, on a fixed day it is noon in London, so a
 * test's "today" gives the same statuses whatever the clock says.
 */
export function momentOf(today: string, now: Date = new Date()): Date {
  return londonDate(now) === today ? now : londonInstant(today, '12:00');
}
