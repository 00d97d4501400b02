/**
 * GOV.UK pagination for any list: the first and last pages, the current one
 * and its neighbours, with ellipses between ("1 … 4 5 6 … 20"). Null when
 * everything fits on one page.
 */
export interface PaginationView {
  previous?: { href: string };
  next?: { href: string };
  items: ({ number: number; href: string; current: boolean } | { ellipsis: true })[];
}

export function paginationView(currentPage: number, pages: number, hrefFor: (page: number) => string): PaginationView | null {
  if (pages <= 1) return null;
  const current = Math.min(Math.max(1, currentPage), pages);
  const shown = [...new Set([1, current - 1, current, current + 1, pages])].filter((p) => p >= 1 && p <= pages).sort((a, b) => a - b);
  const items: PaginationView['items'] = [];
  for (const [index, page] of shown.entries()) {
    const before = shown[index - 1];
    if (before !== undefined && page - before > 1) items.push({ ellipsis: true });
    items.push({ number: page, href: hrefFor(page), current: page === current });
  }
  return {
    ...(current > 1 ? { previous: { href: hrefFor(current - 1) } } : {}),
    ...(current < pages ? { next: { href: hrefFor(current + 1) } } : {}),
    items,
  };
}
