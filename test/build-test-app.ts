import * as cheerio from 'cheerio';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../src/web/app.ts';
import type { TestDatabaseHandle } from './support/database.ts';

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
