/**
 * Page numbers in a pack. A pack is its front matter (front sheet, agenda,
 * notes), then each item's reports in agenda order, each report starting on
 * a new page; pages are numbered from 1 on the front sheet, as councils
 * number them, so "Pages 9 - 16" on the agenda is the number stamped at the
 * foot of those pages.
 */
export interface PackPlanInput {
  /** Pages the front matter takes. */
  frontMatterPages: number;
  /** Items in agenda order, with the page count of each report the pack carries for them. */
  items: readonly { itemId: number; reports: readonly { reportId: number; pages: number }[] }[];
}

export interface PageRange {
  from: number;
  to: number;
}

export interface PackPlan {
  totalPages: number;
  frontMatter: PageRange;
  /** Only the items with reports in this pack, in agenda order. */
  items: { itemId: number; pages: PageRange; reports: { reportId: number; pages: PageRange }[] }[];
}

/**
 * @example
 * planPack({ frontMatterPages: 4, items: [{ itemId: 1, reports: [] }, { itemId: 2, reports: [{ reportId: 7, pages: 6 }] }] });
 * // { totalPages: 10, frontMatter: { from: 1, to: 4 }, items: [{ itemId: 2, pages: { from: 5, to: 10 }, reports: [{ reportId: 7, pages: { from: 5, to: 10 } }] }] }
 */
export function planPack(input: PackPlanInput): PackPlan {
  assertPageCount(input.frontMatterPages, 'the front matter');
  let next = input.frontMatterPages + 1;
  const items: PackPlan['items'] = [];
  for (const item of input.items) {
    if (item.reports.length === 0) continue;
    const reports = item.reports.map((report) => {
      assertPageCount(report.pages, `report ${report.reportId}`);
      const pages = { from: next, to: next + report.pages - 1 };
      next = pages.to + 1;
      return { reportId: report.reportId, pages };
    });
    items.push({ itemId: item.itemId, pages: { from: reports[0]!.pages.from, to: reports.at(-1)!.pages.to }, reports });
  }
  return { totalPages: next - 1, frontMatter: { from: 1, to: input.frontMatterPages }, items };
}

/** "9 - 16", or "17" for a single page, as agendas print them. */
export function formatPageRange(range: PageRange): string {
  return range.from === range.to ? String(range.from) : `${range.from} - ${range.to}`;
}

function assertPageCount(pages: number, what: string): void {
  if (!Number.isInteger(pages) || pages < 1) throw new RangeError(`${what} must take a whole number of pages, at least 1: ${pages}`);
}
