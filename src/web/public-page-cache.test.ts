import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import * as cheerio from 'cheerio';
import Fastify, { type FastifyInstance } from 'fastify';
import { sessionCookieName } from '../accounts/staff-session-plugin.ts';
import { insertCommittee, insertCouncil } from '../../test/factories.ts';
import { openTestDatabase, type TestDatabaseHandle } from '../../test/support/database.ts';
import { signedInAs } from '../../test/support/staff.ts';
import { withAudit } from '../audit/with-audit.ts';
import { buildApp } from './app.ts';
import { registerPublicPageCache } from './public-page-cache.ts';

const committeeName = async (app: FastifyInstance, url = '/committees/audit', headers: Record<string, string> = {}) => {
  const response = await app.inject({ method: 'GET', url, headers });
  assert.equal(response.statusCode, 200, response.body.slice(0, 300));
  return { name: cheerio.load(response.body)('h1').first().text().trim(), response };
};

describe('the public page cache, in the portal', () => {
  let database: TestDatabaseHandle;
  let app: FastifyInstance;
  const rename = (name: string) => database.db.updateTable('committee').set({ name }).where('slug', '=', 'audit').execute();

  before(async () => {
    database = await openTestDatabase('pglite');
    await insertCouncil(database.db);
    await insertCommittee(database.db, { name: 'Audit Committee', slug: 'audit' });
    app = await buildApp({ db: database.db, config: { publicUrl: 'http://gavel.test', publicPageCacheSeconds: 60 }, today: () => '2026-03-02' });
    // A public form, as the questions and following pages have: it carries a CSRF token.
    app.get('/test/form', async (_request, reply) => reply.view('sign-in.njk', { pageTitle: 'A form', values: {}, errors: { summary: [], fields: {} }, csrfToken: reply.csrfToken() }));
    app.get('/test/raw-form', async (_request, reply) => reply.type('text/html').send(`<form method="post"><input type="hidden" name="_csrf" value="t${performance.now()}"></form>`));
    app.get('/test/opted-out', { config: { publicPageCache: false } }, async () => `at ${performance.now()}`);
    app.get('/test/cookie', async (_request, reply) => reply.setCookie('flavour', 'oat', { path: '/' }).send(`at ${performance.now()}`));
    await app.ready();
  });
  beforeEach(async () => {
    await rename('Audit Committee');
    app.invalidatePublicPages();
  });
  after(async () => {
    await app.close();
    await database.close();
  });

  it('answers a second request for a page from memory, not the database', async () => {
    const first = await committeeName(app);
    assert.equal(first.name, 'Audit Committee');
    assert.equal(first.response.headers.age, undefined);
    await rename('Audit and Governance Committee');
    const second = await committeeName(app);
    assert.equal(second.name, 'Audit Committee', 'served from the cache');
    assert.equal(second.response.headers.age, '0');
    assert.equal(second.response.headers['content-security-policy'], first.response.headers['content-security-policy']);
    assert.equal(second.response.headers['content-type'], first.response.headers['content-type']);
  });

  it('shows the change at once after invalidatePublicPages()', async () => {
    await committeeName(app);
    await rename('Audit and Governance Committee');
    app.invalidatePublicPages();
    assert.equal((await committeeName(app)).name, 'Audit and Governance Committee');
  });

  it('shows a change made in the back office at once: every audited change empties the cache', async () => {
    await committeeName(app);
    await withAudit(database.db, null, async (trx, audit) => {
      await trx.updateTable('committee').set({ name: 'Audit and Governance Committee' }).where('slug', '=', 'audit').execute();
      await audit({ action: 'update', entity: 'committee', entityId: 1, summary: 'Renamed the committee' });
    });
    assert.equal((await committeeName(app)).name, 'Audit and Governance Committee');
  });

  it('keeps each address apart, query string included', async () => {
    await committeeName(app, '/committees/audit?view=a');
    await rename('Audit and Governance Committee');
    assert.equal((await committeeName(app, '/committees/audit?view=a')).name, 'Audit Committee');
    assert.equal((await committeeName(app, '/committees/audit?view=b')).name, 'Audit and Governance Committee');
  });

  it('never answers, nor keeps, a request with the staff session cookie', async () => {
    const clerk = await signedInAs(app, database.db, 'democratic-services');
    await committeeName(app);
    await rename('Audit and Governance Committee');
    const signedIn = await clerk.request('GET', '/committees/audit');
    assert.equal(cheerio.load(signedIn.body)('h1').first().text().trim(), 'Audit and Governance Committee', 'not answered from the cache');
    // An address first asked for by a signed-in clerk is not kept for the public.
    await clerk.request('GET', '/committees/audit?from=clerk');
    await rename('Audit Committee, renamed again');
    assert.equal((await committeeName(app, '/committees/audit?from=clerk')).name, 'Audit Committee, renamed again');
    // Any session cookie, even one that has expired, keeps the request out.
    assert.equal((await committeeName(app, '/committees/audit', { cookie: `theme=dark; ${sessionCookieName}=expired` })).name, 'Audit Committee, renamed again');
  });

  it('never keeps a page with a form token, one that sets a cookie, or a route that opts out', async () => {
    const form = await app.inject('/test/form');
    const again = await app.inject({ method: 'GET', url: '/test/form', headers: { cookie: String(form.headers['set-cookie']).split(';')[0]! } });
    assert.notEqual(cheerio.load(again.body)('input[name="_csrf"]').val(), undefined);
    assert.equal(again.headers.age, undefined, 'rendered again, with its own token');
    assert.equal(again.headers['cache-control'], 'no-store');
    for (const url of ['/test/raw-form', '/test/cookie', '/test/opted-out']) {
      const one = await app.inject(url);
      const two = await app.inject(url);
      assert.notEqual(one.body, two.body, url);
      assert.equal(two.headers.age, undefined, url);
    }
  });

  it('keeps nothing of the back office or of a failed page', async () => {
    const missing = await app.inject('/committees/no-such-committee');
    assert.equal(missing.statusCode, 404);
    await insertCommittee(database.db, { name: 'Late Committee', slug: 'no-such-committee' });
    assert.equal((await app.inject('/committees/no-such-committee')).statusCode, 200);
    const signIn = await app.inject('/sign-in');
    assert.equal((await app.inject('/sign-in')).headers.age, undefined);
    assert.equal(signIn.statusCode, 200);
  });
});

describe('the public page cache, on its own', () => {
  let clock = 0;
  let renders = 0;
  let app: FastifyInstance;
  before(async () => {
    app = Fastify();
    registerPublicPageCache(app, { ttlSeconds: 10, maxEntries: 2, now: () => clock });
    app.get('/page/:n', async (request, reply) => {
      renders++;
      return reply.header('ETag', '"v1"').type('text/html').send(`page ${(request.params as { n: string }).n} render ${renders}`);
    });
    await app.ready();
  });
  after(() => app.close());

  it('renders a page again once its time to live has passed', async () => {
    const first = (await app.inject('/page/1')).body;
    clock += 9_999;
    assert.equal((await app.inject('/page/1')).body, first);
    clock += 1;
    assert.notEqual((await app.inject('/page/1')).body, first);
  });

  it('keeps only the most recently used pages when full', async () => {
    clock += 60_000;
    const one = (await app.inject('/page/1')).body;
    await app.inject('/page/2');
    await app.inject('/page/1');
    await app.inject('/page/3');
    assert.equal((await app.inject('/page/1')).body, one, 'page 1 was used more recently than page 2');
    assert.equal((await app.inject('/page/2')).headers.age, undefined, 'page 2 was dropped');
  });

  it('answers HEAD from the page, and 304 to a client that has its ETag', async () => {
    clock += 60_000;
    const page = await app.inject('/page/9');
    const head = await app.inject({ method: 'HEAD', url: '/page/9' });
    assert.equal(head.statusCode, 200);
    assert.equal(head.body, '');
    assert.equal(head.headers['content-length'], String(Buffer.byteLength(page.body)));
    const notModified = await app.inject({ method: 'GET', url: '/page/9', headers: { 'if-none-match': '"v1"' } });
    assert.equal(notModified.statusCode, 304);
    assert.equal(notModified.body, '');
  });

  it('renders a page once for visitors who ask for it at the same time', async () => {
    clock += 60_000;
    const busy = Fastify();
    registerPublicPageCache(busy, { ttlSeconds: 10, now: () => clock });
    let renders = 0;
    busy.get('/busy', async () => {
      renders++;
      await new Promise((resolve) => setTimeout(resolve, 50));
      return `render ${renders}`;
    });
    busy.get('/form', async (_request, reply) => {
      const n = ++renders;
      await new Promise((resolve) => setTimeout(resolve, 20));
      return reply.header('Cache-Control', 'no-store').send(`form ${n}`);
    });
    await busy.ready();
    const answers = await Promise.all(Array.from({ length: 5 }, () => busy.inject('/busy')));
    assert.deepEqual(new Set(answers.map((a) => a.body)), new Set(['render 1']));
    assert.equal(renders, 1);
    // A page that cannot be kept is rendered for each visitor, once it is known not to be kept.
    await busy.inject('/form');
    renders = 0;
    const forms = await Promise.all(Array.from({ length: 3 }, () => busy.inject('/form')));
    assert.equal(new Set(forms.map((a) => a.body)).size, 3);
    await busy.close();
  });

  it('does not keep a page rendered while the cache was being invalidated', async () => {
    clock += 60_000;
    const slow = Fastify();
    registerPublicPageCache(slow, { ttlSeconds: 10, now: () => clock });
    let version = 1;
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    slow.get('/slow', async () => {
      const read = version;
      await gate;
      return `version ${read}`;
    });
    await slow.ready();
    const pending = slow.inject('/slow');
    await new Promise((resolve) => setTimeout(resolve, 20));
    version = 2;
    slow.invalidatePublicPages();
    release();
    assert.equal((await pending).body, 'version 1');
    assert.equal((await slow.inject('/slow')).body, 'version 2', 'the page read before the write was not kept');
    await slow.close();
  });
});
