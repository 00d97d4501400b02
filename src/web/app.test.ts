import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { buildTestApp, getPage } from '../../test/build-test-app.ts';
import { insertCouncil } from '../../test/factories.ts';
import { openTestDatabase, type TestDatabaseHandle } from '../../test/support/database.ts';

describe('the portal app', () => {
  let database: TestDatabaseHandle;
  let app: FastifyInstance;

  before(async () => {
    database = await openTestDatabase('pglite');
    await insertCouncil(database.db, { name: 'Northwold District Council' });
    app = await buildTestApp(database);
  });
  after(async () => {
    await app.close();
    await database.close();
  });

  it('reports healthy when the database answers', async () => {
    const response = await app.inject('/healthz');
    assert.equal(response.statusCode, 200);
    assert.deepEqual(response.json(), { status: 'ok' });
  });

  it('titles pages with the council’s name and serves its stylesheet', async () => {
    const { $ } = await getPage(app, '/');
    assert.match($('title').text(), /Northwold District Council/);
    const css = await app.inject($('link[rel=stylesheet]').attr('href')!);
    assert.equal(css.statusCode, 200);
  });

  it('lets only the template’s own inline script and the council’s colour run inline, by hash, and loads the rest from files', async () => {
    await database.db.updateTable('council').set({ brandColour: '#4c2c92' }).execute();
    const { response, $ } = await getPage(app, '/');
    const policy = String(response.headers['content-security-policy']);
    assert.doesNotMatch(policy, /unsafe-inline|nonce-/);
    const hashes = [...policy.matchAll(/'(sha256-[^']+)'/g)].map((m) => m[1]);
    const hashOf = (text: string) => `sha256-${createHash('sha256').update(text).digest('base64')}`;
    const inline = $('script:not([src]), style').map((_, el) => $(el).html() ?? '').get();
    assert.equal(inline.length, 2, 'GOV.UK’s js-enabled line and the brand colour');
    for (const text of inline) assert.ok(hashes.includes(hashOf(text)), `not allowed by the policy: ${text}`);
    const external = $('script[src]').map((_, el) => $(el).attr('src')).get();
    for (const src of external) assert.equal((await app.inject(src)).statusCode, 200, src);
    assert.ok(external.includes('/assets/scripts/init.js'));
  });

  it('shows the council-styled not-found page for an unknown address', async () => {
    const { $ } = await getPage(app, '/no/such/page', 404);
    assert.equal($('h1').text().trim(), 'Page not found');
  });
});
