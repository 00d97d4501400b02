import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { XMLParser } from 'fast-xml-parser';
import type { FastifyInstance } from 'fastify';
import ICAL from 'ical.js';
import { buildTestApp } from '../../test/build-test-app.ts';
import { openTestDatabase, testEngines, type TestDatabaseHandle } from '../../test/support/database.ts';
import { EXEMPT_MARKER, seedOpenData } from './testing/seed-open-data.ts';

const xml = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'entry' || name === 'url' || name === 'link' });

for (const engine of testEngines) {
  describe(`calendars, feeds and sitemap (${engine})`, () => {
    let database: TestDatabaseHandle;
    let app: FastifyInstance;
    let seeded: Awaited<ReturnType<typeof seedOpenData>>;

    before(async () => {
      database = await openTestDatabase(engine);
      seeded = await seedOpenData(database.db);
      app = await buildTestApp(database);
    });
    after(async () => {
      await app.close();
      await database.close();
    });

    async function get(url: string, expectedType: RegExp) {
      const response = await app.inject({ method: 'GET', url });
      assert.equal(response.statusCode, 200, `GET ${url}: ${response.body.slice(0, 300)}`);
      assert.match(String(response.headers['content-type']), expectedType);
      assert.ok(!response.body.includes(EXEMPT_MARKER), `exempt content reached ${url}`);
      return response;
    }

    const events = (ics: string) =>
      new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').map((v) => ({ vevent: v, event: new ICAL.Event(v) }));

    it('serves a committee calendar with summer and winter meetings at 7pm London time and the cancelled one marked', async () => {
      const response = await get('/committees/audit/calendar.ics', /^text\/calendar/);
      const parsed = events(response.body);
      assert.deepEqual(parsed.map((e) => e.event.startDate.toJSDate().toISOString()), ['2025-07-14T18:00:00.000Z', '2026-01-12T19:00:00.000Z', '2026-04-20T13:00:00.000Z']);
      assert.deepEqual(parsed.map((e) => e.vevent.getFirstPropertyValue('status')), ['CONFIRMED', 'CONFIRMED', 'CANCELLED']);
      assert.equal(String(parsed[0]!.vevent.getFirstPropertyValue('url')), 'http://gavel.test/committees/audit/meetings/2025-07-14');
      assert.equal(parsed[0]!.event.uid, `meeting-${seeded.summer.id}@gavel.test`);
      assert.equal(response.headers['cache-control'], 'public, max-age=300');
    });

    it('serves every meeting from a year before today in the council calendar', async () => {
      const response = await get('/calendar.ics', /^text\/calendar/);
      assert.deepEqual(events(response.body).map((e) => e.event.summary), ['Audit Committee', 'Audit Committee', 'CANCELLED: Audit Committee']);
    });

    it('offers one meeting as a calendar file to download', async () => {
      const response = await get('/committees/audit/meetings/2026-01-12/calendar.ics', /^text\/calendar/);
      assert.match(String(response.headers['content-disposition']), /attachment; filename="audit-2026-01-12.ics"/);
      assert.equal(events(response.body).length, 1);
    });

    it('answers 404 for the calendar or feed of an unknown committee or meeting', async () => {
      for (const url of ['/committees/nope/calendar.ics', '/committees/audit/meetings/2026-01-13/calendar.ics', '/committees/nope/feed.xml']) {
        assert.equal((await app.inject({ method: 'GET', url })).statusCode, 404, url);
      }
    });

    it('serves an Atom feed of the agenda, the minutes and the open decision, linking to the meeting page', async () => {
      for (const url of ['/feed.xml', '/committees/audit/feed.xml']) {
        const response = await get(url, /^application\/atom\+xml/);
        const feed = xml.parse(response.body).feed;
        const links = feed.entry.map((e: { link: { '@_href': string }[] }) => e.link[0]!['@_href']);
        assert.deepEqual(links, [
          'http://gavel.test/committees/audit/meetings/2025-07-14#minutes',
          'http://gavel.test/committees/audit/meetings/2025-07-14#minute-item-1',
          'http://gavel.test/committees/audit/meetings/2025-07-14#agenda',
        ]);
      }
    });

    it('lists the public pages in the sitemap with absolute URLs, and no member of the public', async () => {
      const response = await get('/sitemap.xml', /^application\/xml/);
      const locs = xml.parse(response.body).urlset.url.map((u: { loc: string }) => u.loc);
      assert.ok(locs.includes('http://gavel.test/'));
      assert.ok(locs.includes('http://gavel.test/committees/audit'));
      assert.ok(locs.includes('http://gavel.test/committees/audit/meetings/2026-04-20'));
      assert.ok(locs.includes('http://gavel.test/people/clara-chair'));
      assert.ok(!locs.includes('http://gavel.test/people/pat-public'));
    });
  });
}
