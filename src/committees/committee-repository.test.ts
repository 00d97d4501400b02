import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { insertCommittee, insertMeeting, insertPerson } from '../../test/factories.ts';
import { openTestDatabase, testEngines, type TestDatabaseHandle } from '../../test/support/database.ts';
import { listCommittees, listMembershipsOfPerson, listMembersOn } from './committee-repository.ts';

for (const engine of testEngines) {
  describe(`committee repository (${engine})`, () => {
    let database: TestDatabaseHandle;
    before(async () => {
      database = await openTestDatabase(engine);
    });
    after(() => database.close());

    it('gives each committee its next meeting, skipping cancelled ones', async () => {
      const committee = await insertCommittee(database.db, { name: 'Audit Committee', kind: 'regulatory' });
      await insertMeeting(database.db, committee.id, '2031-01-10', { status: 'cancelled' });
      await insertMeeting(database.db, committee.id, '2031-02-10');
      await insertMeeting(database.db, committee.id, '2020-02-10');
      const listed = (await listCommittees(database.db, '2030-12-01')).find((c) => c.id === committee.id);
      assert.equal(listed?.nextMeetingDate, '2031-02-10');
    });

    it('lists members sitting on a day, not those whose term has ended', async () => {
      const committee = await insertCommittee(database.db);
      const current = await insertPerson(database.db, { fullName: 'Ada Current' });
      const former = await insertPerson(database.db, { fullName: 'Fred Former' });
      await database.db
        .insertInto('membership')
        .values([
          { committeeId: committee.id, personId: current.id, role: 'chair', startsOn: '2025-05-20', endsOn: null, represents: null, sourceDocumentId: null, sourceLineFrom: null, sourceLineTo: null },
          { committeeId: committee.id, personId: former.id, startsOn: '2023-05-20', endsOn: '2025-05-19', represents: null, sourceDocumentId: null, sourceLineFrom: null, sourceLineTo: null },
        ])
        .execute();
      const members = await listMembersOn(database.db, committee.id, '2025-06-01');
      assert.deepEqual(members.map((m) => [m.fullName, m.role]), [['Ada Current', 'chair']]);
      const history = await listMembershipsOfPerson(database.db, former.id);
      assert.equal(history[0]?.endsOn, '2025-05-19');
    });

    it('refuses a membership that ends before it starts', async () => {
      const committee = await insertCommittee(database.db);
      const person = await insertPerson(database.db);
      await assert.rejects(
        database.db
          .insertInto('membership')
          .values({ committeeId: committee.id, personId: person.id, startsOn: '2025-05-20', endsOn: '2025-01-01', represents: null, sourceDocumentId: null, sourceLineFrom: null, sourceLineTo: null })
          .execute(),
      );
    });
  });
}
