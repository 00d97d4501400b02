import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { insertAuditEvent, listAuditEvents } from '../audit/audit-repository.ts';
import { openTestDatabase, testEngines, type TestDatabaseHandle } from '../../test/support/database.ts';
import { insertStaff } from '../../test/support/staff.ts';
import { instanceSecret } from './instance-secret-repository.ts';
import { hashToken, newToken } from './session-token.ts';
import { deleteSessionsOfUser, findLiveSession, insertSession } from './staff-session-repository.ts';
import { findStaffUserByEmail } from './staff-user-repository.ts';

for (const engine of testEngines) {
  describe(`staff account repositories (${engine})`, () => {
    let database: TestDatabaseHandle;
    before(async () => {
      database = await openTestDatabase(engine);
    });
    after(() => database.close());

    const now = new Date('2026-03-02T10:00:00Z');
    const session = (userId: number, expiresAt: Date) => ({ tokenHash: hashToken(newToken()), userId, expiresAt, userAgent: 'Test', ipAddress: '127.0.0.1' });

    it('finds a live session with its account, and not an expired one', async () => {
      const user = await insertStaff(database.db, 'councillor');
      const live = session(user.id, new Date('2026-03-02T11:00:00Z'));
      const expired = session(user.id, new Date('2026-03-02T09:59:59Z'));
      await insertSession(database.db, live);
      await insertSession(database.db, expired);
      const found = await findLiveSession(database.db, live.tokenHash, now);
      assert.equal(found?.id, user.id);
      assert.equal(found?.role, 'councillor');
      assert.equal(await findLiveSession(database.db, expired.tokenHash, now), undefined);
    });

    it('finds no session for a deactivated account', async () => {
      const user = await insertStaff(database.db, 'councillor');
      const live = session(user.id, new Date('2026-03-02T11:00:00Z'));
      await insertSession(database.db, live);
      await database.db.updateTable('staffUser').set({ isActive: false }).where('id', '=', user.id).execute();
      assert.equal(await findLiveSession(database.db, live.tokenHash, now), undefined);
    });

    it('ends every session of one account and no other', async () => {
      const [a, b] = [await insertStaff(database.db, 'councillor'), await insertStaff(database.db, 'councillor')];
      const later = new Date('2026-03-02T11:00:00Z');
      for (const s of [session(a.id, later), session(a.id, later), session(b.id, later)]) await insertSession(database.db, s);
      assert.equal(await deleteSessionsOfUser(database.db, a.id), 2);
      const left = await database.db.selectFrom('staffSession').select('userId').where('userId', 'in', [a.id, b.id]).execute();
      assert.deepEqual(left.map((r) => r.userId), [b.id]);
    });

    it('matches an email address whatever its case', async () => {
      const user = await insertStaff(database.db, 'administrator', { email: 'Mixed.Case@Northwold.example' });
      assert.equal((await findStaffUserByEmail(database.db, ' mixed.case@northwold.EXAMPLE '))?.id, user.id);
    });

    it('makes one instance secret, whoever asks and however often', async () => {
      const [first, second] = await Promise.all([instanceSecret(database.db, 'test-secret'), instanceSecret(database.db, 'test-secret')]);
      assert.equal(first, second);
      assert.ok(first.length >= 43);
      assert.notEqual(await instanceSecret(database.db, 'another-secret'), first);
    });

    it('keeps audit entries newest first with their snapshots, and the name after the account goes', async () => {
      const user = await insertStaff(database.db, 'democratic-services', { name: 'Dee Clerk' });
      await insertAuditEvent(database.db, user, { action: 'create', entity: 'meeting', entityId: 5, summary: 'Scheduled a meeting', after: { date: '2026-03-02' } });
      await insertAuditEvent(database.db, user, { action: 'cancel', entity: 'meeting', entityId: 5, summary: 'Cancelled a meeting', before: { status: 'scheduled' }, after: { status: 'cancelled' } });
      await database.db.deleteFrom('staffUser').where('id', '=', user.id).execute();
      const { rows, total } = await listAuditEvents(database.db, { entity: 'meeting', entityId: '5', limit: 10, offset: 0 });
      assert.equal(total, 2);
      assert.deepEqual(rows.map((r) => [r.summary, r.userName, r.userId]), [['Cancelled a meeting', 'Dee Clerk', null], ['Scheduled a meeting', 'Dee Clerk', null]]);
      assert.deepEqual(rows[0]?.after, { status: 'cancelled' });
    });
  });
}
