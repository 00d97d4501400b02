import { Document, HeadingLevel, Packer, Paragraph } from 'docx';
import { PDFDocument, StandardFonts } from 'pdf-lib';

/**
 * Report files built at test time (no binaries checked in): a fictional
 * council's report as a PDF with one page per section, or as Word.
 */
export async function reportPdf(title: string, pages: readonly string[][]): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  for (const [index, lines] of pages.entries()) {
    const page = pdf.addPage([595, 842]);
    if (index === 0) page.drawText(title, { x: 50, y: 780, size: 16, font: bold });
    lines.forEach((line, i) => page.drawText(line, { x: 50, y: 740 - i * 18, size: 11, font }));
  }
  return pdf.save();
}

export async function reportDocx(title: string, paragraphs: readonly string[]): Promise<Uint8Array> {
  const doc = new Document({ sections: [{ children: [new Paragraph({ text: title, heading: HeadingLevel.HEADING_1 }), ...paragraphs.map((p) => new Paragraph(p))] }] });
  return new Uint8Array(await Packer.toBuffer(doc));
}

/** A multipart/form-data body as a browser sends it: the fields, then the file. */
export async function multipartBody(fields: Record<string, string>, file: { field: string; filename: string; type: string; bytes: Uint8Array } | null) {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  if (file) form.append(file.field, new Blob([Buffer.from(file.bytes)], { type: file.type }), file.filename);
  const request = new Request('http://gavel.test/', { method: 'POST', body: form });
  return { payload: Buffer.from(await request.arrayBuffer()), contentType: request.headers.get('content-type')! };
}
