import assert from 'node:assert/strict';
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

  it('lets only the template’s own inline script run, by nonce', async () => {
    const { response, $ } = await getPage(app, '/');
    const policy = String(response.headers['content-security-policy']);
    const nonce = /'nonce-([^']+)'/.exec(policy)?.[1];
    assert.ok(nonce, policy);
    $('script:not([src])').each((_, el) => assert.equal($(el).attr('nonce'), nonce));
  });

  it('shows the council-styled not-found page for an unknown address', async () => {
    const { $ } = await getPage(app, '/no/such/page', 404);
    assert.equal($('h1').text().trim(), 'Page not found');
  });
});
