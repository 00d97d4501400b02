import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import * as cheerio from 'cheerio';
import type { FastifyInstance } from 'fastify';
import { loadDemoCouncil } from '../src/demo/load-demo-council.ts';
import { buildApp } from '../src/web/app.ts';
import { openTestDatabase, type TestDatabaseHandle } from './support/database.ts';

/**
 * Exempt information never leaks. A marker word is planted in everything an
 * exempt item owns (its description, minutes, reports, resolutions,
 * recommendations, actions, questions, declarations and documents) and in an exempt forward
 * plan entry; then every public route is visited, every link followed, and
 * searches run for the marker. Zero hits. A GET route with no sample here
 * fails the test, so a new route cannot be added without being crawled.
 */
const marker = 'Quintessentialzebra';
// Searches ask for the plural: it stems to the planted word, and the page may echo what was typed.
const searchQuery = `${marker}s`;
const provenance = { sourceDocumentId: null, sourceLineFrom: null, sourceLineTo: null };

describe('exempt information on every public surface', () => {
  let database: TestDatabaseHandle;
  let app: FastifyInstance;
  let params: Record<string, string>;

  before(async () => {
    database = await openTestDatabase('pglite');
    await loadDemoCouncil(database.db, { seed: 3, today: '2026-03-02' });
    params = await plantMarker(database);
    // With the public page cache on, as a server runs: cached answers must be as clean as fresh ones.
    app = await buildApp({ db: database.db, config: { publicUrl: 'http://gavel.test', publicPageCacheSeconds: 600 }, today: () => '2026-03-02' });
    await app.ready();
  });
  after(async () => {
    await app.close();
    await database.close();
  });

  it('has a sample address for every GET route', () => {
    const unsampled = crawlableRoutes(app).filter((route) => samplePath(route, params) === null);
    assert.deepEqual(unsampled, [], 'add these routes to the crawl (give their parameters a value in plantMarker)');
  });

  it('shows the marker on no page, feed, calendar, API answer or download, following every link', async () => {
    const queue = crawlableRoutes(app).map((route) => samplePath(route, params)!);
    const seen = new Set<string>();
    const leaks: string[] = [];
    let cached = 0;
    while (queue.length > 0 && seen.size < 1500) {
      const url = queue.shift()!;
      if (seen.has(url)) continue;
      seen.add(url);
      // Asked twice: the second answer comes from the public page cache where the page may be cached.
      const response = await app.inject({ method: 'GET', url });
      const again = await app.inject({ method: 'GET', url });
      if (again.headers.age !== undefined) cached++;
      for (const answer of [response, again]) {
        if (answer.statusCode >= 500) leaks.push(`${url}: status ${answer.statusCode}`);
        const body = url.includes(`q=${searchQuery}`) ? answer.body.split(searchQuery).join('') : answer.body;
        if (body.toLowerCase().includes(marker.toLowerCase())) leaks.push(`${url}: contains the marker`);
      }
      if (String(response.headers['content-type']).startsWith('text/html')) queue.push(...sameSiteLinks(response.body, url));
    }
    assert.ok(seen.size > 50, `only ${seen.size} addresses were crawled`);
    assert.ok(cached > 50, `only ${cached} answers came from the page cache`);
    assert.deepEqual(leaks, []);
  });
});

/** GET routes other than static assets. */
function crawlableRoutes(app: FastifyInstance): string[] {
  return app.getRoutes.filter((route) => !route.startsWith('/assets/')).sort();
}

/** The route with its parameters filled in, or null when a parameter has no value. */
function samplePath(route: string, params: Record<string, string>): string | null {
  let missing = false;
  const path = route.replace(/:([A-Za-z]+)/g, (_, name: string) => {
    // A parameter may have a value for this route alone ("/api/v1/meetings/:id") or for every route (":committee").
    const value = params[`${route.slice(0, route.indexOf(':'))}:${name}`] ?? params[name];
    if (value === undefined) missing = true;
    return value ?? '';
  });
  if (missing || path.includes('*')) return null;
  return /search/.test(path) ? `${path}?q=${searchQuery}` : path;
}

function sameSiteLinks(html: string, from: string): string[] {
  const $ = cheerio.load(html);
  return $('a[href]')
    .map((_, a) => $(a).attr('href')!)
    .get()
    .map((href) => new URL(href, `http://gavel.test${from}`))
    .filter((url) => url.origin === 'http://gavel.test' && !url.pathname.startsWith('/assets/'))
    .map((url) => url.pathname + url.search);
}

/** Plants the marker in exempt records; returns values for route parameters. */
async function plantMarker({ db }: TestDatabaseHandle): Promise<Record<string, string>> {
  const item = await db
    .selectFrom('agendaItem as i')
    .innerJoin('meeting as m', 'm.id', 'i.meetingId')
    .innerJoin('committee as c', 'c.id', 'm.committeeId')
    .select(['i.id', 'i.meetingId', 'm.committeeId', 'm.slug as meeting', 'c.slug as committee'])
    .where('i.isExempt', '=', true)
    .executeTakeFirstOrThrow();
  await db.updateTable('agendaItem').set({ description: `Confidential ${marker} terms`, minutes: `The ${marker} bid was discussed.` }).where('id', '=', item.id).execute();
  await db.updateTable('report').set({ summary: `Tender prices from ${marker} Ltd.` }).where('agendaItemId', '=', item.id).execute();
  const resolution = await db
    .insertInto('resolution')
    .values({ agendaItemId: item.id, position: 9, text: `That the ${marker} tender be accepted.`, outcome: 'carried', ...provenance })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('recommendation')
    .values({ committeeId: item.committeeId, meetingId: item.meetingId, agendaItemId: item.id, resolutionId: resolution.id, letter: 'z', reference: null, text: `Negotiate with ${marker}.`, addresseeName: null, sentOn: null, receivedOn: null, responseDueOn: null, response: null, responseText: null, respondedOn: null, responseDecisionReference: null, implementationStatus: null, implementationDueOn: null, implementedOn: null, reviewOn: null, ...provenance })
    .execute();
  await db
    .insertInto('action')
    .values({ committeeId: item.committeeId, meetingId: item.meetingId, agendaItemId: item.id, number: 'X1', description: `Tell ${marker} the outcome.`, ownerPersonId: null, ownerName: null, directorate: null, dueOn: '2026-01-01', dueText: null, completedOn: null, ...provenance })
    .execute();
  await db
    .insertInto('publicQuestion')
    .values({ meetingId: item.meetingId, agendaItemId: item.id, askerPersonId: null, askerName: 'A resident', question: `Who is ${marker}?`, supplementaryQuestion: null, answer: `${marker} is a bidder.`, supplementaryAnswer: null, answeredByName: null, status: 'answered', rejectionReason: null, submittedAt: null, ...provenance })
    .execute();
  // What a member's interest in the exempt item is; the meeting's declarations and minutes name the item by its title alone.
  const declarer = await db.selectFrom('person').select('id').where('kind', '=', 'councillor').orderBy('id').executeTakeFirstOrThrow();
  await db
    .insertInto('declaration')
    .values({ meetingId: item.meetingId, agendaItemId: item.id, personId: declarer.id, kind: 'disclosable-pecuniary', description: `Director of ${marker} Ltd`, withdrew: true, ...provenance })
    .execute();
  const document = (title: string, extra: object) => ({
    kind: 'report' as const,
    title,
    filename: `${title}.txt`,
    mediaType: 'text/plain',
    sha256: 'a'.repeat(64),
    byteSize: 40,
    original: Buffer.from(`The ${marker} tender.`),
    text: `The ${marker} tender.`,
    meetingId: item.meetingId,
    committeeId: item.committeeId,
    agendaItemId: null,
    exemptParagraph: null,
    supersedesDocumentId: null,
    publishedAt: new Date('2026-01-10T09:00:00Z'),
    importedAt: null,
    ...extra,
  });
  const documents = await db
    .insertInto('document')
    .values([
      document(`Exempt appendix ${marker}`, { isExempt: true, exemptParagraph: 3 }),
      document(`Appendix to an exempt item ${marker}`, { agendaItemId: item.id }),
      document('Open agenda', { text: 'The agenda.', original: Buffer.from('The agenda.') }),
    ])
    .returning('id')
    .execute();
  await db
    .insertInto('forwardPlanEntry')
    .values({ reference: 'FP/X', title: 'Disposal of a council property', purpose: `Sale to ${marker} Holdings.`, decisionMaker: 'Cabinet', decisionMakerCommitteeId: null, decisionKind: 'key', decisionDueOn: '2026-06-01', decisionDueMonth: null, firstPublishedOn: '2026-02-01', directorate: null, leadOfficerName: null, leadOfficerPersonId: null, portfolioHolderName: null, isExempt: true, exemptParagraph: 3, urgencyRoute: null, decidedOn: null, decisionMeetingId: null, ...provenance })
    .execute();

  // A topic holding every exempt record planted above and one open item: its public page shows the exempt item by title and paragraph only.
  const topic = await db.insertInto('topic').values({ slug: 'crawl-topic', name: 'Council property', description: null }).returning('id').executeTakeFirstOrThrow();
  const link = { topicId: topic.id, status: 'confirmed' as const, source: 'by-hand' as const, score: null, decidedByStaffUserId: null, decidedByName: 'Crawl' };
  const openItem = await db.selectFrom('agendaItem').select('id').where('isExempt', '=', false).where('standardKind', 'is', null).orderBy('id').executeTakeFirstOrThrow();
  const planted = await Promise.all([
    db.selectFrom('recommendation').select('id').where('agendaItemId', '=', item.id).execute(),
    db.selectFrom('action').select('id').where('agendaItemId', '=', item.id).execute(),
    db.selectFrom('forwardPlanEntry').select('id').where('isExempt', '=', true).execute(),
  ]);
  await db
    .insertInto('topicLink')
    .values([
      { ...link, recordKind: 'agenda-item', agendaItemId: item.id },
      { ...link, recordKind: 'agenda-item', agendaItemId: openItem.id },
      ...planted[0].map((r) => ({ ...link, recordKind: 'recommendation' as const, recommendationId: r.id })),
      ...planted[1].map((a) => ({ ...link, recordKind: 'action' as const, actionId: a.id })),
      ...planted[2].map((f) => ({ ...link, recordKind: 'forward-plan-entry' as const, forwardPlanEntryId: f.id })),
      ...documents.slice(0, 2).map((d) => ({ ...link, recordKind: 'document' as const, documentId: d.id })),
    ])
    .execute();

  const person = await db.selectFrom('person').select('slug').orderBy('id').executeTakeFirstOrThrow();
  const [year, month] = item.meeting.split('-');
  return {
    committee: item.committee,
    meeting: item.meeting,
    person: person.slug,
    year: year!,
    month: month!,
    id: String(documents[0]!.id),
    // One-time links (choosing a password, an owner updating an action): a well-formed token nobody holds.
    token: 'A'.repeat(43),
    // Back-office records of a meeting (its minute items, resolutions, questions): the public are sent to sign in.
    item: String(item.id),
    resolution: String(resolution.id),
    question: '1',
    topic: 'crawl-topic',
    entry: String(planted[2][0]!.id),
    '/api/v1/meetings/:id': String(item.meetingId),
    '/api/v1/committees/:id': item.committee,
    '/api/v1/people/:id': person.slug,
  };
}
