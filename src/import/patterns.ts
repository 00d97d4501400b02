/**
 * Small readers of the phrases committee documents share, used by several
 * extractors: "Label: value" fields, minute and agenda numbers, the names of
 * committees and councils.
 */

/** "Date: Tuesday 26 April 2022" → "Tuesday 26 April 2022" when the label matches. */
export function labelled(text: string, label: RegExp): string | null {
  const m = new RegExp(`^\\s*(?:${label.source})\\s*[:\\-–]?\\s*(.*)$`, 'is').exec(text);
  return m ? m[1]!.trim() : null;
}

export interface NumberedHeading {
  number: string;
  title: string;
}

/**
 * A minute or agenda heading: "72. APOLOGIES FOR ABSENCE", "53 Apologies",
 * "Minute 45: Apologies", "45/24 Apologies for absence", "60." alone (the
 * title follows on the next line, as on modern.gov pages).
 */
export function numberedHeading(text: string): NumberedHeading | null {
  const t = text.trim();
  const m =
    /^(?:minute\s+(?:no\.?\s*)?|item\s+)?(\d{1,4}(?:[./]\d{1,3})?[a-zA-Z]?|[A-Z]{1,4}\.?\d{1,4}[./]\d{1,3})(?:\.(?=\s|$)|:|\)|\s[-–—]\s|\s)\s*(.*)$/.exec(
      t.replace(/^(?:minute\s+(?:no\.?\s*)?|item\s+)/i, (w) => w.toLowerCase()),
    ) ??
    /^(?:minute\s+(?:no\.?\s*)?|item\s+)?(\d{1,4})\.?$/i.exec(t);
  if (!m) return null;
  const number = m[1]!.replace(/\.$/, '');
  const title = (m[2] ?? '').trim();
  if (/^\d+(\.\d+)?$/.test(title)) return null;
  if (title && !/^[A-Z"'‘“(]/.test(title)) return null;
  return { number, title };
}

const bodyWords = /^(Committee|Sub-Committee|Subcommittee|Panel|Board|Cabinet|Commission|Forum|Council|Assembly|Partnership|Group)$/;
const connectors = new Set(['and', '&', 'of', 'for', 'the', 'on', 'in']);

/**
 * Proper names of bodies in running text, e.g. "Children and Young People
 * Scrutiny Committee" in "members of the Children and Young People Scrutiny
 * Committee with an overview". Each needs two or more capitalised words.
 */
export function findBodyNames(text: string): string[] {
  const names: string[] = [];
  for (const line of text.split('\n')) {
    const words = line.split(/\s+/);
    words.forEach((raw, i) => {
      const word = raw.replace(/[.,;:)'’"]+$/, '').replace(/[’']s$/, '');
      if (!bodyWords.test(word)) return;
      const taken = [word];
      for (let j = i - 1; j >= 0 && taken.length < 10; j--) {
        const w = words[j]!;
        if (/[.:;!?]$/.test(w) || /^(The|This|That|A|An|Each|Every|Any|Our|Their)$/.test(w)) break;
        if (w.length > 3 && w === w.toUpperCase()) break;
        if (/^[A-Z][\w'’&-]*$/.test(w)) taken.unshift(w);
        else if (connectors.has(w.toLowerCase()) && w !== 'the' && j > 0 && /^[A-Z]/.test(words[j - 1]!)) taken.unshift(w);
        else break;
      }
      while (taken.length > 1 && connectors.has(taken[0]!.toLowerCase())) taken.shift();
      if (taken.length >= 2) names.push(taken.join(' '));
    });
  }
  return names;
}

/** The most frequent of the names, preferring committees over other bodies; null if none. */
export function mostFrequent(names: string[], prefer: RegExp = /Committee$/): string | null {
  const counts = new Map<string, { name: string; n: number }>();
  for (const name of names) {
    const key = name.toLowerCase();
    const entry = counts.get(key) ?? { name, n: 0 };
    entry.n++;
    counts.set(key, entry);
  }
  const ranked = [...counts.values()].sort(
    (a, b) => Number(prefer.test(b.name)) - Number(prefer.test(a.name)) || b.n - a.n || b.name.length - a.name.length,
  );
  return ranked[0]?.name ?? null;
}

const councilPattern =
  /\b((?:[A-Z][a-z'’-]+(?:[ -](?:upon|on|under|in|le|by|with|and)[ -])? ?){1,4}(?:County |District |Borough |City |Metropolitan Borough |Parish |Town |Community |Unitary )?Council)\b(?!s|\s+(?:Offices?|Tax|Chamber|meeting|Meeting|House|Plan|Constitution|website|Website)\b)/g;

/** The council a document belongs to: the most often named "<Place> Council". */
export function findCouncil(text: string): string | null {
  const names: string[] = [];
  for (const m of text.matchAll(councilPattern)) {
    const name = m[1]!.replace(/\s+/g, ' ').trim();
    const words = name.split(' ');
    if (words.length < 2 || /^(The|This|That|Full|Every|Each|Our|Your|Any|Whole|Which|County|District|Borough|City|Parish|Town|Community)$/.test(words[0]!)) continue;
    names.push(name);
  }
  const upper = [...text.matchAll(/\b([A-Z]{3,}(?: [A-Z]{3,}){0,3} (?:COUNTY |DISTRICT |BOROUGH |CITY |PARISH |TOWN )?COUNCIL)\b/g)].map((m) =>
    m[1]!.toLowerCase().replace(/\b\w/g, (c) => c.toUpperCase()),
  );
  // "London Borough of Camden", "Royal Borough of Kingston upon Thames", "City of York Council"
  const of = [...text.matchAll(/\b((?:London Borough|Royal Borough|City|County Borough|Metropolitan Borough) of (?:[A-Z][a-z'’-]+(?: (?:upon|on|and) | )?){1,3}?(?:Council)?)(?=[\s,.;:)]|$)/g)].map((m) => m[1]!.trim());
  return mostFrequent([...names, ...upper, ...of], /Council$|^(?:London|Royal) Borough/);
}
