import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { useTestPortal } from '../../test/build-test-app.ts';
import { EXEMPT_MARKER, seedPublicRecord } from './public-record-fixture.ts';

/** Every page and CSV of the public record's lists, with each filter that could reach an exempt record. */
const urls = [
  '/calendar',
  '/calendar?month=2026-02',
  '/calendar/2026/02',
  '/committees/children-scrutiny',
  '/committees/children-scrutiny/decisions',
  '/committees/children-scrutiny/actions',
  '/committees/children-scrutiny/actions?status=overdue',
  '/committees/children-scrutiny/actions?status=open',
  '/committees/children-scrutiny/recommendations',
  '/committees/children-scrutiny/work-programme',
  '/forward-plan',
  '/forward-plan?kind=non-key',
  '/forward-plan?month=2026-05',
  '/people/alice-member',
];
const csvUrls = [
  '/calendar?format=csv',
  '/committees/children-scrutiny/decisions?format=csv',
  '/committees/children-scrutiny/actions?format=csv',
  '/committees/children-scrutiny/actions?status=overdue&format=csv',
  '/committees/children-scrutiny/recommendations?format=csv',
  '/committees/children-scrutiny/work-programme?format=csv',
  '/forward-plan?format=csv',
  '/forward-plan?month=2026-05&format=csv',
  '/people/alice-member?format=csv',
];

describe('exempt material on the public record pages', () => {
  const portal = useTestPortal(seedPublicRecord);

  for (const url of [...urls, ...csvUrls]) {
    it(`keeps the exempt marker out of ${url}`, async () => {
      const response = await portal.app.inject({ url });
      assert.equal(response.statusCode, 200);
      assert.ok(!response.body.includes(EXEMPT_MARKER), `${url} leaked exempt content`);
    });
  }

  it('still shows the exempt forward plan entry’s title, so the crawl is looking at it', async () => {
    const page = await portal.app.inject({ url: '/forward-plan?month=2026-05' });
    assert.match(page.body, /Disposal of the old depot/);
    const csv = await portal.app.inject({ url: '/forward-plan?month=2026-05&format=csv' });
    assert.match(csv.body, /Disposal of the old depot,Exempt: Schedule 12A paragraph 3/);
  });

  it('shows the exempt item a declaration was made on by title only', async () => {
    const page = await portal.app.inject({ url: '/people/alice-member' });
    assert.match(page.body, /Transport contract award/);
  });
});
