import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { openTestDatabase, testEngines, type TestDatabaseHandle } from '../../test/support/database.ts';
import { agendaPublishedRecipients } from './agenda-recipients-repository.ts';
import {
  findGeneratedPack,
  insertPackDocument,
  insertPublication,
  listItemsForPublishing,
  listPublications,
  listPublicPublications,
  listPublishedItemIds,
  listReportsForPublishing,
  listUpcomingForPublishing,
  lockMeeting,
  markAgendaPublished,
  markReportsPublished,
  setItemPages,
} from './publishing-repository.ts';
import { type PublishingMeeting, seedPublishingMeeting } from './testing/publishing-fixture.ts';

const pack = (meeting: PublishingMeeting, overrides: { isExempt: boolean; title: string }) => ({
  kind: 'agenda-pack' as const,
  filename: `${overrides.title}.pdf`,
  bytes: new TextEncoder().encode('%PDF-1.7 a pack'),
  sha256: 'c'.repeat(64),
  text: { text: 'Agenda\nPage 1', lineStarts: [0, 7], pageStarts: [1] },
  exemptParagraph: null,
  committeeId: meeting.committee.id,
  meetingId: meeting.meeting.id,
  publishedAt: new Date('2026-03-02T16:00:00Z'),
  ...overrides,
});

for (const engine of testEngines) {
  describe(`publishing repository (${engine})`, () => {
    let database: TestDatabaseHandle;
    let seeded: PublishingMeeting;
    before(async () => {
      database = await openTestDatabase(engine);
      seeded = await seedPublishingMeeting(database.db, { date: '2026-03-10' });
    });
    after(() => database.close());

    it('loads the agenda in order and the reports with their wards, documents and whether there is anything to print', async () => {
      const items = await listItemsForPublishing(database.db, seeded.meeting.id);
      assert.deepEqual(items.map((i) => i.title), ['Apologies for absence', 'Minutes of the previous meeting', 'Highways maintenance programme', 'Parking strategy', 'Disposal of the Mill Lane depot']);
      assert.equal(items[4]!.isExempt, true);
      const ward = await database.db.insertInto('ward').values({ name: 'Abbey', slug: 'abbey' }).returning('id').executeTakeFirstOrThrow();
      await database.db.insertInto('reportWard').values({ reportId: seeded.reports.highways, wardId: ward.id }).execute();

      const withoutFiles = await listReportsForPublishing(database.db, seeded.meeting.id, { withFiles: false });
      const minutes = withoutFiles.find((r) => r.id === seeded.reports.minutes)!;
      assert.equal(minutes.document?.original, null, 'the bytes stay in the database for the check page');
      assert.equal(minutes.document?.filename, 'minutes-10-february.pdf');
      assert.equal(minutes.hasContent, true);
      assert.deepEqual(withoutFiles.find((r) => r.id === seeded.reports.highways)!.wards, ['Abbey']);

      const withFiles = await listReportsForPublishing(database.db, seeded.meeting.id, { withFiles: true });
      const bytes = withFiles.find((r) => r.id === seeded.reports.minutes)!.document!.original!;
      assert.equal(String.fromCharCode(...bytes.subarray(0, 5)), '%PDF-');
    });

    it('says a report with no document and no summary has nothing to print', async () => {
      await database.db.updateTable('report').set({ summary: null }).where('id', '=', seeded.reports.parking).execute();
      const reports = await listReportsForPublishing(database.db, seeded.meeting.id, { withFiles: false });
      assert.equal(reports.find((r) => r.id === seeded.reports.parking)!.hasContent, false);
      await database.db.updateTable('report').set({ summary: 'A draft strategy.' }).where('id', '=', seeded.reports.parking).execute();
    });

    it('tells members and substitutes once each, at their staff address first, not former members or those without an address', async () => {
      const recipients = await agendaPublishedRecipients(database.db, seeded.meeting.id);
      assert.deepEqual(recipients, [
        { email: 'ada.fenwick@northwold.example', name: 'Councillor Ada Fenwick', reason: 'member', signsIn: true },
        { email: 'bram.oduya@northwold.example', name: 'Councillor Bram Oduya', reason: 'member', signsIn: false },
        { email: 'fraser.quill@northwold.example', name: 'Councillor Fraser Quill', reason: 'substitute', signsIn: false },
      ]);
    });

    it('records a publication with its packs, items and pages, and the public see only the public pack', async () => {
      const { db } = database;
      const publicId = await insertPackDocument(db, pack(seeded, { isExempt: false, title: 'Agenda pack' }));
      const restrictedId = await insertPackDocument(db, pack(seeded, { isExempt: true, title: 'Restricted papers' }));
      const publication = await db.transaction().execute(async (trx) => {
        assert.deepEqual(await lockMeeting(trx, seeded.meeting.id), { status: 'scheduled' });
        const row = await insertPublication(trx, {
          meetingId: seeded.meeting.id,
          kind: 'agenda',
          number: 0,
          publishedAt: new Date('2026-03-02T16:00:00Z'),
          publishedBy: { id: seeded.chairAccount.id, name: 'A clerk' },
          clearWorkingDays: 5,
          inTime: true,
          lateReason: null,
          publicDocumentId: publicId,
          restrictedDocumentId: restrictedId,
          items: [
            { agendaItemId: seeded.items.apologies, pack: 'none', pages: null },
            { agendaItemId: seeded.items.highways, pack: 'public', pages: { from: 4, to: 6 } },
            { agendaItemId: seeded.items.depot, pack: 'restricted', pages: { from: 2, to: 2 } },
          ],
        });
        await markAgendaPublished(trx, seeded.meeting.id, row.publishedAt);
        await setItemPages(trx, [{ agendaItemId: seeded.items.highways, pages: { from: 4, to: 6 } }]);
        await markReportsPublished(trx, [seeded.reports.minutes, seeded.reports.highways], row.publishedAt);
        return row;
      });
      assert.equal(publication.kind, 'agenda');

      const meeting = await db.selectFrom('meeting').select(['status', 'agendaPublishedAt']).where('id', '=', seeded.meeting.id).executeTakeFirstOrThrow();
      assert.deepEqual(meeting, { status: 'agenda-published', agendaPublishedAt: new Date('2026-03-02T16:00:00Z') });
      const highways = await db.selectFrom('agendaItem').select(['pageFrom', 'pageTo']).where('id', '=', seeded.items.highways).executeTakeFirstOrThrow();
      assert.deepEqual(highways, { pageFrom: 4, pageTo: 6 });
      const statuses = await db.selectFrom('report').select(['id', 'status']).where('id', 'in', [seeded.reports.minutes, seeded.reports.highways, seeded.reports.parking]).orderBy('id').execute();
      assert.deepEqual(statuses.map((r) => r.status), ['published', 'published', 'draft']);
      const upload = await db.selectFrom('document').select('publishedAt').where('agendaItemId', '=', seeded.items.minutes).executeTakeFirstOrThrow();
      assert.deepEqual(upload.publishedAt, new Date('2026-03-02T16:00:00Z'));

      assert.deepEqual([...(await listPublishedItemIds(db, seeded.meeting.id))].sort(), [seeded.items.apologies, seeded.items.highways, seeded.items.depot].sort());
      const [row] = await listPublications(db, seeded.meeting.id);
      assert.equal(row!.itemCount, 3);
      assert.equal(row!.restrictedDocumentId, restrictedId);
      assert.equal(row!.publicDocumentBytes, 15);

      const [shown] = await listPublicPublications(db, seeded.meeting.id);
      assert.deepEqual(shown, { kind: 'agenda', number: 0, publishedAt: new Date('2026-03-02T16:00:00Z'), clearWorkingDays: 5, inTime: true, lateReason: null, documentId: publicId, documentBytes: 15 });
      assert.ok(!Object.values(shown!).includes(restrictedId), 'the restricted papers are not named');

      assert.equal((await findGeneratedPack(db, restrictedId))?.isExempt, true);
      const minutesDocument = await db.selectFrom('document').select('id').where('agendaItemId', '=', seeded.items.minutes).executeTakeFirstOrThrow();
      assert.equal(await findGeneratedPack(db, minutesDocument.id), undefined, 'only packs Gavel generated are served there');
    });

    it('refuses a late publication without its reason, and a second agenda for the same meeting', async () => {
      const publication = (number: number, inTime: boolean) => ({
        meetingId: seeded.meeting.id,
        kind: number === 0 ? ('agenda' as const) : ('supplement' as const),
        number,
        publishedAt: new Date(),
        publishedBy: { id: seeded.chairAccount.id, name: 'A clerk' },
        clearWorkingDays: 2,
        inTime,
        lateReason: null,
        publicDocumentId: null,
        restrictedDocumentId: null,
        items: [],
      });
      await assert.rejects(database.db.transaction().execute((trx) => insertPublication(trx, publication(1, false))), /agenda_publication_check|violates check constraint/);
      await assert.rejects(database.db.transaction().execute((trx) => insertPublication(trx, publication(0, true))), /duplicate key|unique/);
    });

    it('lists the coming meetings with how many supplements they have had', async () => {
      const rows = await listUpcomingForPublishing(database.db, '2026-03-01', '2026-04-30');
      assert.deepEqual(rows.map((r) => [r.committeeName, r.date, r.supplements]), [['Place Scrutiny Committee', '2026-03-10', 0]]);
      assert.deepEqual(await listUpcomingForPublishing(database.db, '2026-03-11', '2026-04-30'), []);
    });
  });
}
