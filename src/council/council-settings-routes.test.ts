import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import * as cheerio from 'cheerio';
import type { FastifyInstance } from 'fastify';
import { buildTestApp } from '../../test/build-test-app.ts';
import { openTestDatabase, type TestDatabaseHandle } from '../../test/support/database.ts';
import { signedInAs } from '../../test/support/staff.ts';

const settings = {
  name: 'Northwold District Council',
  shortName: 'Northwold',
  nation: 'wales',
  website: 'https://www.northwold.example',
  email: 'democratic.services@northwold.example',
  phone: '01234 567890',
  address: 'Civic Centre\nMarket Street',
  brandColour: '2D5F4E',
};

describe('council settings in the back office', () => {
  let database: TestDatabaseHandle;
  let app: FastifyInstance;
  before(async () => {
    database = await openTestDatabase('pglite');
    app = await buildTestApp(database);
  });
  after(async () => {
    await app.close();
    await database.close();
  });

  it('creates the council on an instance that has none, and records it in the audit trail', async () => {
    const clerk = await signedInAs(app, database.db, 'democratic-services');
    const { $ } = await clerk.get('/manage/council');
    assert.equal($('form[action="/manage/council"] button').text().trim(), 'Create the council');
    const response = await clerk.post('/manage/council', settings);
    assert.equal(response.statusCode, 303);
    const council = await database.db.selectFrom('council').selectAll().executeTakeFirstOrThrow();
    assert.deepEqual([council.slug, council.nation, council.brandColour, council.address], ['northwold', 'wales', '#2d5f4e', 'Civic Centre\nMarket Street']);
    const audit = await database.db.selectFrom('auditEvent').selectAll().where('entity', '=', 'council').executeTakeFirstOrThrow();
    assert.equal(audit.action, 'create');
    assert.equal(audit.userId, clerk.user.id);
  });

  it('changes the council it has rather than adding another', async () => {
    const administrator = await signedInAs(app, database.db, 'administrator');
    await administrator.get('/manage/council');
    const response = await administrator.post('/manage/council', { ...settings, name: 'Northwold Borough Council', shortName: 'Northwold Borough' });
    assert.equal(response.statusCode, 303);
    const councils = await database.db.selectFrom('council').select(['name', 'slug']).execute();
    assert.deepEqual(councils, [{ name: 'Northwold Borough Council', slug: 'northwold' }]);
  });

  it('refuses a brand colour white text cannot sit on, naming the field, and saves nothing', async () => {
    const clerk = await signedInAs(app, database.db, 'democratic-services');
    await clerk.get('/manage/council');
    const response = await clerk.post('/manage/council', { ...settings, name: 'Changed', brandColour: '#ffdd00' });
    assert.equal(response.statusCode, 400);
    const page = cheerio.load(response.body);
    assert.match(page('title').text(), /^Error: /);
    assert.equal(page('.govuk-error-summary a').attr('href'), '#brandColour');
    assert.match(page('#brandColour-error').text(), /contrast ratio of 1\.\d\d to 1/);
    assert.equal(page('#name').val(), 'Changed');
    const council = await database.db.selectFrom('council').select('name').executeTakeFirstOrThrow();
    assert.equal(council.name, 'Northwold Borough Council');
  });

  it('adds and removes a closure day, each audited, and names the date when it is wrong', async () => {
    const clerk = await signedInAs(app, database.db, 'democratic-services');
    await clerk.get('/manage/council');
    const wrong = await clerk.post('/manage/council/closure-days', { 'date-day': '30', 'date-month': '2', 'date-year': '2026', reason: '' });
    assert.equal(wrong.statusCode, 400);
    const $wrong = cheerio.load(wrong.body);
    assert.deepEqual($wrong('.govuk-error-summary a').map((_, a) => $wrong(a).attr('href')).get(), ['#date-day', '#reason']);
    assert.equal($wrong('#date-error').text().replace('Error:', '').trim(), 'Date must be a real date');

    const added = await clerk.post('/manage/council/closure-days', { 'date-day': '29', 'date-month': '12', 'date-year': '2026', reason: 'Offices closed between Christmas and New Year' });
    assert.equal(added.statusCode, 303);
    const { $ } = await clerk.get('/manage/council');
    assert.match($('#closure-days + p + .gavel-table-scroll td').first().text(), /29 December 2026/);
    await clerk.post('/manage/council/closure-days/remove', { date: '2026-12-29' });
    assert.equal((await database.db.selectFrom('councilClosureDay').select('date').execute()).length, 0);
    const trail = await database.db.selectFrom('auditEvent').select('action').where('entity', '=', 'council_closure_day').orderBy('id').execute();
    assert.deepEqual(trail.map((t) => t.action), ['create', 'delete']);
  });

  for (const role of ['councillor', 'report-author', 'scrutiny-officer'] as const) {
    it(`refuses a ${role} the page and a direct post`, async () => {
      const staff = await signedInAs(app, database.db, role);
      await staff.get('/manage/council', 403);
      await staff.get('/manage');
      assert.equal((await staff.post('/manage/council', { ...settings, name: 'Taken over' })).statusCode, 403);
      assert.equal((await staff.post('/manage/council/closure-days', { 'date-day': '1', 'date-month': '6', 'date-year': '2026', reason: 'x' })).statusCode, 403);
      const council = await database.db.selectFrom('council').select('name').executeTakeFirstOrThrow();
      assert.notEqual(council.name, 'Taken over');
    });
  }

  it('sends the public to sign in', async () => {
    const response = await app.inject({ method: 'GET', url: '/manage/council' });
    assert.equal(response.statusCode, 303);
    assert.equal(response.headers.location, '/sign-in?next=%2Fmanage%2Fcouncil');
  });
});
