import type { Day } from '../deadlines/days.ts';

/**
 * A meeting's address segment: its date, with -2, -3… for a second or
 * third meeting of the committee that day ("2027-03-09-2"), as the public
 * meeting page's URL expects.
 *
 * @example
 * meetingSlugFor('2027-03-09', new Set(['2027-03-09'])); // '2027-03-09-2'
 */
export function meetingSlugFor(date: Day, taken: ReadonlySet<string>): string {
  if (!taken.has(date)) return date;
  for (let n = 2; n < 100; n++) if (!taken.has(`${date}-${n}`)) return `${date}-${n}`;
  throw new RangeError(`a committee cannot meet 100 times on ${date}`);
}
