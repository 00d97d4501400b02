import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { buildTestApp } from '../../test/build-test-app.ts';
import { openTestDatabase, type TestDatabaseHandle } from '../../test/support/database.ts';
import { sendQueuedEmails, startTestSmtpServer, type TestSmtpServer } from '../../test/support/smtp.ts';
import { signedInAs, TestBrowser } from '../../test/support/staff.ts';
import { importFile } from '../import/import-file.ts';
import { sendDueActionReminders } from './action-reminders.ts';
import { FOLLOW_THROUGH_TODAY, seedFollowThrough } from './testing/follow-through-fixture.ts';

const fixture = (name: string) => path.resolve('src/import/fixtures', name);

/**
 * An imported action sheet and recommendation tracker, followed through to
 * done in the product: the clerk links an imported owner to a person and
 * gives a due date, the reminder goes, the owner completes the action by
 * the emailed link; a response is recorded against an imported recommendation.
 */
describe('imported actions and recommendations in the trackers', () => {
  let database: TestDatabaseHandle;
  let app: FastifyInstance;
  let smtp: TestSmtpServer;
  let seed: Awaited<ReturnType<typeof seedFollowThrough>>;

  before(async () => {
    database = await openTestDatabase('pglite');
    seed = await seedFollowThrough(database.db);
    for (const [name, committee] of [['action-sheet.txt', null], ['recommendation-tracker.txt', 'Place Scrutiny Committee']] as const) {
      const bytes = await fs.readFile(fixture(name));
      await importFile(database.db, { displayName: name, path: fixture(name), bytes, committee, today: FOLLOW_THROUGH_TODAY });
    }
    app = await buildTestApp(database, FOLLOW_THROUGH_TODAY);
    smtp = await startTestSmtpServer();
  });
  after(async () => {
    await smtp.close();
    await app.close();
    await database.close();
  });

  it('follows an imported action through to completion', async () => {
    const imported = await database.db.selectFrom('action').selectAll().where('origin', '=', 'import').where('description', 'like', '%leisure centre%').executeTakeFirstOrThrow();
    const clerk = await signedInAs(app, database.db, 'democratic-services');
    const list = await clerk.get(`/manage/actions?committee=${(await database.db.selectFrom('committee').select('slug').where('id', '=', imported.committeeId).executeTakeFirstOrThrow()).slug}`);
    assert.ok(list.$('tbody').text().includes('leisure centre'), 'imported actions are in the back-office log');
    const page = await clerk.get(`/manage/actions/${imported.id}`);
    assert.match(page.$('.govuk-summary-list').text(), /Imported from a document/);
    assert.match(page.$('.govuk-summary-list').text(), /Not linked to a person: no reminders/);
    assert.ok(page.$('.gavel-source a').attr('href')?.startsWith(`/documents/${imported.sourceDocumentId}#L`));

    // The clerk links the owner to a person and gives the action a due date a week away.
    const edit = await clerk.get(`/manage/actions/${imported.id}/edit`);
    const saved = await clerk.post(`/manage/actions/${imported.id}`, {
      minute: edit.$('#minute option[selected]').attr('value') ?? '',
      number: imported.number ?? '',
      description: imported.description,
      ownerPersonId: String(seed.people.roads.id),
      'dueOn-day': '9',
      'dueOn-month': '3',
      'dueOn-year': '2026',
    });
    assert.equal(saved.statusCode, 303, saved.body.slice(0, 400));

    assert.ok((await sendDueActionReminders(database.db, { today: FOLLOW_THROUGH_TODAY, publicUrl: 'http://gavel.test' })).includes(imported.id));
    await sendQueuedEmails(database.db, smtp);
    // The fixture's own actions 1, 2, 3 and 6 are reminded today too.
    const reminder = (await smtp.waitForMessages(5)).find((m) => m.parsed.text?.includes('leisure centre'))!;
    assert.deepEqual(reminder.envelope.to, ['priya.roads@northwold.example']);
    const link = /http:\/\/gavel\.test(\/action-update\/\S+)/.exec(reminder.parsed.text!)![1]!;

    const owner = new TestBrowser(app);
    await owner.get(link);
    assert.equal((await owner.post(link, { progress: 'Checked: the contract caps increases at 3% a year.', status: 'completed', 'completedOn-day': '2', 'completedOn-month': '3', 'completedOn-year': '2026' })).statusCode, 303);
    const done = await database.db.selectFrom('action').select(['status', 'completedOn', 'origin']).where('id', '=', imported.id).executeTakeFirstOrThrow();
    assert.deepEqual(done, { status: 'completed', completedOn: '2026-03-02', origin: 'import' });
  });

  it('tracks an imported recommendation to its response', async () => {
    const imported = await database.db.selectFrom('recommendation').selectAll().where('origin', '=', 'import').where('text', 'like', '%road safety data%').executeTakeFirstOrThrow();
    const officer = await signedInAs(app, database.db, 'scrutiny-officer');
    const tracker = await officer.get('/manage/recommendations?committee=place-scrutiny');
    assert.ok(tracker.$('tbody').text().includes('road safety data'));
    await officer.get(`/manage/recommendations/${imported.id}/receipt`);
    assert.equal((await officer.post(`/manage/recommendations/${imported.id}/receipt`, { addressedTo: 'executive', 'receivedOn-day': '10', 'receivedOn-month': '4', 'receivedOn-year': '2025' })).statusCode, 303);
    const { $ } = await officer.get(`/manage/recommendations/${imported.id}`);
    assert.match($('.govuk-summary-list').text(), /Imported from a document/);
    assert.match($('.govuk-summary-list').text(), /Monday 9 June 2025/);
  });
});
