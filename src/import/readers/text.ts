import { rowLine, textLine, type ReadDocument, type SourceLine } from '../source-lines.ts';
import { fragmentToParagraphs, hasHtmlFragment } from './html-fragments.ts';
import { looksLikeMarkdown, markdownLine } from './markdown.ts';

/**
 * Plain text and Markdown. Each file line is one SourceLine (its number is
 * the file's line number); a line with tabs is a table row, as PDF-to-text
 * tools write table columns; HTML fragments inside a line are stripped to
 * text, each of their paragraphs a line of its own with the same number.
 */
export async function readText(text: string, options: { markdown?: boolean } = {}): Promise<ReadDocument> {
  const markdown = options.markdown ?? looksLikeMarkdown(text);
  const rawLines = text.replace(/\r\n?/g, '\n').split('\n');
  // cheerio's slim build (htmlparser2 without parse5) loads in a fraction of the time, and fragments need no more.
  const load = rawLines.some(hasHtmlFragment) ? (await import('cheerio/slim')).load : null;
  const lines: SourceLine[] = [];
  rawLines.forEach((raw, index) => {
    const number = index + 1;
    const cleaned = raw.replace(/[\u00a0\u2007\u202f]/g, ' ').replace(/[\u200b-\u200d\ufeff]/g, '');
    // Bold markers are Markdown's, even in a file that is otherwise plain text.
    const md = markdown ? markdownLine(cleaned) : { text: cleaned.replace(/\*\*([^*\n]+)\*\*/g, '$1') };
    let cells = md.cells ?? (md.text.includes('\t') ? md.text.split('\t') : null);
    if (cells && load) cells = cells.map((cell) => (hasHtmlFragment(cell) ? fragmentToParagraphs(load, cell).join('\n') : cell));
    if (cells) {
      cells = cells.map((c) => c.replace(/[ ]+/g, ' ').trim());
      if (cells.every((c) => /^[-–—=_\s]*$/.test(c))) lines.push(textLine(number, ''));
      else if (cells.filter(Boolean).length === 1 && cells[0] && !cells[0].includes('\n')) lines.push(textLine(number, cells[0]));
      else lines.push(rowLine(number, cells));
      return;
    }
    const paragraphs = load && hasHtmlFragment(md.text) ? fragmentToParagraphs(load, md.text) : [md.text];
    if (paragraphs.length === 0) lines.push(textLine(number, ''));
    for (const paragraph of paragraphs) lines.push(textLine(number, paragraph.replace(/\s+$/, ''), null, md.heading));
  });
  return { format: markdown ? 'markdown' : 'text', lines, runningHeaders: [] };
}
