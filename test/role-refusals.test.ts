import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { hasPermission, staffRoles } from '../src/accounts/roles.ts';
import { buildApp } from '../src/web/app.ts';
import type { IndexedRoute } from '../src/web/route-index.ts';
import { insertCouncil } from './factories.ts';
import { openTestDatabase, type TestDatabaseHandle } from './support/database.ts';
import { signedInAs, TestBrowser } from './support/staff.ts';

/**
 * Every role is refused what it may not do, through direct requests as well
 * as the pages: each back-office route, GET and POST, is asked by every role
 * that lacks its permission and must answer 403 and change nothing; the
 * public are sent to sign in. Routes come from the app's route index, so a
 * new back-office route is tried the day it is added, and one without a
 * guard fails the test.
 */
describe('each role is refused what it may not do', () => {
  let database: TestDatabaseHandle;
  let app: FastifyInstance;
  let backOffice: IndexedRoute[];

  before(async () => {
    database = await openTestDatabase('pglite');
    await insertCouncil(database.db);
    app = await buildApp({ db: database.db, config: { publicUrl: 'http://gavel.test' }, today: () => '2026-03-02' });
    await app.ready();
    backOffice = app.routeIndex.filter((route) => route.url.startsWith('/manage') && route.method !== 'OPTIONS');
  });
  after(async () => {
    await app.close();
    await database.close();
  });

  // A guard refuses before the route reads its parameters, so any well-formed value will do.
  const address = (route: IndexedRoute) => route.url.replace(/:[A-Za-z]+/g, '1');
  const changesRecorded = async () => Number((await database.db.selectFrom('auditEvent').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

  it('guards every back-office route with a permission', () => {
    assert.ok(backOffice.length > 100, `only ${backOffice.length} back-office routes were found`);
    assert.deepEqual(backOffice.filter((route) => route.permission === null).map((route) => `${route.method} ${route.url}`), []);
  });

  it('lets every role change only its own account, and reports and actions checked record by record', () => {
    // Each of these routes refuses a person who is not named on the record: src/agendas/reports and src/actions test that.
    const openToEveryRole = backOffice.filter((route) => route.method !== 'GET' && staffRoles.every((role) => hasPermission(role, route.permission!)));
    assert.deepEqual(openToEveryRole.map((route) => route.url).sort(), [
      '/manage/account/password',
      '/manage/account/sign-out-everywhere',
      '/manage/reports/:id',
      '/manage/reports/:id/sign-offs',
      '/manage/reports/:id/status',
      '/manage/reports/:id/upload',
    ]);
  });

  it('sends the public to sign in from every back-office route', async () => {
    const visitor = new TestBrowser(app);
    await visitor.get('/sign-in');
    const wrong: string[] = [];
    for (const route of backOffice) {
      const response = route.method === 'GET' ? await visitor.request('GET', address(route)) : await visitor.post(address(route));
      if (response.statusCode !== 303 || !String(response.headers.location).startsWith('/sign-in')) wrong.push(`${route.method} ${route.url}: ${response.statusCode}`);
    }
    assert.deepEqual(wrong, []);
  });

  for (const role of staffRoles) {
    it(`refuses a ${role} every route its role does not allow, and changes nothing`, async () => {
      const staff = await signedInAs(app, database.db, role);
      // A page with a form, for a CSRF token: the refusal must come from the role, not an expired form.
      await staff.get('/manage');
      assert.ok(staff.csrfToken, 'the back office page carries a form token');
      const before = await changesRecorded();
      const refused = backOffice.filter((route) => route.permission !== null && !hasPermission(role, route.permission));
      const wrong: string[] = [];
      for (const route of refused) {
        const response = route.method === 'GET' ? await staff.request('GET', address(route)) : await staff.post(address(route), { title: 'Changed by someone not allowed' });
        if (response.statusCode !== 403 || !response.body.includes('You do not have permission')) wrong.push(`${route.method} ${route.url}: ${response.statusCode}`);
      }
      assert.deepEqual(wrong, []);
      assert.equal(await changesRecorded(), before, 'no change reached the audit trail');
      if (role === 'democratic-services') assert.equal(refused.length, backOffice.filter((r) => r.permission === 'users:manage' || r.permission === 'audit:read').length);
      else assert.ok(refused.length > 0, `${role} is refused something`);
    });
  }
});
