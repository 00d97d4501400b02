/**
 * How dates and times read on the portal. Councils print "Tuesday 26 April
 * 2022" and "2.30pm"; instants are shown in Europe/London whatever the
 * server's time zone, so BST is right in summer.
 */
const LONDON = 'Europe/London';

const weekday = new Intl.DateTimeFormat('en-GB', { weekday: 'long', timeZone: 'UTC' });
const shortDate = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const londonClock = new Intl.DateTimeFormat('en-GB', { hour: 'numeric', minute: '2-digit', hourCycle: 'h12', timeZone: LONDON });
const londonDay = new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: LONDON });

/** "2022-04-26" → "Tuesday 26 April 2022". */
export function formatDateLong(isoDate: string): string {
  // Composed from parts: ICU versions differ on the comma after the weekday.
  const date = parseIsoDate(isoDate);
  return `${weekday.format(date)} ${shortDate.format(date)}`;
}

/** "2022-04-26" → "26 April 2022". */
export function formatDateShort(isoDate: string): string {
  return shortDate.format(parseIsoDate(isoDate));
}

/** An instant → "2.30pm" or "10am", on the clock in London. */
export function formatTime(instant: Date): string {
  const parts = londonClock.formatToParts(instant);
  const hour = parts.find((p) => p.type === 'hour')!.value;
  const minute = parts.find((p) => p.type === 'minute')!.value;
  const dayPeriod = parts.find((p) => p.type === 'dayPeriod')!.value.toLowerCase().replace(/\./g, '');
  return `${hour}${minute === '00' ? '' : `.${minute}`}${dayPeriod.replace(/\s/g, '')}`;
}

/** An instant → "26 April 2022, 2.30pm", in London. */
export function formatDateTime(instant: Date): string {
  return `${formatDateShort(londonDate(instant))}, ${formatTime(instant)}`;
}

/** The calendar day in London on which an instant falls, as YYYY-MM-DD. */
export function londonDate(instant: Date): string {
  return londonDay.format(instant);
}

function parseIsoDate(isoDate: string): Date {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) throw new RangeError(`not a YYYY-MM-DD date: ${isoDate}`);
  return new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
}
