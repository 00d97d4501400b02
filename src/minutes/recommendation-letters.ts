/**
 * Lettered recommendations run (a), (b), (c) within a minute, as councils
 * print them; after (z) come (aa), (ab). The next letter follows the
 * highest already used, so removing (b) does not reuse its letter for the
 * next one.
 *
 * @example
 * nextRecommendationLetter([]);         // 'a'
 * nextRecommendationLetter(['a', 'c']); // 'd'
 * nextRecommendationLetter(['z']);      // 'aa'
 */
export function nextRecommendationLetter(used: readonly (string | null)[]): string {
  const highest = Math.max(0, ...used.map((letter) => (letter && isRecommendationLetter(letter) ? letterIndex(letter) : 0)));
  return letterAt(highest + 1);
}

export function isRecommendationLetter(value: string): boolean {
  return /^[a-z]{1,2}$/.test(value);
}

/** Why a letter cannot be used on this item, or null. */
export function recommendationLetterProblem(letter: string, used: readonly (string | null)[]): string | null {
  if (!isRecommendationLetter(letter)) return 'Enter the letter as it is printed, like a or b';
  return used.includes(letter) ? `There is already a recommendation (${letter}) in this minute` : null;
}

/** a = 1, z = 26, aa = 27. */
function letterIndex(letter: string): number {
  return [...letter].reduce((n, c) => n * 26 + (c.charCodeAt(0) - 96), 0);
}

function letterAt(index: number): string {
  let letters = '';
  for (let n = index; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(97 + ((n - 1) % 26)) + letters;
  return letters;
}
