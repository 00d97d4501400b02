import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { buildTestApp, getPage, textOf } from '../../test/build-test-app.ts';
import { insertAgendaItem, insertCommittee, insertCouncil, insertMeeting, insertPerson, insertReport } from '../../test/factories.ts';
import { openTestDatabase, type TestDatabaseHandle } from '../../test/support/database.ts';

describe('meeting page', () => {
  let database: TestDatabaseHandle;
  let app: FastifyInstance;
  const secret = 'QUOKKABIDPRICE';

  before(async () => {
    database = await openTestDatabase('pglite');
    app = await buildTestApp(database);
    await insertCouncil(database.db);
    const committee = await insertCommittee(database.db, { name: 'Children Scrutiny Committee', slug: 'children-scrutiny' });
    const meeting = await insertMeeting(database.db, committee.id, '2026-02-10', { status: 'draft-minutes' });
    await insertAgendaItem(database.db, meeting.id, 1, { title: 'Apologies for absence', minutes: 'Apologies were received from Councillor Ames.' });
    const budget = await insertAgendaItem(database.db, meeting.id, 2, { title: 'School budgets', description: 'To consider the report.' });
    await insertReport(database.db, budget.id, { title: 'School budgets 2026/27', summary: 'The report sets out the budget.' });
    const exempt = await insertAgendaItem(database.db, meeting.id, 3, { title: 'Transport contract award', isExempt: true, exemptParagraph: 3, description: secret, minutes: secret });
    await insertReport(database.db, exempt.id, { title: `Tender ${secret}`, summary: secret, classification: 'exempt', exemptParagraph: 3 });
    await database.db.insertInto('resolution').values({ agendaItemId: exempt.id, text: `That ${secret} be accepted.`, outcome: 'carried', sourceDocumentId: null, sourceLineFrom: null, sourceLineTo: null }).execute();
    await database.db.insertInto('resolution').values({ agendaItemId: budget.id, text: 'That the report be noted.', outcome: 'noted', sourceDocumentId: null, sourceLineFrom: null, sourceLineTo: null }).execute();
    const chair = await insertPerson(database.db, { fullName: 'Clara Chair', slug: 'clara-chair' });
    await database.db.insertInto('attendance').values({ meetingId: meeting.id, personId: chair.id, status: 'present', isChairOfMeeting: true, substituteForPersonId: null, capacity: null, sourceDocumentId: null, sourceLineFrom: null, sourceLineTo: null }).execute();
  });
  after(async () => {
    await app.close();
    await database.close();
  });

  it('shows the agenda in order with the report on its item', async () => {
    const { $ } = await getPage(app, '/committees/children-scrutiny/meetings/2026-02-10');
    assert.equal(textOf($, 'h1'), 'Tuesday 10 February 2026');
    const titles = $('.gavel-agenda__title').map((_, el) => $(el).text().replace(/\s+/g, ' ').trim()).get();
    assert.deepEqual(titles, ['1. Apologies for absence', '2. School budgets', '3. Transport contract award']);
    assert.match(textOf($, '#item-2'), /School budgets 2026\/27/);
  });

  it('shows an exempt item’s title and paragraph and nothing else of it', async () => {
    const { $, response } = await getPage(app, '/committees/children-scrutiny/meetings/2026-02-10');
    assert.match(textOf($, '#item-3'), /paragraph 3/i);
    assert.ok(!response.body.includes(secret), 'exempt content reached the meeting page');
  });

  it('shows the draft minutes with attendance and resolutions', async () => {
    const { $ } = await getPage(app, '/committees/children-scrutiny/meetings/2026-02-10');
    assert.match(textOf($, '#minutes ~ .govuk-warning-text'), /draft/i);
    assert.match(textOf($, '#minute-item-2'), /That the report be noted\./);
    assert.match($('#attendance').nextAll('ul').first().text(), /Clara Chair \(chair\)/);
  });

  it('fills the apologies, substitutes and declarations items from the records, naming an exempt item by its title only', async () => {
    const committee = await insertCommittee(database.db, { name: 'Adult Social Care Scrutiny Committee', slug: 'adults-scrutiny' });
    const meeting = await insertMeeting(database.db, committee.id, '2026-02-12', { status: 'draft-minutes' });
    const standard = async (position: number, title: string, standardKind: 'apologies' | 'declarations') => {
      const item = await insertAgendaItem(database.db, meeting.id, position, { title });
      await database.db.updateTable('agendaItem').set({ standardKind }).where('id', '=', item.id).execute();
      return item;
    };
    await standard(1, 'Apologies for absence and substitutes', 'apologies');
    await standard(2, 'Declarations of interest', 'declarations');
    const care = await insertAgendaItem(database.db, meeting.id, 3, { title: 'Care home fees' });
    const exempt = await insertAgendaItem(database.db, meeting.id, 4, { title: 'Home care contract', isExempt: true, exemptParagraph: 3 });
    const [ames, bell, cole, sub] = await Promise.all(['Ann Ames', 'Bea Bell', 'Cy Cole', 'Sam Sub'].map((fullName) => insertPerson(database.db, { fullName, slug: fullName.toLowerCase().replace(' ', '-') })));
    const none = { capacity: null, sourceDocumentId: null, sourceLineFrom: null, sourceLineTo: null };
    await database.db.insertInto('attendance').values([
      { meetingId: meeting.id, personId: ames!.id, status: 'present', isChairOfMeeting: true, substituteForPersonId: null, ...none },
      { meetingId: meeting.id, personId: bell!.id, status: 'apologies', substituteForPersonId: null, ...none },
      { meetingId: meeting.id, personId: cole!.id, status: 'apologies', substituteForPersonId: null, ...none },
      { meetingId: meeting.id, personId: sub!.id, status: 'substitute', substituteForPersonId: bell!.id, ...none },
    ]).execute();
    const provenance = { sourceDocumentId: null, sourceLineFrom: null, sourceLineTo: null };
    await database.db.insertInto('declaration').values([
      { meetingId: meeting.id, agendaItemId: care.id, personId: ames!.id, kind: 'other-registrable', description: 'A trustee of Age Concern Wrenmoor', ...provenance },
      { meetingId: meeting.id, agendaItemId: exempt.id, personId: sub!.id, kind: 'disclosable-pecuniary', description: `Director of ${secret} Care Ltd`, withdrew: true, ...provenance },
    ]).execute();

    const { $, response } = await getPage(app, '/committees/adults-scrutiny/meetings/2026-02-12');
    const minute = (n: number) => textOf($, `#minute-item-${n}`).replace(/\s+/g, ' ');
    const listed = (n: number) => $(`#minute-item-${n} li`).map((_, li) => $(li).text().replace(/\s+/g, ' ').trim()).get();
    assert.deepEqual(listed(1), ['Councillor Bea Bell', 'Councillor Cy Cole', 'Councillor Sam Sub, substituting for Bea Bell']);
    assert.match(minute(1), /Apologies for absence were received from: Councillor Bea Bell Councillor Cy Cole Substitutes: Councillor Sam Sub, substituting for Bea Bell/);
    assert.deepEqual(listed(2), [
      'Councillor Ann Ames declared an other registrable interest in item 3. Care home fees: A trustee of Age Concern Wrenmoor. The member stayed for this item.',
      // The space before the full stop is inside the Exempt tag, an inline block that drops it on screen.
      'Councillor Sam Sub declared a disclosable pecuniary interest in item 4. Home care contract Exempt . The member left the meeting for this item.',
    ]);
    assert.match(textOf($, '#declarations + * table'), /Home care contract Exempt\s+Disclosable pecuniary interest\s+The member left the meeting for this item\./);
    assert.ok(!response.body.includes(secret), 'an exempt item’s declared interest reached the meeting page');
  });

  it('gives a meeting that names no venue the committee’s usual one, on its page and in the lists, as its pack does', async () => {
    const audit = await insertCommittee(database.db, { name: 'Audit Committee', slug: 'audit' });
    await database.db.updateTable('committee').set({ defaultVenue: 'Ashby Room, Northwold House' }).where('id', '=', audit.id).execute();
    const meeting = await insertMeeting(database.db, audit.id, '2026-03-10');
    await database.db.updateTable('meeting').set({ venue: null }).where('id', '=', meeting.id).execute();
    const { $ } = await getPage(app, '/committees/audit/meetings/2026-03-10');
    const venue = $('.govuk-summary-list__row').filter((_, row) => $(row).find('dt').text().trim() === 'Venue');
    assert.equal(venue.find('dd').text().trim(), 'Ashby Room, Northwold House');
    const home = await getPage(app, '/');
    assert.match(textOf(home.$, 'main'), /Audit Committee Tuesday 10 March 2026, 1pm\s*Ashby Room, Northwold House/);
  });

  it('answers an unknown meeting or a malformed address with the not-found page', async () => {
    const { $ } = await getPage(app, '/committees/children-scrutiny/meetings/2026-02-11', 404);
    assert.equal(textOf($, 'h1'), 'Page not found');
    await getPage(app, '/committees/children-scrutiny/meetings/not-a-date', 404);
    await getPage(app, '/committees/NO_SUCH/meetings/2026-02-10', 404);
  });
});
