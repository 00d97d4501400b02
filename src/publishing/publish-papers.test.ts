import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { openTestDatabase, testEngines, type TestDatabaseHandle } from '../../test/support/database.ts';
import { sendQueuedEmails, startTestSmtpServer, type TestSmtpServer } from '../../test/support/smtp.ts';
import { publishPapers, type PublishOutcome } from './publish-papers.ts';
import { exemptMarker, type PublishingMeeting, seedPublishingMeeting } from './testing/publishing-fixture.ts';

const publicUrl = 'https://papers.northwold.example';
// Monday 2 March 2026, 4pm: five clear working days before Tuesday 10 March.
const inTime = new Date('2026-03-02T16:00:00Z');
// Friday 6 March: one clear working day (Monday 9 March).
const late = new Date('2026-03-06T10:00:00Z');

function published(outcome: PublishOutcome) {
  assert.equal(outcome.status, 'published', outcome.status === 'refused' ? outcome.message : '');
  return outcome as Extract<PublishOutcome, { status: 'published' }>;
}

for (const engine of testEngines) {
  describe(`publishPapers (${engine})`, () => {
    let database: TestDatabaseHandle;
    let seeded: PublishingMeeting;
    let smtp: TestSmtpServer;
    let actor: { id: number; name: string };
    before(async () => {
      database = await openTestDatabase(engine);
      seeded = await seedPublishingMeeting(database.db, { date: '2026-03-10' });
      smtp = await startTestSmtpServer();
      const clerk = await database.db.insertInto('staffUser').values({ email: 'clerk@northwold.example', name: 'Priya Hallam', role: 'democratic-services', personId: null, passwordHash: null }).returning(['id', 'name']).executeTakeFirstOrThrow();
      actor = clerk;
    });
    after(async () => {
      await smtp.close();
      await database.close();
    });

    it('leaves nothing behind when the transaction fails part way', async () => {
      const { db } = database;
      await sql`create function fail_publication() returns trigger language plpgsql as $$ begin raise exception 'the disk is full'; end $$`.execute(db);
      await sql`create trigger fail_publication before insert on agenda_publication_item for each row execute function fail_publication()`.execute(db);
      try {
        await assert.rejects(publishPapers(db, { meetingId: seeded.meeting.id, actor, now: inTime, lateReason: null, publicUrl }), /the disk is full/);
      } finally {
        await sql`drop trigger fail_publication on agenda_publication_item`.execute(db);
        await sql`drop function fail_publication()`.execute(db);
      }
      assert.equal((await db.selectFrom('meeting').select('status').where('id', '=', seeded.meeting.id).executeTakeFirstOrThrow()).status, 'scheduled');
      assert.deepEqual(await db.selectFrom('document').select('id').where('kind', 'in', ['agenda-pack', 'supplement']).execute(), []);
      assert.deepEqual(await db.selectFrom('agendaPublication').select('id').execute(), []);
      assert.deepEqual(await db.selectFrom('job').select('id').execute(), []);
      assert.deepEqual(await db.selectFrom('report').select('id').where('status', '=', 'published').execute(), []);
    });

    it('refuses papers that changed since the clerk checked them', async () => {
      const outcome = await publishPapers(database.db, { meetingId: seeded.meeting.id, actor, now: inTime, lateReason: null, publicUrl, checked: '0'.repeat(64) });
      assert.deepEqual(outcome, { status: 'refused', message: 'The papers changed since you checked them. Check them again, then publish.', field: null });
    });

    it('publishes the agenda: the packs stored and searchable, the time, the pages, the reports, the audit trail', async () => {
      const { db } = database;
      const outcome = published(await publishPapers(db, { meetingId: seeded.meeting.id, actor, now: inTime, lateReason: null, publicUrl }));
      assert.equal(outcome.publication.kind, 'agenda');
      assert.equal(outcome.publication.inTime, true);
      assert.equal(outcome.publication.clearWorkingDays, 5);
      assert.equal(outcome.notified, 3);
      assert.ok(outcome.pages.public! > 3 && outcome.pages.restricted! >= 2, JSON.stringify(outcome.pages));

      const meeting = await db.selectFrom('meeting').select(['status', 'agendaPublishedAt']).where('id', '=', seeded.meeting.id).executeTakeFirstOrThrow();
      assert.deepEqual(meeting, { status: 'agenda-published', agendaPublishedAt: inTime });

      const publicPack = await db.selectFrom('document').selectAll().where('id', '=', outcome.publication.publicDocumentId!).executeTakeFirstOrThrow();
      assert.equal(publicPack.kind, 'agenda-pack');
      assert.equal(publicPack.isExempt, false);
      assert.equal(publicPack.title, 'Agenda pack: Place Scrutiny Committee, Tuesday 10 March 2026');
      assert.equal(publicPack.filename, 'place-scrutiny-2026-03-10-agenda-pack.pdf');
      assert.match(publicPack.text, /Highways maintenance programme/);
      assert.doesNotMatch(publicPack.text, new RegExp(exemptMarker));
      assert.equal(publicPack.pageStarts.length, outcome.pages.public, 'a line anchor for every page');
      assert.equal(publicPack.lineStarts.length, publicPack.text.split('\n').length);
      const restricted = await db.selectFrom('document').selectAll().where('id', '=', outcome.publication.restrictedDocumentId!).executeTakeFirstOrThrow();
      assert.equal(restricted.isExempt, true);
      assert.equal(restricted.exemptParagraph, 3);
      assert.match(restricted.text, new RegExp(`${exemptMarker} Holdings`));

      const items = await db.selectFrom('agendaItem').select(['id', 'pageFrom', 'pageTo']).where('meetingId', '=', seeded.meeting.id).orderBy('position').execute();
      const pages = Object.fromEntries(items.map((i) => [i.id, i.pageFrom === null ? null : [i.pageFrom, i.pageTo]]));
      assert.equal(pages[seeded.items.apologies], null);
      assert.equal(pages[seeded.items.parking], null, 'a report to follow has no pages yet');
      assert.equal(pages[seeded.items.depot], null, 'the public agenda never points into the restricted papers');
      const [minutesFrom, minutesTo] = pages[seeded.items.minutes]!;
      assert.equal(minutesTo! - minutesFrom! + 1, 3, 'the uploaded minutes are merged whole');
      assert.equal(pages[seeded.items.highways]![0], minutesTo! + 1);

      const reports = await db.selectFrom('report').select(['id', 'status']).where('id', 'in', Object.values(seeded.reports)).execute();
      const status = Object.fromEntries(reports.map((r) => [r.id, r.status]));
      assert.deepEqual([status[seeded.reports.minutes], status[seeded.reports.highways], status[seeded.reports.depot], status[seeded.reports.parking]], ['published', 'published', 'published', 'draft']);

      const audit = await db.selectFrom('auditEvent').select(['action', 'entity', 'summary']).orderBy('id').execute();
      assert.deepEqual(audit.map((a) => a.action), ['publish-agenda', 'create']);
      assert.match(audit[0]!.summary, /^Published the agenda for Place Scrutiny Committee, Tuesday 10 March 2026 \(\d+ pages, restricted papers \d+ pages; 3 notified\)$/);
    });

    it('emails the members and the named substitute, linking the pack, and the restricted papers only to those who sign in', async () => {
      await sendQueuedEmails(database.db, smtp);
      const emails = await smtp.waitForMessages(3);
      assert.deepEqual(emails.map((e) => e.envelope.to[0]).sort(), ['ada.fenwick@northwold.example', 'bram.oduya@northwold.example', 'fraser.quill@northwold.example']);
      for (const email of emails) {
        assert.equal(email.parsed.subject, 'Agenda published: Place Scrutiny Committee, Tuesday 10 March 2026');
        assert.match(email.parsed.text!, /Download the papers \(PDF\): https:\/\/papers\.northwold\.example\/documents\/\d+\/original/);
        assert.match(email.parsed.text!, /5\. Disposal of the Mill Lane depot \(not for publication\)/);
        assert.match(email.parsed.text!, /4\. Parking strategy \(report to follow\)/);
        assert.doesNotMatch(email.raw, new RegExp(exemptMarker));
        assert.equal(email.parsed.replyTo?.text, 'priya.hallam@northwold.example');
      }
      const chair = emails.find((e) => e.envelope.to[0] === 'ada.fenwick@northwold.example')!;
      assert.match(chair.parsed.text!, new RegExp(`restricted papers .* ${publicUrl}/manage/meetings/${seeded.meeting.id}/papers`));
      const member = emails.find((e) => e.envelope.to[0] === 'bram.oduya@northwold.example')!;
      assert.doesNotMatch(member.parsed.text!, /manage/);
    });

    it('has nothing to publish again until something changes', async () => {
      const outcome = await publishPapers(database.db, { meetingId: seeded.meeting.id, actor, now: inTime, lateReason: null, publicUrl });
      assert.equal(outcome.status, 'refused');
      assert.match((outcome as { message: string }).message, /nothing new to publish/);
    });

    it('publishes a late supplement with the report that was to follow, its own page numbers and the chair’s reason', async () => {
      const { db } = database;
      await db.updateTable('report').set({ status: 'signed-off' }).where('id', '=', seeded.reports.parking).execute();
      const refused = await publishPapers(db, { meetingId: seeded.meeting.id, actor, now: late, lateReason: '  ', publicUrl });
      assert.deepEqual(refused, { status: 'refused', message: 'Enter why the papers could not wait: they give fewer than five clear working days’ notice', field: 'lateReason' });

      const reason = 'The consultation on parking closed on 4 March and members asked to see its results before the meeting.';
      const outcome = published(await publishPapers(db, { meetingId: seeded.meeting.id, actor, now: late, lateReason: reason, publicUrl }));
      assert.equal(outcome.publication.kind, 'supplement');
      assert.equal(outcome.publication.number, 1);
      assert.equal(outcome.publication.clearWorkingDays, 1);
      assert.equal(outcome.publication.inTime, false);
      assert.equal(outcome.publication.lateReason, reason);
      assert.equal(outcome.publication.restrictedDocumentId, null);
      const supplement = await db.selectFrom('document').selectAll().where('id', '=', outcome.publication.publicDocumentId!).executeTakeFirstOrThrow();
      assert.equal(supplement.kind, 'supplement');
      assert.equal(supplement.title, 'Supplement 1 to the agenda: Place Scrutiny Committee, Tuesday 10 March 2026');
      assert.match(supplement.text, /Supplement 1 to the agenda/);
      assert.match(supplement.text, /Parking strategy/);
      assert.doesNotMatch(supplement.text, /Highways maintenance programme 2026/);
      const items = await db.selectFrom('agendaPublicationItem').select(['agendaItemId', 'pack', 'pageFrom']).where('publicationId', '=', outcome.publication.id).execute();
      assert.deepEqual(items, [{ agendaItemId: seeded.items.parking, pack: 'public', pageFrom: 2 }]);
      const parking = await db.selectFrom('agendaItem').select('pageFrom').where('id', '=', seeded.items.parking).executeTakeFirstOrThrow();
      assert.equal(parking.pageFrom, null, 'the agenda’s page numbers are the agenda pack’s; a supplement numbers its own');
      const meeting = await db.selectFrom('meeting').select('agendaPublishedAt').where('id', '=', seeded.meeting.id).executeTakeFirstOrThrow();
      assert.deepEqual(meeting.agendaPublishedAt, inTime, 'the agenda’s publication time stays');

      await sendQueuedEmails(db, smtp);
      const emails = (await smtp.waitForMessages(6)).slice(3);
      assert.deepEqual(emails.map((e) => e.parsed.subject), new Array(3).fill('Supplement 1 published: Place Scrutiny Committee, Tuesday 10 March 2026'));
      assert.match(emails[0]!.parsed.text!, /The chair has agreed they be considered as urgent because: The consultation on parking closed/);
    });

    it('refuses a late agenda without the reason, naming the field', async () => {
      // A second meeting of the committee, the next day, with an agenda of one item.
      const { id: meetingId } = await database.db
        .insertInto('meeting')
        .values({ committeeId: seeded.committee.id, municipalYearId: null, slug: '2026-03-11', date: '2026-03-11', startsAt: null, endsAt: null, venue: null, remoteLink: null, videoUrl: null, agendaPublishedAt: null, minutesPublishedAt: null, minutesApprovedAt: null, minutesApprovedByMeetingId: null, cancellationReason: null, sourceDocumentId: null, sourceLineFrom: null, sourceLineTo: null })
        .returning('id')
        .executeTakeFirstOrThrow();
      await database.db.insertInto('agendaItem').values({ meetingId, position: 1, number: '1', minuteNumber: null, title: 'Apologies', description: null, standardKind: 'apologies', pageFrom: null, pageTo: null, minutes: null, sourceDocumentId: null, sourceLineFrom: null, sourceLineTo: null }).execute();
      const outcome = await publishPapers(database.db, { meetingId, actor, now: late, lateReason: null, publicUrl });
      assert.equal(outcome.status, 'refused');
      assert.equal((outcome as { field: string }).field, 'lateReason');
    });
  });
}
