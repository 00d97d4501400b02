import { cleanName, looksLikeName, splitList } from '../names.ts';

/**
 * Sentence-level helpers for minutes and transcripts: splitting text into
 * sentences without breaking at "Mr." or "J. Smith", and finding the name
 * that ends or starts a stretch of text ("… Councillor Frank Cornwallis
 * will be substituting for Councillor Rob Willetts and …").
 */

const abbreviation = /(?:\b(?:mr|mrs|ms|dr|cllr|cllrs|prof|rev|st|no|nos|vs|etc|e\.g|i\.e|approx|inc|ltd|co)|\b[A-Z])\.$/i;

export function sentences(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  const re = /[.!?]+["'’”)]?(?=\s+["'‘“(]?[A-Z0-9]|\s*$)/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const end = m.index + m[0].length;
    const candidate = text.slice(start, end);
    if (abbreviation.test(candidate.trimEnd()) && end < text.length) continue;
    out.push(candidate.trim());
    start = end;
  }
  const rest = text.slice(start).trim();
  if (rest) out.push(rest);
  return out.filter(Boolean);
}

const honorificToken = /^(?:councillors?|cllrs?\.?|c[il1]{2}rs?\.?|mr\.?|mrs\.?|ms\.?|miss|dr\.?|prof\.?|rev\.?|revd|sir|dame|lord|lady|county|parish|town|district|borough|city|councilmembers?|councilman|councilwoman|commissioner|supervisor|mayor|alderman|alderwoman|trustee)$/i;
const nameWord = /^(?:[A-Z][A-Za-z'’\u00C0-\u017F-]*|[a-z][’'][A-Z][A-Za-z]*|[A-Z](?:\.?[A-Z]){0,3}\.?|de|van|von|der|la|le|du)$/;

/** The name at the end of the text, honorific included in the search: "Yes. Councillor Frank Cornwallis" → "Frank Cornwallis". */
export function nameBefore(text: string): string | null {
  const tokens = text.replace(/[\s,;:–—-]+$/, '').split(/\s+/);
  const taken: string[] = [];
  for (let i = tokens.length - 1; i >= 0; i--) {
    const t = tokens[i]!;
    if (honorificToken.test(t)) { taken.unshift(t); continue; }
    if (!nameWord.test(t) || /[.!?]$/.test(t) && !/^[A-Z]\.$/.test(t)) break;
    if (taken.length >= 4) break;
    taken.unshift(t);
  }
  return bestName(taken);
}

/** The name at the start of the text: "Councillor Rob Willetts and Councillor David Davies is…" → "Rob Willetts". */
export function nameAfter(text: string): string | null {
  const tokens = text.trim().split(/\s+/);
  const taken: string[] = [];
  for (const raw of tokens) {
    const t = raw.replace(/[.,;:)]+$/, '');
    if (honorificToken.test(t) && taken.every((x) => honorificToken.test(x))) { taken.push(t); continue; }
    if (!nameWord.test(t) || taken.length >= 6) break;
    taken.push(t);
    if (raw !== t) break;
  }
  return bestName(taken);
}

/** Names listed at the end of the text: "Councillors Tess Fagin and Helen l'Estrange," → both. */
export function namesBefore(text: string): string[] {
  const parts = splitList(text.replace(/[\s,;:–—-]+$/, ''));
  const names: string[] = [];
  for (let i = parts.length - 1; i >= 0; i--) {
    const part = parts[i]!.replace(/^(?:councillors|cllrs)\s+/i, '');
    const name = cleanName(part);
    if (name && !/[.!?]\s/.test(part)) { names.unshift(name); continue; }
    const last = nameBefore(part);
    if (last) names.unshift(last);
    break;
  }
  return names;
}

function bestName(tokens: string[]): string | null {
  // Drop words from the front until the rest reads as a name; "Cllr Hughes" is a name too.
  for (let i = 0; i < tokens.length; i++) {
    const titled = honorificToken.test(tokens[i]!);
    const name = cleanName(tokens.slice(i).join(' '), { allowSingle: titled });
    if (name && looksLikeName(name, { allowSingle: titled })) return name;
  }
  return null;
}
