/**
 * Dates and times as UK committee documents print them: "Tuesday 26 April
 * 2022", "21 st June 2022", "June 13, 2024", "26/04/22", "30-Nov-21",
 * "2.30 pm", "5:00pm", "14.00". Day-first is the UK convention, so 04/05/22
 * is the 4th of May.
 */

const monthNames: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5,
  jun: 6, june: 6, jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9,
  oct: 10, october: 10, nov: 11, november: 11, dec: 12, december: 12,
};
const month = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const weekday = '(?:(?:mon|tues?|wed(?:nes)?|weds|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\\.?,?\\s+)?';
const ordinal = '\\s?(?:st|nd|rd|th)?';

const patterns: { re: RegExp; read: (m: RegExpExecArray) => [number | null, number, number] }[] = [
  // 26 April 2022, Tuesday 21 st June 2022, 7th of May, 26 Apr '22
  {
    re: new RegExp(`\\b${weekday}(\\d{1,2})${ordinal}(?:\\s+of)?[\\s-]+${month}\\b\\.?(?:,?\\s+(\\d{4}|'\\d{2})\\b|-(\\d{4}|\\d{2})\\b)?`, 'gi'),
    read: (m) => [year(m[3] ?? m[4]), monthNames[m[2]!.toLowerCase()]!, Number(m[1])],
  },
  // June 13, 2024 / Tuesday, March 22nd 2022
  {
    re: new RegExp(`\\b${weekday}${month}\\.?\\s+(\\d{1,2})${ordinal},?\\s+(\\d{4})\\b`, 'gi'),
    read: (m) => [year(m[3]), monthNames[m[1]!.toLowerCase()]!, Number(m[2])],
  },
  // 2022-04-26
  { re: /\b(\d{4})-(\d{2})-(\d{2})\b/g, read: (m) => [Number(m[1]), Number(m[2]), Number(m[3])] },
  // 26/04/22, 26.04.2022, 26-04-2022
  {
    re: /\b(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?![\d/.-]\d)/g,
    read: (m) => [year(m[4]), Number(m[3]), Number(m[1])],
  },
];

function year(text: string | undefined): number | null {
  if (!text) return null;
  const digits = Number(text.replace("'", ''));
  if (digits >= 1000) return digits;
  return digits < 70 ? 2000 + digits : 1900 + digits;
}

export interface FoundDate {
  iso: string;
  index: number;
  length: number;
  /** True when the year was not printed and came from `defaultYear`. */
  yearGuessed: boolean;
}

/** Every date in the text, in order of position. Dates with no year take `defaultYear`, or are skipped without one. */
export function findDates(text: string, defaultYear?: number): FoundDate[] {
  const found: FoundDate[] = [];
  for (const { re, read } of patterns) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const [y, mo, d] = read(m);
      const iso = toIso(y ?? defaultYear ?? null, mo, d);
      const overlaps = found.some((f) => m!.index < f.index + f.length && f.index < m!.index + m![0].length);
      if (iso && !overlaps) found.push({ iso, index: m.index, length: m[0].trimEnd().length, yearGuessed: y === null });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

/**
 * The first date in the text as YYYY-MM-DD, or null.
 *
 *   parseDate('Tuesday 26 April 2022') // '2022-04-26'
 *   parseDate('26/04/22')              // '2022-04-26'
 */
export function parseDate(text: string, defaultYear?: number): string | null {
  return findDates(text, defaultYear)[0]?.iso ?? null;
}

function toIso(y: number | null, m: number, d: number): string | null {
  if (y === null || m < 1 || m > 12 || d < 1) return null;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d > days) return null;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

const twelveHour = /\b(\d{1,2})(?:[.:](\d{2}))?\s*([ap])\.?\s?m\b\.?/i;
const twentyFourHour = /\b([01]?\d|2[0-3])[:.]([0-5]\d)\b(?![.:]\d|\s*%)/;

/**
 * The first time of day in the text as 24-hour HH:MM, or null. Bare
 * "14.00" counts only with `twentyFourHour: true` (a "Time:" label), since
 * "12.35" is as likely a number.
 *
 *   parseTime('2.30 pm')  // '14:30'
 *   parseTime('noon')     // '12:00'
 */
export function parseTime(text: string, options: { twentyFourHour?: boolean } = {}): string | null {
  const m = twelveHour.exec(text);
  if (m) {
    let hours = Number(m[1]);
    const minutes = Number(m[2] ?? '0');
    if (hours < 1 || hours > 12 || minutes > 59) return null;
    const pm = m[3]!.toLowerCase() === 'p';
    if (pm && hours !== 12) hours += 12;
    if (!pm && hours === 12) hours = 0;
    return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
  }
  if (/\b(noon|midday)\b/i.test(text)) return '12:00';
  if (options.twentyFourHour) {
    const h = twentyFourHour.exec(text);
    if (h) return `${h[1]!.padStart(2, '0')}:${h[2]}`;
  }
  return null;
}

/** True when the text is a date and little else ("Tuesday 26 April 2022 - 2:30pm", "<b>11 OCTOBER 2013</b>"). */
export function isDateLine(text: string, defaultYear?: number): boolean {
  const found = findDates(text, defaultYear)[0];
  if (!found) return false;
  const rest = (text.slice(0, found.index) + ' ' + text.slice(found.index + found.length))
    .replace(twelveHour, ' ')
    .replace(/\b\d{1,2}[.:]\d{2}\b/g, ' ')
    .replace(/\b(at|from|to|and|date|meeting|tbc|to be confirmed)\b/gi, ' ')
    .replace(/[^a-z]+/gi, ' ')
    .trim();
  return rest.split(/\s+/).filter(Boolean).length <= 2;
}
