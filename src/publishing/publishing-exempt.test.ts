import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import * as cheerio from 'cheerio';
import type { FastifyInstance } from 'fastify';
import { extractText, getDocumentProxy } from 'unpdf';
import { buildTestApp } from '../../test/build-test-app.ts';
import { openTestDatabase, type TestDatabaseHandle } from '../../test/support/database.ts';
import { publishPapers } from './publish-papers.ts';
import { exemptMarker, type PublishingMeeting, seedPublishingMeeting } from './testing/publishing-fixture.ts';

/**
 * The restricted papers hold exempt content; nothing public may lead to
 * them. A meeting with an exempt report carrying a marker word is
 * published, then every public page reachable from the meeting, the
 * search, the open-data API and the packs' own text are read: the marker
 * appears nowhere (test/exempt-crawl.test.ts does the same for the rest
 * of the portal).
 */
describe('published packs on public surfaces', () => {
  let database: TestDatabaseHandle;
  let app: FastifyInstance;
  let seeded: PublishingMeeting;
  let restrictedId: number;
  before(async () => {
    database = await openTestDatabase('pglite');
    seeded = await seedPublishingMeeting(database.db, { date: '2026-03-10' });
    const clerk = await database.db.insertInto('staffUser').values({ email: 'clerk@northwold.example', name: 'A clerk', role: 'democratic-services', personId: null, passwordHash: null }).returning(['id', 'name']).executeTakeFirstOrThrow();
    const outcome = await publishPapers(database.db, { meetingId: seeded.meeting.id, actor: clerk, now: new Date('2026-03-02T16:00:00Z'), lateReason: null, publicUrl: 'http://gavel.test' });
    assert.equal(outcome.status, 'published');
    restrictedId = (outcome as { publication: { restrictedDocumentId: number } }).publication.restrictedDocumentId;
    app = await buildTestApp(database, '2026-03-03');
  });
  after(async () => {
    await app.close();
    await database.close();
  });

  it('shows the marker on no page, download, search result or API answer reachable from the meeting', async () => {
    const start = [`/committees/${seeded.committee.slug}/meetings/${seeded.meeting.slug}`, `/search?q=${exemptMarker}s`, '/api/v1/documents', `/api/v1/meetings/${seeded.meeting.id}`, `/documents/${restrictedId}`, `/documents/${restrictedId}/original`];
    const queue = [...start];
    const seen = new Set<string>();
    const leaks: string[] = [];
    while (queue.length > 0 && seen.size < 300) {
      const url = queue.shift()!;
      if (seen.has(url)) continue;
      seen.add(url);
      const response = await app.inject({ method: 'GET', url });
      const type = String(response.headers['content-type']);
      let body = url.startsWith('/search') ? response.body.split(`${exemptMarker}s`).join('') : response.body;
      if (type.startsWith('application/pdf')) {
        const { text } = await extractText(await getDocumentProxy(new Uint8Array(response.rawPayload)), { mergePages: true });
        body = text;
      }
      if (body.toLowerCase().includes(exemptMarker.toLowerCase())) leaks.push(url);
      if (type.startsWith('text/html')) {
        const $ = cheerio.load(response.body);
        for (const href of $('a[href]').map((_, a) => $(a).attr('href')!).get()) {
          const next = new URL(href, `http://gavel.test${url}`);
          if (next.origin === 'http://gavel.test' && !next.pathname.startsWith('/assets/') && !next.pathname.startsWith('/manage')) queue.push(next.pathname + next.search);
        }
      }
    }
    assert.ok([...seen].some((u) => /^\/documents\/\d+\/original$/.test(u) && !u.includes(String(restrictedId))), 'the public pack was downloaded and read');
    assert.deepEqual(leaks, []);
  });
});
