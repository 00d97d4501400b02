import type { NameMatch } from './name-match-repository.ts';

/**
 * "Did you mean …?": the closest name, when some word searched for is not
 * in it (a misspelling), not when the name was typed right ("audit" finds
 * the Audit and Governance Committee without asking).
 */
export function didYouMean(q: string, matches: readonly NameMatch[]): NameMatch | null {
  const words = (s: string) => s.toLowerCase().normalize('NFKD').replace(/[^a-z0-9\s]/g, '').split(/\s+/).filter(Boolean);
  const asked = words(q);
  for (const match of matches) {
    const name = new Set(words(match.name));
    if (asked.some((w) => !name.has(w))) return match;
  }
  return null;
}
