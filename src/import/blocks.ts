import type { Span } from './records.ts';
import type { SourceLine } from './source-lines.ts';

/**
 * The second stage: numbered lines to blocks. A block is a heading, a
 * paragraph (consecutive text lines, each kept, since a membership list is a
 * paragraph of one name a line), a table row with its cells, or a list item
 * (bullet, "a)", "(a)", "1)") with its marker taken off. Numbered lines
 * ("72. APOLOGIES FOR ABSENCE") stay paragraphs with their number: whether a
 * number is a minute, an agenda item or a list is for the extractors to say.
 */

export type BlockKind = 'heading' | 'paragraph' | 'row' | 'list-item';

export interface Block {
  kind: BlockKind;
  text: string;
  lines: string[];
  cells: string[] | null;
  level: number | null;
  /** A list item's marker as printed, without brackets: "•", "-", "a", "iv", "2". */
  marker: string | null;
  at: Span;
}

const bullet = /^(?:[-*–]\s+|[•·▪◦‣●○■□➢➤►✓]\s*)(?=\S)/;
const lettered = /^\(?([a-z]|[ivx]{1,4}|\d{1,2})\)\s+(?=\S)|^([a-z]|[ivx]{1,4})\.\s+(?=\S)/;

export function toBlocks(lines: SourceLine[]): Block[] {
  const blocks: Block[] = [];
  let open: Block | null = null;
  let openIndent = 0;
  for (const line of lines) {
    const raw = line.text;
    const text = raw.trim();
    const at: Span = { fromLine: line.line, toLine: line.line, page: line.page };
    if (!text) { open = null; continue; }
    if (line.heading) {
      blocks.push(block('heading', text, at, { level: line.heading }));
      open = null;
      continue;
    }
    if (line.cells) {
      blocks.push({ ...block('row', line.text, at), cells: line.cells });
      open = null;
      continue;
    }
    const indent = raw.length - raw.trimStart().length;
    const item = listItem(text);
    if (item) {
      open = block('list-item', item.text, at, { marker: item.marker });
      openIndent = indent;
      blocks.push(open);
      continue;
    }
    if (open && continues(open, text, indent, openIndent) && !startsSection(text) && !isHeadingLine(open)) {
      open.lines.push(text);
      open.text = `${open.text} ${text}`;
      open.at = { ...open.at, toLine: line.line };
      continue;
    }
    open = block('paragraph', text, at);
    openIndent = indent;
    blocks.push(open);
  }
  return blocks;
}

/**
 * Lines that start a new block even without a blank line before them: a
 * numbered heading, a decision ("RESOLVED:", "ACTION:") or an attendance
 * label ("Present:", "Apologies:").
 */
const sectionStart = [
  /^(?:\d{1,4}(?:[./]\d{1,3})?[.)]?\s+[A-Z][A-Za-z]|(?:RESOLVED|AGREED|RECOMMENDED|DECISION|ACTIONS?|NOTED)\b(?=\s*[:–-]|\s*$|\s+that\b))/,
  /^(?:(?:it\s+was\s+)?(?:resolved|agreed|actions?|recommendations?|recommended|decision|present|apologies(?:\s+for\s+absence)?|in\s+attendance|also\s+(?:present|in\s+attendance)|officers(?:\s+present)?)\s*[:–]|response\s*:|minutes\s+of\s+(?:the\s+|a\s+)?(?:\w+\s+)?meeting\b|(?:title\s+of\s+report|report\s+title)\s*:)/i,
];

function startsSection(text: string): boolean {
  return sectionStart.some((pattern) => pattern.test(text));
}

/** A paragraph that is only a short numbered title ("25/01 Apologies for absence") ends there. */
function isHeadingLine(open: Block): boolean {
  if (open.kind !== 'paragraph' || open.lines.length !== 1) return false;
  const m = /^\d{1,4}(?:[./]\d{1,3})?[.)]?\s+(.*)$/.exec(open.text);
  return Boolean(m && m[1]!.split(/\s+/).length <= 12 && !/[.,;]$/.test(m[1]!) && /^[A-Z]/.test(m[1]!));
}

function continues(open: Block, text: string, indent: number, openIndent: number): boolean {
  if (open.kind === 'paragraph') return true;
  // A list item goes on over lines that are indented under it or start in lower case.
  return indent > openIndent || /^[a-z(]/.test(text);
}

export function listItem(text: string): { marker: string; text: string } | null {
  let rest = text;
  let marker: string | null = null;
  const b = bullet.exec(rest);
  if (b && !/^-\d/.test(rest) && !/^\*\*/.test(rest)) {
    marker = b[0].trim();
    rest = rest.slice(b[0].length);
  }
  const l = lettered.exec(rest);
  if (l) {
    marker = l[1] ?? l[2]!;
    rest = rest.slice(l[0].length);
  }
  return marker === null ? null : { marker, text: rest.trim() };
}

function block(kind: BlockKind, text: string, at: Span, extra: { level?: number; marker?: string } = {}): Block {
  return { kind, text, lines: [text], cells: null, level: extra.level ?? null, marker: extra.marker ?? null, at };
}
