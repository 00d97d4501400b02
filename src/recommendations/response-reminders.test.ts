import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { openTestDatabase, testEngines, type TestDatabaseHandle } from '../../test/support/database.ts';
import { sendQueuedEmails, startTestSmtpServer, type TestSmtpServer } from '../../test/support/smtp.ts';
import { FOLLOW_THROUGH_TODAY, seedFollowThrough } from '../actions/testing/follow-through-fixture.ts';
import { sendDueResponseReminders } from './response-reminders.ts';

const publicUrl = 'http://gavel.test';

for (const engine of testEngines) {
  describe(`response reminders (${engine})`, () => {
    let database: TestDatabaseHandle;
    let smtp: TestSmtpServer;
    let seed: Awaited<ReturnType<typeof seedFollowThrough>>;

    before(async () => {
      database = await openTestDatabase(engine);
      seed = await seedFollowThrough(database.db);
      smtp = await startTestSmtpServer();
    });
    after(async () => {
      await smtp.close();
      await database.close();
    });
    beforeEach(async () => {
      await database.db.deleteFrom('followThroughReminder').execute();
      await database.db.deleteFrom('followThroughSettings').execute();
      await database.db.deleteFrom('job').execute();
      smtp.messages.length = 0;
    });

    it('chases late responses: the executive’s to the scrutiny officer, a partner’s to the partner', async () => {
      const chased = await sendDueResponseReminders(database.db, { today: FOLLOW_THROUGH_TODAY, publicUrl });
      // (b) was due on 14 February (received 15 December): first overdue reminder on 28 February.
      // The bus group’s (a) to the partnership was due on 24 February. (a), (d): due 16 April. (c) answered. (e) not received.
      assert.deepEqual(chased.sort((x, y) => x - y), [seed.recommendationId('b'), seed.recommendationId('a', seed.group.id)].sort((x, y) => x - y));
      await sendQueuedEmails(database.db, smtp);
      const messages = await smtp.waitForMessages(2);
      const executive = messages.find((m) => m.parsed.subject!.includes('(b)'))!;
      assert.equal(executive.parsed.subject, 'Response overdue since 14 February 2026: Recommendation (b) of the Place Scrutiny Committee');
      assert.deepEqual(executive.envelope.to, ['place.scrutiny@northwold.example']);
      assert.match(executive.parsed.text!, /section 9FE/);
      assert.match(executive.parsed.text!, /http:\/\/gavel\.test\/manage\/recommendations\/\d+/);
      const partner = messages.find((m) => m.parsed.subject!.includes('Bus Services Task Group'))!;
      assert.deepEqual(partner.envelope.to, ['partnership@buses.example']);
      assert.equal(partner.parsed.subject, 'Response overdue since 24 February 2026: Recommendation (a) of the Bus Services Task Group');
      assert.doesNotMatch(partner.parsed.text!, /9FE/);
    });

    it('copies in the cabinet clerk once the committee names one, and chases each reminder once', async () => {
      await database.db.insertInto('followThroughSettings').values({ committeeId: seed.committee.id, actionDaysBefore: [7], actionOnDueDate: true, actionOverdueEveryDays: 14, responseDaysBefore: [14], responseOnDueDate: true, responseOverdueEveryDays: 14, scrutinyOfficerEmail: 'scrutiny@northwold.example', executiveContactEmail: 'cabinet.support@northwold.example' }).execute();
      await sendDueResponseReminders(database.db, { today: FOLLOW_THROUGH_TODAY, publicUrl });
      assert.deepEqual(await sendDueResponseReminders(database.db, { today: FOLLOW_THROUGH_TODAY, publicUrl }), []);
      const log = await database.db.selectFrom('followThroughReminder').select(['recommendationId', 'reminderKey', 'recipients']).where('recommendationId', '=', seed.recommendationId('b')).execute();
      assert.deepEqual(log, [{ recommendationId: seed.recommendationId('b'), reminderKey: 'overdue-1:2026-02-14', recipients: ['cabinet.support@northwold.example', 'scrutiny@northwold.example'] }]);
      // A fortnight before (a)'s due date of 16 April.
      assert.ok((await sendDueResponseReminders(database.db, { today: '2026-04-02', publicUrl })).includes(seed.recommendationId('a')));
    });

    it('stops chasing once the response is recorded', async () => {
      await database.db.updateTable('recommendation').set({ response: 'rejected', respondedOn: '2026-03-01', responseText: 'Not affordable.' }).where('id', '=', seed.recommendationId('b')).execute();
      const chased = await sendDueResponseReminders(database.db, { today: FOLLOW_THROUGH_TODAY, publicUrl });
      assert.ok(!chased.includes(seed.recommendationId('b')));
      await database.db.updateTable('recommendation').set({ response: null, respondedOn: null, responseText: null }).where('id', '=', seed.recommendationId('b')).execute();
    });
  });
}
