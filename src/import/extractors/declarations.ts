import type { Block } from '../blocks.ts';
import { cleanName } from '../names.ts';
import { nameBefore, sentences } from './sentences.ts';

type Declaration = { member: string; item: string | null; interest: string };

/**
 * Declarations of interest: "There were no declarations of interest" gives
 * [] (the minutes say the list is empty); "Councillor X declared a
 * pecuniary interest in item 7 as …" gives one each. `sectionBlocks` is the
 * "Declarations of interest" item, where a bare "None." also means []; the
 * whole minutes are searched for declarations made elsewhere.
 * Null when nothing is said.
 */
export function readDeclarations(sectionBlocks: Block[] | null, allBlocks: Block[]): Declaration[] | null {
  const found: Declaration[] = [];
  let said = false;
  const seen = new Set<string>();
  for (const block of allBlocks) {
    for (const sentence of sentences(block.text)) {
      if (/\bno\s+(?:declarations?|interests?)\b.*\b(?:interest|declared|made|received)|\bno\s+declarations?\s+of\s+interest|\bthere\s+were\s+(?:no|none)\b.*\binterest|\bno\s+(?:member|councillor)s?\s+declared\b|\bdeclarations?\s+of\s+interests?\s*[:–-]\s*(?:none|nil|no\b)/i.test(sentence)) said = true;
      const declaration = readDeclaration(sentence);
      if (declaration && !seen.has(sentence)) {
        seen.add(sentence);
        found.push(declaration);
      }
    }
  }
  if (sectionBlocks && sectionBlocks.length > 0) {
    const text = sectionBlocks.map((b) => b.text).join(' ').trim();
    if (/^(?:none|nil|no\b|there were none)/i.test(text)) said = true;
  }
  return found.length ? found : said ? [] : null;
}

const declared = /\b(?:declared|declares|declaring|made\s+a\s+declaration\s+of)\s+(?:an?\s+|the\s+following\s+)?(.*?\binterests?\b)(.*)$/i;

function readDeclaration(sentence: string): Declaration | null {
  const m = declared.exec(sentence);
  if (!m) return null;
  const before = sentence.slice(0, m.index).replace(/\s+(?:had|has|then|also|both)\s*$/i, '');
  const member = nameBefore(before) ?? cleanName(before);
  if (!member) return null;
  const rest = m[2]!.trim();
  const item = /\b(?:agenda\s+)?(?:item|minute)\s+(?:no\.?\s*)?(\d+(?:[./]\d+)?[a-z]?)\b/i.exec(rest)?.[1] ?? null;
  const interest = `${m[1]!.trim()} ${rest}`.replace(/\s+/g, ' ').replace(/[.;]\s*$/, '').trim();
  return { member, item, interest };
}
