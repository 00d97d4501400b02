import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import * as cheerio from 'cheerio';
import type { FastifyInstance } from 'fastify';
import { buildTestApp } from '../../test/build-test-app.ts';
import { openTestDatabase, type TestDatabaseHandle } from '../../test/support/database.ts';
import { sendQueuedEmails, startTestSmtpServer, type TestSmtpServer } from '../../test/support/smtp.ts';
import { signedInAs, TestBrowser } from '../../test/support/staff.ts';
import { hashToken } from '../accounts/session-token.ts';
import { instanceSecret } from '../accounts/instance-secret-repository.ts';
import { ACTION_LINK_SECRET } from './action-link-email.ts';
import { createActionLinkToken } from './action-link-token.ts';
import { FOLLOW_THROUGH_TODAY, seedFollowThrough } from './testing/follow-through-fixture.ts';

describe('an owner updating an action through the emailed link', () => {
  let database: TestDatabaseHandle;
  let app: FastifyInstance;
  let smtp: TestSmtpServer;
  let seed: Awaited<ReturnType<typeof seedFollowThrough>>;

  before(async () => {
    database = await openTestDatabase('pglite');
    seed = await seedFollowThrough(database.db);
    app = await buildTestApp(database, FOLLOW_THROUGH_TODAY);
    smtp = await startTestSmtpServer();
  });
  after(async () => {
    await smtp.close();
    await app.close();
    await database.close();
  });

  /** Asks for a link as a clerk would, sends it through the test mail server and returns the path in the message. */
  async function linkFor(actionNumber: string): Promise<string> {
    const clerk = await signedInAs(app, database.db, 'scrutiny-officer');
    await clerk.get(`/manage/actions/${seed.actionId(actionNumber)}`);
    assert.equal((await clerk.post(`/manage/actions/${seed.actionId(actionNumber)}/link`)).statusCode, 303);
    const already = smtp.messages.length;
    await sendQueuedEmails(database.db, smtp);
    const [message] = (await smtp.waitForMessages(already + 1)).slice(already);
    const url = /http:\/\/gavel\.test(\/action-update\/\S+)/.exec(message!.parsed.text ?? '')?.[1];
    assert.ok(url, 'the email carries the link');
    const html = cheerio.load(message!.parsed.html || '');
    assert.equal(html('a').filter((_, a) => html(a).text().trim() === 'Update this action').attr('href'), `http://gavel.test${url}`);
    return url;
  }

  it('emails the owner and lets them report progress and completion without signing in', async () => {
    const path = await linkFor('2');
    const message = smtp.messages.at(-1)!;
    assert.deepEqual(message.envelope.to, ['tom.transport@northwold.example']);
    assert.equal(message.parsed.subject, 'Action 2 for the Place Scrutiny Committee: please update its progress');

    const owner = new TestBrowser(app);
    const { $, response } = await owner.get(path);
    assert.equal($('h1').text().trim(), 'Update action 2');
    assert.match(String(response.headers['cache-control']), /no-store/);
    assert.equal(response.headers['referrer-policy'], 'no-referrer');
    assert.match($('.govuk-body-l').text(), /Share the bus operators’ punctuality figures/);
    assert.equal(owner.hasCookie('gavel_session'), false);

    const saved = await owner.post(path, { progress: 'All three operators have sent figures; circulated to members', status: 'completed', 'completedOn-day': '2', 'completedOn-month': '3', 'completedOn-year': '2026' });
    assert.equal(saved.statusCode, 303);
    assert.equal(owner.hasCookie('gavel_session'), false, 'no back-office session is made');
    const thanks = await owner.get(saved.headers.location as string);
    assert.match(thanks.$('.govuk-notification-banner').text(), /your update is recorded/);

    const action = await database.db.selectFrom('action').select(['status', 'completedOn']).where('id', '=', seed.actionId('2')).executeTakeFirstOrThrow();
    assert.deepEqual(action, { status: 'completed', completedOn: '2026-03-02' });
    const update = await database.db.selectFrom('actionUpdate').selectAll().where('actionId', '=', seed.actionId('2')).orderBy('id', 'desc').executeTakeFirstOrThrow();
    assert.deepEqual([update.text, update.authorName, update.authorPersonId, update.writtenOn], ['All three operators have sent figures; circulated to members', 'Tom Transport', seed.people.transport.id, '2026-03-02']);
    const audit = await database.db.selectFrom('auditEvent').selectAll().where('entity', '=', 'action').where('action', '=', 'report-progress').where('entityId', '=', String(seed.actionId('2'))).executeTakeFirstOrThrow();
    assert.equal(audit.summary, 'Tom Transport, through the emailed link: Marked action 2 of the Place Scrutiny Committee complete (2 March 2026)');
    assert.equal(audit.userId, null);
  });

  it('cannot reach another action, whatever is done to the address', async () => {
    const path = await linkFor('3');
    const token = path.split('/').at(-1)!;
    const [, expiry, random, signature] = token.split('.');
    const visitor = new TestBrowser(app);
    for (const other of ['1', '6']) {
      const forged = `/action-update/${[seed.actionId(other), expiry, random, signature].join('.')}`;
      const page = await visitor.request('GET', forged);
      assert.equal(page.statusCode, 404, forged);
      assert.match(page.body, /This link does not work/);
    }
    // A real link for action 3 posted at action 1's address is refused too: the address carries the token, nothing else.
    await visitor.get(path);
    const post = await visitor.post(`/action-update/${[seed.actionId('1'), expiry, random, signature].join('.')}`, { progress: 'Hijacked', status: 'completed' });
    assert.equal(post.statusCode, 404);
    const updates = await database.db.selectFrom('actionUpdate').select('text').where('actionId', '=', seed.actionId('1')).execute();
    assert.ok(!updates.some((u) => u.text === 'Hijacked'));
  });

  it('reaches no back-office page, even after it has been used', async () => {
    const path = await linkFor('3');
    const owner = new TestBrowser(app);
    await owner.get(path);
    await owner.post(path, { progress: 'Plan drafted', status: 'in-progress' });
    for (const url of ['/manage', '/manage/actions', `/manage/actions/${seed.actionId('3')}`, '/manage/recommendations', '/manage/users', '/manage/audit']) {
      const response = await owner.request('GET', url);
      assert.equal(response.statusCode, 303, url);
      assert.match(response.headers.location as string, /^\/sign-in/, url);
    }
    const direct = await owner.post(`/manage/actions/${seed.actionId('3')}/progress`, { progress: 'Through the back door' });
    assert.equal(direct.statusCode, 303);
    assert.match(direct.headers.location as string, /^\/sign-in/);
    // Nor is the token itself any use as a session cookie.
    const token = path.split('/').at(-1)!;
    const asCookie = await app.inject({ url: '/manage/actions', headers: { cookie: `gavel_session=${token}` } });
    assert.equal(asCookie.statusCode, 303);
  });

  it('stops working once expired, when the action passes to someone else, or when the link is withdrawn', async () => {
    const secret = await instanceSecret(database.db, ACTION_LINK_SECRET);
    const id = seed.actionId('1');
    const expired = createActionLinkToken(secret, id, new Date(Date.now() - 1000));
    await database.db.insertInto('actionUpdateLink').values({ tokenHash: expired.tokenHash, actionId: id, personId: seed.people.roads.id, sentTo: 'priya.roads@northwold.example', expiresAt: expired.expiresAt }).execute();
    assert.equal((await app.inject({ url: `/action-update/${expired.token}` })).statusCode, 404);

    const live = createActionLinkToken(secret, id, new Date(Date.now() + 86_400_000));
    await database.db.insertInto('actionUpdateLink').values({ tokenHash: live.tokenHash, actionId: id, personId: seed.people.roads.id, sentTo: 'priya.roads@northwold.example', expiresAt: live.expiresAt }).execute();
    assert.equal((await app.inject({ url: `/action-update/${live.token}` })).statusCode, 200);
    // Stored only as a hash: signing a token is not enough without its row.
    const unstored = createActionLinkToken(secret, id, new Date(Date.now() + 86_400_000));
    assert.equal((await app.inject({ url: `/action-update/${unstored.token}` })).statusCode, 404);
    assert.equal(live.tokenHash, hashToken(live.token));

    await database.db.updateTable('action').set({ ownerPersonId: seed.people.transport.id }).where('id', '=', id).execute();
    assert.equal((await app.inject({ url: `/action-update/${live.token}` })).statusCode, 404, 'no longer the owner');
    await database.db.updateTable('action').set({ ownerPersonId: seed.people.roads.id }).where('id', '=', id).execute();
    assert.equal((await app.inject({ url: `/action-update/${live.token}` })).statusCode, 200);
    await database.db.deleteFrom('actionUpdateLink').where('tokenHash', '=', live.tokenHash).execute();
    assert.equal((await app.inject({ url: `/action-update/${live.token}` })).statusCode, 404, 'withdrawn');
  });

  it('shows the owner the same field errors as the back office, and saves nothing', async () => {
    const path = await linkFor('3');
    const owner = new TestBrowser(app);
    await owner.get(path);
    const response = await owner.post(path, { status: 'completed', 'completedOn-day': '40', 'completedOn-month': '3', 'completedOn-year': '2026' });
    assert.equal(response.statusCode, 400);
    const $ = cheerio.load(response.body);
    assert.equal($('.govuk-error-summary a').first().text().trim(), 'Date completed must be a real date');
    assert.equal($('#completedOn-day').val(), '40', 'what was typed is kept');
    const row = await database.db.selectFrom('action').select('status').where('id', '=', seed.actionId('3')).executeTakeFirstOrThrow();
    assert.notEqual(row.status, 'completed');
  });
});
