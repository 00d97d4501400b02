const numbered = /^(.*?)(\d+)$/;

/**
 * The next number in a committee's action log, which runs on from meeting
 * to meeting as the clerk's spreadsheet did: one more than the highest
 * number written in the style of the latest action, so "7" is followed by
 * "8" and "CYP-25-04" by "CYP-25-05". A log with no numbers starts at "1".
 *
 * @param previous the committee's action numbers, oldest first
 * @example
 * nextActionNumber(['1', '2', '3']);           // '4'
 * nextActionNumber(['AGC-24-09', 'AGC-25-01']); // 'AGC-25-02'
 */
export function nextActionNumber(previous: readonly (string | null)[]): string {
  const latest = [...previous].reverse().map((n) => n?.trim().match(numbered)).find((m) => m);
  if (!latest) return '1';
  const [, prefix, digits] = latest as unknown as [string, string, string];
  let highest = 0;
  for (const number of previous) {
    const match = number?.trim().match(numbered);
    if (match && match[1] === prefix) highest = Math.max(highest, Number(match[2]));
  }
  return prefix + String(highest + 1).padStart(digits.length, '0');
}

/** Why a number a clerk typed cannot be used, or null: each number names one action in the committee's log. */
export function actionNumberProblem(number: string, previous: readonly (string | null)[]): string | null {
  const wanted = number.trim().toLowerCase();
  return previous.some((n) => n?.trim().toLowerCase() === wanted) ? `Action ${number.trim()} is already in this committee’s action log` : null;
}
