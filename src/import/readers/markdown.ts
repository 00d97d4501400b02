/**
 * Markdown to plain lines, one source line at a time so that line numbers
 * stay the file's own. Headings keep their level, pipe tables become rows,
 * emphasis, links and escapes are stripped, and rules become blank lines.
 * Exports from PDF converters are Markdown of this kind, often with tabs for
 * table columns as well; both survive.
 */

export interface MarkdownLine {
  text: string;
  heading?: number;
  cells?: string[];
}

const headingPattern = /^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$/;
const rulePattern = /^\s*([-*_=])(?:\s*\1){2,}\s*$/;
const pipeRowPattern = /^\s*\|.*\|\s*$/;
const pipeSeparatorPattern = /^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$/;

export function markdownLine(raw: string): MarkdownLine {
  if (rulePattern.test(raw) || pipeSeparatorPattern.test(raw)) return { text: '' };
  const heading = headingPattern.exec(raw);
  if (heading) return { text: stripInline(heading[2]!), heading: heading[1]!.length };
  if (pipeRowPattern.test(raw)) {
    const cells = raw.trim().replace(/^\|/, '').replace(/\|$/, '').split(/(?<!\\)\|/).map((c) => stripInline(c.trim()));
    return { text: cells.join('\t'), cells };
  }
  return { text: stripInline(raw) };
}

/** Removes inline Markdown: emphasis, links, images, code ticks, escapes and LaTeX-style superscripts from converters. */
export function stripInline(text: string): string {
  return text
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/<((?:https?|mailto):[^>\s]+)>/g, '$1')
    .replace(/\$\s*(\d+)\s*\^\{\s*(\w+)\s*\}\s*\$/g, '$1$2')
    .replace(/\*\*|__/g, '')
    .replace(/(^|[\s(])\*(?=\S)([^*\n]*?\S)\*(?=[\s).,;:!?]|$)/g, '$1$2')
    .replace(/(^|[\s(])_(?=\S)([^_\n]*?\S)_(?=[\s).,;:!?]|$)/g, '$1$2')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/\\([\\`*_{}[\]()#+\-.!|>~$])/g, '$1')
    .replace(/ {2,}$/, '');
}

/** True when text uses enough Markdown (headings, emphasis, links, pipe tables) to be read as Markdown. */
export function looksLikeMarkdown(text: string): boolean {
  const sample = text.slice(0, 200_000);
  const signs =
    (sample.match(/^#{1,6}\s+\S/gm)?.length ?? 0) +
    (sample.match(/\*\*[^*\n]+\*\*/g)?.length ?? 0) +
    (sample.match(/\]\([^)\s]+\)/g)?.length ?? 0) +
    (sample.match(/^\s*\|.*\|\s*$/gm)?.length ?? 0);
  return signs >= 3;
}
