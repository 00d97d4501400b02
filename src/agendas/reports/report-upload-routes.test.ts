import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import * as cheerio from 'cheerio';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../web/app.ts';
import { encryptedPdf } from '../../import/import-test-files.ts';
import { markAgendaPublished, markReportsPublished } from '../../publishing/publishing-repository.ts';
import { getPage, textOf } from '../../../test/build-test-app.ts';
import { openTestDatabase, type TestDatabaseHandle } from '../../../test/support/database.ts';
import { signedInAs, TestBrowser } from '../../../test/support/staff.ts';
import { type AgendaCouncil, seedAgendaCouncil } from '../agenda-fixtures.ts';
import { multipartBody, reportDocx, reportPdf } from './report-test-files.ts';

const pdfType = 'application/pdf';

describe('uploading a report', () => {
  let database: TestDatabaseHandle;
  let app: FastifyInstance;
  let council: AgendaCouncil;
  // A small limit, so "too large" is tested without a large file.
  const maxBytes = 40_000;

  before(async () => {
    database = await openTestDatabase('pglite');
    council = await seedAgendaCouncil(database.db);
    app = await buildApp({ db: database.db, config: { publicUrl: 'http://gavel.test', importMaxBytes: maxBytes }, today: () => '2026-03-02' });
  });
  after(async () => {
    await app.close();
    await database.close();
  });

  let position = 0;
  async function newReport(title: string, over: { classification?: 'open' | 'exempt'; exemptParagraph?: 3 | null; meetingId?: number } = {}) {
    const item = await database.db
      .insertInto('agendaItem')
      .values({ meetingId: over.meetingId ?? council.march.id, position: ++position, number: String(position), minuteNumber: null, title, description: null, standardKind: null, pageFrom: null, pageTo: null, isExempt: over.classification === 'exempt', exemptParagraph: over.exemptParagraph ?? null, minutes: null, sourceDocumentId: null, sourceLineFrom: null, sourceLineTo: null })
      .returning('id')
      .executeTakeFirstOrThrow();
    return database.db
      .insertInto('report')
      .values({ agendaItemId: item.id, title, summary: null, authorPersonId: council.author.id, authorName: council.author.fullName, leadOfficerPersonId: null, leadOfficerName: null, directorate: null, classification: over.classification ?? 'open', exemptParagraph: over.exemptParagraph ?? null, decisionType: null, forwardPlanEntryId: null, documentId: null, sourceDocumentId: null, sourceLineFrom: null, sourceLineTo: null })
      .returningAll()
      .executeTakeFirstOrThrow();
  }

  async function upload(browser: TestBrowser, reportId: number, file: { filename: string; type: string; bytes: Uint8Array } | null, csrf: string | null = browser.csrfToken) {
    const body = await multipartBody(csrf === null ? {} : { _csrf: csrf }, file && { field: 'file', ...file });
    const response = await browser.request('POST', `/manage/reports/${reportId}/upload`, body.payload, body.contentType);
    return { response, $: cheerio.load(response.body) };
  }

  const documentsOf = (agendaItemId: number) => database.db.selectFrom('document').selectAll().where('agendaItemId', '=', agendaItemId).orderBy('version').execute();

  it('stores a PDF’s original bytes, its text with line and page starts, linked to the report, its item and meeting', async () => {
    const report = await newReport('Library opening hours review');
    const author = await signedInAs(app, database.db, 'report-author', { personId: council.author.id });
    await author.get(`/manage/reports/${report.id}/upload`);
    const bytes = await reportPdf('Library opening hours review', [['1. Purpose', 'To review the opening hours of Brackenford Library.'], ['2. Recommendations', 'That Sunday opening be trialled for six months.']]);
    const { response } = await upload(author, report.id, { filename: 'C:\\Reports\\library-hours.pdf', type: pdfType, bytes });
    assert.equal(response.statusCode, 303, response.body.slice(0, 400));
    assert.equal(response.headers.location, `/manage/reports/${report.id}?uploaded=1#document`);
    const [document] = await documentsOf(report.agendaItemId);
    assert.ok(document);
    assert.equal(document.kind, 'report');
    assert.equal(document.filename, 'library-hours.pdf');
    assert.equal(document.mediaType, pdfType);
    assert.deepEqual(Buffer.from(document.original!), Buffer.from(bytes));
    assert.match(document.text, /Sunday opening be trialled/);
    assert.equal(document.pageStarts.length, 2);
    assert.equal(document.lineStarts.length, document.text.split('\n').length);
    assert.equal(document.isExempt, false);
    assert.equal(document.meetingId, council.march.id);
    assert.equal(document.committeeId, council.scrutiny.id);
    assert.equal(document.publishedAt, null);
    const stored = await database.db.selectFrom('report').select(['documentId', 'status']).where('id', '=', report.id).executeTakeFirstOrThrow();
    assert.equal(stored.documentId, document.id);
    const page = await author.get(`/manage/reports/${report.id}?uploaded=1`);
    assert.match(textOf(page.$, '.govuk-notification-banner'), /Version 1 uploaded: \d+ lines of text read, 2 pages/);
    // Staff read the text with line anchors.
    const text = await author.get(`/manage/documents/${document.id}`);
    const line = text.$('li.gavel-document-text__line').filter((_, li) => /Sunday opening/.test(text.$(li).text())).first();
    assert.match(line.attr('id')!, /^L\d+$/);
    assert.equal(text.$('#page-2').length, 1);
    const audit = await database.db.selectFrom('auditEvent').select('summary').where('action', '=', 'upload').where('entityId', '=', String(report.id)).execute();
    assert.deepEqual(audit.map((a) => a.summary), ['Uploaded version 1 of the report “Library opening hours review” (library-hours.pdf)']);
  });

  it('keeps the previous version when the report is replaced, and sends a signed-off report back to submitted', async () => {
    const report = await newReport('Parks maintenance contract');
    const clerk = await signedInAs(app, database.db, 'democratic-services');
    await clerk.get(`/manage/reports/${report.id}/upload`);
    await upload(clerk, report.id, { filename: 'parks.pdf', type: pdfType, bytes: await reportPdf('Parks maintenance contract', [['First draft of the parks report.']]) });
    await database.db.updateTable('report').set({ status: 'signed-off' }).where('id', '=', report.id).execute();
    await clerk.get(`/manage/reports/${report.id}/upload`);
    const docx = await reportDocx('Parks maintenance contract', ['Second draft: the grounds maintenance contract for Hollin Park.']);
    const { response } = await upload(clerk, report.id, { filename: 'parks.docx', type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', bytes: docx });
    assert.equal(response.statusCode, 303);
    const [first, second] = await documentsOf(report.agendaItemId);
    assert.equal(first!.version, 1);
    assert.equal(second!.version, 2);
    assert.equal(second!.supersedesDocumentId, first!.id);
    assert.match(second!.text, /Hollin Park/);
    const stored = await database.db.selectFrom('report').select(['documentId', 'status']).where('id', '=', report.id).executeTakeFirstOrThrow();
    assert.deepEqual(stored, { documentId: second!.id, status: 'submitted' });
    // The same file again changes nothing, and says so.
    await clerk.get(`/manage/reports/${report.id}/upload`);
    const again = await upload(clerk, report.id, { filename: 'parks-copy.docx', type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', bytes: docx });
    assert.equal(again.response.statusCode, 400);
    assert.match(textOf(again.$, '#file-error'), /parks-copy\.docx: this file is the same as the current version \(version 2\)/);
    assert.equal((await documentsOf(report.agendaItemId)).length, 2);
  });

  it('names the file that cannot be read, and stores nothing', async () => {
    const report = await newReport('Leisure centre fees');
    const clerk = await signedInAs(app, database.db, 'democratic-services');
    for (const [filename, bytes, message] of [
      ['locked.pdf', await encryptedPdf(), /locked\.pdf: the PDF is encrypted/],
      ['broken.pdf', new TextEncoder().encode('%PDF-1.7 not really'), /broken\.pdf: the PDF is damaged/],
      ['fees.doc', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 1, 2, 3, 4]), /fees\.doc: an old Word 97-2003/],
      ['empty.txt', new Uint8Array(), null],
    ] as const) {
      await clerk.get(`/manage/reports/${report.id}/upload`);
      const { response, $ } = await upload(clerk, report.id, { filename, type: pdfType, bytes });
      assert.equal(response.statusCode, 400, filename);
      assert.match(textOf($, 'title'), /^Error: /);
      assert.equal($('.govuk-error-summary a').attr('href'), '#file');
      if (message) assert.match(textOf($, '#file-error'), message);
    }
    assert.equal((await documentsOf(report.agendaItemId)).length, 0);
  });

  it('refuses a file over the size limit with a message naming it', async () => {
    const report = await newReport('Town centre strategy');
    const clerk = await signedInAs(app, database.db, 'democratic-services');
    await clerk.get(`/manage/reports/${report.id}/upload`);
    const big = new TextEncoder().encode('Town centre strategy.\n'.repeat(3000));
    assert.ok(big.length > maxBytes);
    const { response, $ } = await upload(clerk, report.id, { filename: 'strategy.txt', type: 'text/plain', bytes: big });
    assert.equal(response.statusCode, 413);
    assert.equal(textOf($, '#file-error'), 'Error: strategy.txt: the file is larger than 40 KB');
    assert.equal((await documentsOf(report.agendaItemId)).length, 0);
  });

  it('asks for a file when none was chosen', async () => {
    const report = await newReport('Allotments review');
    const clerk = await signedInAs(app, database.db, 'democratic-services');
    await clerk.get(`/manage/reports/${report.id}/upload`);
    const { response, $ } = await upload(clerk, report.id, { filename: '', type: 'application/octet-stream', bytes: new Uint8Array() });
    assert.equal(response.statusCode, 400);
    assert.equal(textOf($, '#file-error'), 'Error: Select the report to upload');
  });

  it('checks the CSRF token sent in the multipart body', async () => {
    const report = await newReport('Street lighting');
    const clerk = await signedInAs(app, database.db, 'democratic-services');
    await clerk.get(`/manage/reports/${report.id}/upload`);
    const bytes = await reportPdf('Street lighting', [['LED replacement programme.']]);
    const missing = await upload(clerk, report.id, { filename: 'lighting.pdf', type: pdfType, bytes }, null);
    assert.equal(missing.response.statusCode, 403);
    assert.equal(textOf(missing.$, 'h1'), 'This form has expired');
    const wrong = await upload(clerk, report.id, { filename: 'lighting.pdf', type: pdfType, bytes }, 'not-the-token');
    assert.equal(wrong.response.statusCode, 403);
    assert.equal((await documentsOf(report.agendaItemId)).length, 0);
    assert.equal((await upload(clerk, report.id, { filename: 'lighting.pdf', type: pdfType, bytes })).response.statusCode, 303);
  });

  it('refuses an author the reports of others, a councillor any upload, and the public, before reading the file', async () => {
    const report = await newReport('Cemetery extension');
    const bytes = await reportPdf('Cemetery extension', [['Land north of the cemetery.']]);
    const other = await signedInAs(app, database.db, 'report-author', { personId: council.otherAuthor.id });
    await other.get(`/manage/reports/${report.id}/upload`, 403);
    await other.get('/manage/reports');
    assert.equal((await upload(other, report.id, { filename: 'c.pdf', type: pdfType, bytes })).response.statusCode, 403);
    const councillor = await signedInAs(app, database.db, 'councillor');
    await councillor.get(`/manage/reports/${report.id}/upload`, 403);
    assert.equal((await upload(councillor, report.id, { filename: 'c.pdf', type: pdfType, bytes })).response.statusCode, 403);
    const visitor = new TestBrowser(app);
    const anonymous = await upload(visitor, report.id, { filename: 'c.pdf', type: pdfType, bytes }, null);
    assert.equal(anonymous.response.statusCode, 303);
    assert.match(String(anonymous.response.headers.location), /^\/sign-in/);
    assert.equal((await documentsOf(report.agendaItemId)).length, 0);
  });

  it('keeps an exempt report’s document exempt: staff read it, the public never', async () => {
    const marker = 'Quarrymoorvaluation';
    const report = await newReport('Disposal of the Mill Lane depot', { classification: 'exempt', exemptParagraph: 3 });
    const clerk = await signedInAs(app, database.db, 'democratic-services');
    await clerk.get(`/manage/reports/${report.id}/upload`);
    await upload(clerk, report.id, { filename: 'depot.pdf', type: pdfType, bytes: await reportPdf('Disposal of the Mill Lane depot', [[`The ${marker} is confidential.`]]) });
    const [document] = await documentsOf(report.agendaItemId);
    assert.equal(document!.isExempt, true);
    assert.equal(document!.exemptParagraph, 3);
    const councillor = await signedInAs(app, database.db, 'councillor');
    const staffView = await councillor.get(`/manage/documents/${document!.id}`);
    assert.match(staffView.$('main').text(), new RegExp(marker));
    await getPage(app, `/documents/${document!.id}`, 404);
    await getPage(app, `/documents/${document!.id}/original`, 404);
    // Even once the papers are out.
    await database.db.transaction().execute(async (trx) => {
      await markAgendaPublished(trx, council.march.id, new Date('2026-03-10T09:00:00Z'));
      await markReportsPublished(trx, [report.id], new Date('2026-03-10T09:00:00Z'));
    });
    await getPage(app, `/documents/${document!.id}`, 404);
    const search = await getPage(app, `/search?q=${marker}`);
    assert.doesNotMatch(search.$('main').text(), new RegExp(marker, 'i'));
    await database.db.updateTable('meeting').set({ status: 'scheduled', agendaPublishedAt: null }).where('id', '=', council.march.id).execute();
  });

  it('keeps an open report’s draft off the public website until it is published, then shows and finds it', async () => {
    const meeting = council.cabinetMeeting.id;
    const report = await newReport('Household waste collections', { meetingId: meeting });
    const clerk = await signedInAs(app, database.db, 'democratic-services');
    await clerk.get(`/manage/reports/${report.id}/upload`);
    await upload(clerk, report.id, { filename: 'waste.pdf', type: pdfType, bytes: await reportPdf('Household waste collections', [['Fortnightly Wheeliebinrota collections from June.']]) });
    const [document] = await documentsOf(report.agendaItemId);
    const meetingPage = `/committees/cabinet/meetings/${council.cabinetMeeting.slug}`;
    await getPage(app, `/documents/${document!.id}`, 404);
    await getPage(app, `/documents/${document!.id}/original`, 404);
    assert.equal((await getPage(app, meetingPage)).$(`a[href="/documents/${document!.id}"]`).length, 0);
    assert.doesNotMatch((await getPage(app, '/search?q=Wheeliebinrota')).$('main').text(), /Household waste collections/);
    const api = await app.inject({ method: 'GET', url: `/api/v1/documents/${document!.id}` });
    assert.equal(api.statusCode, 404);

    await database.db.transaction().execute(async (trx) => {
      await markAgendaPublished(trx, meeting, new Date('2026-03-16T09:00:00Z'));
      await markReportsPublished(trx, [report.id], new Date('2026-03-16T09:00:00Z'));
    });
    const published = await getPage(app, `/documents/${document!.id}`);
    assert.match(published.$('main').text(), /Fortnightly Wheeliebinrota collections/);
    assert.equal((await getPage(app, `/documents/${document!.id}/original`)).response.headers['content-type'], pdfType);
    const found = await getPage(app, '/search?q=Wheeliebinrota');
    assert.match(found.$('main').text(), /Household waste collections/);
    assert.equal((await app.inject({ method: 'GET', url: `/api/v1/documents/${document!.id}` })).statusCode, 200);
  });
});
