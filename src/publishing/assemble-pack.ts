import { degrees, PDFDocument, PDFName, PDFOperator, PDFOperatorNames, type PDFFont, type PDFPage, popGraphicsState, pushGraphicsState, rgb, StandardFonts } from 'pdf-lib';

/** A part of the pack after its front matter: pages Gavel typeset, or an uploaded PDF merged as it is. */
export type AssemblyPart = { kind: 'typeset'; pages: number } | { kind: 'pdf'; document: PDFDocument };

export interface AssemblyInput {
  /** What pdfkit produced: the typeset parts in order, then the front matter last (see build-pack.ts). */
  typeset: Uint8Array;
  frontMatterPages: number;
  parts: readonly AssemblyPart[];
  /** Restricted papers say so at the head of every page, uploaded ones included. */
  restricted: boolean;
}

/**
 * Puts the pack in order (front matter, then each part) and stamps every
 * page with its number in the pack ("Page 7"), marked as a pagination
 * artifact so a screen reader does not read it into the text.
 */
export async function assemblePack(input: AssemblyInput): Promise<Uint8Array> {
  // updateMetadata off: the title, language and author pdfkit wrote stay as they are.
  const pack = await PDFDocument.load(input.typeset, { updateMetadata: false });
  const typesetPages = pack.getPages();
  const typesetCount = input.parts.reduce((sum, p) => sum + (p.kind === 'typeset' ? p.pages : 0), 0);
  if (typesetPages.length !== typesetCount + input.frontMatterPages) {
    throw new Error(`the typeset pack has ${typesetPages.length} pages, expected ${typesetCount} for reports and ${input.frontMatterPages} of front matter`);
  }
  const ordered: PDFPage[] = typesetPages.slice(typesetCount);
  let next = 0;
  for (const part of input.parts) {
    if (part.kind === 'typeset') {
      ordered.push(...typesetPages.slice(next, next + part.pages));
      next += part.pages;
    } else {
      const copied = await pack.copyPages(part.document, part.document.getPageIndices());
      // Their structure tree stays behind; keys into it would point into the pack's own.
      for (const page of copied) page.node.delete(PDFName.of('StructParents'));
      ordered.push(...copied);
    }
  }
  for (let i = pack.getPageCount() - 1; i >= 0; i--) pack.removePage(i);
  for (const page of ordered) pack.addPage(page);

  const font = await pack.embedFont(StandardFonts.Helvetica);
  const bold = await pack.embedFont(StandardFonts.HelveticaBold);
  ordered.forEach((page, index) => {
    stamp(page, font, `Page ${index + 1}`, 'foot');
    // The cover's own band and notice say so already.
    if (input.restricted && index > 0) stamp(page, bold, 'NOT FOR PUBLICATION: exempt information (Schedule 12A, Local Government Act 1972)', 'head');
  });
  pack.setProducer('Gavel (pdfkit and pdf-lib)');
  return pack.save();
}

/**
 * Writes a line centred at the foot or head of the page as the reader sees
 * it, allowing for pages an uploaded PDF rotates (/Rotate 90, 180, 270)
 * and for crop boxes that do not start at the origin.
 */
function stamp(page: PDFPage, font: PDFFont, text: string, where: 'foot' | 'head'): void {
  const box = page.getCropBox();
  const angle = ((page.getRotation().angle % 360) + 360) % 360;
  const sideways = angle === 90 || angle === 270;
  const seenWidth = sideways ? box.height : box.width;
  const seenHeight = sideways ? box.width : box.height;
  const size = where === 'foot' ? 10 : 8;
  const width = font.widthOfTextAtSize(text, size);
  // Where the text starts, in the coordinates of the page as seen.
  const seen = { x: (seenWidth - width) / 2, y: where === 'foot' ? 24 : seenHeight - 16 };
  const at =
    angle === 90 ? { x: box.width - seen.y, y: seen.x }
    : angle === 180 ? { x: box.width - seen.x, y: box.height - seen.y }
    : angle === 270 ? { x: seen.y, y: box.height - seen.x }
    : seen;
  // An inline property list, written as it stands into the content stream.
  const properties = `<< /Type /Pagination /Subtype /${where === 'foot' ? 'Footer' : 'Header'} >>`;
  page.pushOperators(pushGraphicsState(), PDFOperator.of(PDFOperatorNames.BeginMarkedContentSequence, [PDFName.of('Artifact'), properties]));
  page.drawText(text, { x: box.x + at.x, y: box.y + at.y, size, font, color: rgb(0.04, 0.05, 0.05), rotate: degrees(angle) });
  page.pushOperators(PDFOperator.of(PDFOperatorNames.EndMarkedContent), popGraphicsState());
}
