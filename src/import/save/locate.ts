import type { Span } from '../records.ts';
import type { SourceLine } from '../source-lines.ts';

const squeeze = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * The lines inside `within` that a piece of extracted text came from: a
 * resolution or recommendation inside its minute item, a name inside the
 * attendance paragraph. Extractors give a span for the item; this narrows it
 * to the sentence, so "Source: lines 41–42" points at the resolution itself.
 * Falls back to `within` when the text cannot be found (it was rejoined
 * across a page break, say).
 *
 *   locate('That the report be noted.', lines, { fromLine: 30, toLine: 44, page: 2 })
 *   // { fromLine: 41, toLine: 41, page: 2 }
 */
export function locate(text: string, lines: readonly SourceLine[], within: Span): Span {
  const inside = lines.filter((l) => l.line >= within.fromLine && l.line <= within.toLine);
  const wanted = squeeze(text);
  if (!wanted) return within;
  const head = wanted.slice(0, 24);
  const tail = wanted.slice(-16);
  for (let i = 0; i < inside.length; i++) {
    // The line must hold the text's first words; the next two may hold the rest of its opening.
    const here = squeeze(inside[i]!.text);
    if (!here.includes(head.slice(0, 12))) continue;
    const opening = [here, ...inside.slice(i + 1, i + 3).map((l) => squeeze(l.text))].join(' ');
    if (!opening.includes(head)) continue;
    let joined = '';
    for (let j = i; j < inside.length && j < i + 40; j++) {
      joined = `${joined} ${squeeze(inside[j]!.text)}`;
      if (joined.includes(tail)) return { fromLine: inside[i]!.line, toLine: inside[j]!.line, page: inside[i]!.page };
    }
    return { fromLine: inside[i]!.line, toLine: inside[i]!.line, page: inside[i]!.page };
  }
  return within;
}

/** The source line a record starts on, for rules that read the words printed around it. */
export function lineAt(lines: readonly SourceLine[], lineNumber: number): string {
  return lines.find((l) => l.line === lineNumber)?.text ?? '';
}

/**
 * Minute items as extractors give them span their heading only; an item's
 * minute runs on to the line before the next item's heading, and the last
 * one to the end of the meeting.
 */
export function itemExtents<T extends { at: Span }>(items: readonly T[], meetingEnd: number): T[] {
  return items.map((item, i) => {
    const next = items[i + 1];
    const end = next ? next.at.fromLine - 1 : meetingEnd;
    return { ...item, at: { ...item.at, toLine: Math.max(item.at.toLine, end) } };
  });
}
