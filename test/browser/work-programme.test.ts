import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { SendEmailPayload } from '../../src/email/send-email-job.ts';
import { MINIMUM_FILL_SECONDS } from '../../src/questions/form-start-token.ts';
import { EXEMPT_FP_MARKER, SENDER_MARKER, seedWorkProgramme, type WorkProgrammeSeed, WORK_PROGRAMME_TODAY } from '../../src/work-programme/testing/work-programme-fixture.ts';
import { buildTestApp } from '../build-test-app.ts';
import { openTestDatabase, type TestDatabaseHandle } from '../support/database.ts';
import { insertStaff, testPassword } from '../support/staff.ts';
import { browserUnavailable, checkPageAtWidths, launchBrowser } from './browser.ts';

const screenshotDir = path.resolve('screenshots', 'work-programme');
const residentEmail = `ray.${SENDER_MARKER}@example.com`;

/**
 * Keeping a scrutiny committee's work programme in Chromium, with
 * JavaScript off for the people doing the work: the scrutiny officer moves
 * an item to a later meeting and reads its history; a resident suggests a
 * topic through the portal's form and the officer accepts it (and turns
 * down an older suggestion, with a reason); the officer takes a forward
 * plan decision onto the programme for pre-decision scrutiny in one step;
 * and the public work programme shows all of it, naming no resident. Every
 * page is checked with axe-core (WCAG 2.2 A/AA) at 1280 and 320 px, with
 * JavaScript on, for sideways scrolling, and screenshotted.
 */
describe('keeping a work programme in a browser', { skip: browserUnavailable() ?? false }, () => {
  let database: TestDatabaseHandle;
  let app: FastifyInstance;
  let browser: Browser;
  let origin: string;
  let officerEmail: string;
  let seed: WorkProgrammeSeed;
  const failures: string[] = [];
  const checked: string[] = [];

  before(async () => {
    database = await openTestDatabase('pglite');
    seed = await seedWorkProgramme(database.db);
    officerEmail = (await insertStaff(database.db, 'scrutiny-officer', { name: 'Nia Clerk' })).email;
    app = await buildTestApp(database, WORK_PROGRAMME_TODAY);
    origin = (await app.listen({ port: 0, host: '127.0.0.1' })).replace(/\/$/, '');
    browser = await launchBrowser();
    mkdirSync(screenshotDir, { recursive: true });
  });
  after(async () => {
    await browser?.close();
    await app?.close();
    await database?.close();
  });

  let officer: BrowserContext;
  let tab: Page;

  /**
   * Checks a page in a JavaScript-enabled browser with the officer's
   * sign-in (or none), at both widths. A page that answered a POST cannot
   * be fetched again, so its HTML is checked as it was shown.
   */
  const check = async (name: string, options: { url?: string; asShown?: Page; signedIn?: boolean } = {}) => {
    const context = await browser.newContext({ ...(options.signedIn === false ? {} : { storageState: await officer.storageState() }), bypassCSP: true });
    try {
      const page = await context.newPage();
      if (options.asShown) {
        await page.goto(`${origin}/accessibility`);
        await page.setContent(await options.asShown.content(), { waitUntil: 'load' });
      } else {
        const url = options.url ?? tab.url();
        const response = await page.goto(url.startsWith('http') ? url : origin + url);
        assert.equal(response?.status(), 200, `${name}: ${url} answered ${response?.status()}`);
        if (options.signedIn !== false) assert.doesNotMatch(page.url(), /\/sign-in/, `${name}: sent to sign in`);
      }
      failures.push(...(await checkPageAtWidths(page, name, (viewport) => path.join(screenshotDir, `${name}-${viewport.name}.png`))));
      checked.push(name);
    } finally {
      await context.close();
    }
  };

  /** Clicks a form's button and waits for the page its POST leads to. */
  const submit = async (page: Page, button: string) => {
    const posted = page.waitForResponse((response) => response.request().method() === 'POST');
    await page.getByRole('button', { name: button, exact: true }).click();
    await posted;
    await page.waitForLoadState('load');
  };
  const follow = async (page: Page, link: string) => {
    await page.getByRole('link', { name: link, exact: true }).first().click();
    await page.waitForLoadState('load');
  };
  const text = (page: Page, selector: string) => page.locator(selector).innerText();
  const historyOf = async (page: Page) => (await page.locator('#history + ol > li h3').allInnerTexts()).map((h) => h.trim());
  const emailsTo = async (address: string) =>
    (await database.db.selectFrom('job').select('payload').where('kind', '=', 'send-email').orderBy('id').execute()).map((j) => j.payload as SendEmailPayload).filter((p) => p.to.includes(address));

  it('signs the scrutiny officer in and finds the committee’s work programme from the navigation', async () => {
    officer = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
    tab = await officer.newPage();
    await tab.goto(`${origin}/sign-in`);
    await check('sign-in', { url: '/sign-in', signedIn: false });
    await tab.fill('#email', officerEmail);
    await tab.fill('#password', testPassword);
    await submit(tab, 'Sign in');
    assert.match(tab.url(), /\/manage$/);
    await check('dashboard');
    await follow(tab, 'Work programmes');
    assert.equal(await text(tab, 'h1'), 'Work programmes');
    await check('work-programmes');
    await follow(tab, 'Place Scrutiny Committee');
    assert.equal(await text(tab, 'h1'), 'Work programme 2025/26');
    assert.deepEqual(await tab.locator('#suggestions + ul a').allInnerTexts(), ['Safer crossing on Mill Lane']);
    await check('programme');
  });

  it('moves an item to a later meeting, saying why, and shows the move in its history', async () => {
    await follow(tab, 'Highway maintenance plan');
    assert.equal(await text(tab, 'h1'), 'Highway maintenance plan');
    await check('item');
    // Without a meeting chosen the form says what is missing.
    await submit(tab, 'Move item');
    assert.match(await text(tab, '.govuk-error-summary'), /Choose/);
    await check('item-move-error', { asShown: tab });
    await tab.selectOption('#to', { label: 'Tuesday 21 April 2026' });
    await tab.fill('#note', 'Report delayed until the asset survey is finished');
    await submit(tab, 'Move item');
    assert.match(await text(tab, '.govuk-notification-banner'), /The item is moved\. The move is in its history\./);
    assert.match(await text(tab, '.govuk-summary-list'), /Meeting\s+Tuesday 21 April 2026/);
    const history = await tab.locator('#history + ol > li').allInnerTexts();
    assert.match(history[0]!, /^Moved from the meeting on Tuesday 17 March 2026 to the meeting on Tuesday 21 April 2026\s+Monday 2 March 2026, Nia Clerk\s+Report delayed until the asset survey is finished$/);
    await check('item-moved');
    const saved = await database.db.selectFrom('workProgrammeItem').select(['meetingId', 'kind']).where('id', '=', seed.items.highways).executeTakeFirstOrThrow();
    assert.deepEqual(saved, { meetingId: seed.meetings.april.id, kind: 'scheduled' });
  });

  it('takes a resident’s suggestion through the portal’s form, without JavaScript', async () => {
    const resident = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 320, height: 800 } });
    try {
      const page = await resident.newPage();
      await page.goto(`${origin}/committees/place-scrutiny/work-programme`);
      await follow(page, 'Suggest a topic for the committee to look at');
      assert.equal(await text(page, 'h1'), 'Suggest a topic for scrutiny');
      // The form refuses anything sent sooner than a person could write it: wait as a person would.
      const waitToSend = async (shownAt: number) => page.waitForTimeout(Math.max(0, shownAt + MINIMUM_FILL_SECONDS * 1000 + 250 - Date.now()));
      let shownAt = Date.now();
      await check('suggest', { url: page.url(), signedIn: false });
      await page.fill('#topic', 'Pavement parking on School Road');
      await page.fill('#reason', 'Cars parked on the pavement push children with buggies into the road at school times.');
      await page.fill('#name', 'Ray Resident');
      await page.fill('#email', 'not an email address');
      await waitToSend(shownAt);
      await submit(page, 'Send suggestion');
      assert.match(await text(page, '.govuk-error-summary'), /Enter an email address in the correct format, like name@example.com/);
      assert.equal(await page.inputValue('#topic'), 'Pavement parking on School Road');
      shownAt = Date.now();
      await check('suggest-error', { asShown: page, signedIn: false });
      await page.fill('#email', residentEmail);
      await waitToSend(shownAt);
      await submit(page, 'Send suggestion');
      assert.match(page.url(), /\/committees\/place-scrutiny\/work-programme\/suggest\/sent$/);
      await check('suggest-sent', { url: page.url(), signedIn: false });
    } finally {
      await resident.close();
    }
    const [acknowledgment] = await emailsTo(residentEmail);
    assert.equal(acknowledgment?.subject, 'Your suggestion for the Place Scrutiny Committee');
  });

  it('lets the officer accept the resident’s suggestion, and turn down another with a reason', async () => {
    await tab.goto(`${origin}/manage/committees/place-scrutiny/work-programme`);
    assert.deepEqual((await tab.locator('#suggestions + ul a').allInnerTexts()).sort(), ['Pavement parking on School Road', 'Safer crossing on Mill Lane']);
    await check('programme-suggestions');
    await follow(tab, 'Pavement parking on School Road');
    assert.match(await text(tab, '.govuk-inset-text'), new RegExp(`Sent by Ray Resident, ${residentEmail.replace(/\./g, '\\.')}`));
    await check('suggestion');
    await tab.check('input[name="decision"][value="accept"]');
    await tab.fill('#reason', 'The committee will look at this with the parking review.');
    await submit(tab, 'Record the decision and email the resident');
    assert.match(await text(tab, '.govuk-notification-banner'), /The suggestion is accepted as a potential item, and the resident has been emailed\./);
    assert.equal((await historyOf(tab))[0], 'Suggestion from the public accepted as a potential item');
    await check('suggestion-accepted');

    await tab.goto(`${origin}/manage/work-programme/${seed.items.suggestion}`);
    await tab.check('input[name="decision"][value="reject"]');
    await submit(tab, 'Record the decision and email the resident');
    assert.match(await text(tab, '.govuk-error-summary'), /Enter why the suggestion is not taken forward/);
    await check('suggestion-reject-error', { asShown: tab });
    await tab.fill('#reason', 'Highways are installing a zebra crossing there in the summer.');
    await submit(tab, 'Record the decision and email the resident');
    assert.match(await text(tab, '.govuk-notification-banner'), /not taken forward/);
    await check('suggestion-rejected');

    const decided = await emailsTo(residentEmail);
    assert.equal(decided.length, 2);
    assert.match(decided[1]!.subject, /added to the work programme/);
    const accepted = await database.db.selectFrom('workProgrammeItem').select(['kind', 'status', 'raisedByKind']).where('title', '=', 'Pavement parking on School Road').executeTakeFirstOrThrow();
    assert.deepEqual(accepted, { kind: 'potential', status: 'planned', raisedByKind: 'public' });
  });

  it('takes a forward plan decision onto the work programme for pre-decision scrutiny in one step', async () => {
    await follow(tab, 'Forward plan');
    await check('forward-plan');
    await follow(tab, 'Bus service support contracts');
    assert.equal(await text(tab, 'h1'), 'Bus service support contracts');
    assert.match(await text(tab, '#scrutiny + p'), /No scrutiny committee has this decision on its work programme/);
    await check('forward-plan-entry');
    await submit(tab, 'Add for pre-decision scrutiny');
    assert.match(await text(tab, '#target-error'), /Choose the committee and meeting/);
    await check('forward-plan-entry-error', { asShown: tab });
    await tab.selectOption('#target', { label: 'Place Scrutiny Committee: Tuesday 21 April 2026' });
    await submit(tab, 'Add for pre-decision scrutiny');
    assert.match(await text(tab, '.govuk-notification-banner'), /The decision is on the work programme for pre-decision scrutiny\./);
    assert.equal(await text(tab, '#scrutiny + ul'), 'Place Scrutiny Committee: the meeting on Tuesday 21 April 2026');
    await check('forward-plan-entry-taken');

    await follow(tab, 'Place Scrutiny Committee');
    assert.equal(await text(tab, 'h1'), 'Bus service support contracts');
    assert.match(await text(tab, '.govuk-summary-list'), /Forward plan\s+Bus service support contracts \(FP\/2026\/021\)/);
    const history = await tab.locator('#history + ol > li').allInnerTexts();
    assert.match(history[0]!, /^Added to the work programme for the meeting on Tuesday 21 April 2026[\s\S]*Taken from the forward plan for pre-decision scrutiny \(FP\/2026\/021\)$/);
    await check('pre-decision-item');
    const item = await database.db.selectFrom('workProgrammeItem').select(['committeeId', 'meetingId', 'forwardPlanEntryId']).where('forwardPlanEntryId', '=', seed.entries.busContract).executeTakeFirstOrThrow();
    assert.deepEqual(item, { committeeId: seed.committee.id, meetingId: seed.meetings.april.id, forwardPlanEntryId: seed.entries.busContract });
  });

  it('shows the result on the public work programme, naming no resident', async () => {
    const reader = await browser.newContext({ javaScriptEnabled: false });
    try {
      const page = await reader.newPage();
      await page.goto(`${origin}/committees/place-scrutiny/work-programme`);
      const body = await page.content();
      for (const secret of [SENDER_MARKER, 'Ray Resident', 'Jo Resident', EXEMPT_FP_MARKER]) assert.ok(!body.includes(secret), `the public programme shows ${secret}`);
      const meetingItems = (caption: string) => page.locator('table', { has: page.locator('caption', { hasText: caption }) }).locator('tbody tr td:first-child strong').allInnerTexts();
      assert.deepEqual(await meetingItems('Items for the meeting on Tuesday 17 March 2026'), []);
      assert.deepEqual(await meetingItems('Items for the meeting on Tuesday 21 April 2026'), ['Highway maintenance plan', 'Bus service support contracts']);
      assert.ok((await meetingItems('Potential items: to be scheduled')).includes('Pavement parking on School Road'));
      const suggestions = await page.locator('table', { has: page.locator('caption', { hasText: 'Suggestions from the public' }) }).innerText();
      assert.match(suggestions, /Safer crossing on Mill Lane[\s\S]*Highways are installing a zebra crossing there in the summer\./);
    } finally {
      await reader.close();
    }
    await check('public-programme', { url: '/committees/place-scrutiny/work-programme', signedIn: false });
  });

  it('has no WCAG 2.2 A/AA violations and no sideways scrolling on any page checked', () => {
    assert.ok(checked.length >= 21, `only ${checked.length} pages were checked: ${checked.join(', ')}`);
    assert.deepEqual(failures, []);
  });
});
