import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { EXEMPT_ACTION_MARKER, FOLLOW_THROUGH_TODAY, seedFollowThrough } from '../../src/actions/testing/follow-through-fixture.ts';
import { buildTestApp } from '../build-test-app.ts';
import { openTestDatabase, type TestDatabaseHandle } from '../support/database.ts';
import { sendQueuedEmails, startTestSmtpServer, type TestSmtpServer } from '../support/smtp.ts';
import { insertStaff, testPassword } from '../support/staff.ts';
import { browserUnavailable, checkPageAtWidths, launchBrowser } from './browser.ts';

const screenshotDir = path.resolve('screenshots', 'follow-through');

/**
 * Following through in Chromium, with JavaScript off for the people doing
 * the work: a clerk emails an action's owner a link, the owner opens it
 * from the message the mail server received and completes the action; a
 * clerk records the executive's response to a recommendation. Every page
 * of the action log and the recommendation tracker is checked with
 * axe-core (WCAG 2.2 A/AA) at 1280 and 320 px, with JavaScript on, for
 * sideways scrolling, and screenshotted.
 */
describe('following actions and recommendations through in a browser', { skip: browserUnavailable() ?? false }, () => {
  let database: TestDatabaseHandle;
  let app: FastifyInstance;
  let smtp: TestSmtpServer;
  let browser: Browser;
  let origin: string;
  let clerkEmail: string;
  let seed: Awaited<ReturnType<typeof seedFollowThrough>>;
  const failures: string[] = [];
  const checked: string[] = [];

  before(async () => {
    database = await openTestDatabase('pglite');
    seed = await seedFollowThrough(database.db);
    clerkEmail = (await insertStaff(database.db, 'scrutiny-officer', { name: 'Nia Clerk' })).email;
    app = await buildTestApp(database, FOLLOW_THROUGH_TODAY);
    origin = (await app.listen({ port: 0, host: '127.0.0.1' })).replace(/\/$/, '');
    smtp = await startTestSmtpServer();
    browser = await launchBrowser();
    mkdirSync(screenshotDir, { recursive: true });
  });
  after(async () => {
    await browser?.close();
    await smtp?.close();
    await app?.close();
    await database?.close();
  });

  let clerk: BrowserContext;
  let tab: Page;

  /**
   * Checks a page in a JavaScript-enabled browser with the given sign-in (or
   * none), at both widths. A page that answered a POST cannot be fetched
   * again, so its HTML is checked as it was shown.
   */
  const check = async (name: string, options: { url?: string; asShown?: Page; signedIn?: boolean; status?: number } = {}) => {
    const context = await browser.newContext({ ...(options.signedIn === false ? {} : { storageState: await clerk.storageState() }), bypassCSP: true });
    try {
      const page = await context.newPage();
      if (options.asShown) {
        await page.goto(`${origin}/accessibility`);
        await page.setContent(await options.asShown.content(), { waitUntil: 'load' });
      } else {
        const url = options.url ?? tab.url();
        const response = await page.goto(url.startsWith('http') ? url : origin + url);
        assert.equal(response?.status(), options.status ?? 200, `${name}: ${url} answered ${response?.status()}`);
      }
      failures.push(...(await checkPageAtWidths(page, name, (viewport) => path.join(screenshotDir, `${name}-${viewport.name}.png`))));
      checked.push(name);
    } finally {
      await context.close();
    }
  };

  const submit = async (page: Page, button: string) => {
    const posted = page.waitForResponse((response) => response.request().method() === 'POST');
    await page.getByRole('button', { name: button, exact: true }).click();
    await posted;
    await page.waitForLoadState('load');
  };

  it('signs the clerk in and shows overdue actions and late responses on the dashboard', async () => {
    clerk = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
    tab = await clerk.newPage();
    await tab.goto(`${origin}/sign-in`);
    await tab.fill('#email', clerkEmail);
    await tab.fill('#password', testPassword);
    await submit(tab, 'Sign in');
    assert.match(tab.url(), /\/manage$/);
    assert.equal(await tab.locator('#overdue-actions').innerText(), 'Overdue actions');
    assert.equal(await tab.locator('#responses').innerText(), 'Responses to recommendations');
    await check('dashboard');
  });

  it('lists and filters the action log, opens an action and emails its owner a link', async () => {
    await tab.getByRole('link', { name: 'Actions', exact: true }).click();
    await tab.waitForLoadState('load');
    await check('actions');
    await tab.selectOption('#status', 'overdue');
    await tab.getByRole('button', { name: 'Show actions' }).click();
    await tab.waitForLoadState('load');
    assert.match(tab.url(), /status=overdue/);
    await check('actions-overdue');
    await tab.goto(`${origin}/manage/actions/${seed.actionId('3')}`);
    assert.equal(await tab.locator('h1').innerText(), 'Action 3');
    await check('action');
    await submit(tab, 'Email the owner a link to update it');
    assert.match(await tab.locator('.govuk-notification-banner').innerText(), /Email sent to the owner/);
  });

  it('lets the owner complete the action from the link in the email, without signing in', async () => {
    await sendQueuedEmails(database.db, smtp);
    const [email] = await smtp.waitForMessages(1);
    assert.deepEqual(email!.envelope.to, ['tom.transport@northwold.example']);
    const link = /(http:\/\/gavel\.test\/action-update\/\S+)/.exec(email!.parsed.text!)![1]!.replace('http://gavel.test', origin);

    const owner = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 320, height: 800 } });
    try {
      const page = await owner.newPage();
      await page.goto(link);
      assert.equal(await page.locator('h1').innerText(), 'Update action 3');
      await check('owner-link', { url: link, signedIn: false });
      // Without the date the form says what is missing and keeps what was typed.
      await page.fill('#progress', 'Consultation plan circulated to all members of the committee.');
      await page.check('input[name="status"][value="completed"]');
      await page.fill('#completedOn-day', '');
      await page.fill('#completedOn-month', '');
      await page.fill('#completedOn-year', '');
      await submit(page, 'Save progress');
      assert.match(await page.locator('.govuk-error-summary').innerText(), /Enter the date the action was completed/);
      assert.equal(await page.inputValue('#progress'), 'Consultation plan circulated to all members of the committee.');
      await check('owner-link-error', { asShown: page, signedIn: false });
      await page.fill('#completedOn-day', '2');
      await page.fill('#completedOn-month', '3');
      await page.fill('#completedOn-year', '2026');
      await submit(page, 'Save progress');
      assert.match(await page.locator('.govuk-notification-banner').innerText(), /your update is recorded/);
      assert.match(await page.locator('.govuk-summary-list').innerText(), /Completed 2 March 2026/);
      assert.equal((await owner.cookies()).some((c) => c.name === 'gavel_session'), false);
      const manage = await page.goto(`${origin}/manage/actions/${seed.actionId('3')}`);
      assert.match(manage!.url(), /\/sign-in\?next=/);
    } finally {
      await owner.close();
    }
    await check('owner-link-invalid', { url: '/action-update/not-a-token', signedIn: false, status: 404 });
    const action = await database.db.selectFrom('action').select(['status', 'completedOn']).where('id', '=', seed.actionId('3')).executeTakeFirstOrThrow();
    assert.deepEqual(action, { status: 'completed', completedOn: '2026-03-02' });
  });

  it('shows the clerk the owner’s update, and the forms to add and change actions', async () => {
    await tab.goto(`${origin}/manage/actions/${seed.actionId('3')}`);
    assert.match(await tab.locator('.gavel-update').first().innerText(), /Tom Transport\s+Consultation plan circulated/);
    await tab.getByRole('link', { name: 'Change the action, its owner or due date' }).click();
    await tab.waitForLoadState('load');
    await check('action-edit');
    await tab.goto(`${origin}/manage/actions/new`);
    await check('action-new-committee');
    await tab.selectOption('#committee', 'place-scrutiny');
    await tab.getByRole('button', { name: 'Continue' }).click();
    await tab.waitForLoadState('load');
    await check('action-new');
    await tab.fill('#description', '');
    await submit(tab, 'Add action');
    assert.match(await tab.locator('.govuk-error-summary').innerText(), /Select the meeting and item that raised the action/);
    await check('action-new-error', { asShown: tab });
    await tab.goto(`${origin}/manage/actions/${seed.actionId('1')}`);
    await submit(tab, 'Save progress');
    await check('action-progress-error', { asShown: tab });
  });

  it('shows the reminder settings and the action log report', async () => {
    await tab.goto(`${origin}/manage/reminders`);
    await check('reminders');
    await tab.getByRole('link', { name: 'Place Scrutiny Committee' }).click();
    await tab.waitForLoadState('load');
    await check('reminders-committee');
    await tab.goto(`${origin}/manage/actions/report?committee=place-scrutiny&version=restricted`);
    assert.ok((await tab.locator('tbody').innerText()).includes(EXEMPT_ACTION_MARKER));
    await check('action-log-report-restricted');
    await check('action-log-report-public', { url: '/committees/place-scrutiny/actions/report', signedIn: false });
  });

  it('lets the clerk record the executive’s response to a recommendation', async () => {
    await tab.goto(`${origin}/manage/recommendations`);
    await check('recommendations');
    await tab.selectOption('#committee', 'place-scrutiny');
    await tab.check('#late');
    await tab.getByRole('button', { name: 'Show recommendations' }).click();
    await tab.waitForLoadState('load');
    await check('recommendations-late');
    await tab.getByRole('link', { name: /\(b\) That Cabinet publish pothole repair times/ }).click();
    await tab.waitForLoadState('load');
    assert.match(await tab.locator('.govuk-summary-list').innerText(), /Response overdue/);
    await check('recommendation');
    await tab.getByRole('link', { name: 'Record the response' }).click();
    await tab.waitForLoadState('load');
    await check('recommendation-response');
    await tab.check('input[name="response"][value="accepted"]');
    await tab.fill('#responseText', 'Repair times by ward will be published each quarter from April.');
    await tab.fill('#respondedOn-day', '24');
    await tab.fill('#respondedOn-month', '2');
    await tab.fill('#respondedOn-year', '2026');
    await tab.fill('#responseDecisionReference', 'CAB/2026/012');
    await tab.selectOption('#responseMeetingId', String(seed.meetings.cabinetMeeting.id));
    await submit(tab, 'Save');
    assert.match(await tab.locator('.govuk-notification-banner').innerText(), /Response recorded/);
    const summary = await tab.locator('.govuk-summary-list').innerText();
    assert.match(summary, /Responded late/);
    assert.match(summary, /Accepted, Tuesday 24 February 2026/);
    assert.match(summary, /CAB\/2026\/012/);
    await check('recommendation-responded');
    const saved = await database.db.selectFrom('recommendation').select(['response', 'respondedOn', 'responseMeetingId']).where('id', '=', seed.recommendationId('b')).executeTakeFirstOrThrow();
    assert.deepEqual(saved, { response: 'accepted', respondedOn: '2026-02-24', responseMeetingId: seed.meetings.cabinetMeeting.id });
  });

  it('shows the other recommendation forms and the public tracker', async () => {
    for (const step of ['receipt', 'implementation', 'review']) {
      await tab.goto(`${origin}/manage/recommendations/${seed.recommendationId('a')}/${step}`);
      await check(`recommendation-${step}`);
    }
    await submit(tab, 'Save');
    assert.match(await tab.locator('.govuk-error-summary').innerText(), /Enter the review date/);
    await check('recommendation-review-error', { asShown: tab });
    await check('public-recommendations', { url: '/committees/place-scrutiny/recommendations?late=yes', signedIn: false });
    await check('public-action-log', { url: '/committees/place-scrutiny/actions', signedIn: false });
  });

  it('has no WCAG 2.2 A/AA violations and no sideways scrolling on any page checked', () => {
    assert.ok(checked.length >= 25, `only ${checked.length} pages were checked`);
    assert.deepEqual(failures, []);
  });
});
