import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { insertAgendaItem, insertCommittee, insertMeeting, insertReport } from '../../test/factories.ts';
import { openTestDatabase, testEngines, type TestDatabaseHandle } from '../../test/support/database.ts';
import { insertPerson } from '../../test/factories.ts';
import { findMeeting, listDeclarations, listLatestMinutes, listOpenReports, listPublicDocuments, listUpcomingMeetings } from './meeting-repository.ts';

for (const engine of testEngines) {
  describe(`meeting repository (${engine})`, () => {
    let database: TestDatabaseHandle;
    before(async () => {
      database = await openTestDatabase(engine);
    });
    after(() => database.close());

    it('reads a meeting date back as the same YYYY-MM-DD string', async () => {
      const committee = await insertCommittee(database.db);
      await insertMeeting(database.db, committee.id, '2024-03-31');
      const meeting = await findMeeting(database.db, committee.id, '2024-03-31');
      assert.equal(meeting?.date, '2024-03-31');
      assert.ok(meeting?.startsAt instanceof Date);
    });

    it('lists upcoming meetings from today, soonest first', async () => {
      const committee = await insertCommittee(database.db);
      await insertMeeting(database.db, committee.id, '2030-05-02');
      await insertMeeting(database.db, committee.id, '2030-04-01');
      await insertMeeting(database.db, committee.id, '2020-01-01');
      const upcoming = await listUpcomingMeetings(database.db, '2030-01-01', 10);
      assert.deepEqual(upcoming.map((m) => m.date), ['2030-04-01', '2030-05-02']);
      assert.equal(upcoming[0]!.committeeSlug, committee.slug);
    });

    it('lists only meetings with minutes as latest minutes', async () => {
      const committee = await insertCommittee(database.db);
      await insertMeeting(database.db, committee.id, '2019-02-01', { status: 'minutes-approved' });
      await insertMeeting(database.db, committee.id, '2019-03-01', { status: 'agenda-published' });
      const latest = await listLatestMinutes(database.db, 50);
      assert.ok(latest.some((m) => m.date === '2019-02-01'));
      assert.ok(!latest.some((m) => m.date === '2019-03-01'));
    });

    it('never returns an exempt report, nor any report on an exempt item', async () => {
      const committee = await insertCommittee(database.db);
      const meeting = await insertMeeting(database.db, committee.id, '2025-01-15');
      const open = await insertAgendaItem(database.db, meeting.id, 1, { title: 'Budget' });
      const exemptItem = await insertAgendaItem(database.db, meeting.id, 2, { title: 'Contract', isExempt: true, exemptParagraph: 3 });
      await insertReport(database.db, open.id, { title: 'Budget report' });
      await insertReport(database.db, open.id, { title: 'Exempt appendix', classification: 'exempt', exemptParagraph: 3 });
      await insertReport(database.db, exemptItem.id, { title: 'Open-looking report on an exempt item' });
      const reports = await listOpenReports(database.db, meeting.id);
      assert.deepEqual(reports.map((r) => r.title), ['Budget report']);
      assert.deepEqual(reports[0]!.wards, []);
    });

    it('keeps what an interest on an exempt item is out of the meeting’s declarations, naming the item by its title', async () => {
      const committee = await insertCommittee(database.db);
      const meeting = await insertMeeting(database.db, committee.id, '2025-01-20');
      const open = await insertAgendaItem(database.db, meeting.id, 1, { title: 'Budget' });
      const exemptItem = await insertAgendaItem(database.db, meeting.id, 2, { title: 'Contract', isExempt: true, exemptParagraph: 3 });
      const member = await insertPerson(database.db);
      const provenance = { sourceDocumentId: null, sourceLineFrom: null, sourceLineTo: null };
      await database.db.insertInto('declaration').values([
        { meetingId: meeting.id, agendaItemId: open.id, personId: member.id, kind: 'other-registrable', description: 'A school governor', ...provenance },
        { meetingId: meeting.id, agendaItemId: exemptItem.id, personId: member.id, kind: 'disclosable-pecuniary', description: 'Owns the bidder', withdrew: true, ...provenance },
        { meetingId: meeting.id, agendaItemId: null, personId: member.id, kind: 'other', description: 'A general interest', dispensation: true, ...provenance },
      ]).execute();
      const declarations = await listDeclarations(database.db, meeting.id);
      assert.deepEqual(
        declarations.map((d) => [d.itemTitle, d.itemIsExempt, d.description, d.withdrew, d.dispensation]),
        [['Budget', false, 'A school governor', false, false], ['Contract', true, null, true, false], [null, false, 'A general interest', false, true]],
      );
    });

    it('lists no document that is exempt or attached to an exempt item', async () => {
      const committee = await insertCommittee(database.db);
      const meeting = await insertMeeting(database.db, committee.id, '2025-02-15');
      const exemptItem = await insertAgendaItem(database.db, meeting.id, 1, { title: 'Contract', isExempt: true, exemptParagraph: 3 });
      const document = (title: string, extra: object) => ({
        kind: 'report' as const,
        title,
        filename: `${title}.pdf`,
        mediaType: 'application/pdf',
        sha256: '0'.repeat(64),
        byteSize: 3,
        original: Buffer.from('pdf'),
        meetingId: meeting.id,
        agendaItemId: null,
        committeeId: null,
        exemptParagraph: null,
        supersedesDocumentId: null,
        publishedAt: null,
        importedAt: null,
        ...extra,
      });
      await database.db
        .insertInto('document')
        .values([document('Agenda', {}), document('Exempt report', { isExempt: true, exemptParagraph: 3 }), document('On exempt item', { agendaItemId: exemptItem.id })])
        .execute();
      const documents = await listPublicDocuments(database.db, meeting.id);
      assert.deepEqual(documents.map((d) => d.title), ['Agenda']);
    });
  });
}
