import { rowLine, textLine, type SourceLine } from '../source-lines.ts';

/**
 * Rebuilds lines and table columns from the positioned text a PDF holds.
 * PDF text comes as runs placed at x/y positions in whatever order the
 * producer wrote them, so lines are found by their baseline, words by small
 * gaps, and table cells by gaps wider than a few spaces. Within a table the
 * cell starts of all its rows are clustered into columns, so a wrapped cell
 * that continues alone on the next line lands in its own column (a row with
 * empty cells before it) instead of being read as a new paragraph.
 */

export interface PositionedText {
  text: string;
  x: number;
  /** Baseline, measured up from the bottom of the page as PDF does. */
  y: number;
  width: number;
  fontSize: number;
}

export interface PdfPage {
  height: number;
  items: PositionedText[];
}

interface Chunk { text: string; x: number; end: number }
interface Line { y: number; size: number; chunks: Chunk[] }

export interface LayoutResult {
  lines: SourceLine[];
  runningHeaders: string[];
}

export function layOutPages(pages: PdfPage[]): LayoutResult {
  const pageLines = pages.map((page) => groupLines(page.items));
  const repeated = findRunningLines(pages, pageLines);
  const lines: SourceLine[] = [];
  const runningHeaders: string[] = [];
  const seen = new Set<string>();
  let number = 0;
  pageLines.forEach((pageLine, p) => {
    const page = p + 1;
    const kept = pageLine.filter((line) => {
      const text = plain(line);
      const key = normalise(text);
      if (!isMargin(line, pages[p]!.height)) return true;
      if (isPageNumber(text)) return false;
      if (!repeated.has(key)) return true;
      // The first copy stays where it is: it is often the document's title ("Council 8 October 2021 Action sheet").
      if (seen.has(key)) return false;
      seen.add(key);
      runningHeaders.push(text);
      return true;
    });
    if (lines.length) lines.push(textLine(++number, '', page));
    const spacing = medianGap(kept);
    const tables = findTables(kept);
    kept.forEach((line, i) => {
      if (i > 0 && kept[i - 1]!.y - line.y > spacing * 1.6) lines.push(textLine(++number, '', page));
      const columns = tables.get(i);
      lines.push(columns ? rowLine(++number, toCells(line, columns), page) : textLine(++number, plain(line), page));
    });
  });
  return { lines, runningHeaders };
}

function groupLines(items: PositionedText[]): Line[] {
  const sorted = items.filter((i) => i.text.trim()).sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: { y: number; size: number; items: PositionedText[] }[] = [];
  for (const item of sorted) {
    const line = lines.find((l) => Math.abs(l.y - item.y) <= Math.max(l.size, item.fontSize) * 0.4);
    if (line) line.items.push(item);
    else lines.push({ y: item.y, size: item.fontSize, items: [item] });
  }
  return lines
    .sort((a, b) => b.y - a.y)
    .map((l) => ({ y: l.y, size: l.size, chunks: chunk(l.items.sort((a, b) => a.x - b.x)) }));
}

/** Joins runs into words and cells: a gap of about a space is a space, a gap of several is a cell boundary. */
function chunk(items: PositionedText[]): Chunk[] {
  const chunks: Chunk[] = [];
  for (const item of items) {
    const last = chunks.at(-1);
    const gap = last ? item.x - last.end : Infinity;
    if (last && gap < item.fontSize * 1.5) {
      const space = gap > item.fontSize * 0.15 && !last.text.endsWith(' ') && !item.text.startsWith(' ') ? ' ' : '';
      last.text += space + item.text;
      last.end = Math.max(last.end, item.x + item.width);
    } else chunks.push({ text: item.text, x: item.x, end: item.x + item.width });
  }
  return chunks.map((c) => ({ ...c, text: c.text.replace(/\s+/g, ' ').trim() })).filter((c) => c.text);
}

/** Maps line index → column starts for the lines that belong to a table (runs of lines with two or more cells). */
function findTables(lines: Line[]): Map<number, number[]> {
  const tables = new Map<number, number[]>();
  let i = 0;
  while (i < lines.length) {
    if (lines[i]!.chunks.length < 2) { i++; continue; }
    let end = i;
    for (let j = i + 1; j < lines.length && j - end <= 3; j++) if (lines[j]!.chunks.length >= 2) end = j;
    const columns = clusterColumns(lines.slice(i, end + 1).filter((l) => l.chunks.length >= 2).flatMap((l) => l.chunks.map((c) => c.x)));
    // The last row's cells may wrap onto lines of their own under their columns.
    const wrapped = (next: Line, previous: Line) => next.chunks.length === 1 && columnOf(next.chunks[0]!.x, columns) > 0 && previous.y - next.y < previous.size * 2.5;
    while (end + 1 < lines.length && wrapped(lines[end + 1]!, lines[end]!)) end++;
    const region = lines.slice(i, end + 1);
    if (region.filter((l) => l.chunks.length >= 2).length >= 2 || columns.length >= 3) {
      // Inside a table a lone piece of text is a cell that wrapped: it keeps its column.
      region.forEach((line, k) => tables.set(i + k, columns));
    }
    i = end + 1;
  }
  return tables;
}

function clusterColumns(xs: number[]): number[] {
  const sorted = [...xs].sort((a, b) => a - b);
  const starts: number[] = [];
  for (const x of sorted) if (starts.length === 0 || x - starts.at(-1)! > 8) starts.push(x);
  return starts;
}

function columnOf(x: number, columns: number[]): number {
  let index = 0;
  columns.forEach((start, i) => { if (x + 4 >= start) index = i; });
  return index;
}

function toCells(line: Line, columns: number[]): string[] {
  const cells = columns.map(() => '');
  for (const c of line.chunks) {
    const k = columnOf(c.x, columns);
    cells[k] = cells[k] ? `${cells[k]} ${c.text}` : c.text;
  }
  while (cells.length > 1 && cells.at(-1) === '') cells.pop();
  return cells;
}

function plain(line: Line): string {
  return line.chunks.map((c) => c.text).join(' ');
}

function normalise(text: string): string {
  return text.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ').trim();
}

function isPageNumber(text: string): boolean {
  return /^(page\s*)?\d{1,4}(\s*(of|\/)\s*\d{1,4})?$/i.test(text.trim());
}

function isMargin(line: Line, height: number): boolean {
  return line.y > height * 0.9 || line.y < height * 0.1;
}

/** Lines in the top or bottom margin that recur on at least half the pages (and two or more): running headers and footers. */
function findRunningLines(pages: PdfPage[], pageLines: Line[][]): Set<string> {
  const seen = new Map<string, Set<number>>();
  pageLines.forEach((lines, p) => {
    for (const line of lines) {
      if (!isMargin(line, pages[p]!.height)) continue;
      const key = normalise(plain(line));
      seen.set(key, (seen.get(key) ?? new Set()).add(p));
    }
  });
  const needed = Math.max(2, Math.ceil(pages.length / 2));
  return new Set([...seen].filter(([, on]) => on.size >= needed).map(([key]) => key));
}

function medianGap(lines: Line[]): number {
  const gaps = lines.slice(1).map((l, i) => lines[i]!.y - l.y).filter((g) => g > 0).sort((a, b) => a - b);
  return gaps[Math.floor(gaps.length / 2)] ?? 12;
}
