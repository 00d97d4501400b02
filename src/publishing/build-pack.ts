import { PDFDocument } from 'pdf-lib';
import type { Day } from '../deadlines/days.ts';
import { isGavelError } from '../errors.ts';
import { readDocument } from '../import/read-document.ts';
import type { SourceFormat, SourceLine } from '../import/source-lines.ts';
import { textLine } from '../import/source-lines.ts';
import { type AssemblyPart, assemblePack } from './assemble-pack.ts';
import { frontMatter, type PackKind } from './front-matter.ts';
import type { Block } from './pack-blocks.ts';
import type { PackItem, PackMeeting, PackReport } from './pack-meeting.ts';
import { type PackPlan, type PageRange, planPack } from './pack-plan.ts';
import type { PublicationEntry } from './publication-contents.ts';
import { reportBlocks } from './report-blocks.ts';
import { createPackDocument, documentBytes, typesetBlocks } from './typeset-blocks.ts';

export interface PackRequest {
  kind: PackKind;
  /** For a supplement, and for the restricted papers of one. */
  supplementNumber: number | null;
  meeting: PackMeeting;
  brandColour: string;
  title: string;
  publishedOn: Day;
  lateReason: string | null;
  entries: readonly PublicationEntry<PackItem, PackReport>[];
}

export interface BuiltPack {
  bytes: Uint8Array;
  plan: PackPlan;
  /** Reports uploaded as PDF that could not be merged (encrypted, damaged), typeset from their text instead. */
  typesetInstead: { reportId: number; title: string; reason: string }[];
}

type Part = { report: PackReport; entry: PublicationEntry<PackItem, PackReport> } & ({ kind: 'pdf'; document: PDFDocument } | { kind: 'typeset'; blocks: Block[]; pages?: number });

/**
 * Builds one pack as PDF bytes and says on which pages each item's
 * reports are. Reports uploaded as PDF are merged as they are; the rest
 * are typeset from their text. pdfkit writes pages in order and cannot
 * go back, and the agenda's page numbers depend on how long every report
 * is, so the reports are typeset first and the front matter last, then
 * pdf-lib moves the front matter to the front, merges the uploaded PDFs
 * in and stamps the page numbers. The structure tree keeps reading order:
 * the front matter's section is its first child.
 */
export async function buildPack(request: PackRequest): Promise<BuiltPack> {
  const typesetInstead: BuiltPack['typesetInstead'] = [];
  const parts: Part[] = [];
  for (const entry of request.entries) {
    for (const report of request.kind === 'restricted' ? entry.restrictedReports : entry.publicReports) {
      parts.push({ report, entry, ...(await prepareReport(request, entry, report, typesetInstead)) });
    }
  }

  const withPages = new Set(parts.map((p) => p.entry.item.id));
  // Placeholders as wide as any real range, so the front matter takes the same pages with either.
  const placeholder: PageRange = { from: 9999, to: 9999 };
  const frontMatterPages = measure(request, frontMatter({ ...frontMatterInput(request), pagesOf: (id) => (withPages.has(id) ? placeholder : null) }));

  const doc = createPackDocument(documentInfo(request));
  const bytes = documentBytes(doc);
  const root = doc.struct('Document');
  doc.addStructure(root);
  const front = doc.struct('Sect', { title: request.kind === 'agenda' ? 'Front sheet and agenda' : 'Cover and list of items' });
  root.add(front);
  for (const part of parts) {
    if (part.kind !== 'typeset') continue;
    const section = doc.struct('Art', { title: part.report.title });
    root.add(section);
    part.pages = typesetBlocks(doc, part.blocks, section, { brandColour: request.brandColour });
    section.end();
  }
  const plan = planPack({
    frontMatterPages,
    items: request.entries.map((entry) => ({
      itemId: entry.item.id,
      reports: parts.filter((p) => p.entry === entry).map((p) => ({ reportId: p.report.id, pages: p.kind === 'pdf' ? p.document.getPageCount() : p.pages! })),
    })),
  });
  const pagesOf = (itemId: number) => plan.items.find((i) => i.itemId === itemId)?.pages ?? null;
  const frontPages = typesetBlocks(doc, frontMatter({ ...frontMatterInput(request), pagesOf }), front, { brandColour: request.brandColour });
  if (frontPages !== frontMatterPages) throw new Error(`the front matter took ${frontPages} pages with page numbers and ${frontMatterPages} without`);
  front.end();
  root.end();
  doc.end();

  const assembled = await assemblePack({
    typeset: await bytes,
    frontMatterPages,
    parts: parts.map((p): AssemblyPart => (p.kind === 'pdf' ? { kind: 'pdf', document: p.document } : { kind: 'typeset', pages: p.pages! })),
    restricted: request.kind === 'restricted',
  });
  return { bytes: assembled, plan, typesetInstead };
}

function frontMatterInput(request: PackRequest) {
  return { kind: request.kind, supplementNumber: request.supplementNumber, meeting: request.meeting, publishedOn: request.publishedOn, lateReason: request.lateReason, entries: request.entries };
}

function documentInfo(request: PackRequest) {
  return { title: request.title, subject: `Papers for the meeting of ${request.meeting.committeeName}`, author: request.meeting.councilName };
}

/** How many pages blocks take, typeset into a document that is thrown away. */
function measure(request: PackRequest, blocks: Block[]): number {
  const doc = createPackDocument(documentInfo(request));
  const root = doc.struct('Document');
  doc.addStructure(root);
  const pages = typesetBlocks(doc, blocks, root, { brandColour: request.brandColour });
  root.end();
  doc.end();
  return pages;
}

async function prepareReport(
  request: PackRequest,
  entry: PublicationEntry<PackItem, PackReport>,
  report: PackReport,
  typesetInstead: BuiltPack['typesetInstead'],
): Promise<{ kind: 'pdf'; document: PDFDocument } | { kind: 'typeset'; blocks: Block[] }> {
  const upload = report.document;
  let read: { format: SourceFormat; lines: SourceLine[] } | null = null;
  if (upload?.original && isPdf(upload.original)) {
    let reason: string;
    try {
      // Loaded despite encryption only to find out: pages copied from an encrypted PDF would be garbled.
      const document = await PDFDocument.load(upload.original, { updateMetadata: false, ignoreEncryption: true });
      if (document.isEncrypted) reason = 'the PDF is encrypted';
      else if (document.getPageCount() === 0) reason = 'the PDF has no pages';
      else return { kind: 'pdf', document };
    } catch (error) {
      reason = `the PDF cannot be read (${(error as Error).message})`;
    }
    typesetInstead.push({ reportId: report.id, title: report.title, reason });
    read = textOnly(upload.text);
  } else if (upload?.original) {
    try {
      read = await readDocument({ name: upload.filename, bytes: upload.original });
    } catch (error) {
      if (!isGavelError(error)) throw error;
      read = textOnly(upload.text);
    }
  } else if (upload?.text) {
    read = textOnly(upload.text);
  }
  const context = {
    committeeName: request.meeting.committeeName,
    meetingDate: request.meeting.date,
    itemNumber: entry.item.number,
    restricted: request.kind === 'restricted',
    exemptParagraph: entry.exemptParagraph,
  };
  return { kind: 'typeset', blocks: reportBlocks(report, context, read) };
}

function textOnly(text: string): { format: SourceFormat; lines: SourceLine[] } {
  return { format: 'pdf', lines: text.split('\n').map((line, i) => textLine(i + 1, line)) };
}

function isPdf(bytes: Uint8Array): boolean {
  return bytes.length > 5 && String.fromCharCode(...bytes.subarray(0, 5)) === '%PDF-';
}
