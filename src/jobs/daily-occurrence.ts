/**
 * When a daily job next runs. Councils think in London wall-clock time:
 * "07:00" is 07:00 GMT in winter and 07:00 BST in summer, so the instant is
 * worked out from the time zone's rules (the platform's IANA data, via Intl)
 * for each day, never by adding 24 hours.
 */
export interface DailyOccurrence {
  /** The calendar day in the time zone, YYYY-MM-DD. */
  date: string;
  instant: Date;
}

/**
 * The first occurrence strictly after `after` of the clock reading `at`
 * ("HH:MM") in `timeZone`.
 *
 * @example
 * nextDailyOccurrence(new Date('2027-06-01T05:30:00Z'), '07:00') // { date: '2027-06-01', instant: 2027-06-01T06:00:00Z }
 */
export function nextDailyOccurrence(after: Date, at: string, timeZone = 'Europe/London'): DailyOccurrence {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(at);
  if (!match) throw new RangeError(`not a time of day (HH:MM): ${at}`);
  const [hour, minute] = [Number(match[1]), Number(match[2])];
  let date = wallClock(after.getTime(), timeZone).date;
  // Today's occurrence may have passed; tomorrow's cannot have.
  for (let day = 0; day < 3; day++, date = addDays(date, 1)) {
    const instant = zonedInstant(date, hour, minute, timeZone);
    if (instant.getTime() > after.getTime()) return { date, instant };
  }
  throw new Error(`no occurrence of ${at} in ${timeZone} found after ${after.toISOString()}`);
}

export function isIsoDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === value;
}

// Local time → instant: guess with the offset at the naive UTC reading, then
// correct once with the offset at the guess (they differ only near a change).
function zonedInstant(date: string, hour: number, minute: number, timeZone: string): Date {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const naive = Date.UTC(year, month - 1, day, hour, minute);
  const first = naive - offsetAt(naive, timeZone);
  const second = naive - offsetAt(first, timeZone);
  return new Date(second);
}

/** How far the zone's clock is ahead of UTC at an instant, in milliseconds. */
function offsetAt(instant: number, timeZone: string): number {
  const clock = wallClock(instant, timeZone);
  return clock.asUtc - Math.floor(instant / 1000) * 1000;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function wallClock(instant: number, timeZone: string): { date: string; asUtc: number } {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, format);
  }
  const parts = format.formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)!.value);
  const [year, month, day] = [part('year'), part('month'), part('day')];
  const asUtc = Date.UTC(year, month - 1, day, part('hour'), part('minute'), part('second'));
  return { date: `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`, asUtc };
}

function addDays(date: string, days: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}
