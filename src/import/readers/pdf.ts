import { GavelError } from '../../errors.ts';
import type { ReadDocument } from '../source-lines.ts';
import { layOutPages, type PdfPage, type PositionedText } from './pdf-layout.ts';

/** A PDF's text layer, page by page, through unpdf (a serverless build of Mozilla's pdf.js). */
export async function readPdf(name: string, bytes: Uint8Array): Promise<ReadDocument> {
  const { getDocumentProxy } = await import('unpdf');
  let pdf: Awaited<ReturnType<typeof getDocumentProxy>>;
  try {
    // pdf.js takes ownership of the buffer it is given, so it gets a copy.
    // Verbosity 0: pdf.js reports errors only, instead of printing warnings about the file to the console.
    pdf = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0 });
  } catch (error) {
    const reason = (error as Error).name === 'PasswordException' ? 'the PDF is encrypted (password protected)' : 'the PDF is damaged or not a PDF';
    throw new GavelError(`${name}: ${reason}`);
  }
  const pages: PdfPage[] = [];
  try {
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const content = await page.getTextContent();
      const items: PositionedText[] = [];
      for (const item of content.items) {
        if (!('str' in item)) continue;
        const [, , c = 0, d = 0, x = 0, y = 0] = item.transform as number[];
        items.push({ text: item.str, x, y, width: item.width, fontSize: Math.hypot(c, d) || item.height || 10 });
      }
      pages.push({ height: page.view[3]! - page.view[1]!, items });
    }
  } catch {
    // A PDF can open and still break on a page (a damaged cross-reference table, found by the importer's property tests).
    throw new GavelError(`${name}: the PDF is damaged (page ${pages.length + 1} cannot be read)`);
  } finally {
    await pdf.destroy();
  }
  if (pages.every((p) => p.items.every((i) => !i.text.trim()))) {
    throw new GavelError(`${name}: the PDF has no text layer (a scanned image?); run it through OCR first`);
  }
  const { lines, runningHeaders } = layOutPages(pages);
  return { format: 'pdf', lines, runningHeaders };
}
