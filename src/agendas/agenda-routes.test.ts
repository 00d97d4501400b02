import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { buildTestApp, textOf } from '../../test/build-test-app.ts';
import { openTestDatabase, type TestDatabaseHandle } from '../../test/support/database.ts';
import { signedInAs, TestBrowser } from '../../test/support/staff.ts';
import { type AgendaCouncil, seedAgendaCouncil } from './agenda-fixtures.ts';

describe('the agenda builder', () => {
  let database: TestDatabaseHandle;
  let app: FastifyInstance;
  let council: AgendaCouncil;
  before(async () => {
    database = await openTestDatabase('pglite');
    council = await seedAgendaCouncil(database.db);
    app = await buildTestApp(database);
  });
  after(async () => {
    await app.close();
    await database.close();
  });

  const agendaOf = (meetingId: number) =>
    database.db.selectFrom('agendaItem').select(['id', 'number', 'minuteNumber', 'title', 'standardKind', 'isExempt', 'exemptParagraph', 'description']).where('meetingId', '=', meetingId).orderBy('position').execute();

  it('adds a scrutiny committee’s standard items in one step, numbered on from February’s minutes', async () => {
    const clerk = await signedInAs(app, database.db, 'democratic-services');
    const { $ } = await clerk.get(`/manage/meetings/${council.march.id}/agenda`);
    assert.equal(textOf($, 'h1'), 'Agenda');
    assert.match(textOf($, '.gavel-standard-items'), /Apologies for absence, Named substitutes, Declarations of interest/);
    const response = await clerk.post(`/manage/meetings/${council.march.id}/agenda/standard-items`);
    assert.equal(response.statusCode, 303);
    assert.equal(response.headers.location, `/manage/meetings/${council.march.id}/agenda#agenda`);
    const items = await agendaOf(council.march.id);
    assert.deepEqual(items.map((i) => i.standardKind), ['apologies', 'substitutes', 'declarations', 'minutes', 'action-log', 'public-questions', 'councillor-questions', 'work-programme', 'date-of-next-meeting']);
    assert.deepEqual(items.map((i) => i.number), ['1', '2', '3', '4', '5', '6', '7', '8', '9']);
    assert.deepEqual(items.map((i) => i.minuteNumber), ['72', '73', '74', '75', '76', '77', '78', '79', '80']);
    assert.equal(items[3]!.description, 'To approve as a correct record the minutes of the meeting held on Thursday 12 February 2026.');
    assert.equal(items[8]!.description, 'The next meeting is on Tuesday 21 April 2026 at 6.30pm.');
    const page = await clerk.get(`/manage/meetings/${council.march.id}/agenda`);
    assert.equal(page.$('.gavel-standard-items').length, 0, 'nothing left to add');
    const audit = await database.db.selectFrom('auditEvent').select(['action', 'summary']).where('action', '=', 'add-standard-items').execute();
    assert.deepEqual(audit.map((a) => a.summary), ['Added 9 standard items to the agenda for Communities Scrutiny Committee, Thursday 19 March 2026']);
  });

  it('adds a report item before the closing items, with its author, and goes on to the report', async () => {
    const clerk = await signedInAs(app, database.db, 'democratic-services');
    await clerk.get(`/manage/meetings/${council.march.id}/agenda`);
    const response = await clerk.post(`/manage/meetings/${council.march.id}/agenda/reports`, { reportTitle: 'Library opening hours', reportAuthor: String(council.author.id), reportLeadOfficer: '', reportClassification: 'open', reportParagraph: '' });
    assert.equal(response.statusCode, 303);
    const report = await database.db.selectFrom('report').selectAll().where('title', '=', 'Library opening hours').executeTakeFirstOrThrow();
    assert.equal(response.headers.location, `/manage/reports/${report.id}`);
    assert.equal(report.authorName, 'Priya Chandran');
    assert.equal(report.directorate, 'Communities');
    assert.equal(report.status, 'draft');
    const titles = (await agendaOf(council.march.id)).map((i) => i.title);
    assert.deepEqual(titles.slice(-3), ['Library opening hours', 'Work programme', 'Date of next meeting']);
  });

  it('puts the exclusion of the press and public before an exempt report, naming its paragraph, and takes it away with the report', async () => {
    const clerk = await signedInAs(app, database.db, 'democratic-services');
    await clerk.get(`/manage/meetings/${council.march.id}/agenda`);
    const added = await clerk.post(`/manage/meetings/${council.march.id}/agenda/reports`, { reportTitle: 'Café concession tender', reportAuthor: '', reportLeadOfficer: '', reportClassification: 'exempt', reportParagraph: '3' });
    assert.equal(added.statusCode, 303);
    let items = await agendaOf(council.march.id);
    const last = items.slice(-2);
    assert.deepEqual(last.map((i) => [i.standardKind, i.title, i.isExempt, i.exemptParagraph]), [
      ['exclusion-of-press-and-public', 'Exclusion of the press and public', false, null],
      [null, 'Café concession tender', true, 3],
    ]);
    assert.match(last[0]!.description!, /paragraph 3 of Part 1 of Schedule 12A/);
    const exempt = last[1]!;
    // The exclusion item cannot be moved or removed by hand; the exempt item can be removed.
    const { $ } = await clerk.get(`/manage/meetings/${council.march.id}/agenda`);
    assert.equal($(`#item-${last[0]!.id} form`).length, 0);
    assert.equal($(`#item-${exempt.id} .gavel-agenda-builder__actions`).length, 1);
    await clerk.get(`/manage/agenda-items/${exempt.id}/remove`);
    const removed = await clerk.post(`/manage/agenda-items/${exempt.id}/remove`);
    assert.equal(removed.statusCode, 303);
    items = await agendaOf(council.march.id);
    assert.ok(!items.some((i) => i.standardKind === 'exclusion-of-press-and-public' || i.isExempt));
    assert.equal(await database.db.selectFrom('report').select('id').where('title', '=', 'Café concession tender').executeTakeFirst(), undefined);
  });

  it('moves items up and down with POST buttons, renumbering, and lands back on the moved item', async () => {
    const clerk = await signedInAs(app, database.db, 'democratic-services');
    const before = await agendaOf(council.march.id);
    const report = before.find((i) => i.title === 'Library opening hours')!;
    const { $ } = await clerk.get(`/manage/meetings/${council.march.id}/agenda`);
    assert.deepEqual($(`#item-${report.id} button`).map((_, b) => $(b).text().trim()).get(), ['Move up: Library opening hours', 'Move down: Library opening hours']);
    assert.equal($(`#item-${report.id} form[action="/manage/agenda-items/${report.id}/move"] input[name="direction"]`).map((_, e) => $(e).val()).get().join(','), 'up,down');
    const moved = await clerk.post(`/manage/agenda-items/${report.id}/move`, { direction: 'up' });
    assert.equal(moved.statusCode, 303);
    assert.equal(moved.headers.location, `/manage/meetings/${council.march.id}/agenda#item-${report.id}`);
    const after = await agendaOf(council.march.id);
    const at = after.findIndex((i) => i.id === report.id);
    assert.equal(at, before.findIndex((i) => i.id === report.id) - 1);
    assert.equal(after[at]!.number, String(at + 1));
    assert.equal(after[at]!.minuteNumber, String(72 + at));
    const audit = await database.db.selectFrom('auditEvent').select(['summary', 'before', 'after']).where('action', '=', 'move').orderBy('id', 'desc').executeTakeFirstOrThrow();
    assert.match(audit.summary, /^Moved “Library opening hours” up the agenda/);
    assert.notDeepEqual(audit.before, audit.after);
  });

  it('renumbers the minutes from a number the clerk gives, and says what is wrong with a bad one', async () => {
    const clerk = await signedInAs(app, database.db, 'democratic-services');
    await clerk.get(`/manage/meetings/${council.march.id}/agenda`);
    const bad = await clerk.post(`/manage/meetings/${council.march.id}/agenda/numbering`, { firstMinuteNumber: 'seventy' });
    assert.equal(bad.statusCode, 400);
    const $ = (await import('cheerio')).load(bad.body);
    assert.match(textOf($, 'title'), /^Error: /);
    assert.equal($('.govuk-error-summary a').attr('href'), '#firstMinuteNumber');
    assert.equal((await clerk.post(`/manage/meetings/${council.march.id}/agenda/numbering`, { firstMinuteNumber: '101' })).statusCode, 303);
    const items = await agendaOf(council.march.id);
    assert.equal(items[0]!.minuteNumber, '101');
    assert.equal(items.at(-1)!.minuteNumber, String(100 + items.length));
    await clerk.post(`/manage/meetings/${council.march.id}/agenda/numbering`, { firstMinuteNumber: '72' });
  });

  it('names the fields of a report item that are missing', async () => {
    const clerk = await signedInAs(app, database.db, 'democratic-services');
    await clerk.get(`/manage/meetings/${council.march.id}/agenda`);
    const response = await clerk.post(`/manage/meetings/${council.march.id}/agenda/reports`, { reportTitle: ' ', reportAuthor: '', reportLeadOfficer: '', reportClassification: 'exempt', reportParagraph: '' });
    assert.equal(response.statusCode, 400);
    const $ = (await import('cheerio')).load(response.body);
    assert.deepEqual($('.govuk-error-summary a').map((_, a) => $(a).attr('href')).get(), ['#reportTitle', '#reportParagraph']);
    assert.equal(textOf($, '#reportParagraph-error'), 'Error: Select the paragraph of Schedule 12A that makes it exempt');
    // What was typed stays: the exempt choice is still ticked.
    assert.equal($('input[name="reportClassification"][value="exempt"]').attr('checked'), 'checked');
  });

  it('changes an item, and making it exempt brings in the exclusion of the press and public', async () => {
    const clerk = await signedInAs(app, database.db, 'democratic-services');
    await clerk.get(`/manage/meetings/${council.march.id}/agenda`);
    await clerk.post(`/manage/meetings/${council.march.id}/agenda/items`, { itemTitle: 'Verbal update on the depot', itemDescription: '', itemClassification: 'open', itemParagraph: '' });
    const item = (await agendaOf(council.march.id)).find((i) => i.title === 'Verbal update on the depot')!;
    await clerk.get(`/manage/agenda-items/${item.id}/edit`);
    const saved = await clerk.post(`/manage/agenda-items/${item.id}`, { itemTitle: 'Update on the depot lease', itemDescription: 'The lease terms.', itemClassification: 'exempt', itemParagraph: '3' });
    assert.equal(saved.statusCode, 303);
    const items = await agendaOf(council.march.id);
    const at = items.findIndex((i) => i.id === item.id);
    assert.equal(items[at]!.title, 'Update on the depot lease');
    assert.equal(items[at - 1]!.standardKind, 'exclusion-of-press-and-public');
    // Back to open: the exclusion item goes.
    await clerk.get(`/manage/agenda-items/${item.id}/edit`);
    await clerk.post(`/manage/agenda-items/${item.id}`, { itemTitle: 'Update on the depot lease', itemDescription: 'The lease terms.', itemClassification: 'open', itemParagraph: '' });
    assert.ok(!(await agendaOf(council.march.id)).some((i) => i.standardKind === 'exclusion-of-press-and-public'));
  });

  it('leads on from the built agenda to checking and publishing it, and not once it is published', async () => {
    const clerk = await signedInAs(app, database.db, 'democratic-services');
    const empty = await clerk.get(`/manage/meetings/${council.april.id}/agenda`);
    assert.equal(empty.$('#publish').length, 0, 'nothing to publish before there are items');
    const { $ } = await clerk.get(`/manage/meetings/${council.march.id}/agenda`);
    assert.equal(textOf($, '#publish'), 'When the agenda is ready');
    const next = $('a.govuk-button').filter((_, a) => $(a).text().trim() === 'Check and publish the agenda');
    assert.equal(next.attr('href'), `/manage/meetings/${council.march.id}/publish`);
    await clerk.get(next.attr('href')!);
    const published = await clerk.get(`/manage/meetings/${council.published.id}/agenda`);
    assert.equal(published.$('#publish').length, 0);
    assert.equal(published.$('.govuk-inset-text a').attr('href'), `/manage/meetings/${council.published.id}/publish`, 'a supplement, instead');
  });

  it('refuses changes once the agenda is published, through the page and direct requests', async () => {
    const clerk = await signedInAs(app, database.db, 'democratic-services');
    const { $ } = await clerk.get(`/manage/meetings/${council.published.id}/agenda`);
    assert.match(textOf($, '.govuk-inset-text'), /The agenda was published on 25 February 2026/);
    assert.equal($('form[action$="/standard-items"]').length, 0);
    assert.equal($('#add-report').length, 0);
    const response = await clerk.post(`/manage/meetings/${council.published.id}/agenda/standard-items`);
    assert.equal(response.statusCode, 409);
    assert.equal((await agendaOf(council.published.id)).length, 0);
    const added = await clerk.post(`/manage/meetings/${council.published.id}/agenda/items`, { itemTitle: 'Late item', itemClassification: 'open' });
    assert.equal(added.statusCode, 409);
    const error = (await import('cheerio')).load(added.body);
    assert.match(textOf(error, '.govuk-error-summary'), /publish a supplement/);
  });

  for (const role of ['councillor', 'report-author', 'scrutiny-officer', 'administrator'] as const) {
    it(`refuses ${role === 'administrator' ? 'an' : 'a'} ${role} the agenda builder, its page and its POSTs`, async () => {
      const user = await signedInAs(app, database.db, role);
      await user.get(`/manage/meetings/${council.march.id}`);
      await user.get(`/manage/meetings/${council.march.id}/agenda`, 403);
      const item = (await agendaOf(council.march.id))[0]!;
      const before = await agendaOf(council.march.id);
      for (const [url, form] of [
        [`/manage/meetings/${council.march.id}/agenda/standard-items`, {}],
        [`/manage/meetings/${council.march.id}/agenda/items`, { itemTitle: 'Sneaked in', itemClassification: 'open' }],
        [`/manage/meetings/${council.march.id}/agenda/reports`, { reportTitle: 'Sneaked in', reportClassification: 'open' }],
        [`/manage/meetings/${council.march.id}/agenda/numbering`, { firstMinuteNumber: '1' }],
        [`/manage/agenda-items/${item.id}/move`, { direction: 'down' }],
        [`/manage/agenda-items/${item.id}`, { itemTitle: 'Renamed' }],
        [`/manage/agenda-items/${item.id}/remove`, {}],
      ] as const) {
        assert.equal((await user.post(url, form)).statusCode, 403, url);
      }
      assert.deepEqual(await agendaOf(council.march.id), before);
    });
  }

  it('sends the public to sign in', async () => {
    const visitor = new TestBrowser(app);
    const response = await visitor.request('GET', `/manage/meetings/${council.march.id}/agenda`);
    assert.equal(response.statusCode, 303);
    assert.match(String(response.headers.location), /^\/sign-in\?next=/);
  });
});
