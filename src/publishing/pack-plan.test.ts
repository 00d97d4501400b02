import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { formatPageRange, planPack } from './pack-plan.ts';

describe('planPack', () => {
  it('numbers reports on from the front matter, in agenda order, skipping items without papers', () => {
    const plan = planPack({
      frontMatterPages: 8,
      items: [
        { itemId: 1, reports: [] },
        { itemId: 4, reports: [{ reportId: 40, pages: 8 }] },
        { itemId: 5, reports: [{ reportId: 50, pages: 2 }] },
        { itemId: 8, reports: [{ reportId: 80, pages: 32 }] },
      ],
    });
    assert.deepEqual(plan.frontMatter, { from: 1, to: 8 });
    assert.deepEqual(
      plan.items.map((i) => [i.itemId, formatPageRange(i.pages)]),
      [[4, '9 - 16'], [5, '17 - 18'], [8, '19 - 50']],
    );
    assert.equal(plan.totalPages, 50);
  });

  it('spans an item over all its reports, each with its own pages', () => {
    const plan = planPack({ frontMatterPages: 3, items: [{ itemId: 2, reports: [{ reportId: 20, pages: 4 }, { reportId: 21, pages: 1 }] }] });
    assert.deepEqual(plan.items[0], {
      itemId: 2,
      pages: { from: 4, to: 8 },
      reports: [
        { reportId: 20, pages: { from: 4, to: 7 } },
        { reportId: 21, pages: { from: 8, to: 8 } },
      ],
    });
  });

  it('prints a one-page report as a single number', () => {
    assert.equal(formatPageRange({ from: 17, to: 17 }), '17');
  });

  it('refuses a report of no pages or a fraction of one', () => {
    assert.throws(() => planPack({ frontMatterPages: 2, items: [{ itemId: 1, reports: [{ reportId: 1, pages: 0 }] }] }), /report 1 must take a whole number of pages/);
    assert.throws(() => planPack({ frontMatterPages: 1.5, items: [] }), /the front matter/);
  });

  it('leaves no gaps and no overlaps, whatever the reports', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 20 }), fc.array(fc.array(fc.integer({ min: 1, max: 60 }), { maxLength: 3 }), { maxLength: 20 }), (front, items) => {
        const plan = planPack({ frontMatterPages: front, items: items.map((pages, i) => ({ itemId: i, reports: pages.map((p, j) => ({ reportId: i * 10 + j, pages: p })) })) });
        let expected = front + 1;
        for (const report of plan.items.flatMap((i) => i.reports)) {
          assert.equal(report.pages.from, expected);
          expected = report.pages.to + 1;
        }
        assert.equal(plan.totalPages, front + items.flat().reduce((a, b) => a + b, 0));
      }),
    );
  });
});
