import type { Block } from '../blocks.ts';
import { numberedHeading } from '../patterns.ts';
import { spanOf, type Span } from '../records.ts';

/**
 * Splits minutes into their numbered items. A minute heading is a short
 * numbered line ("72. APOLOGIES FOR ABSENCE", "Minute 45: Apologies",
 * "101/24 Apologies for absence"), or a number alone with the title on the
 * next line (modern.gov). Numbers must rise, and a numbered sentence ("1.
 * The Committee noted the report.") is a paragraph, not a minute.
 */

export interface MinuteSection {
  number: string;
  title: string;
  /** The item's text after its heading. On a modern.gov page, only what follows "Minutes:". */
  body: Block[];
  /** On a modern.gov page, the agenda text before "Minutes:". */
  preamble: Block[];
  at: Span;
}

export function splitMinuteItems(blocks: Block[], options: { itemMinutes?: boolean } = {}): { before: Block[]; items: MinuteSection[] } {
  const items: MinuteSection[] = [];
  const before: Block[] = [];
  let current: MinuteSection | null = null;
  let awaitingTitle = false;
  for (const block of blocks) {
    const heading = minuteHeading(block);
    if (heading && rises(heading.number, current?.number)) {
      current = { number: heading.number, title: heading.title, body: [], preamble: [], at: block.at };
      items.push(current);
      awaitingTitle = !heading.title;
      continue;
    }
    if (!current) { before.push(block); continue; }
    if (awaitingTitle) {
      current.title = block.text.replace(/\s*(?:pdf icon\s*)?PDF\s*[\d.]+\s*[KMG]B\b.*$/i, '').trim();
      current.at = spanOf(current, block);
      awaitingTitle = false;
      continue;
    }
    current.body.push(block);
  }
  if (options.itemMinutes) {
    for (const item of items) {
      const label = item.body.findIndex((b) => /^(?:minutes|decision)\s*:/i.test(b.text));
      if (label < 0) { item.preamble = item.body; item.body = []; continue; }
      item.preamble = item.body.slice(0, label);
      const inline = item.body[label]!.text.replace(/^(?:minutes|decision)\s*:\s*/i, '');
      item.body = [...(inline ? [{ ...item.body[label]!, text: inline, lines: [inline] }] : []), ...item.body.slice(label + 1)];
    }
  }
  return { before, items: items.filter((i) => i.title) };
}

function minuteHeading(block: Block): { number: string; title: string } | null {
  if (block.kind === 'list-item' || block.kind === 'row') return null;
  const heading = numberedHeading(block.lines[0]!);
  if (!heading || /^\d+\.\d/.test(heading.number)) return null;
  const title = block.lines.length > 1 && !heading.title ? block.lines[1]! : heading.title;
  if (!title) return block.lines.length === 1 ? heading : null;
  const words = title.split(/\s+/).length;
  const caps = title === title.toUpperCase() && /[A-Z]{3}/.test(title);
  if (words > 25 || (!caps && /[.!?]$/.test(title) && words > 6)) return null;
  if (/^(the|it|this|that|members|councillors?|there|he|she|they)\b/i.test(title) && !caps) return null;
  return { number: heading.number, title: title.replace(/[\s:.–-]+$/, '') };
}

/** Minute numbers go up: 53, 54…; 25/01, 25/02…; 101/24, 102/24… A jump of more than 20 is a stray number. */
function rises(next: string, previous: string | undefined): boolean {
  if (previous === undefined) return true;
  const a = parts(previous);
  const b = parts(next);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i] ?? 0;
    const y = b[i] ?? 0;
    if (y !== x) return y > x && y - x <= 20;
  }
  return false;
}

function parts(number: string): number[] {
  return number.replace(/^[A-Z]+\.?/i, '').split(/[/.]/).map((p) => Number.parseInt(p, 10) || 0);
}
