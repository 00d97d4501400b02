import { GavelError } from '../errors.ts';
import { readCaptions, looksLikeCaptions } from './readers/captions.ts';
import { decodeText, looksLikeText } from './readers/decode.ts';
import { readDocx } from './readers/docx.ts';
import { readHtml } from './readers/html.ts';
import { readPdf } from './readers/pdf.ts';
import { readText } from './readers/text.ts';
import { dropRunningHeaders } from './running-headers.ts';
import type { ReadDocument } from './source-lines.ts';

export interface SourceFile {
  /** The file's name as the user gave it; used in messages and to guess the format. */
  name: string;
  bytes: Uint8Array;
}

/**
 * Reads any supported file to numbered lines, choosing the reader by the
 * file's content first and its extension second (a PDF saved as .txt is
 * still a PDF). Throws a GavelError naming the file when it cannot.
 */
export async function readDocument(file: SourceFile): Promise<ReadDocument> {
  const { name, bytes } = file;
  const extension = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? '';
  if (bytes.length === 0) throw new GavelError(`${name}: the file is empty`);
  const document = await readByFormat(name, bytes, extension);
  if (document.lines.every((l) => !l.text.trim())) throw new GavelError(`${name}: the file has no text`);
  const { lines, headers } = dropRunningHeaders(document.lines);
  return { ...document, lines, runningHeaders: [...document.runningHeaders, ...headers] };
}

async function readByFormat(name: string, bytes: Uint8Array, extension: string): Promise<ReadDocument> {
  if (startsWith(bytes, '%PDF-')) return readPdf(name, bytes);
  if (extension === 'pdf') throw new GavelError(`${name}: not a PDF (it does not start with %PDF-)`);
  if (startsWith(bytes, 'PK\u0003\u0004')) {
    if (extension === 'docx' || extension === 'docm' || extension === '') return readDocx(name, bytes);
    throw new GavelError(`${name}: a zip archive that is not a Word .docx file; Gavel reads PDF, .docx, HTML, text, Markdown, WebVTT and SRT`);
  }
  if (startsWith(bytes, '\u00d0\u00cf\u0011\u00e0')) {
    throw new GavelError(`${name}: an old Word 97-2003 (.doc) or Office binary file; save it as .docx or PDF first`);
  }
  if (extension === 'docx') throw new GavelError(`${name}: not a Word .docx file (it is not a zip archive)`);
  if (!looksLikeText(bytes)) {
    throw new GavelError(`${name}: not a document Gavel can read; it reads PDF, .docx, HTML, text, Markdown, WebVTT and SRT`);
  }
  const text = decodeText(bytes);
  if (extension === 'vtt' || extension === 'srt' || looksLikeCaptions(text)) return readCaptions(text);
  if (extension === 'html' || extension === 'htm' || extension === 'xhtml' || /^\s*(<!doctype html|<html[\s>])/i.test(text)) return readHtml(text);
  if (extension === 'md' || extension === 'markdown') return readText(text, { markdown: true });
  return readText(text);
}

function startsWith(bytes: Uint8Array, signature: string): boolean {
  return [...signature].every((ch, i) => bytes[i] === ch.charCodeAt(0));
}
