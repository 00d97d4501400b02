import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { openTestDatabase, testEngines, type TestDatabaseHandle } from '../../test/support/database.ts';
import { addAgendaItem, addStandardItems, moveAgendaItem, removeAgendaItem } from './agenda-commands.ts';
import { type AgendaCouncil, seedAgendaCouncil } from './agenda-fixtures.ts';
import { deleteUploadedDocumentsOfItem, findManagedMeeting, listAgenda, lockMeeting, previousMinuteNumbersInYear, writeAgenda } from './agenda-repository.ts';
import { listMeetingsWithReports } from './due-and-late-repository.ts';
import { insertReport, listReports, saveSignOff } from './reports/report-repository.ts';

for (const engine of testEngines) {
  describe(`agenda repository (${engine})`, () => {
    let database: TestDatabaseHandle;
    let council: AgendaCouncil;
    before(async () => {
      database = await openTestDatabase(engine);
      council = await seedAgendaCouncil(database.db);
    });
    after(() => database.close());

    const meeting = async (id: number) => (await findManagedMeeting(database.db, id))!;
    const titles = async (id: number) => (await listAgenda(database.db, id)).map((i) => `${i.number}/${i.minuteNumber} ${i.title}`);
    const report = { summary: null, authorPersonId: null, authorName: null, leadOfficerPersonId: null, leadOfficerName: null, directorate: null, classification: 'open' as const, exemptParagraph: null, decisionType: null, isKeyDecision: false, forwardPlanEntryId: null, allWards: false };

    it('finds the previous meeting’s minute numbers in the same municipal year only', async () => {
      assert.equal((await previousMinuteNumbersInYear(database.db, await meeting(council.march.id)))!.length, 12);
      // The committee's first meeting of the year: nothing before it in 2025/26.
      assert.equal(await previousMinuteNumbersInYear(database.db, await meeting(council.february.id)), null);
    });

    it('reorders a whole agenda in one transaction without tripping the unique positions', async () => {
      const april = await meeting(council.april.id);
      await database.db.transaction().execute((trx) => addStandardItems(trx, april, {}));
      const before = await listAgenda(database.db, april.id);
      const reversed = [...before].reverse().map((i, n) => ({ id: i.id, number: String(n + 1), minuteNumber: String(n + 81) }));
      await database.db.transaction().execute((trx) => writeAgenda(trx, april.id, reversed));
      const after = await listAgenda(database.db, april.id);
      assert.deepEqual(after.map((i) => i.id), before.map((i) => i.id).reverse());
      assert.deepEqual(after.map((i) => i.position), after.map((_, n) => n + 1));
      await database.db.transaction().execute((trx) => writeAgenda(trx, april.id, before.map((i, n) => ({ id: i.id, number: String(n + 1), minuteNumber: String(n + 81) }))));
    });

    it('refuses to write another meeting’s item into an agenda, and leaves the agenda as it was', async () => {
      const items = await listAgenda(database.db, council.april.id);
      const february = await listAgenda(database.db, council.february.id);
      await assert.rejects(database.db.transaction().execute((trx) => writeAgenda(trx, council.april.id, [...items.map((i) => ({ id: i.id, number: '1', minuteNumber: '1' })), { id: february[0]!.id, number: '9', minuteNumber: '9' }])));
      assert.deepEqual((await listAgenda(database.db, council.april.id)).map((i) => i.id), items.map((i) => i.id));
    });

    it('adds, moves and removes items, keeping the numbers in step and the exclusion item before exempt business', async () => {
      const april = await meeting(council.april.id);
      const { itemId } = await database.db.transaction().execute((trx) => addAgendaItem(trx, april, { title: 'Land at Quarry Road', description: null, standardKind: null, isExempt: true, exemptParagraph: 3 }));
      let agenda = await titles(april.id);
      assert.deepEqual(agenda.slice(-3), ['9/89 Date of next meeting', '10/90 Exclusion of the press and public', '11/91 Land at Quarry Road']);
      const moved = await database.db.transaction().execute((trx) => moveAgendaItem(trx, april, itemId, 'up'));
      assert.ok(moved);
      agenda = await titles(april.id);
      // Moving exempt business above open business keeps the exclusion item right before it.
      assert.deepEqual(agenda.slice(-3), ['9/89 Exclusion of the press and public', '10/90 Land at Quarry Road', '11/91 Date of next meeting']);
      await database.db.transaction().execute((trx) => removeAgendaItem(trx, april, itemId));
      agenda = await titles(april.id);
      assert.equal(agenda.length, 9);
      assert.equal(agenda.at(-1), '9/89 Date of next meeting');
      assert.equal(await database.db.transaction().execute((trx) => moveAgendaItem(trx, april, 999_999, 'up')), null);
    });

    it('deletes an item’s uploaded documents, never its imported ones', async () => {
      const april = await meeting(council.april.id);
      const { itemId } = await database.db.transaction().execute((trx) => addAgendaItem(trx, april, { title: 'Budget', description: null, standardKind: null, isExempt: false, exemptParagraph: null }));
      const doc = (extra: object) => ({ kind: 'report' as const, title: 'Budget', filename: 'b.txt', mediaType: 'text/plain', sha256: 'd'.repeat(64), byteSize: 1, original: null, exemptParagraph: null, supersedesDocumentId: null, publishedAt: null, importedAt: null, committeeId: null, meetingId: april.id, agendaItemId: itemId, ...extra });
      const [uploaded, imported] = await database.db.insertInto('document').values([doc({}), doc({ importedAt: new Date() })]).returning('id').execute();
      const reportId = await database.db.transaction().execute((trx) => insertReport(trx, itemId, { ...report, title: 'Budget' }));
      await database.db.updateTable('report').set({ documentId: uploaded!.id }).where('id', '=', reportId).execute();
      assert.equal(await database.db.transaction().execute((trx) => deleteUploadedDocumentsOfItem(trx, itemId)), 1);
      const left = await database.db.selectFrom('document').select('id').where('agendaItemId', '=', itemId).execute();
      assert.deepEqual(left.map((d) => d.id), [imported!.id]);
      await database.db.transaction().execute((trx) => removeAgendaItem(trx, april, itemId));
    });

    it('keeps an uploaded paper out of search until it is published, and imported papers in', async () => {
      const april = await meeting(council.april.id);
      const { itemId } = await database.db.transaction().execute((trx) => addAgendaItem(trx, april, { title: 'Markets review', description: null, standardKind: null, isExempt: false, exemptParagraph: null }));
      const doc = (extra: object) => ({ kind: 'report' as const, title: 'Markets review', filename: 'm.txt', mediaType: 'text/plain', sha256: 'e'.repeat(64), byteSize: 1, original: null, text: 'The Thornbury market.', exemptParagraph: null, supersedesDocumentId: null, publishedAt: null, importedAt: null, committeeId: null, meetingId: april.id, agendaItemId: itemId, ...extra });
      const [draft, archived] = await database.db.insertInto('document').values([doc({}), doc({ importedAt: new Date() })]).returning('id').execute();
      const entries = async () => (await sql<{ recordId: number }>`select record_id as "recordId" from search_entry where kind = 'document' and record_id in (${draft!.id}, ${archived!.id}) order by record_id`.execute(database.db)).rows.map((r) => r.recordId);
      assert.deepEqual(await entries(), [archived!.id]);
      await database.db.updateTable('document').set({ publishedAt: new Date() }).where('id', '=', draft!.id).execute();
      assert.deepEqual(await entries(), [draft!.id, archived!.id]);
      await database.db.transaction().execute((trx) => deleteUploadedDocumentsOfItem(trx, itemId));
      await database.db.deleteFrom('document').where('agendaItemId', '=', itemId).execute();
      await database.db.transaction().execute((trx) => removeAgendaItem(trx, april, itemId));
    });

    it('locks the meeting row and reads its status', async () => {
      assert.equal(await database.db.transaction().execute((trx) => lockMeeting(trx, council.published.id)), 'agenda-published');
      assert.equal(await database.db.transaction().execute((trx) => lockMeeting(trx, 999_999)), undefined);
    });

    it('lists the reports naming a person as author or lead officer, soonest meeting first, and keeps one sign-off per role', async () => {
      const cabinet = await meeting(council.cabinetMeeting.id);
      const add = async (title: string, people: { authorPersonId?: number; leadOfficerPersonId?: number }) => {
        const { itemId } = await database.db.transaction().execute((trx) => addAgendaItem(trx, cabinet, { title, description: null, standardKind: null, isExempt: false, exemptParagraph: null }));
        return database.db.transaction().execute((trx) => insertReport(trx, itemId, { ...report, title, ...people }));
      };
      const written = await add('Waste strategy', { authorPersonId: council.author.id });
      await add('Parks strategy', { leadOfficerPersonId: council.author.id });
      await add('Someone else’s', { authorPersonId: council.otherAuthor.id });
      const mine = await listReports(database.db, { personId: council.author.id, onOrAfter: '2026-03-02' }, { limit: 10, offset: 0 });
      assert.deepEqual(mine.rows.map((r) => r.title), ['Waste strategy', 'Parks strategy']);
      assert.equal(mine.total, 2);
      assert.equal((await listReports(database.db, { personId: council.author.id, before: '2026-03-02' }, { limit: 10, offset: 0 })).total, 0);

      await database.db.transaction().execute((trx) => saveSignOff(trx, written, { reviewerRole: 'Legal', reviewerName: 'Grace Okafor', reviewerPersonId: council.solicitor.id, signedOffOn: '2026-02-20', comment: null }));
      await database.db.transaction().execute((trx) => saveSignOff(trx, written, { reviewerRole: 'legal', reviewerName: 'Grace Okafor', reviewerPersonId: council.solicitor.id, signedOffOn: '2026-02-27', comment: 'Revised' }));
      const signOffs = await database.db.selectFrom('reportSignOff').select(['reviewerRole', 'signedOffOn']).where('reportId', '=', written).execute();
      assert.deepEqual(signOffs, [{ reviewerRole: 'legal', signedOffOn: '2026-02-27' }]);
      // Two rows for one role are refused by the schema itself.
      await assert.rejects(database.db.insertInto('reportSignOff').values({ reportId: written, reviewerRole: 'LEGAL', reviewerName: null, reviewerPersonId: null, signedOffOn: null, comment: null }).execute());

      const due = await listMeetingsWithReports(database.db, '2026-03-02', '2026-04-27');
      const cabinetRow = due.find((m) => m.id === cabinet.id)!;
      assert.deepEqual(cabinetRow.reports.map((r) => r.title), ['Waste strategy', 'Parks strategy', 'Someone else’s']);
      assert.deepEqual(cabinetRow.committee, { reportDeadlineWorkingDays: null, questionDeadlineWorkingDays: null, questionDeadlineTime: null });
      assert.ok(!due.some((m) => m.id === council.february.id));
    });
  });
}
