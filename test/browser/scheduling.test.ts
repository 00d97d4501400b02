import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { londonInstant } from '../../src/deadlines/london-time.ts';
import { buildTestApp } from '../build-test-app.ts';
import { openTestDatabase, type TestDatabaseHandle } from '../support/database.ts';
import { insertStaff, testPassword } from '../support/staff.ts';
import { browserUnavailable, checkedViewports, checkPageAtWidths, findAccessibilityViolations, launchBrowser, screenshotFullPage } from './browser.ts';

const screenshotDir = path.resolve('screenshots', 'scheduling');
const today = '2026-04-01';
const provenance = { sourceDocumentId: null, sourceLineFrom: null, sourceLineTo: null };

/**
 * A clerk sets up a committee and runs its year in Chromium with JavaScript
 * off, as the pages must work without it: the council's settings, a new
 * committee, a chair and a new co-optee (confirming the voting co-optee
 * warning), a year of meetings from "the second Tuesday, every month except
 * August" previewed and adjusted, one more meeting that double-books a
 * councillor and a room, a meeting moved with its public notice (the old
 * address still works) and one cancelled. Every page is checked with
 * axe-core (WCAG 2.2 A/AA) at 1280 and 320 px with JavaScript on, and
 * screenshotted.
 */
describe('setting up a committee and scheduling its meetings in a browser', { skip: browserUnavailable() ?? false }, () => {
  let database: TestDatabaseHandle;
  let app: FastifyInstance;
  let browser: Browser;
  let origin: string;
  let clerkEmail: string;
  const failures: string[] = [];
  const checked: string[] = [];

  before(async () => {
    database = await openTestDatabase('pglite');
    const db = database.db;
    await db.insertInto('council').values({ name: 'Northwold District Council', shortName: 'Northwold', slug: 'northwold', nation: 'england', website: null, email: 'democratic.services@northwold.example', phone: '01632 960000', address: null }).execute();
    await db.insertInto('municipalYear').values({ label: '2026/27', startsOn: '2026-05-12', endsOn: '2027-05-17' }).execute();
    await db.insertInto('politicalGroup').values([{ name: 'Northwold Independents', slug: 'northwold-independents', shortName: null, colour: null }]).execute();
    const person = (slug: string, fullName: string) => ({ slug, fullName, honorific: 'Councillor', givenName: fullName.split(' ')[0]!, familyName: fullName.split(' ')[1]!, kind: 'councillor' as const, politicalGroupId: null, wardId: null, jobTitle: null, directorate: null, email: null, phone: null, ...provenance });
    const [ada] = await db.insertInto('person').values([person('ada-cole', 'Ada Cole'), person('ben-dale', 'Ben Dale')]).returning('id').execute();
    const planning = await db
      .insertInto('committee')
      .values({ slug: 'planning', name: 'Planning Committee', kind: 'regulatory', parentCommitteeId: null, purpose: null, quorum: 5, contactName: null, contactEmail: null, contactPhone: null, defaultVenue: 'Council Chamber', questionDeadlineWorkingDays: null, questionDeadlineTime: null, reportDeadlineWorkingDays: null, ...provenance })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db.insertInto('membership').values({ committeeId: planning.id, personId: ada!.id, startsOn: '2026-05-12', endsOn: null, represents: null, ...provenance }).execute();
    await db
      .insertInto('meeting')
      .values({ committeeId: planning.id, municipalYearId: null, slug: '2026-06-23', date: '2026-06-23', startsAt: londonInstant('2026-06-23', '18:30'), endsAt: null, kind: 'ordinary', venue: 'Committee Room 2', remoteLink: null, videoUrl: null, agendaPublishedAt: null, minutesPublishedAt: null, minutesApprovedAt: null, minutesApprovedByMeetingId: null, cancellationReason: null, ...provenance })
      .execute();
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

  let clerk: BrowserContext;
  let tab: Page;

  /**
   * Checks the page the clerk is on in a JavaScript-enabled browser with the
   * same sign-in, at both widths. A page that answered a POST (warnings to
   * confirm, errors) is checked as the clerk got it.
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

  /** Clicks a form's button and waits for the page its POST leads to. */
  const submit = async (button: string) => {
    const posted = tab.waitForResponse((response) => response.request().method() === 'POST');
    await tab.getByRole('button', { name: button, exact: true }).click();
    await posted;
    await tab.waitForLoadState('load');
  };
  /** Follows a link styled as a button (GOV.UK's start and secondary buttons). */
  const follow = async (name: string) => {
    await tab.getByRole('button', { name, exact: true }).click();
    await tab.waitForLoadState('load');
  };
  const fillDate = async (name: string, day: string) => {
    const [y, m, d] = day.split('-');
    await tab.fill(`#${name}-day`, String(Number(d)));
    await tab.fill(`#${name}-month`, String(Number(m)));
    await tab.fill(`#${name}-year`, y!);
  };
  const bannerText = () => tab.locator('.govuk-notification-banner').innerText();

  it('signs in and checks the council’s settings', async () => {
    clerk = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
    tab = await clerk.newPage();
    await tab.goto(`${origin}/sign-in`);
    await tab.fill('#email', clerkEmail);
    await tab.fill('#password', testPassword);
    await submit('Sign in');
    await tab.getByRole('link', { name: 'Council settings' }).click();
    await tab.fill('#brandColour', '#ffdd00');
    await submit('Save council settings');
    assert.match(await tab.locator('#brandColour-error').innerText(), /Choose a darker brand colour/);
    await check('council-settings-error', { asShown: true });
    await tab.fill('#brandColour', '#2d5f4e');
    await submit('Save council settings');
    assert.match(await bannerText(), /The council’s details are saved/);
    await check('council-settings');
  });

  it('adds a scrutiny committee with its deadline rules', async () => {
    await tab.getByRole('link', { name: 'Committees', exact: true }).first().click();
    await check('committees');
    await follow('Add a committee');
    await check('committee-new');
    await tab.fill('#name', 'Children and Young People Scrutiny Committee');
    await tab.check('#kind-3');
    await tab.fill('#purpose', 'Scrutinises services for children, young people and schools.');
    await tab.fill('#quorum', '3');
    await tab.fill('#defaultVenue', 'Committee Room 1');
    await tab.fill('#questionDeadlineWorkingDays', '2');
    await tab.fill('#questionDeadlineTime', '5pm');
    await submit('Add committee');
    assert.match(await bannerText(), /The committee is added/);
    assert.match(await tab.locator('.govuk-summary-list').innerText(), /2 working days before the meeting, by 5pm/);
    await check('committee');
  });

  it('adds a chair, and a new voting co-optee once the education warning is confirmed', async () => {
    await follow('Add a member');
    await check('member-new');
    await tab.selectOption('#personId', { label: 'Ada Cole' });
    await tab.check('input[name="role"][value="chair"]');
    await submit('Add member');
    assert.match(await tab.locator('#current-members').innerText(), /Ada Cole\s+Chair/);

    await follow('Add a member');
    await tab.fill('#newFullName', 'Gwen Hart');
    await tab.check('input[name="newKind"][value="co-optee"]');
    await tab.check('input[name="memberType"][value="voting-co-optee"]');
    await tab.fill('#represents', 'Parent governor representative');
    await submit('Add member');
    assert.match(await tab.locator('#warnings').innerText(), /Voting co-optees may vote only on education matters/);
    await check('member-warning', { asShown: true });
    await tab.check('#confirmWarnings');
    await submit('Add member');
    assert.match(await tab.locator('#current-members').innerText(), /Gwen Hart\s+Co-opted member \(voting\)\s+Parent governor representative/);

    await tab.getByRole('link', { name: 'Change Gwen Hart’s membership' }).click();
    await check('member-edit');
    await tab.goBack();
    await tab.getByRole('link', { name: 'End Ada Cole’s membership' }).click();
    await check('member-end');
    await tab.goBack();
  });

  it('shows the municipal years, with the next one suggested', async () => {
    await tab.goto(`${origin}/manage/municipal-years`);
    assert.equal(await tab.inputValue('#label'), '2027/28');
    await check('municipal-years');
  });

  it('schedules the year from a pattern, previewed and adjusted', async () => {
    await tab.goto(`${origin}/manage/committees`);
    await tab.getByRole('link', { name: 'Children and Young People Scrutiny Committee' }).click();
    await follow('Schedule a year of meetings');
    await check('schedule-pattern');
    await tab.fill('#startTime', '6pm');
    await submit('Preview the dates');
    const rows = tab.locator('.gavel-schedule-row');
    assert.equal(await rows.count(), 14);
    assert.match(await rows.nth(0).locator('h2').innerText(), /Tuesday 12 May 2026/);
    await check('schedule-preview', { asShown: true });
    // The clerk moves January's meeting back a week, as the council's offices reopen late.
    await tab.fill('#row-7-date-day', '19');
    await submit('Check the dates again');
    assert.match(await rows.nth(7).locator('input[name="row-7-date-day"]').inputValue(), /^19$/);
    await submit('Schedule 12 meetings');
    assert.match(await bannerText(), /12 meetings are scheduled/);
    await check('meetings');
  });

  it('adds one more meeting, warned that a councillor and a room are booked twice', async () => {
    await follow('Add one meeting');
    await check('meeting-new');
    await fillDate('date', '2026-06-23');
    await tab.fill('#startTime', '7pm');
    await tab.fill('#venue', 'Committee Room 2');
    await tab.check('input[name="kind"][value="extraordinary"]');
    await submit('Add meeting');
    const warnings = await tab.locator('#warnings').innerText();
    assert.match(warnings, /Ada Cole also sits on Planning Committee, which meets at an overlapping time, from 6.30pm on Tuesday 23 June 2026/);
    assert.match(warnings, /Committee Room 2 is booked then for Planning Committee/);
    await check('meeting-warnings', { asShown: true });
    await tab.check('#confirmWarnings');
    await submit('Add meeting');
    assert.match(await bannerText(), /The meeting is scheduled/);
  });

  it('moves a meeting with a public notice, and the old address still leads to it', async () => {
    const meeting = await database.db.selectFrom('meeting').select('id').where('date', '=', '2026-09-08').executeTakeFirstOrThrow();
    await tab.goto(`${origin}/manage/meetings/${meeting.id}/move`);
    await check('meeting-move');
    await fillDate('date', '2026-09-15');
    await tab.fill('#reason', 'The chair is unwell');
    await submit('Continue');
    assert.match(await tab.locator('#warnings .govuk-inset-text').innerText(), /This meeting was moved from Tuesday 8 September 2026 to Tuesday 15 September 2026: The chair is unwell\./);
    await check('meeting-move-notice', { asShown: true });
    await tab.check('#confirmWarnings');
    await submit('Move the meeting');
    assert.match(await bannerText(), /The meeting is moved/);

    const publicPage = await browser.newContext();
    const reader = await publicPage.newPage();
    await reader.goto(`${origin}/committees/children-and-young-people-scrutiny-committee/meetings/2026-09-08`);
    assert.match(reader.url(), /\/meetings\/2026-09-15$/);
    assert.match(await reader.locator('#notices').innerText(), /moved from Tuesday 8 September 2026 to Tuesday 15 September 2026: The chair is unwell/);
    await reader.goto(`${origin}/committees/children-and-young-people-scrutiny-committee`);
    assert.match(await reader.locator('#meeting-changes').innerText(), /moved from Tuesday 8 September 2026/);
    for (const viewport of checkedViewports) {
      await reader.setViewportSize({ width: viewport.width, height: viewport.height });
      for (const v of await findAccessibilityViolations(reader)) failures.push(`public committee page at ${viewport.width}px: ${v.id} ${v.help}`);
      await screenshotFullPage(reader, path.join(screenshotDir, `public-committee-${viewport.name}.png`));
    }
    await reader.goto(`${origin}/committees/children-and-young-people-scrutiny-committee/meetings/2026-09-15`);
    for (const viewport of checkedViewports) {
      await reader.setViewportSize({ width: viewport.width, height: viewport.height });
      for (const v of await findAccessibilityViolations(reader)) failures.push(`public meeting page at ${viewport.width}px: ${v.id} ${v.help}`);
      await screenshotFullPage(reader, path.join(screenshotDir, `public-meeting-moved-${viewport.name}.png`));
    }
    await publicPage.close();
  });

  it('changes one meeting’s details and cancels another', async () => {
    const [october, november] = await database.db.selectFrom('meeting').select('id').where('date', 'in', ['2026-10-13', '2026-11-10']).orderBy('date').execute();
    await tab.goto(`${origin}/manage/meetings/${october!.id}/edit`);
    await check('meeting-edit');
    await tab.fill('#endTime', '8.30pm');
    await submit('Save changes');
    assert.match(await bannerText(), /The meeting’s details are saved/);

    await tab.goto(`${origin}/manage/meetings/${november!.id}/cancel`);
    await check('meeting-cancel');
    await submit('Cancel the meeting');
    assert.match(await tab.locator('#reason-error').innerText(), /Enter the reason/);
    await tab.fill('#reason', 'There is no business to transact');
    await submit('Cancel the meeting');
    assert.match(await bannerText(), /The meeting is cancelled/);
  });

  it('has no WCAG 2.2 A/AA violations and no sideways scrolling on any page it visited', () => {
    assert.ok(checked.length >= 17, `checked only ${checked.join(', ')}`);
    assert.deepEqual(failures, []);
  });
});
