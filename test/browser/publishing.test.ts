import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { londonDayOf, londonInstant } from '../../src/deadlines/london-time.ts';
import { addWorkingDays, workingCalendar } from '../../src/deadlines/working-calendar.ts';
import { type PublishingMeeting, seedPublishingMeeting } from '../../src/publishing/testing/publishing-fixture.ts';
import { buildTestApp } from '../build-test-app.ts';
import { openTestDatabase, type TestDatabaseHandle } from '../support/database.ts';
import { insertStaff, testPassword } from '../support/staff.ts';
import { browserUnavailable, checkPageAtWidths, launchBrowser } from './browser.ts';

const screenshotDir = path.resolve('screenshots');
// Publishing happens on the real clock, so the meetings are set from today.
const today = londonDayOf(new Date());
const workingDaysAhead = (n: number) => addWorkingDays(workingCalendar('england'), today, n);

/**
 * The publishing pages in Chromium as a clerk uses them: zero WCAG 2.2
 * A/AA violations at 1280 and 320 px, no sideways scrolling, publishing
 * that works without JavaScript, and screenshots to look at.
 */
describe('publishing pages in a browser', { skip: browserUnavailable() ?? false }, () => {
  let database: TestDatabaseHandle;
  let app: FastifyInstance;
  let browser: Browser;
  let origin: string;
  let seeded: PublishingMeeting;
  let lateMeetingId: number;
  let clerkEmail: string;

  before(async () => {
    database = await openTestDatabase('pglite');
    seeded = await seedPublishingMeeting(database.db, { date: workingDaysAhead(12) });
    const lateDate = workingDaysAhead(2);
    const late = await database.db
      .insertInto('meeting')
      .values({ committeeId: seeded.committee.id, municipalYearId: null, slug: lateDate, date: lateDate, startsAt: londonInstant(lateDate, '18:00'), endsAt: null, venue: 'Committee Room 2', remoteLink: null, videoUrl: null, agendaPublishedAt: null, minutesPublishedAt: null, minutesApprovedAt: null, minutesApprovedByMeetingId: null, cancellationReason: null, sourceDocumentId: null, sourceLineFrom: null, sourceLineTo: null })
      .returning('id')
      .executeTakeFirstOrThrow();
    lateMeetingId = late.id;
    const item = await database.db.insertInto('agendaItem').values({ meetingId: late.id, position: 1, number: '1', minuteNumber: null, title: 'Storm damage to the sea wall', description: 'To consider urgent repairs.', standardKind: null, pageFrom: null, pageTo: null, minutes: null, sourceDocumentId: null, sourceLineFrom: null, sourceLineTo: null }).returning('id').executeTakeFirstOrThrow();
    await database.db.insertInto('report').values({ agendaItemId: item.id, title: 'Sea wall repairs', summary: 'The storm breached the sea wall at two places.', authorPersonId: null, authorName: 'Una Selby', leadOfficerPersonId: null, leadOfficerName: null, directorate: 'Place', classification: 'open', exemptParagraph: null, decisionType: 'committee', forwardPlanEntryId: null, documentId: null, status: 'signed-off', sourceDocumentId: null, sourceLineFrom: null, sourceLineTo: null }).execute();
    clerkEmail = (await insertStaff(database.db, 'democratic-services', { name: 'Priya Hallam' })).email;
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

  const signIn = async (context: BrowserContext) => {
    const tab = await context.newPage();
    await tab.goto(`${origin}/sign-in`);
    await tab.fill('#email', clerkEmail);
    await tab.fill('#password', testPassword);
    await Promise.all([tab.waitForURL(/\/manage/), tab.click('button:has-text("Sign in")')]);
    return tab;
  };

  const check = async (tab: Page, name: string, failures: string[]) => {
    failures.push(...(await checkPageAtWidths(tab, name, (viewport) => path.join(screenshotDir, `publishing-${name}-${viewport.name}.png`))));
  };

  it('publishes the agenda, then late papers with the chair’s reasons, without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    try {
      const tab = await signIn(context);
      await tab.goto(`${origin}/manage/meetings/${seeded.meeting.id}/publish`);
      await Promise.all([tab.waitForURL(/\/papers\?published=0$/), tab.click('button:has-text("Publish the agenda")')]);
      assert.match((await tab.locator('.govuk-notification-banner').textContent()) ?? '', /Agenda published/);

      await tab.goto(`${origin}/manage/meetings/${lateMeetingId}/publish`);
      await Promise.all([tab.waitForLoadState(), tab.click('button:has-text("Publish the agenda")')]);
      assert.match((await tab.locator('.govuk-error-summary').textContent()) ?? '', /Enter why the papers could not wait/);
      await tab.fill('#lateReason', 'The storm on Sunday breached the sea wall; repairs must be agreed before the next high tides.');
      await Promise.all([tab.waitForURL(/\/papers\?published=0$/), tab.click('button:has-text("Publish the agenda")')]);
      await tab.goto(`${origin}/committees/${seeded.committee.slug}/meetings/${workingDaysAhead(2)}`);
      assert.match((await tab.locator('.gavel-publications').textContent()) ?? '', /The storm on Sunday breached the sea wall/);
    } finally {
      await context.close();
    }
  });

  it('has no WCAG 2.2 A/AA violations and no sideways scrolling at 1280 and 320 px, before, during and after publishing', async () => {
    // A third meeting of the committee, late and not yet published, for the check page with its error.
    const date = workingDaysAhead(3);
    const { id } = await database.db
      .insertInto('meeting')
      .values({ committeeId: seeded.committee.id, municipalYearId: null, slug: date, date, startsAt: null, endsAt: null, venue: null, remoteLink: null, videoUrl: null, agendaPublishedAt: null, minutesPublishedAt: null, minutesApprovedAt: null, minutesApprovedByMeetingId: null, cancellationReason: null, sourceDocumentId: null, sourceLineFrom: null, sourceLineTo: null })
      .returning('id')
      .executeTakeFirstOrThrow();
    await database.db.insertInto('agendaItem').values({ meetingId: id, position: 1, number: '1', minuteNumber: null, title: 'Apologies for absence', description: null, standardKind: 'apologies', pageFrom: null, pageTo: null, minutes: null, sourceDocumentId: null, sourceLineFrom: null, sourceLineTo: null }).execute();
    const context = await browser.newContext({ bypassCSP: true });
    const failures: string[] = [];
    try {
      const tab = await signIn(context);
      const visit = async (url: string, name: string) => {
        await tab.goto(origin + url);
        await check(tab, name, failures);
      };
      await visit('/manage/publishing', 'meetings');
      await visit(`/manage/meetings/${id}/publish`, 'check-late');
      await Promise.all([tab.waitForLoadState(), tab.click('button:has-text("Publish the agenda")')]);
      await check(tab, 'check-late-error', failures);
      await visit(`/manage/meetings/${seeded.meeting.id}/papers?published=0`, 'papers');
      await visit(`/manage/meetings/${seeded.meeting.id}/publish`, 'check-supplement');
      await visit(`/committees/${seeded.committee.slug}/meetings/${seeded.meeting.slug}`, 'public-meeting');
      await visit(`/committees/${seeded.committee.slug}/meetings/${workingDaysAhead(2)}`, 'public-meeting-late');
      // The agenda check page before publishing, on a fourth meeting in time.
      const later = workingDaysAhead(20);
      const { id: laterId } = await database.db
        .insertInto('meeting')
        .values({ committeeId: seeded.committee.id, municipalYearId: null, slug: later, date: later, startsAt: null, endsAt: null, venue: null, remoteLink: null, videoUrl: null, agendaPublishedAt: null, minutesPublishedAt: null, minutesApprovedAt: null, minutesApprovedByMeetingId: null, cancellationReason: null, sourceDocumentId: null, sourceLineFrom: null, sourceLineTo: null })
        .returning('id')
        .executeTakeFirstOrThrow();
      const items = await database.db.selectFrom('agendaItem').select(['position', 'number', 'title', 'description', 'standardKind', 'isExempt', 'exemptParagraph']).where('meetingId', '=', seeded.meeting.id).orderBy('position').execute();
      const copied = await database.db.insertInto('agendaItem').values(items.map((i) => ({ ...i, meetingId: laterId, minuteNumber: null, pageFrom: null, pageTo: null, minutes: null, sourceDocumentId: null, sourceLineFrom: null, sourceLineTo: null }))).returning(['id', 'position']).execute();
      const reports = await database.db.selectFrom('report as r').innerJoin('agendaItem as i', 'i.id', 'r.agendaItemId').select(['i.position', 'r.title', 'r.summary', 'r.authorName', 'r.classification', 'r.exemptParagraph', 'r.documentId']).where('i.meetingId', '=', seeded.meeting.id).execute();
      await database.db
        .insertInto('report')
        .values(reports.map((r) => ({ agendaItemId: copied.find((c) => c.position === r.position)!.id, title: r.title, summary: r.summary, authorPersonId: null, authorName: r.authorName, leadOfficerPersonId: null, leadOfficerName: null, directorate: null, classification: r.classification, exemptParagraph: r.exemptParagraph, decisionType: null, forwardPlanEntryId: null, documentId: r.documentId, status: r.position === 4 ? ('draft' as const) : ('signed-off' as const), sourceDocumentId: null, sourceLineFrom: null, sourceLineTo: null })))
        .execute();
      await visit(`/manage/meetings/${laterId}/publish`, 'check-agenda');
    } finally {
      await context.close();
    }
    assert.deepEqual(failures, []);
  });

  it('renders the published packs as pictures for people to look at', { skip: existsSync('/usr/bin/pdftoppm') ? false : 'no pdftoppm (apt-get install poppler-utils)' }, async () => {
    const packs = await database.db
      .selectFrom('agendaPublication as p')
      .innerJoin('document as d', (join) => join.on((eb) => eb.or([eb('d.id', '=', eb.ref('p.publicDocumentId')), eb('d.id', '=', eb.ref('p.restrictedDocumentId'))])))
      .select(['d.id', 'd.isExempt', 'd.original', 'p.meetingId'])
      .where('p.meetingId', '=', seeded.meeting.id)
      .execute();
    assert.equal(packs.length, 2);
    for (const pack of packs) {
      const name = pack.isExempt ? 'pack-restricted' : 'pack-agenda';
      const file = path.join(screenshotDir, `${name}.pdf`);
      writeFileSync(file, pack.original!);
      execFileSync('/usr/bin/pdftoppm', ['-png', '-r', '60', file, path.join(screenshotDir, name)]);
    }
  });
});
