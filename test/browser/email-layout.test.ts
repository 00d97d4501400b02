import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { renderEmail } from '../../src/email/render-email.ts';
import { insertCouncil } from '../factories.ts';
import { openTestDatabase, type TestDatabaseHandle } from '../support/database.ts';
import { browserUnavailable, findAccessibilityViolations, launchBrowser, screenshotFullPage } from './browser.ts';

const screenshotDir = path.resolve('screenshots');

describe('the HTML email layout in a browser', { skip: browserUnavailable() ?? false }, () => {
  let database: TestDatabaseHandle;
  let browser: Browser;
  let html: string;
  before(async () => {
    [database, browser] = await Promise.all([openTestDatabase('pglite'), launchBrowser()]);
    await insertCouncil(database.db, { name: 'Northwold District Council', email: 'democratic.services@northwold.example' });
    ({ html } = await renderEmail(database.db, {
      subject: 'Test email from Gavel',
      template: 'test-email',
      context: { sentBy: 'the gavel email test command', destination: 'smtp://mail.northwold.example:587' },
      unsubscribeUrl: 'https://committees.northwold.example/unsubscribe/abc123',
    }));
    fs.mkdirSync(screenshotDir, { recursive: true });
  });
  after(async () => {
    await browser?.close();
    await database?.close();
  });

  for (const width of [320, 800]) {
    it(`has no WCAG 2.2 A or AA problems and fits ${width} px`, async () => {
      const page = await browser.newPage({ viewport: { width, height: 700 } });
      try {
        await page.setContent(html);
        assert.deepEqual(await findAccessibilityViolations(page), []);
        const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
        assert.ok(scrollWidth <= width, `${scrollWidth} px wide in a ${width} px window`);
        await screenshotFullPage(page, path.join(screenshotDir, `email-layout-${width}.png`));
      } finally {
        await page.close();
      }
    });
  }
});
