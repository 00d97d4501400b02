/**
 * The first minute number of a meeting: one more than the last minute of
 * the committee's previous meeting in the same municipal year, since
 * councils number minutes on through the year (February's 60–71, March's
 * 72–81) and start again at 1 after the annual meeting. Pass null when
 * there is no earlier meeting that year. A number is read as it is printed:
 * "63", "63.", "63a" and "Minute 63" all give 64.
 *
 * @example
 * nextMinuteNumber('71.'); // 72
 * nextMinuteNumber(null);  // 1
 */
export function nextMinuteNumber(previousLastMinute: string | null): number {
  const value = minuteValue(previousLastMinute);
  return value === null ? 1 : value + 1;
}

/** The whole number in a printed minute number ("63a." → 63), or null when there is none. */
export function minuteValue(printed: string | null): number | null {
  const match = printed === null ? null : /(\d+)/.exec(printed);
  return match ? Number(match[1]) : null;
}

/** The highest minute number among a meeting's items, as printed, or null when none has one. */
export function lastMinuteNumber(printed: readonly (string | null)[]): string | null {
  let best: { value: number; text: string } | null = null;
  for (const text of printed) {
    const value = minuteValue(text);
    if (value !== null && (best === null || value > best.value)) best = { value, text: text! };
  }
  return best?.text ?? null;
}

export interface ItemNumbers {
  /** As printed on the agenda: "1", "2", … */
  number: string;
  /** The minute the item will be recorded under, running on through the year. */
  minuteNumber: string;
}

/**
 * Numbers for an agenda's items in order: items from 1, minutes from the
 * meeting's first minute number.
 *
 * @example
 * numberItems(3, 72); // [{ number: '1', minuteNumber: '72' }, { number: '2', minuteNumber: '73' }, { number: '3', minuteNumber: '74' }]
 */
export function numberItems(count: number, firstMinuteNumber: number): ItemNumbers[] {
  if (!Number.isInteger(firstMinuteNumber) || firstMinuteNumber < 1) throw new RangeError(`the first minute number must be a whole number from 1: ${firstMinuteNumber}`);
  return Array.from({ length: count }, (_, i) => ({ number: String(i + 1), minuteNumber: String(firstMinuteNumber + i) }));
}
