import type { CheerioAPI } from 'cheerio/slim';
import type { AnyNode } from 'domhandler';

/**
 * HTML pasted into text: agenda packs exported from a council's system carry
 * `<p>`, `<b>`, `<ul>` and entities inside otherwise plain lines. A fragment
 * becomes paragraphs of plain text; block elements (p, div, li, br, headings)
 * end a paragraph, and a bold run that opens the fragment is a paragraph of
 * its own, because that is how agendas print an item's title before its
 * description ("<b>MINUTES</b> To approve the minutes…").
 */

const blockTags = new Set([
  'p', 'div', 'li', 'ul', 'ol', 'br', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'tr', 'table', 'section', 'blockquote', 'dd', 'dt', 'hr',
]);
const leadTags = new Set(['b', 'strong']);

export const htmlFragmentPattern = /<\/?[a-z][a-z0-9]*(?:\s[^<>]*)?\/?>|&(?:[a-z]+|#\d+|#x[0-9a-f]+);/i;

export function hasHtmlFragment(text: string): boolean {
  return htmlFragmentPattern.test(text);
}

/** Converts one fragment to its paragraphs. `load` is cheerio's, passed in so the caller imports cheerio only when needed. */
export function fragmentToParagraphs(load: CheerioAPI['load'], html: string): string[] {
  const $ = load(html, null, false);
  const paragraphs: string[] = [];
  let current = '';
  let seenText = false;
  const flush = () => {
    const text = current.replace(/\s+/g, ' ').trim();
    if (text) paragraphs.push(text);
    current = '';
  };
  const walk = (nodes: AnyNode[]) => {
    for (const node of nodes) {
      if (node.type === 'text') {
        current += node.data;
        if (node.data.trim()) seenText = true;
      } else if (node.type === 'tag' || node.type === 'script' || node.type === 'style') {
        if (node.name === 'script' || node.name === 'style') continue;
        const block = blockTags.has(node.name);
        const lead = leadTags.has(node.name) && !seenText;
        if (block || lead) flush();
        if (node.name === 'li') current += '• ';
        walk(node.children);
        if (block || lead) flush();
      }
    }
  };
  walk($.root().contents().toArray());
  flush();
  return paragraphs;
}
