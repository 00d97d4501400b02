/**
 * People's names as committee documents print them, reduced to the name
 * alone: "Councillor Gareth Ames" → "Gareth Ames", "Mr Sam Pratt -
 * Education Co-optee" → "Sam Pratt", "J Dawlish (Director For People's
 * Services)" → "J Dawlish". Role titles and organisations that stand where a
 * name might ("Democratic services manager", "Director of Healthwatch") are
 * not names and give null.
 */

const honorific =
  /^(?:(?:county|district|borough|city|town|parish|community)\s+)?(?:councillors?|cllrs?\.?|c[il1]{2}rs?\.?|clllr|mr|mrs|ms|miss|mx|dr|prof(?:essor)?|rev(?:d|erend)?|the\s+rev(?:d|erend)?|sir|dame|lord|lady|alderman|alderwoman|ald|council\s*(?:member|man|woman)s?|commissioners?|supervisors?|(?:vice\s+)?mayor|trustees?)\b\.?\s*/i;

/** Words that make a phrase a role, a body or a place rather than a person. */
const notNameWords = new Set(
  (
    'accountant adults adviser advisor agency archdiocese assets benefits culture customer digital economy economies environment highways leisure neighbourhoods property regeneration revenues transformation transport wellbeing communities assistant association authority board business cabinet care chair chairman chairperson chairwoman ' +
    'chief children church clerk co-optee co-opted committee communications community consultant corporate council councillors councils ' +
    'county democratic department deputy diocese director directorate district education engineer executive finance governance governor ' +
    'group head health healthwatch housing improvement interim lead leader legal manager mayor member members monitoring nhs officer ' +
    'officers parent partner partnership people planning police policy portfolio principal programme project public representative ' +
    'resources school schools scrutiny secretary senior service services social solicitor strategic strategy substitute support team ' +
    'treasurer trust unit vice-chair vice-chairman welfare young youth apologies present none nil absent attendance minutes item agenda ' +
    'meeting report officer(s) and the of for to in on at by with from was were are is be thanks thank'
  ).split(/\s+/),
);

const particles = new Set(['de', 'da', 'di', 'del', 'der', 'den', 'van', 'von', 'la', 'le', 'du', 'st', 'st.', 'ap', 'bin', 'al']);

/** A token that can stand in a name: "Graham", "l'Estrange", "O'Mahony", "Lloyd-Hayes", "McCaull", "JG", "J.", "A.B." */
const nameToken = /^(?:[A-Z][A-Za-z'’\u00C0-\u017F]*(?:-[A-Z][A-Za-z'’\u00C0-\u017F]*)*|[a-z][’'][A-Z][A-Za-z\u00C0-\u017F]*|[A-Z](?:\.?[A-Z])*\.?)$/;
const initials = /^[A-Z](?:\.?[A-Z]){0,3}\.?$/;

export interface NameOptions {
  /** Accept a lone surname ("Councillors: Gareth Ames, James, Mike Jones"). */
  allowSingle?: boolean;
}

/** Removes honorifics and role suffixes; returns the bare name, or null if what is left is not a person's name. */
export function cleanName(raw: string, options: NameOptions = {}): string | null {
  let text = stripRole(raw);
  for (let previous = ''; previous !== text; ) {
    previous = text;
    text = text.replace(honorific, '').trim();
  }
  text = text.replace(/[.,;:]+$/, '').trim();
  return looksLikeName(text, options) ? text : null;
}

/** Drops what follows a name: "(Chairperson)", " - Education Co-optee", ", Director of …", " – Standing in for …". */
export function stripRole(raw: string): string {
  return raw
    .replace(/\*+|_{2,}/g, '')
    .replace(/\([^)]*\)?/g, ' ')
    .replace(/\[[^\]]*\]?/g, ' ')
    .replace(/\s[-–—]\s.*$/, '')
    .replace(/\s[-–—]$/, '')
    .replace(/,.*$/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

export function looksLikeName(text: string, options: NameOptions = {}): boolean {
  if (!text || text.length > 48) return false;
  const tokens = text.split(/\s+/);
  if (tokens.length > 5) return false;
  if (tokens.length === 1 && !options.allowSingle) return false;
  if (tokens.some((t) => notNameWords.has(t.toLowerCase().replace(/[’']s$/, '')))) return false;
  const first = tokens[0]!;
  const last = tokens.at(-1)!;
  if (particles.has(first.toLowerCase()) && tokens.length > 1 && first[0] === first[0]!.toLowerCase()) return false;
  if (!tokens.every((t) => nameToken.test(t) || particles.has(t.toLowerCase()))) return false;
  // A surname must be a word, not initials alone ("QA", "HR").
  if (initials.test(last) && !/^[A-Z][a-z]/.test(last)) return false;
  // All-capital words are headings, not names ("APOLOGIES FOR ABSENCE").
  if (tokens.filter((t) => t.length > 2 && t === t.toUpperCase()).length === tokens.length) return false;
  return true;
}

/**
 * Splits a printed list of people into names, dropping roles, bodies and
 * filler: "Councillors: Gareth Ames, Helen l'Estrange, James and Dora Sumner".
 */
export function splitNames(text: string, options: NameOptions = {}): string[] {
  const names: string[] = [];
  // "Councillors Brown and Green": a plural title makes each surname a name.
  const plural = /^\s*(?:councillors|cllrs)\b/i.test(text);
  for (const part of splitList(text)) {
    const single = options.allowSingle || plural || honorific.test(part.trim());
    const bracketed = /\(([^)]+)\)/.exec(part)?.[1];
    const name = cleanName(part, { allowSingle: single }) ?? cleanName(trimToName(part)) ?? (bracketed ? cleanName(bracketed) : null);
    if (name && !names.includes(name)) names.push(name);
  }
  return names;
}

/** Splits at commas, semicolons, line breaks, "and" and "&", keeping commas inside brackets. */
export function splitList(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of text) {
    if (ch === '(' || ch === '[') depth++;
    if (ch === ')' || ch === ']') depth = Math.max(0, depth - 1);
    if (depth === 0 && (ch === ',' || ch === ';' || ch === '\n' || ch === '\t')) {
      parts.push(current);
      current = '';
    } else current += ch;
  }
  parts.push(current);
  return parts
    .flatMap((p) => p.split(/\s+(?:and|&)\s+/i))
    .map((p) => p.trim())
    .filter(Boolean);
}

/** "Sam Pratt Ludlow Diocese" → "Sam Pratt": cuts a name off at the first word that names a body or a role. */
export function trimToName(text: string): string {
  const tokens = stripRole(text).replace(honorific, '').split(/\s+/);
  const cut = tokens.findIndex((t) => notNameWords.has(t.toLowerCase().replace(/[’']s$/, '')) || !nameToken.test(t));
  if (cut <= 0) return tokens.join(' ');
  // A place name often stands between a name and the body ("Ludlow Diocese"): keep two words when three are left.
  const kept = tokens.slice(0, cut);
  return (kept.length >= 3 && !initials.test(kept[0]!) ? kept.slice(0, 2) : kept).join(' ');
}
