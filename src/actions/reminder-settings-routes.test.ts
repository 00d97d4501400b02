import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import * as cheerio from 'cheerio';
import type { FastifyInstance } from 'fastify';
import { buildTestApp } from '../../test/build-test-app.ts';
import { openTestDatabase, type TestDatabaseHandle } from '../../test/support/database.ts';
import { signedInAs, TestBrowser } from '../../test/support/staff.ts';
import { findReminderSettings } from './reminder-settings-repository.ts';
import { FOLLOW_THROUGH_TODAY, seedFollowThrough } from './testing/follow-through-fixture.ts';

describe('reminder settings pages', () => {
  let database: TestDatabaseHandle;
  let app: FastifyInstance;
  let seed: Awaited<ReturnType<typeof seedFollowThrough>>;

  before(async () => {
    database = await openTestDatabase('pglite');
    seed = await seedFollowThrough(database.db);
    app = await buildTestApp(database, FOLLOW_THROUGH_TODAY);
  });
  after(async () => {
    await app.close();
    await database.close();
  });

  const form = { actionsDaysBefore: '14, 3', actionsOnDueDate: 'yes', actionsOverdueEveryDays: '7', responsesDaysBefore: '14', responsesOnDueDate: 'yes', responsesOverdueEveryDays: '14', scrutinyOfficerEmail: 'scrutiny@northwold.example', executiveContactEmail: 'cabinet.support@northwold.example' };

  it('lists each committee’s reminders in words, saves a committee’s own and goes back to the defaults, audited', async () => {
    const officer = await signedInAs(app, database.db, 'scrutiny-officer');
    const list = await officer.get('/manage/reminders');
    const row = list.$('tbody tr').filter((_, tr) => list.$(tr).text().includes('Place Scrutiny Committee'));
    assert.match(row.text(), /Defaults/);
    assert.match(row.text(), /7 days before, on the due date, then every 14 days while overdue/);
    await officer.get('/manage/reminders/place-scrutiny');
    assert.equal((await officer.post('/manage/reminders/place-scrutiny', form)).statusCode, 303);
    const saved = await findReminderSettings(database.db, seed.committee.id);
    assert.deepEqual([saved.actions, saved.executiveContactEmail, saved.isDefault], [{ daysBefore: [14, 3], onDueDate: true, overdueEveryDays: 7 }, 'cabinet.support@northwold.example', false]);
    const after = await officer.get('/manage/reminders?saved=place-scrutiny');
    assert.match(after.$('tbody tr').filter((_, tr) => after.$(tr).text().includes('Place Scrutiny Committee')).text(), /14, 3 days before, on the due date, then every 7 days while overdue/);
    await officer.get('/manage/reminders/place-scrutiny');
    assert.equal((await officer.post('/manage/reminders/place-scrutiny/defaults')).statusCode, 303);
    assert.equal((await findReminderSettings(database.db, seed.committee.id)).isDefault, true);
    const trail = await database.db.selectFrom('auditEvent').select('summary').where('entity', '=', 'follow_through_settings').orderBy('id').execute();
    assert.deepEqual(trail.map((t) => t.summary), ['Changed the reminders of the Place Scrutiny Committee', 'Put the reminders of the Place Scrutiny Committee back to the defaults']);
  });

  it('names the fields that are wrong and keeps what was typed', async () => {
    const officer = await signedInAs(app, database.db, 'democratic-services');
    await officer.get('/manage/reminders/place-scrutiny');
    const response = await officer.post('/manage/reminders/place-scrutiny', { ...form, actionsDaysBefore: 'a week', scrutinyOfficerEmail: 'nobody' });
    assert.equal(response.statusCode, 400);
    const $ = cheerio.load(response.body);
    assert.deepEqual($('.govuk-error-summary a').map((_, a) => $(a).attr('href')).get(), ['#actionsDaysBefore', '#scrutinyOfficerEmail']);
    assert.equal($('#actionsDaysBefore').val(), 'a week');
    assert.equal((await findReminderSettings(database.db, seed.committee.id)).isDefault, true);
  });

  it('refuses report authors and councillors, and sends the public to sign in', async () => {
    for (const role of ['report-author', 'councillor'] as const) {
      const user = await signedInAs(app, database.db, role);
      await user.get('/manage/reminders', 403);
      await user.get('/manage/reminders/place-scrutiny', 403);
      await user.get('/manage');
      assert.equal((await user.post('/manage/reminders/place-scrutiny', form)).statusCode, 403);
      assert.equal((await user.post('/manage/reminders/place-scrutiny/defaults')).statusCode, 403);
    }
    const visitor = new TestBrowser(app);
    assert.equal((await visitor.request('GET', '/manage/reminders')).statusCode, 303);
    assert.equal((await findReminderSettings(database.db, seed.committee.id)).isDefault, true);
  });
});
