import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { insertCommittee, insertMeeting, insertPerson } from '../../test/factories.ts';
import { openTestDatabase, testEngines, type TestDatabaseHandle } from '../../test/support/database.ts';
import { countUpcomingMeetings, createCommittee, listCommitteesForManage, setCommitteeActive, updateCommittee } from './committee-admin-repository.ts';
import { createMemberPerson, insertMembership, listCommitteeMemberships, updateMembership } from './membership-admin-repository.ts';

const values = {
  name: 'Audit Committee',
  kind: 'regulatory' as const,
  parentCommitteeId: null,
  purpose: null,
  quorum: 3,
  contactName: null,
  contactEmail: null,
  contactPhone: null,
  defaultVenue: 'Committee Room 2',
  questionDeadlineWorkingDays: 2,
  questionDeadlineTime: '17:00',
  reportDeadlineWorkingDays: null,
};

for (const engine of testEngines) {
  describe(`committee admin repository (${engine})`, () => {
    let database: TestDatabaseHandle;
    before(async () => {
      database = await openTestDatabase(engine);
    });
    after(() => database.close());

    it('gives a new committee a free address from its name', async () => {
      await insertCommittee(database.db, { slug: 'audit-committee' });
      const committee = await createCommittee(database.db, values);
      assert.equal(committee.slug, 'audit-committee-2');
      assert.equal(committee.questionDeadlineTime, '17:00:00');
    });

    it('keeps the address when the committee is renamed', async () => {
      const committee = await createCommittee(database.db, { ...values, name: 'Standards Committee' });
      const renamed = await updateCommittee(database.db, committee.id, { ...values, name: 'Standards and Ethics Committee' });
      assert.equal(renamed.slug, committee.slug);
    });

    it('lists inactive committees after active ones, with members today and the next meeting', async () => {
      const committee = await createCommittee(database.db, { ...values, name: 'Aardvark Panel' });
      const person = await insertPerson(database.db);
      await insertMembership(database.db, { committeeId: committee.id, personId: person.id, role: 'member', memberType: 'councillor', isSubstitute: false, represents: null, startsOn: '2025-05-13', endsOn: null });
      await insertMeeting(database.db, committee.id, '2026-04-01');
      const wound = await createCommittee(database.db, { ...values, name: 'Aaa Former Panel' });
      await setCommitteeActive(database.db, wound.id, false);
      const rows = await listCommitteesForManage(database.db, '2026-03-02');
      const listed = rows.find((r) => r.id === committee.id)!;
      assert.deepEqual([listed.currentMembers, listed.nextMeetingDate], [1, '2026-04-01']);
      assert.equal(rows.at(-1)!.id, wound.id);
      assert.equal(await countUpcomingMeetings(database.db, committee.id, '2026-03-02'), 1);
      assert.equal(await countUpcomingMeetings(database.db, committee.id, '2026-04-02'), 0);
    });

    it('adds a new councillor with a free address and keeps ended memberships', async () => {
      await insertPerson(database.db, { slug: 'jo-bloggs' });
      const person = await createMemberPerson(database.db, { fullName: 'Jo Bloggs', kind: 'councillor', politicalGroupId: null, wardId: null, email: null });
      assert.deepEqual([person.slug, person.honorific, person.givenName, person.familyName], ['jo-bloggs-2', 'Councillor', 'Jo', 'Bloggs']);
      const committee = await createCommittee(database.db, { ...values, name: 'Licensing Committee' });
      const membership = await insertMembership(database.db, { committeeId: committee.id, personId: person.id, role: 'chair', memberType: 'councillor', isSubstitute: false, represents: null, startsOn: '2025-05-13', endsOn: null });
      await updateMembership(database.db, membership.id, { endsOn: '2026-05-11' });
      const rows = await listCommitteeMemberships(database.db, committee.id);
      assert.deepEqual(rows.map((r) => [r.personName, r.role, r.endsOn]), [['Jo Bloggs', 'chair', '2026-05-11']]);
    });
  });
}
