/**
 * How alike two records' titles (or texts) are, for suggesting topics.
 *
 * Words arrive as PostgreSQL's English full-text lexemes (to_tsvector:
 * stemmed, stop words gone), so "transport" and "transporting" are one
 * word and "the" is none. What the words are worth comes from how rare
 * they are across the council's titles (inverse document frequency, from
 * ts_stat): "transport" says much more than "report". Words every committee
 * uses in every title ("update", "review", "annual") and numbers (years,
 * quarters) say nothing about the subject and are dropped.
 *
 * The score is a weighted overlap coefficient: the weight of the words both
 * share over the weight of the smaller set. A short title contained in a
 * longer one ("School transport" in "Home to school transport policy")
 * scores 1: that is what belonging to a topic looks like.
 */

/**
 * Stems (as the English dictionary makes them) that name the kind of paper
 * rather than its subject. Kept short: a word missing here only makes a
 * suggestion worse, a word wrongly here hides a subject.
 */
export const GENERIC_LEXEMES: ReadonlySet<string> = new Set([
  'report', 'review', 'updat', 'polici', 'strategi', 'plan', 'annual', 'quarter', 'monitor', 'progress',
  'propos', 'consult', 'committe', 'council', 'scrutini', 'item', 'final', 'draft', 'interim', 'verbal', 'brief',
  'note', 'present', 'overview', 'posit', 'statement', 'option', 'paper', 'minut', 'agenda', 'work', 'programm',
  'recommend', 'respons', 'execut', 'cabinet', 'member', 'meet', 'year', 'month', 'new', 'approv', 'decis', 'servic',
  'action', 'outcom', 'refer', 'term', 'scope', 'task', 'finish', 'group', 'includ', 'inform', 'provid', 'receiv',
]);

/** A word's worth: rarer words say more about a subject. */
export type LexemeWeight = (lexeme: string) => number;

/** The words of a title that can say what it is about. */
export function significantLexemes(lexemes: readonly string[]): string[] {
  return [...new Set(lexemes)].filter((l) => l.length > 1 && !/\d/.test(l) && !GENERIC_LEXEMES.has(l));
}

/**
 * Inverse document frequency over `total` titles, `frequencies` giving how
 * many titles hold each word; a word not counted is as rare as can be.
 *
 * @example
 * const weight = lexemeWeights(new Map([['transport', 40]]), 10_000);
 * weight('transport'); // ≈ 5.5
 */
export function lexemeWeights(frequencies: ReadonlyMap<string, number>, total: number): LexemeWeight {
  const documents = Math.max(total, 1);
  return (lexeme) => Math.log(1 + documents / Math.max(frequencies.get(lexeme) ?? 1, 1));
}

/** Counts each word once per title: the frequencies lexemeWeights takes, from a set of titles in hand. */
export function countLexemes(titles: readonly (readonly string[])[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const title of titles) for (const lexeme of new Set(title)) counts.set(lexeme, (counts.get(lexeme) ?? 0) + 1);
  return counts;
}

/**
 * 0 (nothing in common) to 1 (one contains the other), over significant
 * words only.
 *
 * @example
 * titleSimilarity(['school', 'transport'], ['home', 'school', 'transport', 'polici'], weight); // 1
 */
export function titleSimilarity(a: readonly string[], b: readonly string[], weight: LexemeWeight): number {
  const left = significantLexemes(a);
  const right = new Set(significantLexemes(b));
  if (left.length === 0 || right.size === 0) return 0;
  const sum = (words: Iterable<string>) => [...words].reduce((total, word) => total + weight(word), 0);
  const shared = sum(left.filter((word) => right.has(word)));
  return Math.min(1, shared / Math.min(sum(left), sum(right)));
}
