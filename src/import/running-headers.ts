import type { SourceLine } from './source-lines.ts';
import { findDates } from './dates.ts';

/**
 * Page headers and footers that survive in text exported from a PDF
 * ("Council 8 October 2021 Action sheet", "Last updated: Tue, 30-Nov-21")
 * interrupt sentences and table rows wherever a page broke. A short line that
 * recurs three or more times and carries a date or a page number is taken to
 * be one: a copy at the very top is kept (it is often the document's title),
 * the others are dropped, and so are stray fragments of it next to a dropped copy.
 * Repeated table headers carry no date and stay.
 */
export function dropRunningHeaders(lines: SourceLine[]): { lines: SourceLine[]; headers: string[] } {
  const counts = new Map<string, number>();
  for (const line of lines) {
    const key = keyOf(line.text);
    if (key && isHeaderLike(line.text)) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const repeated = new Set([...counts].filter(([, n]) => n >= 3).map(([key]) => key));
  if (repeated.size === 0) return { lines, headers: [] };
  const headers: string[] = [];
  const kept: SourceLine[] = [];
  let lastDropped = -Infinity;
  let textSeen = 0;
  lines.forEach((line, i) => {
    const key = keyOf(line.text);
    if (key && repeated.has(key)) {
      const first = !headers.some((h) => keyOf(h) === key);
      if (first) headers.push(line.text.replace(/\t+/g, ' '));
      if (first && textSeen < 3) kept.push(line);
      else lastDropped = i;
      return;
    }
    if (key) textSeen++;
    if (i - lastDropped <= 3 && isFragmentOf(line.text, headers)) return;
    kept.push(line);
  });
  return { lines: kept, headers };
}

function keyOf(text: string): string {
  const key = text.toLowerCase().replace(/\s+/g, ' ').trim();
  // "Page 2 of 3" and "Page 3 of 3" are the same footer.
  return /\bpage\s+\d+/.test(key) ? key.replace(/\d+/g, '#') : key;
}

function isHeaderLike(text: string): boolean {
  const words = text.trim().split(/\s+/);
  if (words.length > 12 || words.length === 0) return false;
  if (/\b(last updated|printed on)\b/i.test(text) || /\bpage\s+\d+/i.test(text)) return true;
  // "Meeting date: …" recurring on each report's cover is a field, not a running header.
  return findDates(text).length > 0 && !/^[a-z][a-z ]{1,30}:\s/i.test(text.trim());
}

/** A line of up to four words that the start or end of a header spells ("Action sheet"). */
function isFragmentOf(text: string, headers: string[]): boolean {
  const words = keyOf(text).split(' ').filter(Boolean);
  if (words.length === 0 || words.length > 4) return false;
  return headers.some((h) => {
    const hw = keyOf(h).split(' ');
    const tail = hw.slice(-words.length).join(' ');
    const head = hw.slice(0, words.length).join(' ');
    return tail === words.join(' ') || head === words.join(' ');
  });
}
