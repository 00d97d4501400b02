import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { openTestDatabase, testEngines, type TestDatabaseHandle } from '../../test/support/database.ts';
import { listMinutesAmendments, approveMinutes, insertMinutesAmendment, listCommitteeMeetingsForApproval, listMeetingsApprovedBy, publishDraftMinutes } from './approval-repository.ts';
import { addInAttendance, listRecordedAttendance, markMeetingHeld, saveMemberAttendance } from './attendance-repository.ts';
import { insertDeclaration, listWithdrawnFromItem } from './declaration-repository.ts';
import { listRoster } from './meeting-record-repository.ts';
import { seedMeetingRecord } from './meeting-record-fixture.ts';
import { insertAction, insertRecommendation, listCommitteeActionNumbers, listItemActions, listItemRecommendations } from './minute-records-repository.ts';
import { insertResolution, listItemResolutions, listMinuteItems, listVotes, replaceVotes, saveMinuteText } from './minutes-repository.ts';

for (const engine of testEngines) {
  describe(`minutes repositories (${engine})`, () => {
    let database: TestDatabaseHandle;
    let seed: Awaited<ReturnType<typeof seedMeetingRecord>>;
    before(async () => {
      database = await openTestDatabase(engine);
      seed = await seedMeetingRecord(database.db);
    });
    after(() => database.close());

    const entry = (personId: number, status: 'present' | 'apologies' | 'substitute' | 'remote-non-voting', extra: Partial<{ isChairOfMeeting: boolean; substituteForPersonId: number }> = {}) => ({
      personId,
      status,
      attendedRemotely: status === 'remote-non-voting',
      substituteForPersonId: extra.substituteForPersonId ?? null,
      isChairOfMeeting: extra.isChairOfMeeting ?? false,
      capacity: null,
    });

    it('lists the roster on the meeting day: chair first, voting rights, and the pool apart', async () => {
      const roster = await listRoster(database.db, seed.committee.id, '2026-01-12');
      assert.deepEqual(roster.members.map((m) => [m.fullName, m.role, m.hasVote]), [
        ['Ada Marsh', 'chair', true],
        ['Bryn Hollis', 'vice-chair', true],
        ['Cara Pike', 'member', true],
        ['Dev Rowe', 'member', true],
        ['Eli Shaw', 'member', true],
        ['Fran Tate', 'member', false],
      ]);
      assert.deepEqual(roster.pool.map((m) => m.fullName), ['Gil Upton', 'Hana Vick']);
      assert.equal(roster.members[0]!.name, 'Councillor Ada Marsh');
      assert.deepEqual(await listRoster(database.db, seed.committee.id, '2025-05-01'), { members: [], pool: [] }, 'before the memberships began');
    });

    it('replaces members’ attendance, keeps those in attendance, and marks one chair', async () => {
      const { people, january } = seed;
      const meetingId = january.meeting.id;
      await database.db.transaction().execute(async (trx) => {
        assert.equal(await addInAttendance(trx, meetingId, people.officer.id, 'Head of Housing Options'), true);
        assert.equal(await addInAttendance(trx, meetingId, people.officer.id, 'Again'), false);
        await saveMemberAttendance(trx, meetingId, [people.chair.id, people.vice.id], [entry(people.chair.id, 'present', { isChairOfMeeting: true }), entry(people.vice.id, 'present')]);
        await saveMemberAttendance(trx, meetingId, [people.chair.id, people.vice.id, people.member.id, people.substitute.id], [
          entry(people.chair.id, 'apologies'),
          entry(people.vice.id, 'present', { isChairOfMeeting: true }),
          entry(people.member.id, 'remote-non-voting'),
          entry(people.substitute.id, 'substitute', { substituteForPersonId: people.chair.id }),
        ]);
      });
      const rows = await listRecordedAttendance(database.db, meetingId);
      assert.deepEqual(rows.map((r) => [r.name, r.status, r.isChairOfMeeting, r.capacity]), [
        ['Councillor Bryn Hollis', 'present', true, null],
        ['Councillor Ada Marsh', 'apologies', false, null],
        ['Councillor Cara Pike', 'remote-non-voting', false, null],
        ['Councillor Gil Upton', 'substitute', false, null],
        ['Ivo Wren', 'in-attendance', false, 'Head of Housing Options'],
      ]);
      assert.equal(rows.find((r) => r.status === 'substitute')?.substituteForPersonId, people.chair.id);
    });

    it('marks a meeting held once its day has come, and only from scheduled or published', async () => {
      const { march } = seed;
      await database.db.transaction().execute(async (trx) => {
        assert.equal(await markMeetingHeld(trx, march.meeting.id, '2026-03-01'), false, 'the day before');
        assert.equal(await markMeetingHeld(trx, march.meeting.id, '2026-03-02'), true);
        assert.equal(await markMeetingHeld(trx, march.meeting.id, '2026-03-03'), false, 'already held');
      });
    });

    it('keeps resolutions in order with their recorded votes counted', async () => {
      const { people, january } = seed;
      const item = january.items.report.id;
      const [first, second] = await database.db.transaction().execute(async (trx) => {
        const a = await insertResolution(trx, item, { text: 'That the report be noted.', outcome: 'noted' });
        const b = await insertResolution(trx, item, { text: 'That the Cabinet be asked to respond.', outcome: 'carried' });
        await replaceVotes(trx, b.id, new Map([[people.chair.id, 'for'], [people.vice.id, 'for'], [people.member3.id, 'against'], [people.member2.id, 'abstain']]));
        await replaceVotes(trx, b.id, new Map([[people.chair.id, 'for'], [people.vice.id, 'for'], [people.member3.id, 'against']]));
        return [a, b];
      });
      assert.deepEqual([first!.position, second!.position], [1, 2]);
      const listed = await listItemResolutions(database.db, item);
      assert.deepEqual(listed.map((r) => [r.text, r.votesFor, r.votesAgainst, r.abstentions]), [
        ['That the report be noted.', 0, 0, 0],
        ['That the Cabinet be asked to respond.', 2, 1, 0],
      ]);
      assert.equal((await listVotes(database.db, second!.id)).get(people.member3.id), 'against');
    });

    it('makes tracked recommendations and actions, numbered in the committee’s log, and counts them per item', async () => {
      const { january, committee, people } = seed;
      const item = january.items.report.id;
      await database.db.transaction().execute(async (trx) => {
        await saveMinuteText(trx, item, 'Members discussed the report.');
        await insertRecommendation(trx, { committeeId: committee.id, meetingId: january.meeting.id, agendaItemId: item, letter: 'b', text: 'Second', addressedTo: 'partner', addresseeName: 'NHS Northwold', sentOn: null, receivedOn: null, responseDueOn: null });
        await insertRecommendation(trx, { committeeId: committee.id, meetingId: january.meeting.id, agendaItemId: item, letter: 'a', text: 'First', addressedTo: 'executive', addresseeName: 'Cabinet', sentOn: '2026-01-14', receivedOn: '2026-01-15', responseDueOn: '2026-03-14' });
        for (const number of ['7', '8']) {
          await insertAction(trx, { committeeId: committee.id, meetingId: january.meeting.id, agendaItemId: item, number, description: `Action ${number}`, ownerPersonId: people.officer.id, ownerName: 'Ivo Wren', directorate: null, dueOn: null, dueText: 'Next meeting' });
        }
      });
      assert.deepEqual((await listItemRecommendations(database.db, item)).map((r) => [r.letter, r.addressedTo, r.responseDueOn]), [['a', 'executive', '2026-03-14'], ['b', 'partner', null]]);
      assert.deepEqual((await listItemActions(database.db, item)).map((a) => [a.number, a.status, a.updates]), [['7', 'open', 0], ['8', 'open', 0]]);
      assert.deepEqual(await listCommitteeActionNumbers(database.db, committee.id), ['7', '8']);
      const summary = (await listMinuteItems(database.db, january.meeting.id)).find((i) => i.id === item)!;
      assert.deepEqual([summary.hasMinutes, summary.resolutions, summary.recommendations, summary.actions], [true, 2, 2, 2]);
      assert.equal((await listMinuteItems(database.db, january.meeting.id)).find((i) => i.id === january.items.apologies.id)!.hasMinutes, false);
    });

    it('knows who withdrew from an item', async () => {
      const { january, people } = seed;
      await database.db.transaction().execute((trx) => insertDeclaration(trx, { meetingId: january.meeting.id, agendaItemId: january.items.report.id, personId: people.vice.id, kind: 'disclosable-pecuniary', description: 'as a landlord', withdrew: true, dispensation: false }));
      assert.deepEqual([...(await listWithdrawnFromItem(database.db, january.items.report.id))], [people.vice.id]);
      assert.deepEqual([...(await listWithdrawnFromItem(database.db, january.items.exempt.id))], []);
    });

    it('publishes draft minutes and records their approval by a later meeting, with corrections', async () => {
      const { january, march, committee } = seed;
      const publishedAt = new Date('2026-01-20T10:00:00Z');
      const approvedAt = new Date('2026-03-02T15:30:00Z');
      await database.db.transaction().execute(async (trx) => {
        const draft = await publishDraftMinutes(trx, january.meeting.id, publishedAt);
        assert.deepEqual([draft.status, draft.minutesPublishedAt?.toISOString()], ['draft-minutes', publishedAt.toISOString()]);
        await insertMinutesAmendment(trx, { meetingId: january.meeting.id, approvedByMeetingId: march.meeting.id, text: 'Minute 44: add apologies.', recordedByName: 'Robin Clerk' });
        const approved = await approveMinutes(trx, january.meeting.id, march.meeting.id, approvedAt);
        assert.deepEqual([approved.status, approved.minutesApprovedAt?.toISOString(), approved.minutesApprovedByMeetingId], ['minutes-approved', approvedAt.toISOString(), march.meeting.id]);
      });
      const amendments = await listMinutesAmendments(database.db, january.meeting.id);
      assert.deepEqual(amendments.map((a) => [a.text, a.approvedByDate, a.approvedBySlug, a.recordedByName]), [['Minute 44: add apologies.', '2026-03-02', '2026-03-02', 'Robin Clerk']]);
      assert.deepEqual((await listMeetingsApprovedBy(database.db, march.meeting.id)).map((m) => m.date), ['2026-01-12']);
      assert.deepEqual((await listCommitteeMeetingsForApproval(database.db, committee.id)).map((m) => [m.date, m.status]), [['2026-01-12', 'minutes-approved'], ['2026-03-02', 'held']]);
    });
  });
}
