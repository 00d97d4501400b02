import type { AnyNode, Element } from 'domhandler';
import { rowLine, textLine, type ReadDocument, type SourceLine } from '../source-lines.ts';

/**
 * HTML pages (a modern.gov "agenda and minutes" page, a saved web page, the
 * HTML mammoth makes from a Word file) to lines. Headings keep their level;
 * paragraphs, list items and line breaks each make a line; a data table
 * becomes rows of cells. A table used for layout (modern.gov puts each agenda
 * item, its papers and its minutes in one table row) is read as the text
 * flowing down its cells instead, since its "cells" are whole sections.
 * Site furniture (script, style, nav, header, footer, forms) is skipped.
 */

const skipTags = new Set(['script', 'style', 'noscript', 'nav', 'form', 'button', 'select', 'template', 'svg', 'iframe', 'head']);
const blockTags = new Set([
  'p', 'div', 'section', 'article', 'main', 'aside', 'blockquote', 'pre', 'address', 'figure', 'figcaption', 'dl', 'dt', 'dd',
  'ul', 'ol', 'li', 'hr', 'br', 'body', 'html', 'caption', 'fieldset', 'details', 'summary', 'center',
]);
const headingLevel: Record<string, number> = { h1: 1, h2: 2, h3: 3, h4: 4, h5: 5, h6: 6 };

export async function readHtml(html: string, options: { numbering?: 'source' | 'sequential' } = {}): Promise<ReadDocument> {
  const { load } = await import('cheerio');
  const sequential = options.numbering === 'sequential';
  const $ = load(html, { sourceCodeLocationInfo: !sequential } as Parameters<typeof load>[1]);
  const lines: SourceLine[] = [];
  let counter = 0;
  let inline = '';
  let inlineLine = 1;

  const lineOf = (node: AnyNode): number => {
    if (sequential) return ++counter;
    return (node as Element).sourceCodeLocation?.startLine ?? lines.at(-1)?.line ?? 1;
  };
  const flush = (heading?: number) => {
    const text = inline.replace(/\s+/g, ' ').trim();
    if (text) lines.push(textLine(inlineLine, text, null, heading), textLine(inlineLine, ''));
    inline = '';
  };
  const addText = (node: AnyNode, text: string) => {
    if (!inline.trim()) inlineLine = lineOf(node);
    inline += text;
  };

  const walk = (node: AnyNode): void => {
    if (node.type === 'text') return addText(node, node.data);
    if (node.type !== 'tag') return;
    const name = node.name;
    if (skipTags.has(name) || (node.attribs.hidden !== undefined && name !== 'body')) return;
    if (name === 'table') {
      flush();
      return readTable(node);
    }
    const level = headingLevel[name];
    if (level) {
      flush();
      inlineLine = lineOf(node);
      node.children.forEach(walk);
      return flush(level);
    }
    const block = blockTags.has(name);
    if (block) flush();
    if (name === 'li') addText(node, '- ');
    node.children.forEach(walk);
    if (block) flush();
  };

  const readTable = (table: Element): void => {
    const rows = $(table).find('tr').toArray().filter((tr) => $(tr).closest('table').get(0) === table);
    const grid = rows.map((tr) =>
      $(tr).children('td,th').toArray().map((cell) => cellParagraphs(cell)),
    );
    // A table of one or two columns whose cells hold whole passages is page layout (modern.gov lists each
    // agenda item and its minutes this way); data tables (action logs, forward plans) have more columns.
    const width = Math.max(0, ...grid.map((cells) => cells.length));
    const long = (paragraphs: string[]) => paragraphs.length >= 3 || paragraphs.join(' ').length > 400;
    const layout = grid.some((cells) => cells.some((p) => p.join(' ').length > 3000)) || (width <= 2 && grid.some((cells) => cells.some(long)));
    if (layout) {
      // Read down the cells as running text.
      for (const tr of rows) for (const cell of $(tr).children('td,th').toArray()) { cell.children.forEach(walk); flush(); }
      return;
    }
    rows.forEach((tr, i) => {
      const cells = grid[i]!.map((p) => p.join('\n'));
      if (cells.some(Boolean)) lines.push(rowLine(lineOf(tr), cells));
    });
    lines.push(textLine(lines.at(-1)?.line ?? 1, ''));
  };

  const cellParagraphs = (cell: Element): string[] => {
    const saved = { inline, lines: lines.length };
    inline = '';
    cell.children.forEach(walk);
    flush();
    const paragraphs = lines.splice(saved.lines).map((l) => l.text).filter(Boolean);
    inline = saved.inline;
    return paragraphs;
  };

  // The page title often names the council and the meeting; it reads as a first line.
  const title = $('head > title').first();
  if (title.length && title.text().trim()) {
    inline = title.text();
    inlineLine = lineOf(title.get(0)!);
    flush();
  }
  const root = $('body').get(0) ?? $.root().get(0);
  if (root) (root.type === 'tag' ? root.children : $.root().contents().toArray()).forEach(walk);
  flush();
  return { format: 'html', lines: dropRepeatedBlanks(lines), runningHeaders: [] };
}

function dropRepeatedBlanks(lines: SourceLine[]): SourceLine[] {
  return lines.filter((l, i) => l.text !== '' || (i > 0 && lines[i - 1]!.text !== ''));
}
