import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { buildTestApp, textOf } from '../../../test/build-test-app.ts';
import { openTestDatabase, type TestDatabaseHandle } from '../../../test/support/database.ts';
import { signedInAs } from '../../../test/support/staff.ts';
import { type AgendaCouncil, seedAgendaCouncil } from '../agenda-fixtures.ts';

describe('reports in the back office', () => {
  let database: TestDatabaseHandle;
  let app: FastifyInstance;
  let council: AgendaCouncil;
  let mine: number;
  let theirs: number;
  before(async () => {
    database = await openTestDatabase('pglite');
    council = await seedAgendaCouncil(database.db);
    app = await buildTestApp(database);
    const clerk = await signedInAs(app, database.db, 'democratic-services');
    await clerk.get(`/manage/meetings/${council.march.id}/agenda`);
    const add = async (title: string, author: number) => {
      const response = await clerk.post(`/manage/meetings/${council.march.id}/agenda/reports`, { reportTitle: title, reportAuthor: String(author), reportLeadOfficer: '', reportClassification: 'open', reportParagraph: '' });
      return Number(/\/manage\/reports\/(\d+)$/.exec(String(response.headers.location))![1]);
    };
    mine = await add('Library opening hours', council.author.id);
    theirs = await add('Play areas renewal', council.otherAuthor.id);
  });
  after(async () => {
    await app.close();
    await database.close();
  });

  const reportRow = (id: number) => database.db.selectFrom('report').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  const details = (over: Record<string, string | string[]> = {}) => ({
    reportTitle: 'Library opening hours',
    summary: 'To review the opening hours of Brackenford Library.',
    directorate: 'Communities',
    reportClassification: 'open',
    reportParagraph: '',
    decisionType: 'scrutiny',
    keyDecision: 'no',
    forwardPlanEntry: '',
    wardScope: 'some',
    wards: [String(council.wards.riverside.id)],
    ...over,
  });

  it('lists a report author’s own reports only', async () => {
    const author = await signedInAs(app, database.db, 'report-author', { personId: council.author.id });
    const { $ } = await author.get('/manage/reports');
    assert.equal(textOf($, 'h1'), 'Your reports');
    assert.deepEqual($('tbody tr td:nth-child(2) > a').map((_, a) => $(a).text()).get(), ['Library opening hours']);
    const clerk = await signedInAs(app, database.db, 'democratic-services');
    const all = await clerk.get('/manage/reports');
    assert.equal(textOf(all.$, 'h1'), 'Reports');
    assert.deepEqual(all.$('tbody tr td:nth-child(2) > a').map((_, a) => all.$(a).text()).get(), ['Library opening hours', 'Play areas renewal']);
  });

  it('lets the author change their report’s details, but not who it is assigned to', async () => {
    const author = await signedInAs(app, database.db, 'report-author', { personId: council.author.id });
    const form = await author.get(`/manage/reports/${mine}/edit`);
    assert.equal(form.$('select#author').length, 0, 'no author field for an author');
    const response = await author.post(`/manage/reports/${mine}`, details({ author: String(council.otherAuthor.id), leadOfficer: String(council.otherAuthor.id) }));
    assert.equal(response.statusCode, 303);
    const saved = await reportRow(mine);
    assert.equal(saved.summary, 'To review the opening hours of Brackenford Library.');
    assert.equal(saved.decisionType, 'scrutiny');
    assert.equal(saved.authorPersonId, council.author.id, 'a crafted request cannot hand the report on');
    assert.equal(saved.leadOfficerPersonId, null);
    const wards = await database.db.selectFrom('reportWard').select('wardId').where('reportId', '=', mine).execute();
    assert.deepEqual(wards.map((w) => w.wardId), [council.wards.riverside.id]);
    const page = await author.get(`/manage/reports/${mine}`);
    assert.match(textOf(page.$, '.govuk-summary-list'), /Wards affected\s*Riverside/);
  });

  it('refuses an author another author’s report, through its pages and direct POSTs', async () => {
    const author = await signedInAs(app, database.db, 'report-author', { personId: council.author.id });
    await author.get(`/manage/reports/${theirs}`);
    await author.get(`/manage/reports/${theirs}/edit`, 403);
    const before = await reportRow(theirs);
    for (const [url, form] of [
      [`/manage/reports/${theirs}`, details({ reportTitle: 'Taken over' })],
      [`/manage/reports/${theirs}/sign-offs`, { reviewerRole: 'Legal', reviewerName: 'Grace Okafor', 'signedOffOn-day': '1', 'signedOffOn-month': '3', 'signedOffOn-year': '2026' }],
      [`/manage/reports/${theirs}/status`, { step: 'submit' }],
    ] as const) {
      assert.equal((await author.post(url, form)).statusCode, 403, url);
    }
    assert.deepEqual(await reportRow(theirs), before);
    assert.equal((await database.db.selectFrom('reportSignOff').select('id').where('reportId', '=', theirs).execute()).length, 0);
  });

  it('lets a councillor and a scrutiny officer read a report, and nothing more', async () => {
    for (const role of ['councillor', 'scrutiny-officer'] as const) {
      const reader = await signedInAs(app, database.db, role);
      const { $ } = await reader.get(`/manage/reports/${mine}`);
      assert.equal(textOf($, 'h1'), 'Library opening hours');
      assert.equal($('a[href$="/edit"]').length, 0);
      assert.equal($('form[action$="/sign-offs"]').length, 0);
      await reader.get(`/manage/reports/${mine}/edit`, 403);
      assert.equal((await reader.post(`/manage/reports/${mine}`, details({ reportTitle: 'Changed' }))).statusCode, 403);
      assert.equal((await reader.post(`/manage/reports/${mine}/status`, { step: 'submit' })).statusCode, 403);
    }
  });

  it('names each field that is wrong, and saves nothing', async () => {
    const clerk = await signedInAs(app, database.db, 'democratic-services');
    await clerk.get(`/manage/reports/${mine}/edit`);
    const response = await clerk.post(`/manage/reports/${mine}`, details({ reportTitle: '', reportClassification: 'exempt', keyDecision: 'yes', decisionType: 'scrutiny', wardScope: 'some', wards: [] }));
    assert.equal(response.statusCode, 400);
    const $ = (await import('cheerio')).load(response.body);
    assert.deepEqual($('.govuk-error-summary a').map((_, a) => $(a).attr('href')).get(), ['#reportTitle', '#reportParagraph', '#keyDecision', '#wards']);
    assert.match(textOf($, '#keyDecision-error'), /A key decision is an executive decision/);
    assert.equal((await reportRow(mine)).title, 'Library opening hours');
  });

  it('makes the item and the documents exempt with the report, and puts the exclusion item before it', async () => {
    const clerk = await signedInAs(app, database.db, 'democratic-services');
    await clerk.get(`/manage/reports/${theirs}/edit`);
    const response = await clerk.post(`/manage/reports/${theirs}`, details({ reportTitle: 'Play areas renewal', reportClassification: 'exempt', reportParagraph: '3', decisionType: 'executive', keyDecision: 'yes', wardScope: 'all', wards: [] }));
    assert.equal(response.statusCode, 303);
    const report = await reportRow(theirs);
    assert.deepEqual([report.classification, report.exemptParagraph, report.isKeyDecision, report.allWards], ['exempt', 3, true, true]);
    const items = await database.db.selectFrom('agendaItem').select(['id', 'standardKind', 'isExempt', 'exemptParagraph']).where('meetingId', '=', council.march.id).orderBy('position').execute();
    const at = items.findIndex((i) => i.id === report.agendaItemId);
    assert.deepEqual([items[at]!.isExempt, items[at]!.exemptParagraph], [true, 3]);
    assert.equal(items[at - 1]!.standardKind, 'exclusion-of-press-and-public');
    const audit = await database.db.selectFrom('auditEvent').select(['summary', 'before', 'after']).where('entity', '=', 'report').where('entityId', '=', String(theirs)).where('action', '=', 'update').executeTakeFirstOrThrow();
    assert.equal(audit.summary, 'Changed the details of the report “Play areas renewal”');
    assert.equal((audit.before as { classification: string }).classification, 'open');
    assert.equal((audit.after as { classification: string }).classification, 'exempt');
  });

  it('takes a report from draft to submitted to signed off, with sign-offs by legal, finance and governance', async () => {
    const author = await signedInAs(app, database.db, 'report-author', { personId: council.author.id });
    await author.get(`/manage/reports/${mine}`);
    const early = await author.post(`/manage/reports/${mine}/status`, { step: 'submit' });
    assert.equal(early.statusCode, 400);
    assert.match(textOf((await import('cheerio')).load(early.body), '.govuk-error-summary'), /Upload the report before submitting it/);
    // As if uploaded: the upload itself is tested with the upload routes.
    const document = await database.db.insertInto('document').values({ kind: 'report', title: 'Library opening hours', filename: 'library.txt', mediaType: 'text/plain', sha256: 'c'.repeat(64), byteSize: 10, original: Buffer.from('Library'), text: 'Library', exemptParagraph: null, supersedesDocumentId: null, publishedAt: null, importedAt: null, committeeId: council.scrutiny.id, meetingId: council.march.id, agendaItemId: (await reportRow(mine)).agendaItemId }).returning('id').executeTakeFirstOrThrow();
    await database.db.updateTable('report').set({ documentId: document.id }).where('id', '=', mine).execute();
    assert.equal((await author.post(`/manage/reports/${mine}/status`, { step: 'submit' })).statusCode, 303);
    assert.equal((await reportRow(mine)).status, 'submitted');

    const bad = await author.post(`/manage/reports/${mine}/sign-offs`, { reviewerRole: 'Legal', reviewerName: 'grace okafor', 'signedOffOn-day': '31', 'signedOffOn-month': '2', 'signedOffOn-year': '2026' });
    assert.equal(bad.statusCode, 400);
    const $bad = (await import('cheerio')).load(bad.body);
    assert.equal($bad('.govuk-error-summary a').attr('href'), '#signedOffOn-day');
    const future = await author.post(`/manage/reports/${mine}/sign-offs`, { reviewerRole: 'Legal', reviewerName: 'Grace Okafor', 'signedOffOn-day': '3', 'signedOffOn-month': '3', 'signedOffOn-year': '2026' });
    assert.equal(future.statusCode, 400);
    for (const [role, name, day] of [['Legal', 'grace okafor', '20'], ['Finance', 'Sam Reddy', '23']] as const) {
      const response = await author.post(`/manage/reports/${mine}/sign-offs`, { reviewerRole: role, reviewerName: name, 'signedOffOn-day': day, 'signedOffOn-month': '2', 'signedOffOn-year': '2026', comment: role === 'Legal' ? 'Implications paragraph agreed.' : '' });
      assert.equal(response.statusCode, 303);
    }
    const signOffs = await database.db.selectFrom('reportSignOff').select(['reviewerRole', 'reviewerName', 'reviewerPersonId', 'signedOffOn', 'comment']).where('reportId', '=', mine).orderBy('id').execute();
    assert.deepEqual(signOffs, [
      { reviewerRole: 'Legal', reviewerName: 'Grace Okafor', reviewerPersonId: council.solicitor.id, signedOffOn: '2026-02-20', comment: 'Implications paragraph agreed.' },
      { reviewerRole: 'Finance', reviewerName: 'Sam Reddy', reviewerPersonId: null, signedOffOn: '2026-02-23', comment: null },
    ]);

    // Confirming the sign-off is democratic services' step: refused to the author, even by a direct POST.
    assert.equal((await author.post(`/manage/reports/${mine}/status`, { step: 'confirm-sign-off' })).statusCode, 403);
    const clerk = await signedInAs(app, database.db, 'democratic-services');
    const page = await clerk.get(`/manage/reports/${mine}`);
    assert.match(textOf(page.$, '#status + p'), /Still to sign off: Governance/);
    const refused = await clerk.post(`/manage/reports/${mine}/status`, { step: 'confirm-sign-off' });
    assert.equal(refused.statusCode, 400);
    assert.match(textOf((await import('cheerio')).load(refused.body), '.govuk-error-summary'), /still needs signing off by governance/);
    await clerk.post(`/manage/reports/${mine}/sign-offs`, { reviewerRole: 'Governance', reviewerName: 'Ivy Marsh', 'signedOffOn-day': '24', 'signedOffOn-month': '2', 'signedOffOn-year': '2026' });
    // A second legal sign-off replaces the first.
    await clerk.post(`/manage/reports/${mine}/sign-offs`, { reviewerRole: 'Legal', reviewerName: 'Grace Okafor', 'signedOffOn-day': '25', 'signedOffOn-month': '2', 'signedOffOn-year': '2026' });
    assert.equal((await database.db.selectFrom('reportSignOff').select('id').where('reportId', '=', mine).execute()).length, 3);
    assert.equal((await clerk.post(`/manage/reports/${mine}/status`, { step: 'confirm-sign-off' })).statusCode, 303);
    assert.equal((await reportRow(mine)).status, 'signed-off');
    const trail = await database.db.selectFrom('auditEvent').select('action').where('entity', '=', 'report').where('entityId', '=', String(mine)).orderBy('id').execute();
    assert.deepEqual(trail.map((t) => t.action).filter((a) => a !== 'update' && a !== 'create'), ['submit', 'sign-off', 'sign-off', 'sign-off', 'sign-off', 'confirm-sign-off']);
  });

  it('shows the meeting’s deadlines, reports and only the links to pages that exist', async () => {
    const clerk = await signedInAs(app, database.db, 'democratic-services');
    const { $ } = await clerk.get(`/manage/meetings/${council.march.id}`);
    assert.equal(textOf($, 'h1'), 'Thursday 19 March 2026');
    // Reports at noon ten working days before, the agenda with five clear working days, questions at 5pm four working days before.
    const rows = $('[aria-label="Deadlines"] tbody tr').map((_, tr) => $(tr).text().replace(/\s+/g, ' ').trim()).get();
    assert.deepEqual(rows, [
      'Reports due to democratic services 12pm, Thursday 5 March 2026 Upcoming',
      'Agenda published By the end of Wednesday 11 March 2026 Upcoming',
      'Questions close 5pm, Friday 13 March 2026 Upcoming',
    ]);
    assert.match($('[aria-label="Reports"]').text().replace(/\s+/g, ' '), /Library opening hours Priya Chandran Signed off/);
    for (const href of $('h2:contains("What to do next") + ul a').map((_, a) => $(a).attr('href')).get()) {
      const response = await clerk.request('GET', href);
      assert.notEqual(response.statusCode, 404, href);
    }
    assert.ok($(`a[href="/manage/meetings/${council.march.id}/agenda"]`).length > 0);
    // A councillor reads the page without the clerk's links.
    const councillor = await signedInAs(app, database.db, 'councillor');
    const read = await councillor.get(`/manage/meetings/${council.march.id}`);
    assert.equal(read.$(`a[href="/manage/meetings/${council.march.id}/agenda"]`).length, 0);
  });

  it('says the report deadline has no reports to wait for when the agenda has none, rather than that it was met', async () => {
    const clerk = await signedInAs(app, database.db, 'democratic-services');
    const reportDeadline = async (id: number) => {
      const { $ } = await clerk.get(`/manage/meetings/${id}`);
      const row = $('#deadlines + * tbody tr').filter((_, tr) => $(tr).find('th').text().trim() === 'Reports due to democratic services');
      return row.find('.govuk-tag').text().trim();
    };
    assert.equal(await reportDeadline(council.april.id), 'No reports on the agenda');
    assert.notEqual(await reportDeadline(council.march.id), 'No reports on the agenda');
    assert.notEqual(await reportDeadline(council.march.id), '');
  });

  it('gives a meeting that names no venue the committee’s usual one, as the meetings list and the pack do', async () => {
    const clerk = await signedInAs(app, database.db, 'democratic-services');
    const venueOf = async () => {
      const { $ } = await clerk.get(`/manage/meetings/${council.april.id}`);
      return $('.govuk-summary-list__row').filter((_, row) => $(row).find('dt').text().trim() === 'Venue').find('dd').text().replace(/\s+/g, ' ').trim();
    };
    assert.equal(await venueOf(), 'Council Chamber');
    await database.db.updateTable('meeting').set({ venue: null }).where('id', '=', council.april.id).execute();
    try {
      assert.equal(await venueOf(), 'Council Chamber (the committee’s usual venue)');
      await database.db.updateTable('committee').set({ defaultVenue: null }).where('id', '=', council.scrutiny.id).execute();
      assert.equal(await venueOf(), 'Not set');
    } finally {
      await database.db.updateTable('meeting').set({ venue: 'Council Chamber' }).where('id', '=', council.april.id).execute();
      await database.db.updateTable('committee').set({ defaultVenue: 'Council Chamber' }).where('id', '=', council.scrutiny.id).execute();
    }
  });
});
