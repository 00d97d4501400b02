/**
 * What every reader produces: the document as numbered lines. A line is
 * either running text or a table row. A row keeps its cells, and a cell may
 * hold several paragraphs separated by "\n" (a Word or HTML table cell with
 * two paragraphs, a PDF cell that wrapped). `text` is the line as plain
 * text, cells joined by tabs, so a rule that does not care about tables can
 * read `text` alone.
 */
export interface SourceLine {
  /** 1-based line number in the reader's text (the file's own lines for text formats). */
  line: number;
  /** 1-based page number for formats with pages (PDF), else null. */
  page: number | null;
  text: string;
  cells: string[] | null;
  /** Heading level (1–6) where the format marks headings (Markdown #, HTML h1–h6, Word heading styles). */
  heading?: number;
}

export type SourceFormat = 'text' | 'markdown' | 'html' | 'pdf' | 'docx' | 'captions';

/** The media type an original file is stored and downloaded with, from the format it was read as. */
export function sourceMediaType(format: SourceFormat, filename: string): string {
  if (format === 'pdf') return 'application/pdf';
  if (format === 'docx') return 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
  if (format === 'html') return 'text/html';
  if (format === 'markdown') return 'text/markdown';
  if (format === 'captions') return filename.toLowerCase().endsWith('.srt') ? 'application/x-subrip' : 'text/vtt';
  return 'text/plain';
}

export interface ReadDocument {
  format: SourceFormat;
  lines: SourceLine[];
  /** Lines a reader dropped as running page headers or footers, kept once: they often name the meeting. */
  runningHeaders: string[];
}

export function textLine(line: number, text: string, page: number | null = null, heading?: number): SourceLine {
  return heading ? { line, page, text, cells: null, heading } : { line, page, text, cells: null };
}

export function rowLine(line: number, cells: string[], page: number | null = null): SourceLine {
  return { line, page, text: cells.map((c) => c.replace(/\n/g, ' ')).join('\t'), cells };
}
