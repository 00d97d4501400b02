import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import type { Browser } from 'playwright-core';
import fs from 'node:fs/promises';
import { loadDemoCouncil } from '../../src/demo/load-demo-council.ts';
import { importFile } from '../../src/import/import-file.ts';
import { buildTestApp } from '../build-test-app.ts';
import { openTestDatabase, type TestDatabaseHandle } from '../support/database.ts';
import { browserUnavailable, checkedViewports, findAccessibilityViolations, launchBrowser, screenshotFullPage } from './browser.ts';

const today = '2026-03-02';
const screenshotDir = path.resolve('screenshots');

/**
 * Every page type of the portal, on the demo council, in Chromium: zero
 * WCAG 2.2 A/AA violations at desktop width and at 320px, no horizontal
 * scrolling on a phone, and a screenshot of each for people to look at.
 */
describe('portal pages in a browser', { skip: browserUnavailable() ?? false }, () => {
  let database: TestDatabaseHandle;
  let app: FastifyInstance;
  let browser: Browser;
  let origin: string;
  const pages: { name: string; url: string; status: number }[] = [];

  before(async () => {
    database = await openTestDatabase('pglite');
    await loadDemoCouncil(database.db, { seed: 1, today });
    app = await buildTestApp(database, today);
    origin = (await app.listen({ port: 0, host: '127.0.0.1' })).replace(/\/$/, '');
    browser = await launchBrowser();
    mkdirSync(screenshotDir, { recursive: true });

    const db = database.db;
    const scrutiny = await db.selectFrom('committee').select(['id', 'slug']).where('kind', '=', 'scrutiny').orderBy('id').executeTakeFirstOrThrow();
    const minuted = await db.selectFrom('meeting').select('slug').where('committeeId', '=', scrutiny.id).where('status', '=', 'minutes-approved').orderBy('date', 'desc').executeTakeFirstOrThrow();
    const published = await db.selectFrom('meeting').select('slug').where('committeeId', '=', scrutiny.id).where('status', '=', 'agenda-published').orderBy('date').executeTakeFirst();
    const exempt = await db
      .selectFrom('agendaItem as i')
      .innerJoin('meeting as m', 'm.id', 'i.meetingId')
      .innerJoin('committee as c', 'c.id', 'm.committeeId')
      .select(['c.slug as committee', 'm.slug as meeting'])
      .where('i.isExempt', '=', true)
      .executeTakeFirstOrThrow();
    const fixture = path.resolve('src/import/fixtures/district-minutes.md');
    const imported = await importFile(db, { displayName: 'district-minutes.md', path: fixture, bytes: await fs.readFile(fixture), today });
    const councillor = await db.selectFrom('person').select('slug').where('kind', '=', 'councillor').orderBy('id').executeTakeFirstOrThrow();
    pages.push(
      { name: 'home', url: '/', status: 200 },
      { name: 'committees', url: '/committees', status: 200 },
      { name: 'committee', url: `/committees/${scrutiny.slug}`, status: 200 },
      { name: 'meeting-with-minutes', url: `/committees/${scrutiny.slug}/meetings/${minuted.slug}`, status: 200 },
      { name: 'meeting-with-exempt-item', url: `/committees/${exempt.committee}/meetings/${exempt.meeting}`, status: 200 },
      { name: 'meetings', url: '/meetings', status: 200 },
      { name: 'person', url: `/people/${councillor.slug}`, status: 200 },
      { name: 'accessibility', url: '/accessibility', status: 200 },
      { name: 'not-found', url: '/no-such-page', status: 404 },
      { name: 'calendar', url: '/calendar', status: 200 },
      { name: 'calendar-month', url: `/calendar/${minuted.slug.slice(0, 4)}/${minuted.slug.slice(5, 7)}`, status: 200 },
      { name: 'decisions', url: `/committees/${scrutiny.slug}/decisions`, status: 200 },
      { name: 'action-log', url: `/committees/${scrutiny.slug}/actions`, status: 200 },
      { name: 'recommendations', url: `/committees/${scrutiny.slug}/recommendations`, status: 200 },
      { name: 'work-programme', url: `/committees/${scrutiny.slug}/work-programme`, status: 200 },
      { name: 'forward-plan', url: '/forward-plan', status: 200 },
      { name: 'document', url: `/documents/${imported.documentId}`, status: 200 },
      { name: 'search', url: '/search?q=school+transport', status: 200 },
      { name: 'api-reference', url: '/api', status: 200 },
    );
    if (published) pages.push({ name: 'meeting-agenda-published', url: `/committees/${scrutiny.slug}/meetings/${published.slug}`, status: 200 });
  });

  after(async () => {
    await browser?.close();
    await app?.close();
    await database?.close();
  });

  it('has the demo council’s page types to check', () => {
    assert.ok(pages.length >= 19);
  });

  for (const viewport of checkedViewports) {
    it(`has no WCAG 2.2 A/AA violations at ${viewport.name} width`, async () => {
      const context = await browser.newContext({ viewport: { width: viewport.width, height: viewport.height }, bypassCSP: true });
      const failures: string[] = [];
      try {
        for (const page of pages) {
          const tab = await context.newPage();
          const response = await tab.goto(origin + page.url);
          assert.equal(response?.status(), page.status, `${page.url} answered ${response?.status()}`);
          for (const v of await findAccessibilityViolations(tab)) {
            failures.push(`${page.url}: ${v.id} (${v.impact}) ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
          }
          const overflow = await tab.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
          if (overflow > 0) failures.push(`${page.url}: scrolls sideways by ${overflow}px at ${viewport.width}px wide`);
          await screenshotFullPage(tab, path.join(screenshotDir, `${page.name}-${viewport.name}.png`));
          await tab.close();
        }
      } finally {
        await context.close();
      }
      assert.deepEqual(failures, []);
    });
  }

  it('works without JavaScript: the agenda and minutes are in the page itself', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const tab = await context.newPage();
    const meetingPage = pages.find((p) => p.name === 'meeting-with-minutes')!;
    await tab.goto(origin + meetingPage.url);
    assert.ok(await tab.locator('#agenda').isVisible());
    assert.ok(await tab.locator('#minutes').isVisible());
    await context.close();
  });

  it('lets a keyboard user skip to the main content', async () => {
    const context = await browser.newContext();
    const tab = await context.newPage();
    await tab.goto(origin + '/committees');
    await tab.keyboard.press('Tab');
    const focused = await tab.evaluate(() => document.activeElement?.textContent?.trim());
    assert.equal(focused, 'Skip to main content');
    await context.close();
  });
});
