import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { addDays } from '../../src/deadlines/days.ts';
import { londonDayOf } from '../../src/deadlines/london-time.ts';
import { seedMeetingRecord } from '../../src/minutes/meeting-record-fixture.ts';
import { buildTestApp } from '../build-test-app.ts';
import { insertAgendaItem } from '../factories.ts';
import { openTestDatabase, type TestDatabaseHandle } from '../support/database.ts';
import { insertStaff, testPassword } from '../support/staff.ts';
import { browserUnavailable, checkPageAtWidths, launchBrowser } from './browser.ts';

const screenshotDir = path.resolve('screenshots', 'meeting-record');
// Publishing, approval and the question deadline run on the real clock, so the meetings are set from today.
const today = londonDayOf(new Date());
const earlier = addDays(today, -28);
const next = addDays(today, -1);
const upcoming = addDays(today, 40);

/**
 * A clerk records a meeting in Chromium with JavaScript switched off:
 * attendance with a substitute, the chair and an officer in attendance, a
 * declaration, a minute with a resolution and a recorded vote, a lettered
 * recommendation and an action; publishes the draft minutes; the next
 * meeting approves them with a correction; the public portal shows them.
 * A resident asks a question without JavaScript, and the clerk accepts it.
 * Every page built here is checked with axe-core (WCAG 2.2 A/AA) at 1280
 * and 320 px, with JavaScript on, and screenshotted.
 */
describe('recording a meeting in a browser', { skip: browserUnavailable() ?? false }, () => {
  let database: TestDatabaseHandle;
  let app: FastifyInstance;
  let browser: Browser;
  let origin: string;
  let clerkEmail: string;
  let seed: Awaited<ReturnType<typeof seedMeetingRecord>>;
  let upcomingId: number;
  const failures: string[] = [];
  const checked: string[] = [];

  before(async () => {
    database = await openTestDatabase('pglite');
    const db = database.db;
    seed = await seedMeetingRecord(db);
    const move = (id: number, date: string) => db.updateTable('meeting').set({ date, slug: date, startsAt: null }).where('id', '=', id).execute();
    await move(seed.january.meeting.id, earlier);
    await move(seed.march.meeting.id, next);
    const meeting = await db
      .insertInto('meeting')
      .values({ committeeId: seed.committee.id, municipalYearId: null, slug: upcoming, date: upcoming, startsAt: null, endsAt: null, venue: 'Council Chamber', remoteLink: null, videoUrl: null, status: 'agenda-published', agendaPublishedAt: null, minutesPublishedAt: null, minutesApprovedAt: null, minutesApprovedByMeetingId: null, cancellationReason: null, sourceDocumentId: null, sourceLineFrom: null, sourceLineTo: null })
      .returning('id')
      .executeTakeFirstOrThrow();
    upcomingId = meeting.id;
    const questions = await insertAgendaItem(db, upcomingId, 1, { title: 'Questions from members of the public' });
    await db.updateTable('agendaItem').set({ standardKind: 'public-questions' }).where('id', '=', questions.id).execute();
    clerkEmail = (await insertStaff(db, 'democratic-services', { name: 'Robin Clerk' })).email;
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

  /** Checks a page at both widths in a JavaScript-enabled browser with the same cookies; `asShown` checks the HTML a POST answered with. */
  const check = async (name: string, page: Page = tab, options: { asShown?: boolean } = {}) => {
    const context = await browser.newContext({ storageState: await page.context().storageState(), bypassCSP: true });
    try {
      const view = await context.newPage();
      if (options.asShown) {
        await view.goto(`${origin}/`);
        await view.setContent(await page.content(), { waitUntil: 'load' });
      } else {
        const response = await view.goto(page.url());
        assert.ok(response && response.status() < 400, `${name}: ${page.url()} answered ${response?.status()}`);
      }
      failures.push(...(await checkPageAtWidths(view, name, (viewport) => path.join(screenshotDir, `${name}-${viewport.name}.png`))));
      checked.push(name);
    } finally {
      await context.close();
    }
  };

  const submit = async (button: string, page: Page = tab) => {
    const posted = page.waitForResponse((response) => response.request().method() === 'POST');
    await page.getByRole('button', { name: button, exact: true }).click();
    await posted;
    await page.waitForLoadState('load');
  };
  const meetingUrl = (id: number, rest: string) => `${origin}/manage/meetings/${id}/${rest}`;
  const banner = () => tab.locator('.govuk-notification-banner').innerText();
  const radio = (name: string, value: string) => tab.check(`input[name="${name}"][value="${value}"]`);

  it('signs in as a clerk', async () => {
    clerk = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
    tab = await clerk.newPage();
    await tab.goto(`${origin}/sign-in`);
    await tab.fill('#email', clerkEmail);
    await tab.fill('#password', testPassword);
    await submit('Sign in');
    assert.match(tab.url(), /\/manage$/);
  });

  it('records attendance: apologies, a named substitute in their seat, a member online, the chair', async () => {
    const { people } = seed;
    await tab.goto(meetingUrl(seed.january.meeting.id, 'attendance'));
    await check('attendance-empty');
    await radio(`member-${people.chair.id}`, 'present');
    await radio(`member-${people.vice.id}`, 'present');
    await radio(`member-${people.member.id}`, 'apologies');
    await radio(`member-${people.member2.id}`, 'remote');
    await radio(`member-${people.member3.id}`, 'present');
    await radio(`member-${people.coOptee.id}`, 'present');
    await tab.selectOption(`#substitute-${people.greenSubstitute.id}`, { label: 'In place of Councillor Cara Pike' });
    await submit('Save attendance');
    // Hana Vick is in the Green group, Cara Pike in Labour: the clerk is told, and picks Labour's substitute.
    assert.match(await tab.locator('.govuk-error-summary').innerText(), /Councillor Hana Vick is not in the same political group as Councillor Cara Pike/);
    await check('attendance-error', tab, { asShown: true });
    await tab.selectOption(`#substitute-${people.greenSubstitute.id}`, { label: 'Did not attend' });
    await tab.selectOption(`#substitute-${people.substitute.id}`, { label: 'In place of Councillor Cara Pike' });
    await radio('chair', String(people.chair.id));
    await submit('Save attendance');
    assert.match(await banner(), /Attendance saved/);
    assert.match(await tab.locator('main').innerText(), /Quorate\s+4 voting members present; the quorum is 3\./);
    await tab.selectOption('#personId', { label: 'Ivo Wren, Head of Housing Options (officer)' });
    await tab.fill('#capacity', 'Head of Housing Options');
    await submit('Add to those in attendance');
    assert.match(await tab.locator('table').innerText(), /Ivo Wren\s+Head of Housing Options/);
    await check('attendance');
  });

  it('records a declaration of interest against an item', async () => {
    await tab.getByRole('link', { name: 'Declarations of interest' }).click();
    await tab.waitForLoadState('load');
    await tab.selectOption('#personId', { label: 'Councillor Eli Shaw' });
    await tab.selectOption('#agendaItemId', { label: '5. Temporary accommodation' });
    await tab.check('input[name="kind"][value="other-registrable"]');
    await tab.fill('#description', 'as a trustee of Northwold Housing Advice');
    await submit('Record declaration');
    assert.match(await tab.locator('table').innerText(), /Councillor Eli Shaw\s+5\. Temporary accommodation\s+Other registrable interest: as a trustee of Northwold Housing Advice/);
    await check('declarations');
  });

  it('writes the minute with a resolution and a recorded vote, a lettered recommendation and an action', async () => {
    await tab.getByRole('link', { name: 'Minutes', exact: true }).click();
    await tab.waitForLoadState('load');
    await check('minutes-overview');
    await tab.getByRole('link', { name: 'Temporary accommodation' }).click();
    await tab.waitForLoadState('load');
    await tab.fill('#minutes', 'The Head of Housing Options introduced the report on the use of temporary accommodation.\n\nMembers asked about the cost of bed and breakfast placements.');
    await submit('Save minute');
    assert.match(await banner(), /Minute saved/);
    await tab.fill('#resolutionText', 'RESOLVED: That the report be noted and the Cabinet be asked to respond to the recommendations below.');
    await tab.selectOption('#resolutionOutcome', 'carried');
    await submit('Add resolution');
    await tab.fill('#recommendationText', 'That the Cabinet publish the number of households placed in bed and breakfast each month.');
    await tab.check('input[name="addressedTo"][value="executive"]');
    await tab.fill('#addresseeName', 'Cabinet');
    await submit('Add recommendation');
    assert.match(await tab.locator('.gavel-lettered').innerText(), /\(a\)\s+That the Cabinet publish the number of households placed in bed and breakfast each month\./);
    await tab.fill('#actionDescription', 'Circulate the temporary accommodation figures by ward.');
    await tab.selectOption('#owner', { label: 'Ivo Wren, Head of Housing Options' });
    const due = addDays(today, 21);
    await tab.fill('#dueOn-day', String(Number(due.slice(8, 10))));
    await tab.fill('#dueOn-month', String(Number(due.slice(5, 7))));
    await tab.fill('#dueOn-year', due.slice(0, 4));
    await submit('Add action');
    assert.match(await tab.locator('[aria-label="Actions for this item"]').innerText(), /1\s+in the action log\s+Circulate the temporary accommodation figures by ward\.\s+Ivo Wren\s+Housing and Communities/);
    await check('minute-item');

    await tab.getByRole('link', { name: /Change, or record a vote/ }).click();
    await tab.waitForLoadState('load');
    const { people } = seed;
    await radio(`vote-${people.chair.id}`, 'for');
    await radio(`vote-${people.vice.id}`, 'for');
    await radio(`vote-${people.substitute.id}`, 'against');
    await radio(`vote-${people.member3.id}`, 'abstain');
    assert.equal(await tab.locator(`input[name="vote-${people.member2.id}"]`).count(), 0, 'the member online in England has no vote');
    assert.match(await tab.locator('main').innerText(), /Councillor Dev Rowe attended remotely, which does not count as present, so may not vote/);
    await submit('Save the vote');
    assert.match(await banner(), /Vote recorded/);
    assert.match(await tab.locator('main').innerText(), /2 for, 1 against, 1 abstained\./);
    await check('resolution-vote');
  });

  it('publishes the draft minutes, which the public page shows marked as a draft', async () => {
    await tab.goto(meetingUrl(seed.january.meeting.id, 'minutes'));
    await submit('Publish draft minutes');
    assert.match(await banner(), /Draft minutes published/);
    await check('minutes-published');
    const resident = await browser.newContext({ javaScriptEnabled: false });
    const page = await resident.newPage();
    await page.goto(`${origin}/committees/housing-scrutiny/meetings/${earlier}`);
    assert.match(await page.locator('#minutes + .govuk-warning-text').innerText(), /These minutes are a draft/);
    await resident.close();
  });

  it('approves them at the next meeting with a correction, which locks them', async () => {
    await tab.goto(meetingUrl(seed.march.meeting.id, `minutes/${seed.march.items.minutes.id}`));
    await tab.fill(`#corrections-${seed.january.meeting.id}`, 'Minute 44: Councillor Rowe attended remotely and did not vote.');
    await check('approval-form');
    await submit('Record that these minutes were approved');
    assert.match(await banner(), /Approval recorded/);
    assert.match(await tab.locator('#resolutions ~ .gavel-resolution').first().innerText(), /That the minutes of the meeting held on .* be approved as a correct record, subject to the following correction, and signed by the chair/);
    await check('approval-recorded');

    await tab.goto(meetingUrl(seed.january.meeting.id, `minutes/${seed.january.items.report.id}`));
    assert.match(await tab.locator('.govuk-inset-text').innerText(), /These minutes were approved as a correct record on .*, so they can no longer be changed\./);
    assert.equal(await tab.locator('main form').count(), 0);
    await check('minute-locked');
  });

  it('shows the approved minutes on the public portal, with the recommendation, the action and the correction', async () => {
    const resident = await browser.newContext({ javaScriptEnabled: false });
    const page = await resident.newPage();
    await page.goto(`${origin}/committees/housing-scrutiny/meetings/${earlier}`);
    const minutes = await page.locator('main').innerText();
    assert.doesNotMatch(minutes, /These minutes are a draft/);
    assert.match(minutes, /Approved as a correct record at the meeting on/);
    assert.match(minutes, /Minute 44: Councillor Rowe attended remotely and did not vote\./);
    assert.match(minutes, /\(a\)\s+That the Cabinet publish the number of households placed in bed and breakfast each month\./);
    assert.match(minutes, /Circulate the temporary accommodation figures by ward\./);
    assert.match(minutes, /Recorded vote\. For \(2\): Councillor Bryn Hollis, Councillor Ada Marsh\. Against \(1\): Councillor Gil Upton\. Abstained \(1\): Councillor Eli Shaw\./);
    assert.match(minutes, /Attended remotely as non-voting participants\s+Councillor Dev Rowe/);
    assert.match(minutes, /Councillor Gil Upton, substituting for Cara Pike/);
    await check('public-minutes', page);
    await resident.close();
  });

  it('lets a resident ask a question without JavaScript, and the clerk accept it onto the agenda', async () => {
    const resident = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 320, height: 800 } });
    const page = await resident.newPage();
    await page.goto(`${origin}/committees/housing-scrutiny/meetings/${upcoming}`);
    await page.getByRole('link', { name: 'Ask a question' }).click();
    await page.waitForLoadState('load');
    await check('question-form', page);
    await submit('Send question', page);
    assert.match(await page.locator('.govuk-error-summary').innerText(), /Enter your name/);
    await check('question-form-errors', page, { asShown: true });
    await page.fill('#name', 'Pat Holloway');
    await page.fill('#email', 'pat.holloway@example.com');
    await page.fill('#question', 'How many homes will the council build in Riverside ward next year?');
    await page.check('input[name="consent"]');
    // A person takes a few seconds to write a question; the form refuses anything faster.
    await page.waitForTimeout(3200);
    await submit('Send question', page);
    assert.equal(await page.locator('.govuk-panel__title').innerText(), 'Question sent');
    await check('question-sent', page);
    await resident.close();

    await tab.goto(meetingUrl(upcomingId, 'questions'));
    await check('questions-triage');
    await tab.getByRole('link', { name: 'Pat Holloway' }).click();
    await tab.waitForLoadState('load');
    await check('question');
    await submit('Accept and publish on the agenda');
    assert.match(await banner(), /Question accepted/);

    const reader = await browser.newContext({ javaScriptEnabled: false });
    const agenda = await reader.newPage();
    await agenda.goto(`${origin}/committees/housing-scrutiny/meetings/${upcoming}`);
    assert.match(await agenda.locator('.gavel-question').innerText(), /Question from Pat Holloway: How many homes will the council build in Riverside ward next year\?/);
    assert.doesNotMatch(await agenda.content(), /pat\.holloway@example\.com/);
    await check('public-agenda-question', agenda);
    await reader.close();
  });

  it('has no WCAG 2.2 A/AA violations and no sideways scrolling on any page checked', () => {
    assert.ok(checked.length >= 17, `checked ${checked.join(', ')}`);
    assert.deepEqual(failures, []);
  });
});
