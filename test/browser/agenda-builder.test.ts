import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { reportPdf } from '../../src/agendas/reports/report-test-files.ts';
import { addDays, dayOfWeek } from '../../src/deadlines/days.ts';
import { londonDayOf, londonInstant } from '../../src/deadlines/london-time.ts';
import { buildTestApp } from '../build-test-app.ts';
import { openTestDatabase, type TestDatabaseHandle } from '../support/database.ts';
import { insertStaff, testPassword } from '../support/staff.ts';
import { browserUnavailable, checkPageAtWidths, launchBrowser } from './browser.ts';

const screenshotDir = path.resolve('screenshots', 'agenda-builder');
// Publishing runs on the real clock, so the meeting is set from today: a Thursday four weeks or so ahead.
const today = londonDayOf(new Date());
const meetingDate = (() => {
  let day = addDays(today, 28);
  while (dayOfWeek(day) !== 4) day = addDays(day, 1);
  return day;
})();
// A word found only in the uploaded PDF, to search the public portal for.
const marker = 'Brackenfordiana';

/**
 * A clerk builds an agenda in Chromium with JavaScript switched off, as the
 * pages must work without it: standard items in one step, a report added,
 * its details, an uploaded PDF, its sign-offs, an item moved with the move
 * buttons, an exempt item with the exclusion of the press and public
 * before it. The report's text is not on the public portal until the
 * agenda is published, then search finds it. Every page built here is
 * checked with axe-core (WCAG 2.2 A/AA) at 1280 and 320 px, with
 * JavaScript on, and screenshotted.
 */
describe('building an agenda in a browser', { skip: browserUnavailable() ?? false }, () => {
  let database: TestDatabaseHandle;
  let app: FastifyInstance;
  let browser: Browser;
  let origin: string;
  let clerkEmail: string;
  let meetingId: number;
  let reportId: number;
  let documentId: number;
  const failures: string[] = [];
  const checked: string[] = [];

  before(async () => {
    database = await openTestDatabase('pglite');
    const db = database.db;
    await db.insertInto('council').values({ name: 'Northwold District Council', shortName: 'Northwold', slug: 'northwold', nation: 'england', website: null, email: 'democratic.services@northwold.example', phone: '01632 960000', address: null }).execute();
    await db.insertInto('ward').values([{ name: 'Riverside', slug: 'riverside' }, { name: 'Hillcrest', slug: 'hillcrest' }]).execute();
    await db
      .insertInto('person')
      .values([
        { slug: 'priya-chandran', fullName: 'Priya Chandran', honorific: null, givenName: 'Priya', familyName: 'Chandran', kind: 'officer', politicalGroupId: null, wardId: null, jobTitle: 'Head of Libraries', directorate: 'Communities', email: null, phone: null, sourceDocumentId: null, sourceLineFrom: null, sourceLineTo: null },
        { slug: 'grace-okafor', fullName: 'Grace Okafor', honorific: null, givenName: 'Grace', familyName: 'Okafor', kind: 'officer', politicalGroupId: null, wardId: null, jobTitle: 'Senior Solicitor', directorate: 'Legal and Governance', email: null, phone: null, sourceDocumentId: null, sourceLineFrom: null, sourceLineTo: null },
      ])
      .execute();
    const committee = await db
      .insertInto('committee')
      .values({ slug: 'communities-scrutiny', name: 'Communities Scrutiny Committee', kind: 'scrutiny', parentCommitteeId: null, purpose: null, quorum: 3, contactName: 'Democratic Services', contactEmail: 'democratic.services@northwold.example', contactPhone: null, defaultVenue: 'Council Chamber', questionDeadlineWorkingDays: null, questionDeadlineTime: null, reportDeadlineWorkingDays: null, sourceDocumentId: null, sourceLineFrom: null, sourceLineTo: null })
      .returning('id')
      .executeTakeFirstOrThrow();
    const meeting = await db
      .insertInto('meeting')
      .values({ committeeId: committee.id, municipalYearId: null, slug: meetingDate, date: meetingDate, startsAt: londonInstant(meetingDate, '18:30'), endsAt: null, venue: 'Council Chamber, Northwold House', remoteLink: null, videoUrl: null, agendaPublishedAt: null, minutesPublishedAt: null, minutesApprovedAt: null, minutesApprovedByMeetingId: null, cancellationReason: null, sourceDocumentId: null, sourceLineFrom: null, sourceLineTo: null })
      .returning('id')
      .executeTakeFirstOrThrow();
    meetingId = meeting.id;
    clerkEmail = (await insertStaff(db, 'democratic-services', { name: 'Dee Hallam' })).email;
    app = await buildTestApp(database, today);
    origin = (await app.listen({ port: 0, host: '127.0.0.1' })).replace(/\/$/, '');
    browser = await launchBrowser();
    mkdirSync(screenshotDir, { recursive: true });
  });
  after(async () => {
    await browser?.close();
    await app?.close();
    await database?.close();
  });

  /** The clerk's browser: JavaScript off, so every step must work without it. */
  let clerk: BrowserContext;
  let tab: Page;

  /**
   * Checks the page the clerk is on, in a JavaScript-enabled browser with the
   * same sign-in, at both widths. A page that answered a POST (a form with
   * errors) cannot be fetched again, so its HTML is checked as the clerk got it.
   */
  const check = async (name: string, options: { asShown?: boolean } = {}) => {
    const context = await browser.newContext({ storageState: await clerk.storageState(), bypassCSP: true });
    try {
      const page = await context.newPage();
      if (options.asShown) {
        await page.goto(`${origin}/manage`);
        await page.setContent(await tab.content(), { waitUntil: 'load' });
      } else {
        const response = await page.goto(tab.url());
        assert.ok(response && response.status() < 400, `${name}: ${tab.url()} answered ${response?.status()}`);
      }
      failures.push(...(await checkPageAtWidths(page, name, (viewport) => path.join(screenshotDir, `${name}-${viewport.name}.png`))));
      checked.push(name);
    } finally {
      await context.close();
    }
  };

  /** Clicks a form's button and waits for the page the POST leads to (redirects to a #fragment included). */
  const submit = async (button: string | RegExp) => {
    const posted = tab.waitForResponse((response) => response.request().method() === 'POST');
    await tab.getByRole('button', { name: button, exact: true }).click();
    await posted;
    await tab.waitForLoadState('load');
  };
  const agendaTitles = () => tab.locator('.gavel-agenda-builder__item h3').allInnerTexts();

  it('signs in and sees what is due on the dashboard', async () => {
    clerk = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
    tab = await clerk.newPage();
    await tab.goto(`${origin}/sign-in`);
    await tab.fill('#email', clerkEmail);
    await tab.fill('#password', testPassword);
    await submit('Sign in');
    assert.match(tab.url(), /\/manage$/);
    assert.equal(await tab.locator('#due').innerText(), 'Due and late');
    assert.ok((await tab.locator('[aria-label="Due and late"]').innerText()).includes('Publish the agenda'));
    await check('dashboard');
  });

  it('opens the meeting’s page and adds the standard items in one step', async () => {
    await tab.goto(`${origin}/manage/meetings/${meetingId}`);
    assert.match(await tab.locator('h1').innerText(), new RegExp(meetingDate.slice(0, 4)));
    await check('meeting');
    await tab.getByRole('link', { name: 'Build the agenda' }).click();
    await tab.waitForLoadState('load');
    await check('agenda-empty');
    await submit('Add the standard items');
    assert.deepEqual(await agendaTitles(), [
      'Apologies for absence', 'Named substitutes', 'Declarations of interest', 'Minutes of the previous meeting', 'Action log',
      'Questions from members of the public', 'Questions from councillors', 'Work programme', 'Date of next meeting',
    ]);
  });

  it('adds a report with its author, and fills in its details', async () => {
    await tab.fill('#reportTitle', 'Brackenford Library opening hours');
    await tab.selectOption('#reportAuthor', { label: 'Priya Chandran, Head of Libraries' });
    await submit('Add the report');
    assert.match(tab.url(), /\/manage\/reports\/\d+$/);
    reportId = Number(/(\d+)$/.exec(tab.url())![1]);
    await check('report-new');
    await tab.getByRole('link', { name: 'Change the report’s details' }).click();
    await tab.waitForLoadState('load');
    await check('report-form');
    await tab.fill('#summary', 'To review the opening hours of Brackenford Library after the consultation.');
    await tab.selectOption('#decisionType', 'scrutiny');
    await tab.check('#wardScope-2');
    await tab.getByLabel('Riverside').check();
    await submit('Save the details');
    assert.match(await tab.locator('.govuk-summary-list').first().innerText(), /Riverside/);
  });

  it('uploads the report as a PDF, read into numbered lines', async () => {
    await tab.getByRole('link', { name: 'Upload the report' }).click();
    await tab.waitForLoadState('load');
    await check('report-upload');
    const bytes = await reportPdf('Brackenford Library opening hours', [
      ['1. Purpose', `To review the opening hours of the ${marker} reading room and the library.`, '2. Background', 'A consultation ran for eight weeks.'],
      ['3. Recommendations', 'That Sunday opening be trialled for six months.'],
    ]);
    await tab.setInputFiles('#file', { name: 'library-opening-hours.pdf', mimeType: 'application/pdf', buffer: Buffer.from(bytes) });
    await submit('Upload the report');
    assert.match(await tab.locator('.govuk-notification-banner').innerText(), /Version 1 uploaded: \d+ lines of text read, 2 pages/);
    const document = await database.db.selectFrom('report').select('documentId').where('id', '=', reportId).executeTakeFirstOrThrow();
    documentId = document.documentId!;
    await tab.getByRole('link', { name: 'Read the text, line by line' }).click();
    await tab.waitForLoadState('load');
    assert.ok((await tab.locator('.gavel-document-text').innerText()).includes(marker));
    await check('document-text');
  });

  it('records the three sign-offs and confirms the report is signed off', async () => {
    await tab.goto(`${origin}/manage/reports/${reportId}`);
    const [year, month, day] = today.split('-');
    for (const [role, name] of [['Legal', 'Grace Okafor'], ['Finance', 'Sam Reddy'], ['Governance', 'Ivy Marsh']]) {
      await tab.check(`input[name="reviewerRole"][value="${role}"]`);
      await tab.fill('#reviewerName', name!);
      await tab.fill('#signedOffOn-day', String(Number(day)));
      await tab.fill('#signedOffOn-month', String(Number(month)));
      await tab.fill('#signedOffOn-year', year!);
      await submit('Record the sign-off');
    }
    await submit('Submit to democratic services');
    await submit('Confirm it is signed off');
    assert.match(await tab.locator('#status + p').innerText(), /Signed off/);
    await check('report-signed-off');
  });

  it('moves the report up the agenda with the move buttons, and adds exempt business with the exclusion before it', async () => {
    await tab.goto(`${origin}/manage/meetings/${meetingId}/agenda`);
    let titles = await agendaTitles();
    const at = titles.indexOf('Brackenford Library opening hours');
    assert.equal(titles[at + 1], 'Work programme');
    await submit(/^Move up\W+Brackenford Library opening hours$/);
    assert.match(tab.url(), /#item-\d+$/);
    titles = await agendaTitles();
    assert.equal(titles.indexOf('Brackenford Library opening hours'), at - 1);

    await tab.fill('#itemTitle', 'Library café concession');
    await tab.check('#itemClassification-2');
    await tab.selectOption('#itemParagraph', '3');
    await submit('Add the item');
    titles = await agendaTitles();
    assert.deepEqual(titles.slice(-2), ['Exclusion of the press and public', 'Library café concession']);
    const numbers = await tab.locator('.gavel-agenda-builder__number').allInnerTexts();
    assert.deepEqual(numbers.slice(0, 2), ['Item 1 (minute 1)', 'Item 2 (minute 2)']);
    await check('agenda-built');

    const exemptItem = tab.locator('.gavel-agenda-builder__item').filter({ hasText: 'Library café concession' });
    await exemptItem.getByRole('link', { name: /^Change/ }).click();
    await tab.waitForLoadState('load');
    await check('agenda-item-form');
    await tab.goBack();
    await exemptItem.getByRole('link', { name: /^Remove/ }).click();
    await tab.waitForLoadState('load');
    await check('agenda-item-remove');
    await tab.goto(`${origin}/manage/reports`);
    await check('report-list');
    await tab.goto(`${origin}/manage/meetings/${meetingId}`);
    assert.match(await tab.locator('[aria-label="Reports"]').innerText(), /Brackenford Library opening hours/);
    await check('meeting-built');
  });

  it('shows an error beside the field when a report is added without a title', async () => {
    await tab.goto(`${origin}/manage/meetings/${meetingId}/agenda`);
    await submit('Add the report');
    assert.equal(await tab.locator('.govuk-error-summary a').first().getAttribute('href'), '#reportTitle');
    await check('agenda-error', { asShown: true });
  });

  it('keeps the report off the public portal until the agenda is published, then search finds its text', async () => {
    const visitor = await browser.newContext();
    const page = await visitor.newPage();
    const searchFor = async () => {
      await page.goto(`${origin}/search?q=${marker}`);
      return page.locator('main').innerText();
    };
    assert.ok(!(await searchFor()).includes('Brackenford Library opening hours'));
    assert.equal((await page.goto(`${origin}/documents/${documentId}`))?.status(), 404);

    await tab.goto(`${origin}/manage/meetings/${meetingId}/publish`);
    await submit('Publish the agenda');
    const meeting = await database.db.selectFrom('meeting').select(['status', 'agendaPublishedAt']).where('id', '=', meetingId).executeTakeFirstOrThrow();
    assert.equal(meeting.status, 'agenda-published');

    assert.ok((await searchFor()).includes('Brackenford Library opening hours'));
    await page.getByRole('link', { name: /Brackenford Library opening hours/ }).first().click();
    await page.waitForLoadState();
    assert.match(page.url(), new RegExp(`/documents/${documentId}(#L\\d+)?$`));
    assert.ok((await page.locator('main').innerText()).includes(`${marker} reading room`));
    await visitor.close();

    // Published: the builder now says changes go in a supplement.
    await tab.goto(`${origin}/manage/meetings/${meetingId}/agenda`);
    assert.match(await tab.locator('.govuk-inset-text').innerText(), /supplement/);
    await check('agenda-published');
  });

  it('has no WCAG 2.2 A/AA violations and no sideways scrolling on any page checked', () => {
    assert.ok(checked.length >= 15, `checked only ${checked.join(', ')}`);
    assert.deepEqual(failures, []);
  });
});
