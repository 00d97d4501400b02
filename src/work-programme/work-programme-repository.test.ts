import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { openTestDatabase, type TestDatabaseHandle, testEngines } from '../../test/support/database.ts';
import { listRecommendations } from '../tracking/tracking-repository.ts';
import { listPublishedProgramme, listPublishedYears, listYearMeetings } from './programme-repository.ts';
import { findSuggestionSender, insertSuggestion, listRecentSubmissions, listSuggestionsAwaiting, recordSubmission } from './suggestion-repository.ts';
import { findReview, insertMilestone, insertReviewRecommendation, listCurrentMembers, listMilestones, listReviewRecommendations, saveReview } from './task-and-finish-repository.ts';
import { SENDER_MARKER, seedWorkProgramme, type WorkProgrammeSeed, WORK_PROGRAMME_TODAY } from './testing/work-programme-fixture.ts';
import { findItem, insertChange, insertItem, listChanges, listItemsWithoutMeeting, listProgrammeCommittees, listProgrammeItems, updateItemPlace } from './work-programme-repository.ts';

for (const engine of testEngines) {
  describe(`work programme repositories (${engine})`, () => {
    let database: TestDatabaseHandle;
    let seed: WorkProgrammeSeed;
    before(async () => {
      database = await openTestDatabase(engine);
      seed = await seedWorkProgramme(database.db);
    });
    after(() => database.close());

    it('lists the year’s items in the committee’s order, suggestions flagged, with meetings, groups and origins', async () => {
      const items = await listProgrammeItems(database.db, seed.committee.id, seed.year);
      assert.equal(items[0]!.title, 'Highway maintenance plan');
      assert.deepEqual([items[0]!.meetingDate, items[0]!.raisedAtMeetingOn, items[0]!.leadOfficerName], ['2026-03-17', '2026-01-13', 'Priya Roads']);
      assert.equal(items.find((i) => i.kind === 'task-and-finish')!.groupSlug, 'bus-services-group');
      assert.deepEqual(items.filter((i) => i.isSuggestion).map((i) => i.title), ['Safer crossing on Mill Lane']);
      assert.equal(items.length, 7);
    });

    it('counts an item with no year in the year its meeting falls in', async () => {
      await database.db.insertInto('workProgrammeItem').values({ committeeId: seed.committee.id, municipalYearId: null, meetingId: seed.meetings.april.id, kind: 'scheduled', title: 'Imported item', purpose: null, raisedBy: null, leadOfficerName: null, leadOfficerPersonId: null, currentPosition: null, taskAndFinishCommitteeId: null, forwardPlanEntryId: null, suggestedByName: null, position: null, sourceDocumentId: null, sourceLineFrom: null, sourceLineTo: null }).execute();
      assert.ok((await listProgrammeItems(database.db, seed.committee.id, seed.year)).some((i) => i.title === 'Imported item'));
      assert.ok(!(await listProgrammeItems(database.db, seed.committee.id, seed.nextYear)).some((i) => i.title === 'Imported item'));
    });

    it('adds an item at the end of the year and keeps its history newest first', async () => {
      const id = await database.db.transaction().execute(async (trx) => {
        const id = await insertItem(trx, { committeeId: seed.committee.id, municipalYearId: seed.year.id, meetingId: null, kind: 'potential', title: 'Flood resilience', purpose: null, scrutinyType: null, raisedByKind: 'officer', raisedBy: null, raisedAtMeetingId: null, leadOfficerName: null, leadOfficerPersonId: null, sessionOn: null, sessionStartsAt: null, sessionEndsAt: null, taskAndFinishCommitteeId: null, currentPosition: null, status: 'planned', forwardPlanEntryId: null });
        await insertChange(trx, { workProgrammeItemId: id, changedOn: WORK_PROGRAMME_TODAY, changedByStaffUserId: null, changedByName: 'Officer One', change: 'added' });
        await updateItemPlace(trx, id, { kind: 'scheduled', meetingId: seed.meetings.april.id, municipalYearId: seed.year.id });
        await insertChange(trx, { workProgrammeItemId: id, changedOn: WORK_PROGRAMME_TODAY, changedByStaffUserId: null, changedByName: 'Officer One', change: 'moved', toMeetingId: seed.meetings.april.id, toMeetingOn: '2026-04-21', note: 'Chair agreed' });
        return id;
      });
      const item = (await findItem(database.db, id))!;
      assert.deepEqual([item.position, item.kind, item.meetingDate], [7, 'scheduled', '2026-04-21']);
      const history = await listChanges(database.db, id);
      assert.deepEqual(history.map((h) => [h.change, h.toMeetingOn, h.note]), [['moved', '2026-04-21', 'Chair agreed'], ['added', null, null]]);
    });

    it('publishes the programme without suggestions awaiting triage or anything that names their sender', async () => {
      const entries = await listPublishedProgramme(database.db, seed.committee.id, seed.year);
      assert.ok(!entries.some((e) => e.status === 'suggested'));
      assert.ok(!JSON.stringify(entries).includes(SENDER_MARKER));
      const highways = entries.find((e) => e.title === 'Highway maintenance plan')!;
      assert.equal(highways.origin, 'Requested at the meeting on 13 January 2026');
      assert.deepEqual(entries.find((e) => e.kind === 'task-and-finish')!.group, { slug: 'bus-services-group', name: 'Bus Services Task Group' });
      assert.deepEqual((await listYearMeetings(database.db, seed.committee.id, seed.year)).map((m) => m.date), ['2026-01-13', '2026-03-17', '2026-04-21', '2026-05-12']);
      assert.deepEqual((await listPublishedYears(database.db, seed.committee.id)).map((y) => y.label), ['2025/26']);
    });

    it('keeps a suggestion’s sender apart from its item, and lists those awaiting triage', async () => {
      const id = await database.db.transaction().execute((trx) =>
        insertSuggestion(trx, { committeeId: seed.committee.id, municipalYearId: seed.year.id, topic: 'Cycle lanes on the ring road', reason: 'Cyclists are at risk.', name: 'Ari Cyclist', email: 'ari@example.com', today: WORK_PROGRAMME_TODAY }),
      );
      const item = (await findItem(database.db, id))!;
      assert.deepEqual([item.kind, item.status, item.raisedByKind, item.isSuggestion, item.purpose], ['public-suggestion', 'suggested', 'public', true, 'Cyclists are at risk.']);
      const row = await database.db.selectFrom('workProgrammeItem').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
      assert.ok(!JSON.stringify(row).includes('ari@example.com') && !JSON.stringify(row).includes('Ari Cyclist'));
      assert.deepEqual([(await findSuggestionSender(database.db, id))!.email, (await listChanges(database.db, id))[0]!.change], ['ari@example.com', 'added']);
      assert.deepEqual((await listSuggestionsAwaiting(database.db, seed.committee.id)).map((s) => s.title), ['Safer crossing on Mill Lane', 'Cycle lanes on the ring road']);
    });

    it('counts submissions per address and forgets old ones', async () => {
      const now = new Date('2026-03-02T12:00:00Z');
      const hash = 'a'.repeat(64);
      await recordSubmission(database.db, hash, new Date('2026-02-27T12:00:00Z'), 1440);
      await recordSubmission(database.db, hash, new Date(now.getTime() - 10 * 60_000), 1440);
      await recordSubmission(database.db, hash, now, 1440);
      assert.equal((await listRecentSubmissions(database.db, hash, now, 60)).length, 2, 'two in the last hour');
      assert.equal((await listRecentSubmissions(database.db, hash, now, 5)).length, 1, 'one in the last five minutes');
      const all = await database.db.selectFrom('suggestionSubmission').select('submittedAt').where('addressHash', '=', hash).execute();
      assert.equal(all.length, 2, 'the one three days old is gone');
    });

    it('saves a review in parts, its timetable, and recommendations the tracker follows', async () => {
      const itemId = seed.items.review;
      await database.db.transaction().execute(async (trx) => {
        await saveReview(trx, itemId, { scope: 'Rural routes only', desiredOutcomes: 'A sustainable network', exclusions: 'School transport' });
        await saveReview(trx, itemId, { finalReportText: 'The group recommends…', finalReportOn: '2026-02-20' });
        await insertMilestone(trx, itemId, { title: 'Report to committee', dueOn: '2026-04-21' });
        await insertMilestone(trx, itemId, { title: 'Evidence from operators', dueOn: '2026-03-10' });
        await insertReviewRecommendation(trx, itemId, { committeeId: seed.group.id, letter: 'a', text: 'That Cabinet protect the evening services', addresseeName: 'Cabinet', sentOn: '2026-03-03', receivedOn: '2026-03-05' });
      });
      const review = await findReview(database.db, itemId);
      assert.deepEqual([review.scope, review.exclusions, review.finalReportText, review.finalReportOn], ['Rural routes only', 'School transport', 'The group recommends…', '2026-02-20']);
      assert.deepEqual((await listMilestones(database.db, itemId)).map((m) => m.title), ['Evidence from operators', 'Report to committee']);
      assert.deepEqual((await listReviewRecommendations(database.db, itemId)).map((r) => [r.letter, r.addressedTo, r.receivedOn]), [['a', 'executive', '2026-03-05']]);
      assert.deepEqual((await listRecommendations(database.db, seed.group.id)).map((r) => r.text), ['That Cabinet protect the evening services']);
    });

    it('lists a group’s members today, chair first', async () => {
      const members = await listCurrentMembers(database.db, seed.group.id, WORK_PROGRAMME_TODAY);
      assert.deepEqual(members.map((m) => [m.fullName, m.role]), [['Robin Ash', 'chair'], ['Sam Cedar', 'member']]);
    });

    it('finds items without a meeting in the year running today, and counts per committee', async () => {
      const { rows, total } = await listItemsWithoutMeeting(database.db, WORK_PROGRAMME_TODAY);
      assert.ok(rows.some((r) => r.title === 'Budget scrutiny') && rows.some((r) => r.title === 'Residents’ parking zones'));
      assert.ok(!rows.some((r) => r.kind === 'workshop' || r.kind === 'task-and-finish' || r.kind === 'public-suggestion'));
      assert.equal(total, rows.length);
      const committees = await listProgrammeCommittees(database.db);
      const place = committees.find((c) => c.slug === 'place-scrutiny')!;
      assert.deepEqual([place.awaitingTriage, place.withoutMeeting], [2, 2]);
      assert.ok(!committees.some((c) => c.slug === 'bus-services-group' || c.slug === 'cabinet'));
    });
  });
}
