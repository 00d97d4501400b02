/**
 * What a typeset page holds, as plain values: the front sheet and typeset
 * reports are built as blocks by pure functions (tested on their text), and
 * one renderer lays blocks out with pdfkit (typeset-blocks.ts).
 */
export type Block =
  /** The council's name on a band of its colour, the document's title under it. */
  | { kind: 'masthead'; council: string; title: string; subtitle: string | null }
  | { kind: 'heading'; level: 1 | 2 | 3; text: string }
  | { kind: 'paragraph'; text: string; style?: ParagraphStyle }
  | { kind: 'list'; items: string[] }
  /** Label and value pairs: "Date: Tuesday 10 March 2026". */
  | { kind: 'details'; rows: { label: string; value: string }[] }
  | { kind: 'table'; caption: string; columns: TableColumn[]; rows: Cell[][] }
  | { kind: 'new-page' };

/** 'notice' is boxed and bold: "Not for publication". 'small' is for notes. */
export type ParagraphStyle = 'body' | 'lead' | 'strong' | 'notice' | 'small';

export interface TableColumn {
  header: string;
  /** Share of the table's width; the shares are scaled to fill it. */
  width: number;
  align?: 'left' | 'right';
}

/** A cell's paragraphs: the agenda's title (bold) over its description. */
export type Cell = { text: string; bold?: boolean; style?: 'small' | 'notice' }[];

export function cell(text: string, options: { bold?: boolean; style?: 'small' | 'notice' } = {}): Cell {
  return [{ text, ...options }];
}

/** The text a reader would see, in reading order: for tests and for checking what a pack says. */
export function blocksText(blocks: readonly Block[]): string {
  const lines: string[] = [];
  for (const block of blocks) {
    switch (block.kind) {
      case 'masthead':
        lines.push(block.council, block.title, ...(block.subtitle ? [block.subtitle] : []));
        break;
      case 'heading':
      case 'paragraph':
        lines.push(block.text);
        break;
      case 'list':
        lines.push(...block.items);
        break;
      case 'details':
        lines.push(...block.rows.map((r) => `${r.label}: ${r.value}`));
        break;
      case 'table':
        lines.push(block.columns.map((c) => c.header).join('\t'), ...block.rows.map((row) => row.map((c) => c.map((p) => p.text).join(' ')).join('\t')));
        break;
      case 'new-page':
        break;
    }
  }
  return lines.join('\n');
}
