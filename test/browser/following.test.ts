import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { londonDayOf } from '../../src/deadlines/london-time.ts';
import { addWorkingDays, workingCalendar } from '../../src/deadlines/working-calendar.ts';
import { notifyFollowers } from '../../src/following/notify-followers.ts';
import { seedPublishingMeeting } from '../../src/publishing/testing/publishing-fixture.ts';
import { buildApp } from '../../src/web/app.ts';
import { openTestDatabase, type TestDatabaseHandle } from '../support/database.ts';
import { sendQueuedEmails, startTestSmtpServer, type TestSmtpServer } from '../support/smtp.ts';
import { insertStaff, testPassword } from '../support/staff.ts';
import { browserUnavailable, checkPageAtWidths, freePort, launchBrowser } from './browser.ts';

const screenshotDir = path.resolve('screenshots');
// Publishing runs on the real clock, so the meeting is set from today.
const today = londonDayOf(new Date());
const resident = 'sam.reader@example.com';

/**
 * A resident follows a committee in a browser with JavaScript off,
 * confirms from the link in the email the mail server received, a clerk
 * publishes the agenda, the resident's email arrives, and its unsubscribe
 * link works. Every following page has zero WCAG 2.2 A/AA violations at
 * 1280 and 320 px, no sideways scrolling, and a screenshot to look at.
 */
describe('following a committee in a browser', { skip: browserUnavailable() ?? false }, () => {
  let database: TestDatabaseHandle;
  let app: FastifyInstance;
  let browser: Browser;
  let smtp: TestSmtpServer;
  let origin: string;
  let clerkEmail: string;
  let meetingId: number;
  const failures: string[] = [];

  before(async () => {
    database = await openTestDatabase('pglite');
    const seeded = await seedPublishingMeeting(database.db, { date: addWorkingDays(workingCalendar('england'), today, 12) });
    meetingId = seeded.meeting.id;
    clerkEmail = (await insertStaff(database.db, 'democratic-services', { name: 'Priya Hallam' })).email;
    smtp = await startTestSmtpServer();
    // The emails' links must lead back to this server, so its address is known before it starts.
    const port = await freePort();
    origin = `http://127.0.0.1:${port}`;
    app = await buildApp({ db: database.db, config: { publicUrl: origin }, today: () => today });
    await app.listen({ port, host: '127.0.0.1' });
    browser = await launchBrowser();
    mkdirSync(screenshotDir, { recursive: true });
  });
  after(async () => {
    await browser?.close();
    await app?.close();
    await smtp?.close();
    await database?.close();
  });

  // axe needs JavaScript, which the resident's tab has off: the page as they saw it is checked in a tab with it on.
  const check = async (tab: Page, name: string) => {
    const checker = await browser.newPage({ bypassCSP: true });
    await checker.goto(`${origin}/accessibility`);
    await checker.setContent(await tab.content(), { waitUntil: 'load' });
    failures.push(...(await checkPageAtWidths(checker, name, (viewport) => path.join(screenshotDir, `following-${name}-${viewport.name}.png`))));
    await checker.close();
  };

  const mailTo = (address: string) => smtp.messages.filter((m) => m.envelope.to.includes(address));

  it('follows, confirms, hears of the agenda and unsubscribes, without JavaScript', async () => {
    const context: BrowserContext = await browser.newContext({ javaScriptEnabled: false, bypassCSP: true });
    const tab = await context.newPage();

    await tab.goto(`${origin}/committees/place-scrutiny`);
    await Promise.all([tab.waitForURL(/\/follow$/), tab.click('a:has-text("Follow this committee")')]);
    assert.equal(await tab.locator('h1').innerText(), 'Get emails about the Place Scrutiny Committee');
    await check(tab, 'form');

    await Promise.all([tab.waitForLoadState(), tab.click('button:has-text("Send me a confirmation email")')]);
    assert.equal(await tab.locator('h1').innerText(), 'Get emails about the Place Scrutiny Committee', 'an empty address is refused');
    assert.match(await tab.locator('.govuk-error-summary').innerText(), /Enter your email address/);
    await check(tab, 'form-error');

    await tab.fill('#email', resident);
    // A person takes a few seconds; the form turns away anything faster.
    await tab.waitForTimeout(3100);
    await Promise.all([tab.waitForURL(/\/following\/sent$/), tab.click('button:has-text("Send me a confirmation email")')]);
    await check(tab, 'sent');

    await sendQueuedEmails(database.db, smtp);
    const [confirmation] = mailTo(resident);
    assert.ok(confirmation, 'the confirmation email arrived');
    const confirmUrl = /(http:\/\/127\.0\.0\.1:\d+\/following\/confirm\/[A-Za-z0-9_-]{43})/.exec(confirmation.parsed.text ?? '')![1]!;
    await tab.goto(confirmUrl);
    await check(tab, 'confirm');
    await Promise.all([tab.waitForURL(/\/following\/manage\//), tab.click('button:has-text("Confirm and start my emails")')]);
    assert.match(await tab.locator('.govuk-notification-banner').innerText(), /Your email address is confirmed/);
    await check(tab, 'manage');

    // A clerk publishes the agenda in the back office.
    const clerk = await browser.newContext();
    const desk = await clerk.newPage();
    await desk.goto(`${origin}/sign-in`);
    await desk.fill('#email', clerkEmail);
    await desk.fill('#password', testPassword);
    await Promise.all([desk.waitForURL(/\/manage/), desk.click('button:has-text("Sign in")')]);
    await desk.goto(`${origin}/manage/meetings/${meetingId}/publish`);
    await Promise.all([desk.waitForURL(/\/papers\?published=/), desk.click('button:has-text("Publish the agenda")')]);
    await clerk.close();

    // What the notify-followers job does when the database's minute is up.
    assert.deepEqual((await notifyFollowers(database.db, { publicUrl: origin })).events, 1);
    await sendQueuedEmails(database.db, smtp);
    const notification = mailTo(resident).find((m) => m.parsed.subject?.startsWith('Agenda published: Place Scrutiny Committee'));
    assert.ok(notification, `the agenda email arrived: ${mailTo(resident).map((m) => m.parsed.subject).join('; ')}`);
    assert.equal(notification.header('List-Unsubscribe-Post'), 'List-Unsubscribe=One-Click');
    const unsubscribeUrl = /^<(.+)>$/.exec(notification.header('List-Unsubscribe') ?? '')![1]!;
    assert.match(notification.parsed.text ?? '', /Parking strategy/);

    await tab.goto(unsubscribeUrl);
    await check(tab, 'unsubscribe');
    await tab.click('button:has-text("Unsubscribe")');
    assert.match(await tab.locator('.govuk-panel__title').innerText(), /You have unsubscribed/);
    await check(tab, 'unsubscribed');
    const follow = await database.db.selectFrom('follow as f').innerJoin('follower as p', 'p.id', 'f.followerId').select('f.endedAt').where('p.emailKey', '=', resident).executeTakeFirstOrThrow();
    assert.ok(follow.endedAt, 'the follow has ended');

    await tab.goto(`${origin}/following/manage/${'A'.repeat(43)}`);
    await check(tab, 'link-invalid');
    await context.close();
    assert.deepEqual(failures, []);
  });
});

