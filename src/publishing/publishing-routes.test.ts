import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import * as cheerio from 'cheerio';
import type { FastifyInstance } from 'fastify';
import { buildTestApp, getPage, textOf } from '../../test/build-test-app.ts';
import { openTestDatabase, type TestDatabaseHandle } from '../../test/support/database.ts';
import { signedInAs, TestBrowser } from '../../test/support/staff.ts';
import type { StaffRole } from '../accounts/roles.ts';
import { londonDayOf } from '../deadlines/london-time.ts';
import { addWorkingDays, workingCalendar } from '../deadlines/working-calendar.ts';
import { exemptMarker, type PublishingMeeting, seedPublishingMeeting } from './testing/publishing-fixture.ts';

// Publication happens now, on the real clock: meetings are set a number of working days from today.
const today = londonDayOf(new Date());
const workingDaysAhead = (n: number) => addWorkingDays(workingCalendar('england'), today, n);

describe('publishing pages', () => {
  let database: TestDatabaseHandle;
  let app: FastifyInstance;
  let seeded: PublishingMeeting;
  let clerk: Awaited<ReturnType<typeof signedInAs>>;
  const publishUrl = () => `/manage/meetings/${seeded.meeting.id}/publish`;
  before(async () => {
    database = await openTestDatabase('pglite');
    seeded = await seedPublishingMeeting(database.db, { date: workingDaysAhead(15) });
    app = await buildTestApp(database, today);
    clerk = await signedInAs(app, database.db, 'democratic-services', { name: 'Priya Hallam' });
  });
  after(async () => {
    await app.close();
    await database.close();
  });

  for (const role of ['scrutiny-officer', 'report-author', 'councillor', 'administrator'] satisfies StaffRole[]) {
    it(`refuses a ${role} the publishing pages, the preview and the publish button, even by a direct request`, async () => {
      const browser = await signedInAs(app, database.db, role);
      await browser.get(publishUrl(), 403);
      await browser.get(`${publishUrl()}/preview`, 403);
      await browser.get('/manage/publishing', 403);
      await browser.get('/manage/account');
      const response = await browser.post(publishUrl(), { lateReason: 'Because I can' });
      assert.equal(response.statusCode, 403);
      const { status } = await database.db.selectFrom('meeting').select('status').where('id', '=', seeded.meeting.id).executeTakeFirstOrThrow();
      assert.equal(status, 'scheduled');
    });
  }

  it('sends the public to sign in, and publishes nothing for them', async () => {
    const response = await app.inject({ method: 'GET', url: publishUrl() });
    assert.equal(response.statusCode, 303);
    assert.match(String(response.headers.location), /^\/sign-in\?next=/);
    const post = await new TestBrowser(app).post(publishUrl(), {});
    assert.ok([303, 403].includes(post.statusCode), `got ${post.statusCode}`);
    assert.equal(await database.db.selectFrom('agendaPublication').select('id').executeTakeFirst(), undefined);
  });

  it('shows the clerk what will be published, where each report goes, the notice, and who will be told', async () => {
    const { $ } = await clerk.get(publishUrl());
    assert.equal(textOf($, 'h1'), 'Publish the agenda');
    const rows = $('#papers + .gavel-table-scroll tbody tr').map((_, tr) => squash($(tr).text())).get();
    assert.match(rows[1]!, /^2 Minutes of the previous meeting Papers Public pack: Minutes of 10 February \(PDF merged as uploaded\)$/);
    assert.match(rows[2]!, /Highways maintenance programme Papers Public pack: Highways maintenance programme 2026\/27 \(typeset from its summary\)/);
    assert.match(rows[3]!, /Parking strategy To follow To follow: Parking strategy \(draft\)/);
    assert.match(rows[4]!, /Disposal of the Mill Lane depot Exempt Restricted papers: Offers for the Mill Lane depot .* paragraph 3 of Schedule 12A/);
    assert.match(textOf($, '.govuk-summary-list'), /Notice In time 1\d clear working days if published today: in time/);
    assert.match(textOf($, '.govuk-summary-list'), /Who is told 3 members and substitutes of the committee, by email/);
    assert.match(textOf($, 'main'), /Check before publishing .*Parking strategy.* is not signed off \(draft\)/);
    assert.equal($('textarea[name="lateReason"]').length, 0, 'in time: no reason asked for');
    assert.equal(textOf($, 'form[action$="/publish"] button'), 'Publish the agenda');
    assert.doesNotMatch($.html(), new RegExp(exemptMarker));
  });

  it('previews the packs as PDFs without publishing them', async () => {
    const preview = await clerk.get(`${publishUrl()}/preview`);
    assert.equal(preview.response.headers['content-type'], 'application/pdf');
    assert.equal(preview.response.rawPayload.subarray(0, 5).toString(), '%PDF-');
    assert.equal(preview.response.headers['cache-control'], 'private, no-store');
    const restricted = await clerk.get(`${publishUrl()}/preview?pack=restricted`);
    assert.equal(restricted.response.headers['content-type'], 'application/pdf');
    assert.equal(await database.db.selectFrom('agendaPublication').select('id').executeTakeFirst(), undefined);
  });

  let publicPackId: number;
  let restrictedPackId: number;
  it('publishes the agenda and shows the packs to staff', async () => {
    const checked = (await clerk.get(publishUrl())).$('input[name="checked"]').val();
    assert.match(String(checked), /^[0-9a-f]{64}$/);
    const response = await clerk.post(publishUrl(), { checked: String(checked) });
    assert.equal(response.statusCode, 303, response.body.slice(0, 500));
    assert.equal(response.headers.location, `/manage/meetings/${seeded.meeting.id}/papers?published=0`);
    const { $ } = await clerk.get(String(response.headers.location));
    assert.match(textOf($, '.govuk-notification-banner'), /Agenda published/);
    const links = $('a[href^="/manage/packs/"]').map((_, a) => $(a).attr('href')).get();
    assert.equal(links.length, 2);
    const publication = await database.db.selectFrom('agendaPublication').selectAll().executeTakeFirstOrThrow();
    publicPackId = publication.publicDocumentId!;
    restrictedPackId = publication.restrictedDocumentId!;
    assert.deepEqual(links, [`/manage/packs/${publicPackId}`, `/manage/packs/${restrictedPackId}`]);
  });

  it('shows the public when the agenda was published, the pages, and the pack to download', async () => {
    const { $ } = await getPage(app, `/committees/${seeded.committee.slug}/meetings/${seeded.meeting.slug}`);
    assert.match(textOf($, '.gavel-publications'), /Agenda published on \d+ \w+ \d{4}, \d/);
    assert.doesNotMatch(textOf($, '.gavel-publications'), /clear working/, 'in time: no notice is said');
    const download = $('.gavel-publications a[download]').attr('href');
    assert.equal(download, `/documents/${publicPackId}/original`);
    const pdf = await app.inject({ method: 'GET', url: download! });
    assert.equal(pdf.statusCode, 200);
    assert.equal(pdf.headers['content-type'], 'application/pdf');
    const highways = $('.gavel-agenda__item').filter((_, li) => $(li).text().includes('Highways maintenance programme'));
    assert.match(squash(highways.find('.gavel-agenda__pages').text()), /^Pages \d+( - \d+)?$/);
    assert.doesNotMatch($.html(), new RegExp(exemptMarker));
    assert.doesNotMatch($.html(), new RegExp(`/documents/${restrictedPackId}\\b`));
  });

  it('keeps the restricted papers from the public, and gives them to a signed-in councillor', async () => {
    assert.equal((await app.inject({ method: 'GET', url: `/documents/${restrictedPackId}` })).statusCode, 404);
    assert.equal((await app.inject({ method: 'GET', url: `/documents/${restrictedPackId}/original` })).statusCode, 404);
    const anonymous = await app.inject({ method: 'GET', url: `/manage/packs/${restrictedPackId}` });
    assert.equal(anonymous.statusCode, 303);
    const councillor = await signedInAs(app, database.db, 'councillor');
    const { response } = await councillor.get(`/manage/packs/${restrictedPackId}`);
    assert.equal(response.headers['content-type'], 'application/pdf');
    assert.equal(response.headers['cache-control'], 'private, no-store');
    assert.match(String(response.headers['content-disposition']), /restricted-papers\.pdf/);
    const { $ } = await councillor.get(`/manage/meetings/${seeded.meeting.id}/papers`);
    assert.equal($('a[href^="/manage/packs/"]').length, 2);
    assert.equal($(`a[href="${publishUrl()}"]`).length, 0, 'a councillor cannot publish');
  });

  it('offers the clerk a supplement next, with nothing in it yet', async () => {
    const { $ } = await clerk.get(publishUrl());
    assert.equal(textOf($, 'h1'), 'Publish supplement 1');
    assert.match(textOf($, 'main'), /There is nothing new to publish/);
    assert.equal($('form[action$="/publish"]').length, 0);
  });

  it('lists the coming meetings with their deadlines and what is published', async () => {
    const { $ } = await clerk.get('/manage/publishing');
    assert.match(textOf($, 'tbody'), /Place Scrutiny Committee.*Published/);
    assert.equal($('.govuk-service-navigation a[href="/manage/publishing"]').length, 1);
  });
});

describe('publishing late papers', () => {
  let database: TestDatabaseHandle;
  let app: FastifyInstance;
  let seeded: PublishingMeeting;
  before(async () => {
    database = await openTestDatabase('pglite');
    seeded = await seedPublishingMeeting(database.db, { date: workingDaysAhead(2) });
    app = await buildTestApp(database, today);
  });
  after(async () => {
    await app.close();
    await database.close();
  });

  it('asks for the chair’s reasons, names the field when they are missing, and shows them publicly', async () => {
    const clerk = await signedInAs(app, database.db, 'democratic-services');
    const url = `/manage/meetings/${seeded.meeting.id}/publish`;
    const { $ } = await clerk.get(url);
    assert.match(textOf($, '.govuk-summary-list'), /Late 1 clear working day if published today: fewer than 5/);
    assert.equal($('textarea#lateReason').length, 1);

    const missing = await clerk.post(url, { lateReason: '' });
    assert.equal(missing.statusCode, 400);
    const error = cheerio.load(missing.body);
    assert.match(error('title').text(), /^Error: /);
    assert.equal(error('.govuk-error-summary a').attr('href'), '#lateReason');
    assert.match(textOf(error, '#lateReason-error'), /Enter why the papers could not wait/);
    assert.equal(await database.db.selectFrom('agendaPublication').select('id').executeTakeFirst(), undefined);

    const reason = 'The budget figures were confirmed by government only on Friday.';
    const done = await clerk.post(url, { lateReason: reason });
    assert.equal(done.statusCode, 303);
    const page = await getPage(app, `/committees/${seeded.committee.slug}/meetings/${seeded.meeting.slug}`);
    assert.match(textOf(page.$, '.gavel-publications'), new RegExp(`with 1 clear working day’s notice\\. The chair agreed the papers be considered as urgent \\(Local Government Act 1972 s\\.100B\\(4\\)\\) because: ${reason}`));
  });

  it('stops publication while an open item has an exempt report', async () => {
    const clerk = await signedInAs(app, database.db, 'democratic-services');
    const other = await database.db.insertInto('meeting').values({ committeeId: seeded.committee.id, municipalYearId: null, slug: `${seeded.meeting.date}-2`, date: seeded.meeting.date, startsAt: null, endsAt: null, venue: null, remoteLink: null, videoUrl: null, agendaPublishedAt: null, minutesPublishedAt: null, minutesApprovedAt: null, minutesApprovedByMeetingId: null, cancellationReason: null, sourceDocumentId: null, sourceLineFrom: null, sourceLineTo: null }).returning('id').executeTakeFirstOrThrow();
    const item = await database.db.insertInto('agendaItem').values({ meetingId: other.id, position: 1, number: '1', minuteNumber: null, title: 'Contract award', description: null, standardKind: null, pageFrom: null, pageTo: null, minutes: null, sourceDocumentId: null, sourceLineFrom: null, sourceLineTo: null }).returning('id').executeTakeFirstOrThrow();
    await database.db.insertInto('report').values({ agendaItemId: item.id, title: 'Tender evaluation', summary: 'Scores.', authorPersonId: null, authorName: null, leadOfficerPersonId: null, leadOfficerName: null, directorate: null, classification: 'exempt', exemptParagraph: 3, decisionType: null, forwardPlanEntryId: null, documentId: null, status: 'signed-off', sourceDocumentId: null, sourceLineFrom: null, sourceLineTo: null }).execute();
    const url = `/manage/meetings/${other.id}/publish`;
    const { $ } = await clerk.get(url);
    assert.match(textOf($, '#papers-problems'), /Item 1 \(Contract award\) is open but its report “Tender evaluation” is exempt/);
    assert.equal($('form[action$="/publish"]').length, 0);
    const response = await clerk.post(url, { lateReason: 'Urgent' });
    assert.equal(response.statusCode, 400);
    assert.match(textOf(cheerio.load(response.body), '.govuk-error-summary'), /is open but its report “Tender evaluation” is exempt/);
  });
});

function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
