import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { FastifyInstance } from 'fastify';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { extractText, getDocumentProxy } from 'unpdf';
import { addDays, dayOfWeek } from '../../src/deadlines/days.ts';
import { londonDayOf } from '../../src/deadlines/london-time.ts';
import { buildApp } from '../../src/web/app.ts';
import { formatDateLong as longDate } from '../../src/web/format.ts';
import { insertCommittee, insertCouncil, insertPerson } from '../factories.ts';
import { openTestDatabase, type TestDatabaseHandle } from '../support/database.ts';
import { sendQueuedEmails, startTestSmtpServer, type TestSmtpServer } from '../support/smtp.ts';
import { insertStaff, testPassword } from '../support/staff.ts';
import { browserUnavailable, checkedViewports, checkPageAtWidths, freePort, launchBrowser } from './browser.ts';

const screenshotDir = path.resolve('screenshots', 'committee-cycle');

// Publishing and approval run on the real clock, so the meetings are set from today: two Tuesdays six weeks apart, the first three weeks or so ahead.
const realToday = londonDayOf(new Date());
const firstMeeting = (() => {
  let day = addDays(realToday, 21);
  while (dayOfWeek(day) !== 2) day = addDays(day, 1);
  return day;
})();
const secondMeeting = addDays(firstMeeting, 42);
const actionDue = addDays(firstMeeting, 28);
const committeeSlug = 'environment-scrutiny';
const reportTitle = 'Garden waste collection review';
// Words found only in what the clerk types or uploads, to look for on the public portal.
const reportMarker = 'Quillmere';
const resolutionMarker = 'Hawkesmoor';

const dayMonthYear = (day: string) => ({ day: String(Number(day.slice(8, 10))), month: String(Number(day.slice(5, 7))), year: day.slice(0, 4) });

/** The report as its author would write it in Word: a title, numbered sections, a table of figures and the recommendations. */
async function reportDocument(): Promise<Buffer> {
  const cell = (text: string, bold = false) => new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold })] })] });
  const doc = new Document({
    creator: 'Wendy Harrow',
    title: reportTitle,
    sections: [
      {
        children: [
          new Paragraph({ text: reportTitle, heading: HeadingLevel.TITLE }),
          new Paragraph({ text: 'Report of the Head of Waste and Recycling', heading: HeadingLevel.HEADING_2 }),
          new Paragraph({ text: '1. Purpose of the report', heading: HeadingLevel.HEADING_1 }),
          new Paragraph(`To review the first year of the chargeable garden waste service, including the ${reportMarker} composting pilot, and to ask the committee for its views before the Cabinet sets next year’s charge.`),
          new Paragraph({ text: '2. Background', heading: HeadingLevel.HEADING_1 }),
          new Paragraph('The service began in April with fortnightly collections from March to November. Households pay one charge a year for each brown bin.'),
          new Paragraph('Missed collections fell in the second half of the year once the new rounds settled in.'),
          new Table({
            width: { size: 100, type: WidthType.PERCENTAGE },
            rows: [
              new TableRow({ children: [cell('Measure', true), cell('Target', true), cell('Result', true)] }),
              new TableRow({ children: [cell('Households subscribed'), cell('18,000'), cell('19,240')] }),
              new TableRow({ children: [cell('Missed collections per 100,000'), cell('60'), cell('48')] }),
              new TableRow({ children: [cell('Tonnes composted'), cell('7,500'), cell('7,912')] }),
            ],
          }),
          new Paragraph({ text: '3. Recommendations', heading: HeadingLevel.HEADING_1 }),
          new Paragraph('That the committee comments on the first year of the service and on the proposal to extend collections into December.'),
          new Paragraph({ alignment: AlignmentType.LEFT, children: [new TextRun({ text: 'Contact: Wendy Harrow, Head of Waste and Recycling', italics: true })] }),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}


/**
 * One committee's cycle from start to finish, as a democratic services
 * officer new to Gavel would run it, from nothing but a council and a
 * committee with its members: sign in, schedule two meetings, build the
 * first one's agenda with the standard items and a report, upload the
 * report in Word, have it signed off, publish the agenda pack (and read the
 * public PDF back), record attendance with apologies and a substitute, a
 * declaration and a minute with a resolution, a lettered recommendation
 * and an action; publish the draft minutes; approve them at the second
 * meeting, which locks them; then, as a resident with no session, find it
 * all on the public portal. The clerk's browser has JavaScript off; every
 * page is checked with axe-core (WCAG 2.2 A/AA) at 1280 and 320 px with
 * JavaScript on, for sideways scrolling at 320 px, and screenshotted.
 */
describe('a committee’s whole cycle in a browser', { skip: browserUnavailable() ?? false }, () => {
  let database: TestDatabaseHandle;
  let app: FastifyInstance;
  let browser: Browser;
  let smtp: TestSmtpServer;
  let origin: string;
  let clerkEmail: string;
  // The app's idea of today: the cycle moves it on as the meetings are held.
  let today = realToday;
  const people: Record<string, { id: number; email: string | null }> = {};
  const failures: string[] = [];
  const checked: string[] = [];
  let firstId: number;
  let secondId: number;

  before(async () => {
    database = await openTestDatabase('pglite');
    const db = database.db;
    await insertCouncil(db, { name: 'Fenbridge Borough Council', shortName: 'Fenbridge', slug: 'fenbridge', email: 'democratic.services@fenbridge.example', phone: '01632 960321' });
    const [labour, libDems] = await db
      .insertInto('politicalGroup')
      .values([
        { name: 'Fenbridge Labour Group', shortName: 'Labour', slug: 'labour', colour: null },
        { name: 'Fenbridge Liberal Democrats', shortName: 'Liberal Democrat', slug: 'liberal-democrats', colour: null },
      ])
      .returning('id')
      .execute();
    const committee = await insertCommittee(db, { name: 'Environment Scrutiny Committee', slug: committeeSlug, kind: 'scrutiny' });
    await db.updateTable('committee').set({ purpose: 'Scrutinises waste, recycling, parks and climate action.', defaultVenue: 'Council Chamber, Fenbridge Guildhall', contactName: 'Democratic Services', contactEmail: 'democratic.services@fenbridge.example', contactPhone: '01632 960321' }).where('id', '=', committee.id).execute();

    const person = async (key: string, fullName: string, kind: 'councillor' | 'officer', extra: { groupId?: number; jobTitle?: string; directorate?: string } = {}) => {
      const row = await insertPerson(db, { fullName, kind, slug: fullName.toLowerCase().replace(/ /g, '-') });
      const email = `${fullName.toLowerCase().replace(/ /g, '.')}@fenbridge.example`;
      await db.updateTable('person').set({ email, politicalGroupId: extra.groupId ?? null, jobTitle: extra.jobTitle ?? null, directorate: extra.directorate ?? null }).where('id', '=', row.id).execute();
      people[key] = { id: row.id, email };
      return row;
    };
    await person('chair', 'Maud Ellery', 'councillor', { groupId: labour!.id });
    await person('vice', 'Tomas Brightwell', 'councillor', { groupId: libDems!.id });
    await person('apologies', 'Nia Okonjo', 'councillor', { groupId: labour!.id });
    await person('declares', 'Ravi Dunmore', 'councillor', { groupId: libDems!.id });
    await person('member', 'Sian Featherstone', 'councillor', { groupId: labour!.id });
    await person('substitute', 'Owen Castell', 'councillor', { groupId: labour!.id });
    await person('officer', 'Wendy Harrow', 'officer', { jobTitle: 'Head of Waste and Recycling', directorate: 'Environment' });
    const membership = (key: string, role: 'chair' | 'vice-chair' | 'member', isSubstitute = false) => ({
      committeeId: committee.id,
      personId: people[key]!.id,
      role,
      memberType: 'councillor' as const,
      isSubstitute,
      represents: null,
      startsOn: addDays(realToday, -200),
      endsOn: null,
      sourceDocumentId: null,
      sourceLineFrom: null,
      sourceLineTo: null,
    });
    await db
      .insertInto('membership')
      .values([membership('chair', 'chair'), membership('vice', 'vice-chair'), membership('apologies', 'member'), membership('declares', 'member'), membership('member', 'member'), membership('substitute', 'member', true)])
      .execute();
    clerkEmail = (await insertStaff(db, 'democratic-services', { name: 'Jess Marlow' })).email;

    smtp = await startTestSmtpServer();
    // Emails carry links to the portal, so its address is known before it starts.
    const port = await freePort();
    origin = `http://127.0.0.1:${port}`;
    app = await buildApp({ db, config: { publicUrl: origin }, today: () => today });
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

  /** The clerk's browser: JavaScript off, so every step must work without it. */
  let clerk: BrowserContext;
  let tab: Page;
  /** Where pages are checked: JavaScript on, one tab with the clerk's session and one with none, for the public's pages. */
  let staffView: Page;
  let publicView: Page;
  /** The status of the last page each tab was shown. */
  const statuses = new WeakMap<Page, number>();
  const watch = (page: Page) => {
    page.on('response', (response) => {
      if (response.request().isNavigationRequest() && response.frame() === page.mainFrame()) statuses.set(page, response.status());
    });
    return page;
  };
  /** The checks waiting to run, one after another, while the clerk carries on. */
  let checking: Promise<void> = Promise.resolve();

  /**
   * Checks the page `page` is showing now, at both widths, with JavaScript
   * on: the HTML as the clerk or resident got it (with JavaScript off) is
   * served again at its own address to a JavaScript-enabled tab with the
   * same session, or none, so a page a POST answered is checked too. The
   * checks run in turn behind the cycle, which does not wait for them;
   * the last test does.
   */
  const check = async (name: string, page: Page = tab) => {
    const shown = { html: await page.content(), url: page.url().replace(/#.*$/, ''), status: statuses.get(page) };
    const view = page.context() === clerk ? staffView : publicView;
    checking = checking.then(() => inspect(name, view, shown)).catch((error: Error) => void failures.push(`${name}: ${error.message}`));
  };

  const inspect = async (name: string, view: Page, shown: { html: string; url: string; status: number | undefined }) => {
    if (!shown.status || shown.status >= 400) failures.push(`${name}: ${shown.url} answered ${shown.status}`);
    const served = (url: URL) => url.href === shown.url;
    await view.route(served, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: shown.html }));
    try {
      await view.setViewportSize(checkedViewports[0]!);
      await view.goto(shown.url, { waitUntil: 'load' });
      failures.push(...(await checkPageAtWidths(view, name, (viewport) => path.join(screenshotDir, `${name}-${viewport.name}.png`))));
      checked.push(name);
    } finally {
      await view.unroute(served);
    }
  };

  /** Clicks a form's button and waits for the page its POST leads to. */
  const submit = async (button: string | RegExp, page: Page = tab) => {
    const posted = page.waitForResponse((response) => response.request().method() === 'POST');
    await page.getByRole('button', { name: button, exact: true }).click();
    await posted;
    await page.waitForLoadState('load');
  };
  /** Follows a link (or a link styled as a button) by its text, as a person would. */
  const follow = async (name: string | RegExp, options: { role?: 'link' | 'button'; page?: Page } = {}) => {
    const page = options.page ?? tab;
    await page.getByRole(options.role ?? 'link', { name, exact: true }).first().click();
    await page.waitForLoadState('load');
  };
  const fillDate = async (field: string, day: string) => {
    const { day: d, month, year } = dayMonthYear(day);
    await tab.fill(`#${field}-day`, d);
    await tab.fill(`#${field}-month`, month);
    await tab.fill(`#${field}-year`, year);
  };
  const banner = () => tab.locator('.govuk-notification-banner').innerText();
  const main = (page: Page = tab) => page.locator('main').innerText();
  const radio = (name: string, value: string) => tab.check(`input[name="${name}"][value="${value}"]`);

  it('signs in and finds the meetings', async () => {
    clerk = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
    // A step that cannot find what it looks for fails in seconds, not thirty (publishing a pack on a busy machine takes a few).
    clerk.setDefaultTimeout(15_000);
    tab = watch(await clerk.newPage());
    await tab.goto(`${origin}/`);
    await follow('Staff sign in');
    await tab.fill('#email', clerkEmail);
    await tab.fill('#password', testPassword);
    await submit('Sign in');
    assert.match(tab.url(), /\/manage$/);
    const checker = async (options: Parameters<Browser['newContext']>[0]) => {
      const context = await browser.newContext({ ...options, bypassCSP: true });
      context.setDefaultTimeout(10_000);
      return context.newPage();
    };
    staffView = await checker({ storageState: await clerk.storageState() });
    publicView = await checker({});
    await check('dashboard');
  });

  it('schedules the committee’s next two meetings', async () => {
    await follow('Meetings');
    await check('meetings-empty');
    await follow('Add one meeting', { role: 'button' });
    await check('meeting-new');
    for (const [date, time] of [[firstMeeting, '6.30pm'], [secondMeeting, '6.30pm']] as const) {
      await tab.selectOption('#committeeId', { label: 'Environment Scrutiny Committee' });
      await fillDate('date', date);
      await tab.fill('#startTime', time);
      await submit('Add meeting');
      // No municipal year is set up yet: Gavel says so, and the clerk goes on.
      assert.match(await tab.locator('#warnings').innerText(), /No municipal year covers/);
      if (date === firstMeeting) await check('meeting-warning');
      await tab.check('#confirmWarnings');
      await submit('Add meeting');
      assert.match(await banner(), /The meeting is scheduled/);
      // The banner names the meeting, linked to its page.
      assert.match((await tab.locator('.govuk-notification-banner a').getAttribute('href')) ?? '', /^\/manage\/meetings\/\d+$/);
      assert.equal(await tab.locator('.govuk-notification-banner a').innerText(), `Environment Scrutiny Committee, ${longDate(date)}`);
      if (date === firstMeeting) await follow('Add one meeting', { role: 'button' });
    }
    await check('meetings');
    const rows = await tab.locator('table').first().innerText();
    assert.match(rows, new RegExp(`${longDate(firstMeeting)}, 6.30pm[\\s\\S]*${longDate(secondMeeting)}, 6.30pm`));
    const meetings = await database.db.selectFrom('meeting').select(['id', 'date', 'venue']).orderBy('date').execute();
    assert.deepEqual(meetings.map((m) => m.date), [firstMeeting, secondMeeting]);
    [firstId, secondId] = meetings.map((m) => m.id) as [number, number];
  });

  it('builds the first meeting’s agenda: the standard items and a report', async () => {
    await follow(new RegExp(`^${longDate(firstMeeting)}`));
    assert.match(tab.url(), new RegExp(`/manage/meetings/${firstId}$`));
    // The clerk left the venue empty for the committee's usual one, and the page says so.
    assert.match(await tab.locator('.govuk-summary-list').first().innerText(), /Venue\s+Council Chamber, Fenbridge Guildhall \(the committee’s usual venue\)/);
    await check('meeting');
    await follow('Build the agenda');
    await check('agenda-empty');
    await submit('Add the standard items');
    await tab.fill('#reportTitle', reportTitle);
    await tab.selectOption('#reportAuthor', { label: 'Wendy Harrow, Head of Waste and Recycling' });
    await submit('Add the report');
    assert.match(tab.url(), /\/manage\/reports\/\d+$/);
    await check('report-new');
  });

  it('uploads the report as a Word document and has it signed off', async () => {
    await follow('Upload the report');
    await check('report-upload');
    await tab.setInputFiles('#file', { name: 'garden-waste-review.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buffer: await reportDocument() });
    await submit('Upload the report');
    assert.match(await banner(), /Version 1 uploaded: \d+ lines of text read/);
    for (const [role, name] of [['Legal', 'Imran Siddiqui'], ['Finance', 'Carla Benton'], ['Governance', 'Jess Marlow']] as const) {
      await radio('reviewerRole', role);
      await tab.fill('#reviewerName', name);
      await fillDate('signedOffOn', today);
      await submit('Record the sign-off');
    }
    await submit('Submit to democratic services');
    await submit('Confirm it is signed off');
    assert.match(await tab.locator('#status + p').innerText(), /Signed off/);
    await check('report-signed-off');
    await follow('on the agenda');
    const titles = await tab.locator('.gavel-agenda-builder__item h3').allInnerTexts();
    assert.deepEqual(titles, [
      'Apologies for absence', 'Named substitutes', 'Declarations of interest', 'Minutes of the previous meeting', 'Action log',
      'Questions from members of the public', 'Questions from councillors', reportTitle, 'Work programme', 'Date of next meeting',
    ]);
    await check('agenda-built');
  });

  let packText: string[] = [];

  it('publishes the agenda pack, and the public PDF has the front sheet, the agenda with page numbers and the report', async () => {
    // From the agenda as built, on to publishing it.
    await follow('Check and publish the agenda', { role: 'button' });
    assert.match(await main(), /In time/);
    await check('publish-check');
    await submit('Publish the agenda');
    assert.match(await banner(), /Agenda published/);
    await check('papers');

    // The committee's members and substitute are emailed.
    await sendQueuedEmails(database.db, smtp);
    const told = smtp.messages.flatMap((m) => m.envelope.to).sort();
    for (const key of ['chair', 'vice', 'apologies', 'declares', 'member', 'substitute']) assert.ok(told.includes(people[key]!.email!), `${key} was emailed`);

    // A resident downloads the pack from the meeting page.
    const resident = await browser.newContext({ javaScriptEnabled: false });
    const page = watch(await resident.newPage());
    await page.goto(`${origin}/committees/${committeeSlug}/meetings/${firstMeeting}`);
    const link = page.getByRole('link', { name: /agenda pack/i }).first();
    const href = await link.getAttribute('href');
    assert.ok(href, 'the meeting page links the pack');
    const response = await page.request.get(new URL(href, origin).toString());
    assert.equal(response.status(), 200);
    assert.match(response.headers()['content-type'] ?? '', /application\/pdf/);
    const bytes = await response.body();
    await resident.close();
    // The pack and its pages as pictures, beside the screenshots, for people to look at.
    const pdf = path.join(screenshotDir, 'pack.pdf');
    writeFileSync(pdf, bytes);
    if (existsSync('/usr/bin/pdftoppm')) execFileSync('/usr/bin/pdftoppm', ['-png', '-r', '60', pdf, path.join(screenshotDir, 'pack')]);

    const { text } = await extractText(await getDocumentProxy(new Uint8Array(bytes)), { mergePages: false });
    packText = text.map((t) => t.replace(/\s+/g, ' '));
    const [front] = packText;
    assert.match(front!, /Fenbridge Borough Council/);
    assert.match(front!, /Environment Scrutiny Committee/);
    assert.match(front!, new RegExp(longDate(firstMeeting)));
    assert.match(front!, /Council Chamber, Fenbridge Guildhall/);
    assert.match(front!, /Councillor Maud Ellery/);
    const agendaPage = packText.findIndex((t) => /^Agenda Item Business Pages /.test(t));
    assert.ok(agendaPage > 0, 'the agenda follows the front sheet');
    const reportPage = packText.findIndex((t) => t.includes(`${reportMarker} composting pilot`));
    assert.ok(reportPage > agendaPage, 'the report is in the pack after the agenda');
    assert.match(packText[agendaPage]!, new RegExp(`8 ${reportTitle} ${reportPage + 1} 9 Work programme`), 'the agenda gives the report’s page');
    assert.equal(packText[reportPage]!.split(reportTitle).length - 1, 1, 'the report’s title is printed once at its head');
    assert.match(packText[reportPage]!, /Households subscribed 18,000 19,240/);
    packText.forEach((t, i) => assert.match(t, new RegExp(`Page ${i + 1}\\b`), `page ${i + 1} is stamped with its number`));
  });

  it('records attendance: present, apologies and a named substitute in the seat', async () => {
    // The meeting is held.
    today = addDays(firstMeeting, 1);
    await tab.goto(`${origin}/manage/meetings/${firstId}`);
    await follow('Record attendance');
    await check('attendance-empty');
    await radio(`member-${people.chair!.id}`, 'present');
    await radio(`member-${people.vice!.id}`, 'present');
    await radio(`member-${people.apologies!.id}`, 'apologies');
    await radio(`member-${people.declares!.id}`, 'present');
    await radio(`member-${people.member!.id}`, 'present');
    await tab.selectOption(`#substitute-${people.substitute!.id}`, { label: 'In place of Councillor Nia Okonjo' });
    await radio('chair', String(people.chair!.id));
    await submit('Save attendance');
    assert.match(await banner(), /Attendance saved/);
    assert.match(await main(), /Quorate\s+5 voting members present/);
    await tab.selectOption('#personId', { label: 'Wendy Harrow, Head of Waste and Recycling (officer)' });
    await tab.fill('#capacity', 'Head of Waste and Recycling');
    await submit('Add to those in attendance');
    await check('attendance');
  });

  it('records a declaration of interest', async () => {
    await follow('Declarations of interest');
    await tab.selectOption('#personId', { label: 'Councillor Ravi Dunmore' });
    await tab.selectOption('#agendaItemId', { label: `8. ${reportTitle}` });
    await radio('kind', 'other-registrable');
    await tab.fill('#description', 'as a trustee of Fenbridge Community Compost');
    await submit('Record declaration');
    assert.match(await tab.locator('table').innerText(), /Councillor Ravi Dunmore\s+8\. Garden waste collection review\s+Other registrable interest: as a trustee of Fenbridge Community Compost/);
    await check('declarations');
  });

  it('writes the minute with a resolution, a lettered recommendation and an action with its owner and due date', async () => {
    await follow('Minutes');
    await check('minutes-overview');
    await follow(reportTitle);
    await tab.fill('#minutes', 'The Head of Waste and Recycling introduced the review of the first year of the garden waste service.\n\nMembers asked about collections in December and the cost of the composting pilot.');
    await submit('Save minute');
    assert.match(await banner(), /Minute saved/);
    await tab.fill('#resolutionText', `That the report be noted, and the ${resolutionMarker} depot be considered for a second composting site.`);
    await tab.selectOption('#resolutionOutcome', 'carried');
    await submit('Add resolution');
    await tab.fill('#recommendationText', 'That the Cabinet extend garden waste collections into December.');
    await radio('addressedTo', 'executive');
    await tab.fill('#addresseeName', 'Cabinet');
    await submit('Add recommendation');
    assert.match(await tab.locator('.gavel-lettered').innerText(), /\(a\)\s+That the Cabinet extend garden waste collections into December\./);
    await tab.fill('#actionDescription', 'Circulate the composting pilot’s costs to the committee.');
    await tab.selectOption('#owner', { label: 'Wendy Harrow, Head of Waste and Recycling' });
    await fillDate('dueOn', actionDue);
    await submit('Add action');
    assert.match(await tab.locator('[aria-label="Actions for this item"]').innerText(), /Circulate the composting pilot’s costs to the committee\.\s+Wendy Harrow/);
    await check('minute-item');
    await sendQueuedEmails(database.db, smtp);
    assert.ok(smtp.messages.some((m) => m.envelope.to.includes(people.officer!.email!) && /action/i.test(m.parsed.subject ?? '')), 'the action’s owner is emailed');
  });

  it('publishes the draft minutes', async () => {
    await follow('All items in these minutes');
    await submit('Publish draft minutes');
    assert.match(await banner(), /Draft minutes published/);
    await check('minutes-published');
    const resident = await browser.newContext({ javaScriptEnabled: false });
    const page = await resident.newPage();
    await page.goto(`${origin}/committees/${committeeSlug}/meetings/${firstMeeting}`);
    assert.match(await page.locator('#minutes + .govuk-warning-text').innerText(), /These minutes are a draft/);
    await resident.close();
  });

  it('approves them at the second meeting, and they lock', async () => {
    await tab.goto(`${origin}/manage/meetings/${secondId}`);
    await follow('Build the agenda');
    await submit('Add the standard items');
    await follow('Check and publish the agenda', { role: 'button' });
    await submit('Publish the agenda');
    assert.match(await banner(), /Agenda published/);

    // The second meeting is held.
    today = secondMeeting;
    await tab.goto(`${origin}/manage/meetings/${secondId}`);
    await follow('Write the minutes');
    await check('second-minutes-overview');
    await follow(/^Record it under item/);
    await check('approval-form');
    await submit('Record that these minutes were approved');
    assert.match(await banner(), /Approval recorded/);
    await check('approval-recorded');

    await tab.goto(`${origin}/manage/meetings/${firstId}/minutes`);
    await follow(reportTitle);
    assert.equal(await tab.locator('.govuk-inset-text').innerText(), `These minutes were approved as a correct record on ${longDate(secondMeeting)}, so they can no longer be changed.`);
    assert.equal(await tab.locator('main form').count(), 0);
    await check('minute-locked');
  });

  it('shows a resident the meeting, the action log, the recommendation, and finds the resolution by search', async () => {
    const resident = await browser.newContext({ javaScriptEnabled: false });
    const page = watch(await resident.newPage());
    await page.goto(`${origin}/`);
    await follow('Committees', { page });
    await follow('Environment Scrutiny Committee', { page });
    await check('public-committee', page);
    await follow(new RegExp(longDate(firstMeeting)), { page });
    const meeting = await main(page);
    assert.match(meeting, /Venue\s+Council Chamber, Fenbridge Guildhall/);
    assert.doesNotMatch(meeting, /These minutes are a draft/);
    assert.match(meeting, new RegExp(`Approved as a correct record at the meeting on ${longDate(secondMeeting)}`));
    assert.match(meeting, /Present[\s\S]*Councillor Maud Ellery \(chair\)/);
    assert.match(meeting, /Councillor Owen Castell, substituting for Nia Okonjo/);
    assert.match(meeting, /Apologies[\s\S]*Councillor Nia Okonjo/);
    assert.match(meeting, /Councillor Ravi Dunmore[\s\S]*trustee of Fenbridge Community Compost/);
    assert.match(meeting, new RegExp(`${resolutionMarker} depot`));
    assert.match(meeting, /\(a\)\s+That the Cabinet extend garden waste collections into December\./);
    await check('public-meeting', page);

    await follow('Environment Scrutiny Committee', { page });
    await follow('Action log', { page });
    assert.match(await main(page), /Circulate the composting pilot’s costs to the committee\.[\s\S]*Wendy Harrow/);
    await check('public-actions', page);
    await follow('Recommendations', { page });
    assert.match(await main(page), /That the Cabinet extend garden waste collections into December\./);
    await check('public-recommendations', page);

    await page.goto(`${origin}/`);
    await page.fill('input[name="q"]', resolutionMarker);
    await page.locator('form[action="/search"] button').first().click();
    await page.waitForLoadState('load');
    const results = await main(page);
    assert.match(results, new RegExp(`${resolutionMarker} depot`));
    await check('public-search', page);
    // The report's text is found too, now that it is published.
    await page.goto(`${origin}/search?q=${reportMarker}`);
    assert.match(await main(page), new RegExp(reportTitle));
    await resident.close();
  });

  it('has no WCAG 2.2 A/AA violations and no sideways scrolling on any page checked', async () => {
    await checking;
    assert.ok(checked.length >= 28, `checked only ${checked.join(', ')}`);
    assert.deepEqual(failures, []);
  });
});
