/**
 * ts_headline marks matches with these two private-use characters rather
 * than with HTML, so the text around them can be escaped first and the
 * markers turned into <mark> after: nothing from a record reaches the page
 * unescaped.
 */
export const snippetStart = '\u{E000}';
export const snippetStop = '\u{E001}';
/** Between the fragments of a long text: a word-joining ellipsis. */
export const fragmentDelimiter = ' … ';

const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => escapes[c] ?? c);
}

/**
 * Turns a marked snippet into safe HTML. Tags come only from the markers
 * and are always balanced: a stray stop is dropped, an unclosed start is
 * closed at the end (a record's own text could contain the characters).
 *
 * @example markedToHtml('the \uE000drainage\uE001 <works>') // 'the <mark>drainage</mark> &lt;works&gt;'
 */
export function markedToHtml(marked: string): string {
  let html = '';
  let open = false;
  for (const part of marked.split(/([\u{E000}\u{E001}])/u)) {
    if (part === snippetStart) {
      if (!open) html += '<mark>';
      open = true;
    } else if (part === snippetStop) {
      if (open) html += '</mark>';
      open = false;
    } else {
      html += escapeHtml(part);
    }
  }
  return open ? `${html}</mark>` : html;
}

/** The snippet's text without markers: what it is a verbatim copy of. */
export function stripMarkers(marked: string): string {
  return marked.replace(/[\u{E000}\u{E001}]/gu, '');
}

/** Whether the snippet shows a match at all (a title-only match headlines the text without one). */
export function hasMatch(marked: string): boolean {
  return marked.includes(snippetStart);
}
