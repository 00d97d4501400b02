import type { Block } from '../blocks.ts';
import { numberedHeading } from '../patterns.ts';
import { spanOf, type Sourced } from '../records.ts';

/**
 * The numbered agenda on a front sheet, in any of the layouts councils use:
 * a table of number, title-and-description and pages; numbered paragraphs
 * with the pages on a line of their own; a bold title before its
 * description. It ends where the numbering starts again (the Nolan
 * principles printed after it are numbered 1 to 7) or at an unnumbered
 * heading.
 */

type AgendaEntry = Sourced<{ number: string; title: string; pages: string | null }>;

const pageRange = /^(?:pages?\s*)?(\d{1,4}\s*[-–]\s*\d{1,4}|\d{1,4})$/i;
const pagesSuffix = /\s*\(?\bpages?\s+(\d{1,4}\s*[-–]\s*\d{1,4}|\d{1,4})\)?\s*$/i;

export function readAgenda(blocks: Block[]): AgendaEntry[] {
  const start = agendaStart(blocks);
  if (start < 0) return [];
  const entries: AgendaEntry[] = [];
  let last: AgendaEntry | null = null;
  let awaitingTitle = false;
  for (const block of blocks.slice(start)) {
    const item = entryFrom(block);
    if (item) {
      const n = Number.parseFloat(item.number);
      if (last && !(n > Number.parseFloat(last.number))) break;
      last = { ...item, at: block.at };
      entries.push(last);
      awaitingTitle = !item.title;
      continue;
    }
    if (!last) continue;
    const text = block.cells ? block.cells.filter(Boolean).join(' ') : block.text;
    if (awaitingTitle) {
      const { title, pages } = splitTitle(text);
      last.title = title;
      last.pages ??= pages;
      last.at = spanOf(last, block);
      awaitingTitle = false;
      continue;
    }
    if (block.kind === 'heading') break;
    const pages = pageRange.exec(text.trim());
    if (pages && !last.pages) { last.pages = normalisePages(pages[1]!); continue; }
    // A title that wrapped onto a line of its own: "…PROGRESS" / "UPDATE".
    if (isCaps(last.title) && isCaps(text) && text.length < 60 && !/\d/.test(text)) { last.title = `${last.title} ${text}`; continue; }
  }
  return entries.filter((e) => e.title);
}

function agendaStart(blocks: Block[]): number {
  const heading = blocks.findIndex((b, i) => /^(?:agenda|items|business|agenda items|order of business|no\.?\s+item)$/i.test(b.text.trim()) && blocks.slice(i + 1, i + 4).some((n) => entryFrom(n)));
  if (heading >= 0) return heading + 1;
  return blocks.findIndex((b) => entryFrom(b)?.number === '1');
}

function entryFrom(block: Block): { number: string; title: string; pages: string | null } | null {
  if (block.kind === 'list-item') return null;
  if (block.cells) {
    const cells = block.cells.map((c) => c.trim());
    const numberCell = cells.findIndex(Boolean);
    const heading = numberedHeading(cells[numberCell]!.split('\n')[0]!);
    if (!heading) return null;
    const rest = cells.slice(numberCell + 1);
    const pagesCell = rest.findLast((c) => pageRange.test(c));
    const titleText = heading.title || rest.find((c) => c && c !== pagesCell) || '';
    const { title, pages } = splitTitle(titleText.split('\n')[0]!);
    return { number: heading.number, title, pages: pagesCell ? normalisePages(pageRange.exec(pagesCell)![1]!) : pages };
  }
  const heading = numberedHeading(block.lines[0]!);
  if (!heading || heading.number.includes('/')) return null;
  const { title, pages } = splitTitle(heading.title);
  return { number: heading.number, title, pages };
}

/** Separates a title from the description run into it and the decorations around it. */
export function splitTitle(text: string): { title: string; pages: string | null } {
  let title = text.replace(/\s*(?:pdf icon\s*)?PDF\s*[\d.]+\s*[KMG]B\b.*$/i, '').replace(/\s+/g, ' ').trim();
  let pages: string | null = null;
  const suffix = pagesSuffix.exec(title);
  if (suffix) {
    pages = normalisePages(suffix[1]!);
    title = title.slice(0, suffix.index).trim();
  }
  // "APOLOGIES FOR ABSENCE To receive apologies": the capitals are the title.
  const caps = /^([^a-z]*?[A-Z]{2,}[^a-z]*?)\s+(?=(?:To|The|This|These|A|An|Members|Report|Purpose|Further|Any|Details|Councillors?)\b)/.exec(title);
  if (caps) title = caps[1]!;
  return { title: title.replace(/[\s:–-]+$/, ''), pages };
}

function normalisePages(text: string): string {
  return text.replace(/\s*[-–]\s*/, ' - ');
}

function isCaps(text: string): boolean {
  return /[A-Z]{3}/.test(text) && text === text.toUpperCase();
}
