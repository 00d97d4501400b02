import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { CheerioAPI } from 'cheerio';
import type { FastifyInstance } from 'fastify';
import { buildTestApp, getPage } from '../../test/build-test-app.ts';
import { openTestDatabase, type TestDatabaseHandle } from '../../test/support/database.ts';
import { signedInAs, TestBrowser } from '../../test/support/staff.ts';
import { seedTopicRecords, TOPIC_EXEMPT_MARKER } from './topic-test-records.ts';

const titlesIn = ($: CheerioAPI, tableCaption: string) =>
  $('table')
    .filter((_, t) => $(t).find('caption').text().includes(tableCaption))
    .find('tbody tr td:first-child a')
    .map((_, a) => $(a).text().trim())
    .get();

describe('back-office topics', () => {
  let database: TestDatabaseHandle;
  let app: FastifyInstance;
  let seeded: Awaited<ReturnType<typeof seedTopicRecords>>;

  before(async () => {
    database = await openTestDatabase('pglite');
    seeded = await seedTopicRecords(database.db);
    app = await buildTestApp(database);
  });
  after(async () => {
    await app.close();
    await database.close();
  });

  const auditSummaries = async () => (await database.db.selectFrom('auditEvent').select('summary').orderBy('id').execute()).map((e) => e.summary);

  it('lets a scrutiny officer add a topic, which suggests the transport records and not the library', async () => {
    const officer = await signedInAs(app, database.db, 'scrutiny-officer');
    await officer.get('/manage/topics/new');
    const created = await officer.post('/manage/topics', { name: 'School transport', description: 'Getting children to school.' });
    assert.equal(created.statusCode, 303);
    const { $ } = await officer.get(created.headers.location as string);
    assert.equal($('h1').text().trim(), 'School transport');
    const suggested = titlesIn($, 'suggestion');
    for (const title of ['School transport', 'Home to school transport policy', 'SEND transport review']) assert.ok(suggested.includes(title), `${title} in ${suggested.join('; ')}`);
    assert.ok(!suggested.includes('Library opening hours'));
    assert.deepEqual(await auditSummaries(), ['Added the topic School transport']);
  });

  it('names a field left empty, keeps what was typed and saves nothing', async () => {
    const officer = await signedInAs(app, database.db, 'scrutiny-officer');
    await officer.get('/manage/topics/new');
    const response = await officer.post('/manage/topics', { name: '  ', description: 'Kept' });
    assert.equal(response.statusCode, 400);
    const $ = (await import('cheerio')).load(response.body);
    assert.match($('title').text(), /^Error: /);
    assert.equal($('.govuk-error-summary a[href="#name"]').text().trim(), 'Enter the topic’s name');
    assert.equal($('#description').text().trim(), 'Kept');
    assert.equal((await database.db.selectFrom('topic').select('id').execute()).length, 1);
  });

  it('accepts and rejects suggestions, audited, and a rejected record is not suggested again', async () => {
    const officer = await signedInAs(app, database.db, 'democratic-services');
    const topic = await database.db.selectFrom('topic').selectAll().where('slug', '=', 'school-transport').executeTakeFirstOrThrow();
    await officer.get(`/manage/topics/${topic.id}`);
    const accept = await officer.post(`/manage/topics/${topic.id}/links`, { record: `agenda-item:${seeded.items.policy.id}`, decision: 'accept', score: '1' });
    assert.equal(accept.statusCode, 303);
    await officer.post(`/manage/topics/${topic.id}/links`, { record: `agenda-item:${seeded.items.schoolTransport.id}`, decision: 'accept' });
    await officer.post(`/manage/topics/${topic.id}/links`, { record: `work-programme-item:${seeded.workProgramme.sendReview}`, decision: 'reject' });
    const { $ } = await officer.get(`/manage/topics/${topic.id}?saved=reject`);
    assert.match($('.govuk-notification-banner').text(), /will not be suggested again/);
    assert.deepEqual(titlesIn($, 'shown on the public page').sort(), ['Home to school transport policy', 'School transport']);
    const suggested = titlesIn($, 'suggestion');
    assert.ok(!suggested.includes('SEND transport review'));
    assert.ok(suggested.includes('Publish the eligibility criteria with worked examples for families.'), 'a recommendation raised at an accepted item');
    const summaries = await auditSummaries();
    assert.ok(summaries.includes('Accepted agenda item “Home to school transport policy” in the topic School transport'));
    assert.ok(summaries.includes('Rejected work programme item “SEND transport review” for the topic School transport'));
  });

  it('finds records by hand, adds one and removes one', async () => {
    const officer = await signedInAs(app, database.db, 'scrutiny-officer');
    const topic = await database.db.selectFrom('topic').selectAll().where('slug', '=', 'school-transport').executeTakeFirstOrThrow();
    const { $ } = await officer.get(`/manage/topics/${topic.id}?find=contract`);
    const found = titlesIn($, 'found for');
    assert.deepEqual(found, ['School transport contract award']);
    await officer.post(`/manage/topics/${topic.id}/links`, { record: `agenda-item:${seeded.items.contract.id}`, decision: 'add' });
    await officer.post(`/manage/topics/${topic.id}/links`, { record: `agenda-item:${seeded.items.schoolTransport.id}`, decision: 'remove' });
    const after = await officer.get(`/manage/topics/${topic.id}`);
    assert.deepEqual(titlesIn(after.$, 'shown on the public page').sort(), ['Home to school transport policy', 'School transport contract award']);
    assert.ok(!titlesIn(after.$, 'suggestion').includes('School transport'), 'a removed record is not suggested again');
  });

  it('refuses a record that does not exist, and a decision it does not know', async () => {
    const officer = await signedInAs(app, database.db, 'scrutiny-officer');
    const topic = await database.db.selectFrom('topic').selectAll().where('slug', '=', 'school-transport').executeTakeFirstOrThrow();
    await officer.get(`/manage/topics/${topic.id}`);
    assert.equal((await officer.post(`/manage/topics/${topic.id}/links`, { record: 'action:999999', decision: 'add' })).statusCode, 404);
    assert.equal((await officer.post(`/manage/topics/${topic.id}/links`, { record: `action:${seeded.actions.routeMap}`, decision: 'publish' })).statusCode, 400);
  });

  it('creates a topic from a suggested group with only the records left ticked', async () => {
    const officer = await signedInAs(app, database.db, 'scrutiny-officer');
    await database.db.deleteFrom('topicLink').execute();
    const { $ } = await officer.get('/manage/topics/suggestions');
    const form = $('form[action="/manage/topics/suggestions"]').filter((_, f) => $(f).text().includes('SEND transport review')).first();
    assert.ok(form.length, 'the transport group is suggested');
    assert.ok(!form.text().includes('Library opening hours'));
    const values = form.find('input[name="records"]').map((_, i) => $(i).val() as string).get();
    const kept = values.filter((v) => v !== `work-programme-item:${seeded.workProgramme.sendReview}`);
    const response = await officer.post('/manage/topics/suggestions', { group: String(form.find('input[name="group"]').val()), name: 'Transport to school', records: kept });
    assert.equal(response.statusCode, 303);
    const topic = await database.db.selectFrom('topic').selectAll().where('slug', '=', 'transport-to-school').executeTakeFirstOrThrow();
    const links = await database.db.selectFrom('topicLink').select(['recordKind', 'recordId']).where('topicId', '=', topic.id).execute();
    assert.equal(links.length, kept.length);
    assert.ok(!links.some((l) => l.recordKind === 'work-programme-item' && l.recordId === seeded.workProgramme.sendReview));
  });

  it('asks again for a suggested topic with no record ticked, naming the group’s field', async () => {
    const officer = await signedInAs(app, database.db, 'scrutiny-officer');
    await officer.get('/manage/topics/suggestions');
    const response = await officer.post('/manage/topics/suggestions', { group: '0', name: 'Nothing' });
    assert.equal(response.statusCode, 400);
    const $ = (await import('cheerio')).load(response.body);
    assert.equal($('.govuk-error-summary a').attr('href'), '#records-0');
  });

  it('merges one topic into another and sends the old address to the new one', async () => {
    const officer = await signedInAs(app, database.db, 'scrutiny-officer');
    const into = await database.db.selectFrom('topic').selectAll().where('slug', '=', 'transport-to-school').executeTakeFirstOrThrow();
    const from = await database.db.selectFrom('topic').selectAll().where('slug', '=', 'school-transport').executeTakeFirstOrThrow();
    await officer.get(`/manage/topics/${from.id}/merge`);
    assert.equal((await officer.post(`/manage/topics/${from.id}/merge`, { into: String(from.id) })).statusCode, 400);
    const merged = await officer.post(`/manage/topics/${from.id}/merge`, { into: String(into.id) });
    assert.equal(merged.headers.location, `/manage/topics/${into.id}?saved=merged`);
    const redirect = await app.inject({ method: 'GET', url: '/topics/school-transport' });
    assert.equal(redirect.statusCode, 301);
    assert.equal(redirect.headers.location, '/topics/transport-to-school');
    assert.ok((await auditSummaries()).some((s) => s.startsWith('Merged the topic School transport into Transport to school')));
  });

  it('shows the public only confirmed records, exempt ones by title and paragraph', async () => {
    const { $, response } = await getPage(app, '/topics/transport-to-school');
    assert.ok(!response.body.includes(TOPIC_EXEMPT_MARKER));
    assert.ok(!response.body.includes('SEND transport review'), 'unticked, so not in the topic');
    assert.equal($('a.govuk-button[href="/topics/transport-to-school/follow"]').text().trim(), 'Follow this topic');
    const list = await getPage(app, '/topics');
    assert.ok(list.$('a[href="/topics/transport-to-school"]').length);
  });

  for (const role of ['councillor', 'report-author', 'administrator'] as const) {
    it(`refuses a ${role} every topic page and change`, async () => {
      const topic = await database.db.selectFrom('topic').selectAll().where('slug', '=', 'transport-to-school').executeTakeFirstOrThrow();
      const someone = await signedInAs(app, database.db, role);
      for (const url of ['/manage/topics', '/manage/topics/new', `/manage/topics/${topic.id}`, '/manage/topics/suggestions', `/manage/topics/${topic.id}/merge`, `/manage/topics/${topic.id}/edit`]) await someone.get(url, 403);
      await someone.get('/manage');
      const posts = [
        ['/manage/topics', { name: 'Sneaky' }],
        [`/manage/topics/${topic.id}/links`, { record: `action:${seeded.actions.routeMap}`, decision: 'add' }],
        [`/manage/topics/${topic.id}`, { name: 'Renamed' }],
        [`/manage/topics/${topic.id}/merge`, { into: '1' }],
      ] as const;
      for (const [url, form] of posts) assert.equal((await someone.post(url, form)).statusCode, 403, url);
      assert.equal((await database.db.selectFrom('topic').select('name').where('id', '=', topic.id).executeTakeFirstOrThrow()).name, 'Transport to school');
    });
  }

  it('sends the public to sign in', async () => {
    const response = await new TestBrowser(app).request('GET', '/manage/topics');
    assert.equal(response.statusCode, 303);
    assert.match(String(response.headers.location), /^\/sign-in\?next=/);
  });
});
