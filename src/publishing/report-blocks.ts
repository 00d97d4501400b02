import type { SourceFormat, SourceLine } from '../import/source-lines.ts';
import { formatDateLong } from '../web/format.ts';
import { notForPublication } from './exempt-paragraphs.ts';
import { type Block, type Cell, cell } from './pack-blocks.ts';
import type { PackReport } from './pack-meeting.ts';

const decisionTypeLabels: Record<string, string> = {
  executive: 'Executive decision',
  council: 'Decision for full council',
  committee: 'Committee decision',
  officer: 'Officer decision',
  scrutiny: 'For scrutiny',
  'for-information': 'For information',
};

export interface ReportContext {
  committeeName: string;
  meetingDate: string;
  itemNumber: string | null;
  /** Whether the report is going into the restricted pack: it then says so at its head. */
  restricted: boolean;
  exemptParagraph: PackReport['exemptParagraph'];
}

/**
 * A report typeset from what Gavel holds: its metadata as a cover panel,
 * then its text as read by the importer's reader (Word headings and tables
 * kept), or its summary when no document was uploaded.
 *
 * @example
 * reportBlocks(report, { committeeName: 'Audit Committee', meetingDate: '2026-03-10', itemNumber: '7', restricted: false, exemptParagraph: null }, read);
 * // [{ kind: 'paragraph', text: 'Report to Audit Committee, item 7' }, { kind: 'heading', level: 1, text: 'Treasury management' }, …]
 */
export function reportBlocks(report: PackReport, context: ReportContext, read: { format: SourceFormat; lines: readonly SourceLine[] } | null): Block[] {
  const blocks: Block[] = [
    { kind: 'paragraph', style: 'small', text: `Report to ${context.committeeName}, ${formatDateLong(context.meetingDate)}${context.itemNumber ? `, item ${context.itemNumber}` : ''}` },
    { kind: 'heading', level: 1, text: report.title },
  ];
  if (context.restricted) blocks.push({ kind: 'paragraph', style: 'notice', text: notForPublication(context.exemptParagraph ?? report.exemptParagraph) });
  blocks.push({ kind: 'details', rows: reportDetails(report) });
  if (report.summary?.trim()) {
    blocks.push({ kind: 'heading', level: 2, text: 'Summary' }, ...paragraphs(report.summary).map((text): Block => headingOfPlainText({ kind: 'paragraph', text })));
  }
  if (read) blocks.push(...withoutRepeatedTitle(bodyBlocks(read.format, read.lines), report.title));
  return blocks;
}

/**
 * A report's document nearly always opens with its own title, which the
 * pack has just printed as the report's heading: that first line is left
 * out rather than printed twice.
 */
function withoutRepeatedTitle(body: Block[], title: string): Block[] {
  const [first, ...rest] = body;
  const same = (text: string) => comparable(text) === comparable(title);
  return first && (first.kind === 'heading' || first.kind === 'paragraph') && same(first.text) ? rest : body;
}

function comparable(text: string): string {
  return text.toLowerCase().replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').replace(/[.:]$/, '').trim();
}

function reportDetails(report: PackReport): { label: string; value: string }[] {
  const rows: { label: string; value: string }[] = [];
  if (report.authorName) rows.push({ label: 'Report by', value: report.authorName });
  if (report.leadOfficerName) rows.push({ label: 'Lead officer', value: report.leadOfficerName });
  if (report.directorate) rows.push({ label: 'Directorate', value: report.directorate });
  rows.push({ label: 'Classification', value: report.classification === 'exempt' ? `Exempt (paragraph ${report.exemptParagraph ?? '?'} of Schedule 12A)` : 'Open' });
  if (report.decisionType) rows.push({ label: 'Decision', value: decisionTypeLabels[report.decisionType] ?? report.decisionType });
  rows.push({ label: 'Key decision', value: report.isKeyDecision ? 'Yes' : 'No' });
  rows.push({ label: 'Wards affected', value: report.allWards ? 'All wards' : report.wards.length ? report.wards.join(', ') : 'None named' });
  return rows;
}

const bullet = /^\s*(?:[•●▪◦‣∙·*\-–]|\u2022)\s+/;

/**
 * The report's own text. Word and HTML give a line per paragraph; plain
 * text wraps its paragraphs over several lines, separated by blank lines,
 * so those are joined. Table rows next to each other make one table.
 */
export function bodyBlocks(format: SourceFormat, lines: readonly SourceLine[]): Block[] {
  const blocks: Block[] = [];
  const joinWrapped = format === 'text' || format === 'markdown' || format === 'pdf';
  let paragraph: string[] = [];
  let list: string[] = [];
  let rows: string[][] = [];
  const endParagraph = () => {
    if (paragraph.length) blocks.push({ kind: 'paragraph', text: paragraph.join(' ') });
    paragraph = [];
  };
  const endList = () => {
    if (list.length) blocks.push({ kind: 'list', items: list });
    list = [];
  };
  const endTable = () => {
    if (rows.length) blocks.push(tableOf(rows));
    rows = [];
  };
  const endAll = () => {
    endParagraph();
    endList();
    endTable();
  };
  let previousLine = 0;
  for (const line of lines) {
    // The readers leave blank lines out, so a gap in the numbering is a paragraph break.
    const afterGap = line.line - previousLine > 1;
    previousLine = line.line;
    const text = line.text.trim();
    if (!text) {
      endAll();
    } else if (line.cells) {
      endParagraph();
      endList();
      rows.push(line.cells.map((c) => c.trim()));
    } else if (line.heading) {
      endAll();
      blocks.push({ kind: 'heading', level: line.heading <= 1 ? 2 : 3, text: text.replace(/^#+\s*/, '') });
    } else if (bullet.test(text)) {
      endParagraph();
      endTable();
      list.push(text.replace(bullet, ''));
    } else if (list.length && joinWrapped && !afterGap) {
      // The second line of a bullet point that wrapped.
      list[list.length - 1] += ` ${text}`;
    } else {
      endList();
      endTable();
      if (!joinWrapped || afterGap) endParagraph();
      paragraph.push(text);
    }
  }
  endAll();
  return joinWrapped ? blocks.map(headingOfPlainText) : blocks;
}

/**
 * Plain text has no heading marks; a report's headings are the short
 * lines that stand alone ("Purpose of the report", "Recommendations").
 */
function headingOfPlainText(block: Block): Block {
  if (block.kind !== 'paragraph' || block.text.length > 70 || /[.,;:!?)]$/.test(block.text) || !/^[A-Z0-9]/.test(block.text)) return block;
  return { kind: 'heading', level: 3, text: block.text };
}

function tableOf(rows: string[][]): Block {
  const width = Math.max(...rows.map((r) => r.length));
  const padded = rows.map((r) => [...r, ...new Array<string>(width - r.length).fill('')]);
  // The first row of a report's table is nearly always its header.
  const [header, ...body] = padded;
  return {
    kind: 'table',
    caption: header!.filter(Boolean).join(', ') || 'Table',
    columns: header!.map((h) => ({ header: h, width: 1 })),
    rows: body.map((r): Cell[] => r.map((c) => cell(c))),
  };
}

function paragraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s*\n\s*/g, ' ').trim())
    .filter(Boolean);
}
