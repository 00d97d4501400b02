/**
 * Reading a table's header row: which column holds what. Each field has a
 * pattern for the header texts councils use for it; the first field whose
 * pattern matches a header cell takes that column, so the order of the
 * fields is the order of precedence ("Action number" is a number before it
 * is an action).
 */

export type ColumnMap<F extends string> = Partial<Record<F, number>>;

export function mapColumns<F extends string>(cells: string[], fields: [F, RegExp][]): ColumnMap<F> {
  const map: ColumnMap<F> = {};
  cells.forEach((raw, index) => {
    const cell = raw.replace(/\s+/g, ' ').trim().toLowerCase();
    if (!cell) return;
    for (const [field, pattern] of fields) {
      if (map[field] === undefined && pattern.test(cell)) {
        map[field] = index;
        return;
      }
    }
  });
  return map;
}

export function cell(cells: string[], index: number | undefined): string {
  return index === undefined ? '' : (cells[index] ?? '').replace(/\s*\n\s*/g, ' ').replace(/\s+/g, ' ').trim();
}

export function orNull(text: string): string | null {
  const t = text.trim();
  return t && !/^(?:n\/?a|-+|–|none|tbc|to be confirmed)$/i.test(t) ? t : null;
}

const headerWord = /\b(?:date|item|title|purpose|officer|status|decision|action|owner|origin|topic|position|type|meeting|progress|response|recommendation|comments?|notes|no\.?|ref|directorate|lead|subject|description|update|deadline|due)\b/i;

/**
 * True for a row that reads as some table's header (short labels, at least
 * one naming a column, no dates or sentences), so that a table reader stops
 * taking rows when another table starts.
 */
export function looksLikeHeaderRow(cells: string[]): boolean {
  const filled = cells.map((c) => c.replace(/\s+/g, ' ').trim()).filter(Boolean);
  if (filled.length < 2) return false;
  if (filled.some((c) => /\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\s+\d{4}\b/i.test(c))) return false;
  const labels = filled.filter((c) => c.split(' ').length <= 8 && !/[.!?]$/.test(c));
  return labels.length / filled.length >= 0.8 && filled.some((c) => headerWord.test(c) && c.split(' ').length <= 5);
}
