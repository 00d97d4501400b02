import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import * as cheerio from 'cheerio';
import type { FastifyInstance } from 'fastify';
import { buildTestApp, textOf } from '../../test/build-test-app.ts';
import { insertCouncil } from '../../test/factories.ts';
import { openTestDatabase, type TestDatabaseHandle } from '../../test/support/database.ts';
import { signedInAs } from '../../test/support/staff.ts';

describe('municipal years in the back office', () => {
  let database: TestDatabaseHandle;
  let app: FastifyInstance;
  before(async () => {
    database = await openTestDatabase('pglite');
    await insertCouncil(database.db);
    await database.db.insertInto('municipalYear').values({ label: '2025/26', startsOn: '2025-05-13', endsOn: '2026-05-11' }).execute();
    app = await buildTestApp(database, '2026-03-02');
  });
  after(async () => {
    await app.close();
    await database.close();
  });

  it('suggests the next year and adds it, audited', async () => {
    const clerk = await signedInAs(app, database.db, 'democratic-services');
    const { $ } = await clerk.get('/manage/municipal-years');
    assert.equal($('#label').val(), '2026/27');
    assert.deepEqual([$('#startsOn-day').val(), $('#startsOn-month').val(), $('#startsOn-year').val()], ['12', '5', '2026']);
    const response = await clerk.post('/manage/municipal-years', {
      label: '2026/27',
      'startsOn-day': '12', 'startsOn-month': '5', 'startsOn-year': '2026',
      'endsOn-day': '17', 'endsOn-month': '5', 'endsOn-year': '2027',
    });
    assert.equal(response.statusCode, 303);
    const { $: $after } = await clerk.get(response.headers.location as string);
    assert.equal(textOf($after, '.govuk-notification-banner__content'), 'The municipal year 2026/27 is added.');
    assert.match(textOf($after, 'table'), /2026\/27 12 May 2026 17 May 2027/);
    const audit = await database.db.selectFrom('auditEvent').select('summary').where('entity', '=', 'municipal_year').executeTakeFirstOrThrow();
    assert.equal(audit.summary, 'Added the municipal year 2026/27, 12 May 2026 to 17 May 2027');
  });

  it('refuses a year that overlaps another, naming the field', async () => {
    const clerk = await signedInAs(app, database.db, 'democratic-services');
    await clerk.get('/manage/municipal-years');
    const response = await clerk.post('/manage/municipal-years', {
      label: '2027/28',
      'startsOn-day': '1', 'startsOn-month': '5', 'startsOn-year': '2027',
      'endsOn-day': '15', 'endsOn-month': '5', 'endsOn-year': '2028',
    });
    assert.equal(response.statusCode, 400);
    const $ = cheerio.load(response.body);
    assert.equal($('.govuk-error-summary a').attr('href'), '#startsOn-day');
    assert.match(textOf($, '#startsOn-error'), /overlap 2026\/27/);
  });

  it('refuses a councillor the page and a direct post', async () => {
    const councillor = await signedInAs(app, database.db, 'councillor');
    await councillor.get('/manage/municipal-years', 403);
    await councillor.get('/manage');
    const response = await councillor.post('/manage/municipal-years', { label: '2030/31', 'startsOn-day': '14', 'startsOn-month': '5', 'startsOn-year': '2030', 'endsOn-day': '12', 'endsOn-month': '5', 'endsOn-year': '2031' });
    assert.equal(response.statusCode, 403);
    assert.equal(await database.db.selectFrom('municipalYear').select('id').where('label', '=', '2030/31').executeTakeFirst(), undefined);
  });
});
