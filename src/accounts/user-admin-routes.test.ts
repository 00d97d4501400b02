import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { buildTestApp, textOf } from '../../test/build-test-app.ts';
import { insertCouncil, insertPerson } from '../../test/factories.ts';
import { openTestDatabase, type TestDatabaseHandle } from '../../test/support/database.ts';
import { signedInAs, TestBrowser } from '../../test/support/staff.ts';
import { staffRoles } from './roles.ts';

describe('staff accounts pages', () => {
  let database: TestDatabaseHandle;
  let app: FastifyInstance;
  let admin: Awaited<ReturnType<typeof signedInAs>>;
  before(async () => {
    database = await openTestDatabase('pglite');
    await insertCouncil(database.db);
    app = await buildTestApp(database);
    admin = await signedInAs(app, database.db, 'administrator', { name: 'Ada Admin' });
  });
  after(async () => {
    await app.close();
    await database.close();
  });

  it('adds a member of staff linked to their person record, shows a one-time link, and audits it', async () => {
    const officer = await insertPerson(database.db, { fullName: 'Priya Shah', kind: 'officer' });
    await admin.get('/manage/users/new');
    const response = await admin.post('/manage/users', { name: 'Priya Shah', email: 'priya.shah@northwold.example', role: 'report-author', personId: String(officer.id) });
    assert.equal(response.statusCode, 200);
    const $ = (await import('cheerio')).load(response.body);
    const link = textOf($, '.gavel-secret-link');
    assert.match(link, /^http:\/\/gavel\.test\/set-password\/[A-Za-z0-9_-]{43}$/);
    const user = await database.db.selectFrom('staffUser').selectAll().where('email', '=', 'priya.shah@northwold.example').executeTakeFirstOrThrow();
    assert.equal(user.role, 'report-author');
    assert.equal(user.personId, officer.id);
    assert.equal(user.passwordHash, null);
    const audit = await database.db.selectFrom('auditEvent').selectAll().where('entity', '=', 'staff_user').where('entityId', '=', String(user.id)).execute();
    assert.equal(audit[0]?.userName, 'Ada Admin');
    assert.equal(audit[0]?.summary, 'Added Priya Shah as Report author');
    assert.equal(JSON.stringify(audit).includes('passwordHash'), false);
    const list = await admin.get('/manage/users');
    assert.match(textOf(list.$, 'tbody'), /Priya Shah priya\.shah@northwold\.example Report author Never Invited/);
  });

  it('names each wrong field and keeps what was typed', async () => {
    await admin.get('/manage/users/new');
    const response = await admin.post('/manage/users', { name: '', email: 'not-an-email', role: 'boss' });
    assert.equal(response.statusCode, 400);
    const $ = (await import('cheerio')).load(response.body);
    assert.deepEqual($('.govuk-error-summary__list a').map((_, a) => $(a).attr('href')).get(), ['#name', '#email', '#role']);
    assert.equal($('#email').val(), 'not-an-email');
  });

  it('refuses a second account with the same address, whatever its case', async () => {
    await admin.get('/manage/users/new');
    await admin.post('/manage/users', { name: 'Sam One', email: 'sam@northwold.example', role: 'councillor' });
    await admin.get('/manage/users/new');
    const again = await admin.post('/manage/users', { name: 'Sam Two', email: 'SAM@northwold.example', role: 'councillor' });
    assert.equal(again.statusCode, 400);
    assert.match(again.body, /already an account with this email address/);
  });

  it('deactivates an account, which signs it out everywhere and stops it signing in', async () => {
    const councillor = await signedInAs(app, database.db, 'councillor');
    await admin.get(`/manage/users/${councillor.user.id}`);
    await admin.post(`/manage/users/${councillor.user.id}/active`, { active: 'false' });
    assert.equal((await councillor.request('GET', '/manage')).statusCode, 303);
    const stored = await database.db.selectFrom('staffUser').select('isActive').where('id', '=', councillor.user.id).executeTakeFirstOrThrow();
    assert.equal(stored.isActive, false);
  });

  it('will not let an administrator change their own role', async () => {
    await admin.get(`/manage/users/${admin.user.id}/edit`);
    const response = await admin.post(`/manage/users/${admin.user.id}`, { name: 'Ada Admin', email: admin.user.email, role: 'councillor' });
    assert.equal(response.statusCode, 400);
    assert.match(response.body, /cannot change your own role/);
  });

  for (const role of staffRoles.filter((r) => r !== 'administrator')) {
    it(`refuses a ${role} the accounts pages and their forms`, async () => {
      const browser = await signedInAs(app, database.db, role);
      assert.equal((await browser.request('GET', '/manage/users')).statusCode, 403);
      assert.equal((await browser.request('GET', '/manage/audit')).statusCode, 403);
      await browser.get('/manage');
      const post = await browser.post('/manage/users', { name: 'Mallory', email: `mallory.${role}@northwold.example`, role: 'administrator' });
      assert.equal(post.statusCode, 403);
      assert.equal(await database.db.selectFrom('staffUser').select('id').where('email', '=', `mallory.${role}@northwold.example`).executeTakeFirst(), undefined);
      const { $ } = await browser.get('/manage');
      assert.equal($('.govuk-service-navigation a[href="/manage/users"]').length, 0, 'no link to a page they may not open');
    });
  }

  it('refuses the public, sending them to sign in', async () => {
    const response = await new TestBrowser(app).request('POST', '/manage/users', 'name=x', 'application/x-www-form-urlencoded');
    assert.ok([303, 403].includes(response.statusCode));
    assert.equal(await database.db.selectFrom('staffUser').select('id').where('name', '=', 'x').executeTakeFirst(), undefined);
  });

  it('shows the audit trail with what changed, filtered by record', async () => {
    const target = await signedInAs(app, database.db, 'scrutiny-officer', { name: 'Omar Officer' });
    await admin.get(`/manage/users/${target.user.id}/edit`);
    await admin.post(`/manage/users/${target.user.id}`, { name: 'Omar Officer', email: target.user.email, role: 'democratic-services' });
    const { $ } = await admin.get(`/manage/audit?entity=staff_user&id=${target.user.id}`);
    assert.equal(textOf($, '#audit-count'), '1 change');
    assert.match(textOf($, '.gavel-audit-event h2'), /Changed the account of Omar Officer/);
    const rows = $('.gavel-audit-event tbody tr').map((_, tr) => [$(tr).children().map((__, cell) => $(cell).text().trim()).get()]).get();
    assert.deepEqual(rows, [['role', 'scrutiny-officer', 'democratic-services']]);
  });
});
