import * as cheerio from 'cheerio';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../src/web/app.ts';
import { after, before } from 'node:test';
import { openTestDatabase, type TestDatabaseHandle } from './support/database.ts';

/** The portal over a test database, with "today" fixed so dates in tests never drift. */
export async function buildTestApp(database: TestDatabaseHandle, today = '2026-03-02'): Promise<FastifyInstance> {
  return buildApp({ db: database.db, config: { publicUrl: 'http://gavel.test' }, today: () => today });
}

/** Fetches a page and parses it, failing loudly when the status is not the one expected. */
export async function getPage(app: FastifyInstance, url: string, expectedStatus = 200) {
  const response = await app.inject({ method: 'GET', url });
  if (response.statusCode !== expectedStatus) {
    throw new Error(`GET ${url}: expected ${expectedStatus}, got ${response.statusCode}\n${response.body.slice(0, 500)}`);
  }
  return { response, $: cheerio.load(response.body) };
}

/** The visible text of a selection, with runs of white space folded. */
export function textOf($: cheerio.CheerioAPI, selector: string): string {
  return $(selector).text().replace(/\s+/g, ' ').trim();
}

/**
 * A portal over its own test database for one describe block: opened and
 * seeded before its tests, closed after. Read `portal.app` inside tests.
 *
 * @example
 * const portal = useTestPortal(seedPublicRecord);
 * it('lists meetings', async () => { const { $ } = await getPage(portal.app, '/calendar'); … });
 */
export function useTestPortal(seed: (db: TestDatabaseHandle['db']) => Promise<unknown>, today = '2026-03-02') {
  const portal = {} as { app: FastifyInstance; database: TestDatabaseHandle };
  before(async () => {
    portal.database = await openTestDatabase('pglite');
    await seed(portal.database.db);
    portal.app = await buildTestApp(portal.database, today);
  });
  after(async () => {
    await portal.app?.close();
    await portal.database?.close();
  });
  return portal;
}
