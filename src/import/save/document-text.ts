import type { SourceLine } from '../source-lines.ts';

export interface DocumentText {
  /** The reader's lines joined with "\n", line n being line n of the provenance spans. */
  text: string;
  /** Line n starts at text offset lineStarts[n-1]. */
  lineStarts: number[];
  /** Page p starts at line pageStarts[p-1]; empty for formats without pages. */
  pageStarts: number[];
}

/**
 * The stored text of a document, numbered exactly as the importer numbered
 * it, so "lines 12–18" on a record points at the same lines on the
 * document's page. Lines a reader dropped (running headers and footers,
 * blank lines) stay as empty lines rather than renumbering the rest.
 *
 *   documentText([{ line: 1, text: 'Agenda', … }, { line: 3, text: 'Item 1', … }])
 *   // { text: 'Agenda\n\nItem 1', lineStarts: [0, 7, 8], pageStarts: [] }
 */
export function documentText(lines: readonly SourceLine[]): DocumentText {
  const count = lines.reduce((max, l) => Math.max(max, l.line), 0);
  const texts: string[] = new Array<string>(count).fill('');
  const pageFirstLine = new Map<number, number>();
  for (const l of lines) {
    // A line never holds a line break: table cells with paragraphs are joined with spaces.
    const text = l.text.replace(/[\r\n]+/g, ' ');
    // The HTML and Word readers follow each block with a blank line of the same number, and an
    // HTML source line may hold several blocks: a blank never overwrites text, blocks are joined.
    if (text) texts[l.line - 1] = texts[l.line - 1] ? `${texts[l.line - 1]} ${text}` : text;
    if (l.page !== null) pageFirstLine.set(l.page, Math.min(pageFirstLine.get(l.page) ?? l.line, l.line));
  }
  const lineStarts: number[] = [];
  let offset = 0;
  for (const t of texts) {
    lineStarts.push(offset);
    offset += t.length + 1;
  }
  const lastPage = Math.max(0, ...pageFirstLine.keys());
  const pageStarts: number[] = [];
  for (let p = 1; p <= lastPage; p++) {
    // A page with no text of its own starts where the next text does.
    pageStarts.push(pageFirstLine.get(p) ?? pageStarts.at(-1) ?? 1);
  }
  return { text: texts.join('\n'), lineStarts, pageStarts };
}

