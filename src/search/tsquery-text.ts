/**
 * How PostgreSQL will rank a query, read from the query's own text
 * (`websearch_to_tsquery(...)::text`, e.g. `'surfac' <-> 'water' & !'flood'`).
 *
 * ts_rank scores a query whose top operator is AND or a phrase with
 * calc_rank_and (below 1 whatever the weights), and anything else (one
 * word, OR, NOT) with calc_rank_or (at most 1.61 times the heaviest weight
 * of a matched word). The shape decides which ceiling bounds a score.
 */
export interface TsqueryShape {
  /** Every distinct word of the query, negated ones too, as stored in vectors. */
  lexemes: string[];
  /**
   * 'or': ranked by calc_rank_or; 'and': by calc_rank_and; 'phrase': a
   * phrase on top, counted as either, to be safe; 'unknown': text this
   * reader does not follow, so no shape is assumed.
   */
  ranking: 'or' | 'and' | 'phrase' | 'unknown';
}

// tsquery's operator priorities (tsquery.c): the printer parenthesises a
// child of lower priority than its parent, so the lowest-priority operator
// outside any parenthesis is the top of the tree.
const priority = { '|': 1, '&': 2, phrase: 3 } as const;

/**
 * @example readTsquery("'hannah' & 'parri'") // { lexemes: ['hannah', 'parri'], ranking: 'and' }
 * @example readTsquery("'budget' & !'capit'") // { lexemes: ['budget', 'capit'], ranking: 'and' }
 * @example readTsquery("'taxi' | 'hackney'") // { lexemes: ['taxi', 'hackney'], ranking: 'or' }
 */
export function readTsquery(text: string): TsqueryShape {
  const lexemes = new Set<string>();
  let depth = 0;
  let top: keyof typeof priority | null = null;
  let i = 0;
  const atTop = (op: keyof typeof priority) => {
    if (depth === 0 && (top === null || priority[op] < priority[top])) top = op;
  };
  while (i < text.length) {
    const c = text[i]!;
    if (c === "'") {
      let word = '';
      i++;
      for (;;) {
        if (i >= text.length) return { lexemes: [...lexemes], ranking: 'unknown' };
        const d = text[i]!;
        if (d === '\\' && i + 1 < text.length) {
          word += text[i + 1];
          i += 2;
        } else if (d === "'" && text[i + 1] === "'") {
          word += "'";
          i += 2;
        } else if (d === "'") {
          i++;
          break;
        } else {
          word += d;
          i++;
        }
      }
      lexemes.add(word);
      // A prefix (:*) or weight (:AB) marker; websearch_to_tsquery makes neither, but they are harmless.
      if (text[i] === ':') while (i < text.length && /[:*A-Da-d]/.test(text[i]!)) i++;
    } else if (c === '(') {
      depth++;
      i++;
    } else if (c === ')') {
      depth--;
      i++;
    } else if (c === '&' || c === '|') {
      atTop(c);
      i++;
    } else if (c === '<') {
      const match = /^<(-|\d+)>/.exec(text.slice(i));
      if (!match) return { lexemes: [...lexemes], ranking: 'unknown' };
      atTop('phrase');
      i += match[0].length;
    } else if (c === '!' || c === ' ') {
      i++;
    } else {
      return { lexemes: [...lexemes], ranking: 'unknown' };
    }
  }
  if (depth !== 0) return { lexemes: [...lexemes], ranking: 'unknown' };
  // calc_rank_and falls back to calc_rank_or for fewer than two distinct words.
  if (lexemes.size < 2 || top === null || top === '|') return { lexemes: [...lexemes], ranking: 'or' };
  return { lexemes: [...lexemes], ranking: top === '&' ? 'and' : 'phrase' };
}

/**
 * A tsquery matching any of the words, to ask whether a record's title has
 * one of them.
 *
 * @example anyLexemeQuery(['surfac', "o'brien"]) // "'surfac' | 'o''brien'"
 */
export function anyLexemeQuery(lexemes: readonly string[]): string {
  return lexemes.map((l) => `'${l.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`).join(' | ');
}
