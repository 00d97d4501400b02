import { GavelError } from '../../errors.ts';
import type { ReadDocument } from '../source-lines.ts';
import { readHtml } from './html.ts';

/**
 * Word .docx through mammoth, which turns paragraphs, heading styles, lists
 * and tables into HTML; the HTML reader does the rest. Word has no line
 * numbers, so lines are numbered in reading order.
 */
export async function readDocx(name: string, bytes: Uint8Array): Promise<ReadDocument> {
  const mammoth = (await import('mammoth')).default;
  let html: string;
  try {
    html = (await mammoth.convertToHtml({ buffer: Buffer.from(bytes) })).value;
  } catch {
    throw new GavelError(`${name}: the Word file is damaged or not a .docx file`);
  }
  const document = await readHtml(html, { numbering: 'sequential' });
  return { ...document, format: 'docx' };
}
