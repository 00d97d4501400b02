import PDFDocument from 'pdfkit';
import type { Block, Cell, ParagraphStyle, TableColumn } from './pack-blocks.ts';
import { packFonts } from './pack-fonts.ts';

type Doc = PDFKit.PDFDocument;
type StructElement = PDFKit.PDFStructureElement;

/** A4 in points, with room at the foot for the stamped page number. */
export const page = { width: 595.28, height: 841.89, top: 56, bottom: 64, left: 60, right: 60 } as const;
const contentWidth = page.width - page.left - page.right;
const pageBottom = page.height - page.bottom;

const colours = { text: '#0b0c0c', secondary: '#505a5f', rule: '#b1b4b6', notice: '#0b0c0c' };
const sizes = { body: 11, small: 9.5, lead: 13, h1: 20, h2: 15, h3: 12.5, table: 10 };
const lineGap = 2.5;

export interface PackDocumentInfo {
  title: string;
  subject: string;
  author: string;
}

/**
 * A tagged PDF (PDF/UA's structure: headings, paragraphs, lists, tables
 * with header cells) in English, whose viewers show its title rather
 * than its file name.
 */
export function createPackDocument(info: PackDocumentInfo): Doc {
  return new PDFDocument({
    size: 'A4',
    margins: { top: page.top, bottom: page.bottom, left: page.left, right: page.right },
    pdfVersion: '1.7',
    tagged: true,
    lang: 'en-GB',
    displayTitle: true,
    autoFirstPage: false,
    info: { Title: info.title, Subject: info.subject, Author: info.author, Creator: 'Gavel' },
  });
}

/** The bytes of a document once it is ended. */
export function documentBytes(doc: Doc): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  doc.on('data', (chunk: Uint8Array) => chunks.push(chunk));
  return new Promise((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
}

/**
 * Lays blocks out from the top of a new page, as children of `parent` in
 * the structure tree, keeping headings with what follows and table rows
 * whole. Returns how many pages it took.
 */
export function typesetBlocks(doc: Doc, blocks: readonly Block[], parent: StructElement, options: { brandColour: string }): number {
  const fonts = packFonts();
  doc.registerFont('body', fonts.regular);
  doc.registerFont('bold', fonts.bold);
  let pages = 0;
  const countPage = () => pages++;
  doc.on('pageAdded', countPage);
  try {
    doc.addPage();
    const typesetter = new Typesetter(doc, parent, options.brandColour);
    blocks.forEach((block, index) => typesetter.block(block, blocks[index + 1]));
  } finally {
    doc.off('pageAdded', countPage);
  }
  return pages;
}

class Typesetter {
  constructor(
    private readonly doc: Doc,
    private readonly parent: StructElement,
    private readonly brandColour: string,
  ) {}

  block(block: Block, next: Block | undefined): void {
    switch (block.kind) {
      case 'masthead':
        return this.masthead(block.council, block.title, block.subtitle);
      case 'heading':
        return this.heading(block.level, block.text, next);
      case 'paragraph':
        return this.paragraph(block.text, block.style ?? 'body');
      case 'list':
        return this.list(block.items);
      case 'details':
        return this.table({ caption: 'Details', columns: [{ header: '', width: 1 }, { header: '', width: 3 }], rows: block.rows.map((r) => [[{ text: r.label, bold: true }], [{ text: r.value }]]) }, false);
      case 'table':
        return this.table(block, true);
      case 'new-page':
        if (this.doc.y > page.top + 1) this.doc.addPage();
        return;
    }
  }

  private masthead(council: string, title: string, subtitle: string | null): void {
    const { doc } = this;
    const band = 40;
    this.artifact(() => doc.rect(0, 0, page.width, band).fill(this.brandColour));
    doc.fillColor('#ffffff').font('bold').fontSize(14);
    this.text('P', council, page.left, (band - doc.currentLineHeight()) / 2 + 1, { width: contentWidth, lineBreak: false });
    doc.fillColor(colours.text);
    doc.y = band + 36;
    doc.font('bold').fontSize(34);
    this.text('H1', title, page.left, doc.y, { width: contentWidth });
    if (subtitle) {
      doc.moveDown(0.15);
      doc.font('body').fontSize(20);
      this.text('P', subtitle, page.left, doc.y, { width: contentWidth });
    }
    doc.y += 18;
  }

  private heading(level: 1 | 2 | 3, text: string, next: Block | undefined): void {
    const { doc } = this;
    const size = level === 1 ? sizes.h1 : level === 2 ? sizes.h2 : sizes.h3;
    doc.font('bold').fontSize(size);
    const height = doc.heightOfString(text, { width: contentWidth });
    // A heading stays with at least a few lines of what follows it.
    const following = next && next.kind !== 'heading' && next.kind !== 'new-page' ? sizes.body * 4 : 0;
    const atTop = doc.y <= page.top + 1;
    if (!atTop) doc.y += level === 1 ? 10 : 8;
    this.ensureSpace(height + following);
    doc.font('bold').fontSize(size).fillColor(colours.text);
    this.text(`H${level}`, text, page.left, doc.y, { width: contentWidth });
    doc.y += level === 1 ? 8 : 4;
  }

  private paragraph(text: string, style: ParagraphStyle): void {
    const { doc } = this;
    if (style === 'notice') return this.notice(text);
    const font = style === 'strong' ? 'bold' : 'body';
    const size = style === 'lead' ? sizes.lead : style === 'small' ? sizes.small : sizes.body;
    doc.font(font).fontSize(size).fillColor(style === 'small' ? colours.secondary : colours.text);
    this.ensureSpace(Math.min(doc.heightOfString(text, { width: contentWidth, lineGap }), doc.currentLineHeight(true) * 2));
    this.text('P', text, page.left, doc.y, { width: contentWidth, lineGap });
    doc.fillColor(colours.text);
    doc.y += style === 'small' ? 5 : 8;
  }

  /** GOV.UK's inset: a thick rule on the left of bold text, kept on one page. */
  private notice(text: string): void {
    const { doc } = this;
    const inset = 14;
    const width = contentWidth - inset;
    doc.font('bold').fontSize(sizes.body);
    const height = doc.heightOfString(text, { width, lineGap });
    this.ensureSpace(height + 12);
    const top = doc.y + 2;
    this.artifact(() => doc.rect(page.left, top, 4, height + 8).fill(colours.notice));
    doc.fillColor(colours.text).font('bold').fontSize(sizes.body);
    this.text('P', text, page.left + inset, top + 4, { width, lineGap });
    doc.y = top + height + 18;
  }

  private list(items: readonly string[]): void {
    const { doc } = this;
    doc.font('body').fontSize(sizes.body).fillColor(colours.text);
    this.ensureSpace(doc.currentLineHeight(true) * 2);
    doc.x = page.left;
    // pdfkit tags each item LI (Lbl, LBody); the L around them is ours.
    const list = doc.struct('L');
    this.parent.add(list);
    doc.list([...items], page.left + 6, doc.y, { width: contentWidth - 6, lineGap, bulletRadius: 2, bulletIndent: 10, textIndent: 14, structParent: list } as PDFKit.Mixins.TextOptions);
    list.end();
    doc.x = page.left;
    doc.y += 8;
  }

  /**
   * Rows are laid out by hand rather than with pdfkit's table() so a cell
   * can hold a bold title over plain text, a row never splits across a
   * page, and the header row repeats on each page the table reaches.
   */
  private table(table: { caption: string; columns: TableColumn[]; rows: Cell[][] }, withHeader: boolean): void {
    const { doc } = this;
    const padding = { x: 5, y: 4 };
    const total = table.columns.reduce((sum, c) => sum + c.width, 0);
    const widths = table.columns.map((c) => (c.width / total) * contentWidth);
    const lefts = widths.map((_, i) => page.left + widths.slice(0, i).reduce((a, b) => a + b, 0));
    const struct = this.doc.struct('Table');
    this.parent.add(struct);

    const cellHeight = (cell: Cell, width: number) =>
      cell.reduce((sum, p, i) => sum + this.measure(p.text, p.bold, p.style, width - 2 * padding.x) + (i > 0 ? 3 : 0), 0);
    const rowHeight = (row: Cell[]) => Math.max(sizes.table, ...row.map((cell, i) => cellHeight(cell, widths[i]!))) + 2 * padding.y;

    const header = table.columns.map((c): Cell => [{ text: c.header, bold: true }]);
    const drawRow = (row: Cell[], kind: 'TH' | 'TD') => {
      const height = rowHeight(row);
      const top = doc.y;
      const tr = doc.struct('TR');
      struct.add(tr);
      row.forEach((cell, i) => {
        const column = table.columns[i]!;
        const cellKind = kind === 'TH' || (!withHeader && i === 0) ? 'TH' : 'TD';
        const th = doc.struct(cellKind, cellKind === 'TH' ? ({ scope: kind === 'TH' ? 'Column' : 'Row' } as PDFKit.Mixins.StructureElementOptions) : {});
        tr.add(th);
        let y = top + padding.y;
        for (const [index, paragraph] of cell.entries()) {
          if (!paragraph.text) continue;
          if (index > 0) y += 3;
          this.setCellFont(paragraph.bold, paragraph.style);
          const width = widths[i]! - 2 * padding.x;
          th.add(doc.struct(paragraph.bold && cellKind === 'TD' ? 'Strong' : 'Span', {}, () => doc.text(paragraph.text, lefts[i]! + padding.x, y, { width, align: column.align ?? 'left', lineGap: 1 })));
          y += this.measure(paragraph.text, paragraph.bold, paragraph.style, width);
        }
        th.end();
      });
      tr.end();
      const bottom = top + height;
      // A heavy rule under the header row, a light one between rows.
      this.artifact(() => {
        doc.lineWidth(kind === 'TH' ? 1.5 : 0.75).strokeColor(kind === 'TH' ? colours.text : colours.rule);
        doc.moveTo(page.left, bottom).lineTo(page.left + contentWidth, bottom).stroke();
      });
      doc.fillColor(colours.text);
      doc.x = page.left;
      doc.y = bottom;
    };

    const headerHeight = withHeader ? rowHeight(header) : 0;
    const startPage = () => {
      if (withHeader) drawRow(header, 'TH');
    };
    this.ensureSpace(headerHeight + (table.rows[0] ? rowHeight(table.rows[0]) : 0));
    startPage();
    for (const row of table.rows) {
      const height = rowHeight(row);
      if (doc.y + height > pageBottom && height < pageBottom - page.top - headerHeight) {
        doc.addPage();
        startPage();
      }
      drawRow(row, 'TD');
    }
    struct.end();
    doc.y += 10;
  }

  private setCellFont(bold: boolean | undefined, style: 'small' | 'notice' | undefined): void {
    this.doc
      .font(bold || style === 'notice' ? 'bold' : 'body')
      .fontSize(style === 'small' ? sizes.small : sizes.table)
      .fillColor(style === 'small' ? colours.secondary : colours.text);
  }

  private measure(text: string, bold: boolean | undefined, style: 'small' | 'notice' | undefined, width: number): number {
    if (!text) return 0;
    this.setCellFont(bold, style);
    return this.doc.heightOfString(text, { width, lineGap: 1 });
  }

  private text(type: string, text: string, x: number, y: number, options: PDFKit.Mixins.TextOptions): void {
    this.doc.text(text, x, y, { ...options, structParent: this.parent, structType: type });
  }

  /** Decoration (bands, rules) is marked as an artifact, so screen readers skip it. */
  private artifact(draw: () => void): void {
    this.doc.save();
    this.doc.markContent('Artifact', { type: 'Layout' });
    draw();
    this.doc.endMarkedContent();
    this.doc.restore();
  }

  private ensureSpace(height: number): void {
    if (this.doc.y + height > pageBottom && this.doc.y > page.top + 1) this.doc.addPage();
  }
}
