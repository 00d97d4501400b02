import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { insertCommittee, insertMeeting, insertPerson } from '../../test/factories.ts';
import { openTestDatabase, testEngines, type TestDatabaseHandle } from '../../test/support/database.ts';
import { londonInstant } from '../deadlines/london-time.ts';
import {
  cancelMeeting,
  findMovedMeetingPath,
  insertScheduledMeetings,
  listCommitteeNotices,
  listManagedMeetings,
  listMeetingNotices,
  loadClashContext,
  moveMeeting,
} from './scheduling-repository.ts';

const newMeeting = (committeeId: number, date: string) => ({
  committeeId,
  municipalYearId: null,
  date,
  startsAt: londonInstant(date, '18:00'),
  endsAt: null,
  kind: 'ordinary' as const,
  venue: 'Committee Room 1',
  remoteLink: null,
});

for (const engine of testEngines) {
  describe(`scheduling repository (${engine})`, () => {
    let database: TestDatabaseHandle;
    before(async () => {
      database = await openTestDatabase(engine);
    });
    after(() => database.close());

    it('gives a second meeting on the same day the address with -2', async () => {
      const committee = await insertCommittee(database.db);
      await insertMeeting(database.db, committee.id, '2027-03-09');
      const [first, second] = await database.db.transaction().execute((trx) => insertScheduledMeetings(trx, [newMeeting(committee.id, '2027-03-09'), newMeeting(committee.id, '2027-03-09')]));
      assert.deepEqual([first!.slug, second!.slug], ['2027-03-09-2', '2027-03-09-3']);
    });

    it('moves a meeting to a new address, keeps the old one as a redirect, and records the notice', async () => {
      const committee = await insertCommittee(database.db, { slug: 'audit' });
      const meeting = await insertMeeting(database.db, committee.id, '2027-03-03');
      const moved = await database.db.transaction().execute((trx) =>
        moveMeeting(trx, meeting, { date: '2027-03-10', startsAt: londonInstant('2027-03-10', '10:00'), endsAt: null, venue: 'Council Chamber', municipalYearId: null, reason: 'The chair is unwell' }, null),
      );
      assert.equal(moved.meeting.slug, '2027-03-10');
      assert.equal(moved.meeting.id, meeting.id);
      assert.equal(await findMovedMeetingPath(database.db, 'audit', '2027-03-03'), '/committees/audit/meetings/2027-03-10');
      assert.equal(await findMovedMeetingPath(database.db, 'audit', '2027-03-04'), null);
      const [notice] = await listMeetingNotices(database.db, meeting.id);
      assert.deepEqual([notice!.kind, notice!.previousDate, notice!.newDate, notice!.previousVenue, notice!.newVenue], ['moved', '2027-03-03', '2027-03-10', 'Council Chamber', 'Council Chamber']);

      // Moved again: both old addresses lead to where it is now; a new meeting takes neither.
      const again = await database.db.transaction().execute((trx) => moveMeeting(trx, moved.meeting, { ...moved.meeting, municipalYearId: null, date: '2027-03-17', reason: 'Room unavailable' }, null));
      assert.equal(await findMovedMeetingPath(database.db, 'audit', '2027-03-03'), '/committees/audit/meetings/2027-03-17');
      assert.equal(await findMovedMeetingPath(database.db, 'audit', '2027-03-10'), '/committees/audit/meetings/2027-03-17');
      const [fresh] = await insertScheduledMeetings(database.db, [newMeeting(committee.id, '2027-03-03')]);
      assert.equal(fresh!.slug, '2027-03-03-2');

      // Moved back to a day it once had: that address is its own again, not a redirect.
      const back = await database.db.transaction().execute((trx) => moveMeeting(trx, again.meeting, { ...again.meeting, municipalYearId: null, date: '2027-03-10', reason: 'Room free after all' }, null));
      assert.equal(back.meeting.slug, '2027-03-10');
      assert.equal(await findMovedMeetingPath(database.db, 'audit', '2027-03-10'), null);
      assert.equal((await listMeetingNotices(database.db, meeting.id)).length, 3);
    });

    it('cancels a meeting with a notice, shown on the committee while it is still to come', async () => {
      const committee = await insertCommittee(database.db);
      const meeting = await insertMeeting(database.db, committee.id, '2027-04-06');
      const { meeting: after } = await database.db.transaction().execute((trx) => cancelMeeting(trx, meeting, 'There is no business', null));
      assert.deepEqual([after.status, after.cancellationReason], ['cancelled', 'There is no business']);
      assert.equal((await listCommitteeNotices(database.db, committee.id, '2027-03-01')).length, 1);
      assert.equal((await listCommitteeNotices(database.db, committee.id, '2027-04-07')).length, 0);
    });

    it('lists upcoming meetings first, soonest first, then past ones, latest first', async () => {
      const committee = await insertCommittee(database.db);
      for (const date of ['2026-01-10', '2026-06-10', '2026-02-10', '2026-04-10']) await insertMeeting(database.db, committee.id, date);
      const { rows, total } = await listManagedMeetings(database.db, { committeeId: committee.id, today: '2026-03-02', limit: 10, offset: 0 });
      assert.deepEqual(rows.map((r) => r.date), ['2026-04-10', '2026-06-10', '2026-02-10', '2026-01-10']);
      assert.equal(total, 4);
    });

    it('loads the meetings and places the clash rules need, leaving out cancelled meetings and the one being changed', async () => {
      const children = await insertCommittee(database.db, { name: 'Children' });
      const planning = await insertCommittee(database.db, { name: 'Planning' });
      const ada = await insertPerson(database.db, { fullName: 'Ada Cole' });
      await database.db
        .insertInto('membership')
        .values([
          { committeeId: children.id, personId: ada.id, startsOn: '2026-05-12', endsOn: null, represents: null, sourceDocumentId: null, sourceLineFrom: null, sourceLineTo: null },
          { committeeId: planning.id, personId: ada.id, isSubstitute: true, startsOn: '2026-05-12', endsOn: null, represents: null, sourceDocumentId: null, sourceLineFrom: null, sourceLineTo: null },
          { committeeId: planning.id, personId: ada.id, startsOn: '2020-05-12', endsOn: '2021-05-01', represents: null, sourceDocumentId: null, sourceLineFrom: null, sourceLineTo: null },
        ])
        .execute();
      const held = await insertMeeting(database.db, planning.id, '2026-09-08');
      await insertMeeting(database.db, planning.id, '2026-09-09', { status: 'cancelled' });
      const being = await insertMeeting(database.db, children.id, '2026-09-08');
      const context = await loadClashContext(database.db, { from: '2026-09-08', to: '2026-09-09', committeeIds: [children.id], excludeMeetingIds: [being.id] });
      assert.deepEqual(context.others.filter((o) => [planning.id, children.id].includes(o.committeeId)).map((o) => o.ref), [`meeting-${held.id}`]);
      const places = context.places.filter((p) => p.personId === ada.id).map((p) => [p.committeeId, p.isSubstitute]);
      assert.deepEqual(places.sort(), [[children.id, false], [planning.id, true]].sort());
    });
  });
}
