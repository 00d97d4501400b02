import Color from 'color';

/**
 * Rules for the council's own settings. The brand colour sits behind the
 * header, where the council's name is white text, so it must pass WCAG's
 * 4.5:1 contrast for normal text against white (success criterion 1.4.3).
 */
export const MINIMUM_CONTRAST_WITH_WHITE = 4.5;

const HEX_COLOUR = /^#[0-9a-f]{6}$/i;

/**
 * WCAG 2.2's contrast ratio between two #rrggbb colours, from 1 (the same)
 * to 21 (black on white).
 *
 * @example
 * contrastRatio('#1d70b8', '#ffffff'); // 5.17
 */
export function contrastRatio(a: string, b: string): number {
  for (const hex of [a, b]) if (!HEX_COLOUR.test(hex)) throw new RangeError(`not a #rrggbb colour: ${hex}`);
  return Color(a).contrast(Color(b));
}

/**
 * What is wrong with a brand colour as typed, in words for the form, or
 * null when it can be used. "1D70B8" without the # is accepted by
 * normaliseBrandColour before this is asked.
 */
export function brandColourProblem(colour: string): string | null {
  if (!HEX_COLOUR.test(colour)) return 'Enter the brand colour as a # and six hexadecimal digits, like #1d70b8';
  const ratio = contrastRatio(colour, '#ffffff');
  if (ratio < MINIMUM_CONTRAST_WITH_WHITE) {
    return `Choose a darker brand colour: white text on ${colour} has a contrast ratio of ${ratio.toFixed(2)} to 1, and needs at least ${MINIMUM_CONTRAST_WITH_WHITE} to 1`;
  }
  return null;
}

/** "1D70B8" or " #1D70B8 " → "#1d70b8"; anything else is returned trimmed, for brandColourProblem to explain. */
export function normaliseBrandColour(typed: string): string {
  const text = typed.trim().toLowerCase();
  return /^[0-9a-f]{6}$/.test(text) ? `#${text}` : text;
}
