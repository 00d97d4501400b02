import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { buildTestApp, textOf } from '../../test/build-test-app.ts';
import { insertCouncil } from '../../test/factories.ts';
import { openTestDatabase, type TestDatabaseHandle } from '../../test/support/database.ts';
import { insertStaff, signIn, TestBrowser, testPassword } from '../../test/support/staff.ts';
import { createPasswordLink } from './staff-accounts.ts';
import { sessionCookieName } from './staff-session-plugin.ts';

describe('signing in and out', () => {
  let database: TestDatabaseHandle;
  let app: FastifyInstance;
  before(async () => {
    database = await openTestDatabase('pglite');
    await insertCouncil(database.db);
    app = await buildTestApp(database);
  });
  after(async () => {
    await app.close();
    await database.close();
  });

  it('sends the public to sign in, and back to the page they wanted afterwards', async () => {
    const user = await insertStaff(database.db, 'democratic-services');
    const browser = new TestBrowser(app);
    const refused = await browser.request('GET', '/manage/account');
    assert.equal(refused.statusCode, 303);
    assert.equal(refused.headers.location, '/sign-in?next=%2Fmanage%2Faccount');
    const { $ } = await browser.get(refused.headers.location as string);
    assert.equal($('input[name="next"]').val(), '/manage/account');
    const signedIn = await browser.post('/sign-in', { email: user.email.toUpperCase(), password: testPassword, next: '/manage/account' });
    assert.equal(signedIn.statusCode, 303);
    assert.equal(signedIn.headers.location, '/manage/account');
    const page = await browser.get('/manage/account');
    assert.equal(textOf(page.$, 'h1'), 'Your account');
    assert.match(textOf(page.$, '.govuk-service-navigation'), new RegExp(user.name));
  });

  it('never sends anyone to another site after signing in', async () => {
    const user = await insertStaff(database.db, 'councillor');
    const browser = new TestBrowser(app);
    await browser.get('/sign-in');
    const response = await browser.post('/sign-in', { email: user.email, password: testPassword, next: '//evil.example/' });
    assert.equal(response.headers.location, '/manage');
  });

  it('gives the same answer for a wrong password, an unknown address and a deactivated account', async () => {
    const user = await insertStaff(database.db, 'councillor');
    const inactive = await insertStaff(database.db, 'councillor');
    await database.db.updateTable('staffUser').set({ isActive: false }).where('id', '=', inactive.id).execute();
    const messages = [];
    for (const [email, password] of [[user.email, 'not the password at all'], ['nobody@northwold.example', testPassword], [inactive.email, testPassword]] as const) {
      const browser = new TestBrowser(app);
      await browser.get('/sign-in');
      const response = await browser.post('/sign-in', { email, password });
      assert.equal(response.statusCode, 401);
      assert.equal(browser.hasCookie(sessionCookieName), false);
      const $ = (await import('cheerio')).load(response.body);
      messages.push(textOf($, '.govuk-error-summary__list'));
      assert.equal($('#email').val(), email, 'the address typed is kept');
      assert.match($('title').text(), /^Error: /);
    }
    assert.equal(new Set(messages).size, 1);
    assert.equal(messages[0], 'Email address or password is not right');
  });

  it('names the empty fields', async () => {
    const browser = new TestBrowser(app);
    await browser.get('/sign-in');
    const response = await browser.post('/sign-in', { email: '', password: '' });
    assert.equal(response.statusCode, 400);
    const $ = (await import('cheerio')).load(response.body);
    assert.deepEqual($('.govuk-error-summary__list a').map((_, a) => $(a).attr('href')).get(), ['#email', '#password']);
    assert.equal(textOf($, '#email-error'), 'Error: Enter your email address');
  });

  it('locks an account after five wrong passwords, even against the right one, for everyone', async () => {
    const user = await insertStaff(database.db, 'scrutiny-officer');
    for (let n = 0; n < 5; n++) {
      const browser = new TestBrowser(app);
      await browser.get('/sign-in');
      await browser.post('/sign-in', { email: user.email, password: `wrong password number ${n}` });
    }
    const browser = new TestBrowser(app);
    await browser.get('/sign-in');
    const response = await browser.post('/sign-in', { email: user.email, password: testPassword });
    assert.equal(response.statusCode, 429);
    assert.match(response.body, /Try again in 15 minutes/);
    const stored = await database.db.selectFrom('staffUser').select('lockedUntil').where('id', '=', user.id).executeTakeFirstOrThrow();
    assert.ok(stored.lockedUntil && stored.lockedUntil > new Date());
  });

  it('refuses a form posted without its CSRF token, and one with another browser’s token', async () => {
    const user = await insertStaff(database.db, 'councillor');
    const browser = new TestBrowser(app);
    await browser.get('/sign-in');
    const missing = await browser.post('/sign-in', { email: user.email, password: testPassword }, { csrf: null });
    assert.equal(missing.statusCode, 403);
    assert.match(missing.body, /This form has expired/);
    const other = new TestBrowser(app);
    await other.get('/sign-in');
    const forged = await browser.post('/sign-in', { email: user.email, password: testPassword }, { csrf: other.csrfToken + 'x' });
    assert.equal(forged.statusCode, 403);
    assert.equal(browser.hasCookie(sessionCookieName), false);
  });

  it('ends the session on signing out, so the old cookie no longer works', async () => {
    const user = await insertStaff(database.db, 'councillor');
    const browser = await signIn(app, user.email);
    const stolenCookie = `${sessionCookieName}=${browser.cookie(sessionCookieName)}`;
    await browser.get('/manage');
    const out = await browser.post('/sign-out');
    assert.equal(out.statusCode, 303);
    const replay = await app.inject({ method: 'GET', url: '/manage', headers: { cookie: stolenCookie } });
    assert.equal(replay.statusCode, 303);
    assert.match(String(replay.headers.location), /^\/sign-in/);
  });

  it('signs out every device when asked', async () => {
    const user = await insertStaff(database.db, 'councillor');
    const laptop = await signIn(app, user.email);
    const tablet = await signIn(app, user.email);
    await tablet.get('/manage');
    const { $ } = await laptop.get('/manage/account');
    assert.equal($('main li').filter((_, li) => /last used/.test($(li).text())).length, 2);
    await laptop.post('/manage/account/sign-out-everywhere');
    assert.equal((await tablet.request('GET', '/manage')).statusCode, 303);
    assert.equal((await laptop.request('GET', '/manage')).statusCode, 303);
  });

  it('lets a new member of staff choose a password once through their link, then signs them in', async () => {
    const user = await insertStaff(database.db, 'report-author');
    await database.db.updateTable('staffUser').set({ passwordHash: null }).where('id', '=', user.id).execute();
    const link = await createPasswordLink(database.db, user.id, 'invitation', 'http://gavel.test');
    const path = new URL(link.url).pathname;
    const browser = new TestBrowser(app);
    await browser.get(path);
    const tooShort = await browser.post(path, { password: 'short', confirm: 'short' });
    assert.equal(tooShort.statusCode, 400);
    assert.match(tooShort.body, /at least 12 characters/);
    const chosen = await browser.post(path, { password: 'a brand new passphrase', confirm: 'a brand new passphrase' });
    assert.equal(chosen.statusCode, 303);
    assert.equal((await browser.get('/manage')).response.statusCode, 200);
    assert.equal((await new TestBrowser(app).request('GET', path)).statusCode, 404, 'the link works once');
    await signIn(app, user.email, 'a brand new passphrase');
  });

  it('reads no session for a request without the cookie and sets none on public pages', async () => {
    const response = await app.inject({ method: 'GET', url: '/' });
    assert.equal(response.statusCode, 200);
    assert.equal(response.headers['set-cookie'], undefined);
    assert.match(textOf((await import('cheerio')).load(response.body), 'footer'), /Staff sign in/);
  });
});
