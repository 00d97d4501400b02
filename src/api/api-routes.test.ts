import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Validator } from '@seriousme/openapi-schema-validator';
import { Ajv2020 } from 'ajv/dist/2020.js';
import * as cheerio from 'cheerio';
import type { FastifyInstance } from 'fastify';
import { buildTestApp } from '../../test/build-test-app.ts';
import { insertCommittee, insertMeeting } from '../../test/factories.ts';
import { openTestDatabase, testEngines, type TestDatabaseHandle } from '../../test/support/database.ts';
import { EXEMPT_MARKER, seedOpenData } from '../publish/testing/seed-open-data.ts';

interface OpenApiDocument {
  paths: Record<string, { get: { responses: { '200': { content: { 'application/json': { schema: { $ref: string } } } } }; parameters: { name: string; in: string }[] } }>;
  components: { schemas: Record<string, unknown> };
}

for (const engine of testEngines) {
  describe(`JSON API (${engine})`, () => {
    let database: TestDatabaseHandle;
    let app: FastifyInstance;
    let seeded: Awaited<ReturnType<typeof seedOpenData>>;
    let openapi: OpenApiDocument;
    let ajv: Ajv2020;

    before(async () => {
      database = await openTestDatabase(engine);
      seeded = await seedOpenData(database.db);
      app = await buildTestApp(database);
      openapi = (await app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
      ajv = new Ajv2020({ strict: true, allErrors: true });
      // OpenAPI's container keyword: known to ajv, so strict mode checks everything else.
      ajv.addVocabulary(['components']);
      // One document holding the components, so "#/components/schemas/X" references resolve.
      ajv.addSchema({ $id: 'https://gavel.test/openapi.json', components: openapi.components }, 'openapi');
    });
    after(async () => {
      await app.close();
      await database.close();
    });

    const validatorFor = (ref: string) => ajv.getSchema(`https://gavel.test/openapi.json${ref}`)!;

    /** A URL for every documented path, with ids from the seeded council. */
    const exampleUrl = (path: string) =>
      '/api/v1' +
      path.replace('{id}', () => {
        if (path.startsWith('/committees')) return 'audit';
        if (path.startsWith('/people')) return 'clara-chair';
        if (path.startsWith('/meetings')) return String(seeded.summer.id);
        if (path.startsWith('/documents')) return String(seeded.openDocument.id);
        throw new Error(`no example id for ${path}: add one to this test`);
      });

    it('publishes a valid OpenAPI 3.1 document', async () => {
      const result = await new Validator().validate(openapi as never);
      assert.deepEqual(result.errors ?? [], []);
      assert.equal(result.valid, true);
      assert.equal((openapi as unknown as { openapi: string }).openapi, '3.1.0');
    });

    it('answers every documented endpoint with a body that matches its documented schema', async () => {
      const paths = Object.keys(openapi.paths);
      assert.ok(paths.length >= 14, `only ${paths.length} paths documented`);
      for (const path of paths) {
        const url = exampleUrl(path);
        const response = await app.inject({ method: 'GET', url });
        assert.equal(response.statusCode, 200, `GET ${url}: ${response.body.slice(0, 300)}`);
        const validate = validatorFor(openapi.paths[path]!.get.responses['200'].content['application/json'].schema.$ref);
        assert.ok(validate(response.json()), `GET ${url} does not match its schema: ${ajv.errorsText(validate.errors)}`);
      }
    });

    it('gives a meeting its agenda, report, attendance, minutes and documents, and an exempt item only its title and paragraph', async () => {
      const meeting = (await app.inject({ method: 'GET', url: `/api/v1/meetings/${seeded.summer.id}` })).json();
      assert.equal(meeting.start_date, '2025-07-14T18:00:00.000Z');
      assert.equal(meeting.status, 'passed');
      const [open, exempt] = meeting.agenda;
      assert.equal(open.report.title, 'Internal audit plan 2025/26');
      assert.deepEqual(open.resolutions.map((r: { text: string }) => r.text), ['That the internal audit plan be approved.']);
      assert.equal(open.recommendations[0].letter, 'a');
      assert.equal(open.actions[0].description, 'Circulate the audit charter.');
      assert.equal(open.url, `http://gavel.test/committees/audit/meetings/2025-07-14#item-1`);
      assert.deepEqual(
        { description: exempt.description, exempt: exempt.exempt, paragraph: exempt.exempt_paragraph, notes: exempt.notes, minutes: exempt.minutes, report: exempt.report, resolutions: exempt.resolutions, recommendations: exempt.recommendations, actions: exempt.actions },
        { description: 'Cleaning contract award', exempt: true, paragraph: 3, notes: null, minutes: null, report: null, resolutions: [], recommendations: [], actions: [] },
      );
      assert.deepEqual(meeting.participants.map((p: { entity_id: string; note: string; chair: boolean }) => [p.entity_id, p.note, p.chair]), [['clara-chair', 'present', true]]);
      assert.deepEqual(meeting.documents.map((d: { id: number }) => d.id), [seeded.openDocument.id]);
    });

    it('follows Popolo for people and memberships', async () => {
      const person = (await app.inject({ method: 'GET', url: '/api/v1/people/clara-chair' })).json();
      assert.deepEqual([person.id, person.name, person.given_name, person.family_name, person.honorific_prefix, person.political_group_id], ['clara-chair', 'Clara Chair', 'Clara', 'Chair', 'Councillor', 'independent']);
      const memberships = (await app.inject({ method: 'GET', url: '/api/v1/memberships?organization_id=audit' })).json();
      assert.deepEqual(memberships.data.map((m: object) => m), [{ id: memberships.data[0].id, person_id: 'clara-chair', organization_id: 'audit', role: 'chair', member_type: 'councillor', represents: null, start_date: '2025-05-20', end_date: null }]);
      const people = (await app.inject({ method: 'GET', url: '/api/v1/people' })).json();
      assert.ok(!people.data.some((p: { id: string }) => p.id === 'pat-public'), 'a member of the public is listed as a person');
    });

    it('pages lists with a total and links to the next and previous pages', async () => {
      const first = (await app.inject({ method: 'GET', url: '/api/v1/meetings?per_page=2&organization_id=audit' })).json();
      assert.equal(first.total, 3);
      assert.deepEqual(first.data.map((m: { date: string }) => m.date), ['2026-04-20', '2026-01-12']);
      assert.equal(first.links.prev, null);
      assert.equal(first.links.next, 'http://gavel.test/api/v1/meetings?per_page=2&organization_id=audit&page=2');
      const second = (await app.inject({ method: 'GET', url: first.links.next.replace('http://gavel.test', '') })).json();
      assert.deepEqual(second.data.map((m: { date: string }) => m.date), ['2025-07-14']);
      assert.equal(second.links.next, null);
      assert.equal(second.links.prev, 'http://gavel.test/api/v1/meetings?per_page=2&organization_id=audit&page=1');
    });

    it('sends an ETag and Cache-Control, and 304 Not Modified when the client has the same body', async () => {
      const response = await app.inject({ method: 'GET', url: '/api/v1/committees' });
      assert.equal(response.headers['cache-control'], 'public, max-age=300');
      const etag = String(response.headers.etag);
      assert.match(etag, /^"[A-Za-z0-9_-]{43}"$/);
      const again = await app.inject({ method: 'GET', url: '/api/v1/committees', headers: { 'if-none-match': etag } });
      assert.equal(again.statusCode, 304);
      assert.equal(again.body, '');
      const changed = await app.inject({ method: 'GET', url: '/api/v1/committees', headers: { 'if-none-match': '"something-else"' } });
      assert.equal(changed.statusCode, 200);
      const head = await app.inject({ method: 'HEAD', url: '/api/v1/committees' });
      assert.equal(head.statusCode, 200);
      assert.equal(head.headers.etag, etag);
    });

    it('allows any origin to GET, and only GET and HEAD, under /api only', async () => {
      const response = await app.inject({ method: 'GET', url: '/api/v1/people', headers: { origin: 'https://news.example' } });
      assert.equal(response.headers['access-control-allow-origin'], '*');
      const preflight = await app.inject({ method: 'OPTIONS', url: '/api/v1/people', headers: { origin: 'https://news.example', 'access-control-request-method': 'GET' } });
      assert.equal(preflight.headers['access-control-allow-methods'], 'GET, HEAD');
      const page = await app.inject({ method: 'GET', url: '/committees', headers: { origin: 'https://news.example' } });
      assert.equal(page.headers['access-control-allow-origin'], undefined);
    });

    it('answers a bad parameter with 400 and an unknown id or endpoint with 404, as JSON errors', async () => {
      const validate = validatorFor('#/components/schemas/Error');
      const cases: [string, number, RegExp][] = [
        ['/api/v1/meetings?per_page=201', 400, /per_page/],
        ['/api/v1/meetings?from=last-tuesday', 400, /from/],
        ['/api/v1/actions?status=overdue', 400, /status/],
        ['/api/v1/meetings/abc', 400, /id/],
        ['/api/v1/meetings/999999', 404, /999999/],
        ['/api/v1/people/nobody-here', 404, /nobody-here/],
        ['/api/v1/no-such-thing', 404, /no API endpoint/],
      ];
      for (const [url, status, message] of cases) {
        const response = await app.inject({ method: 'GET', url });
        assert.equal(response.statusCode, status, url);
        const body = response.json();
        assert.ok(validate(body), `${url}: ${ajv.errorsText(validate.errors)}`);
        assert.equal(body.error.status, status);
        assert.match(body.error.message, message, url);
      }
    });

    it('searches like the search page: decisions first, each hit linking to its place, exempt records never found', async () => {
      const found = (await app.inject({ method: 'GET', url: '/api/v1/search?q=internal+audit+plan' })).json();
      assert.ok(found.total >= 1);
      assert.equal(found.data[0].kind, 'resolution');
      assert.match(found.data[0].url, /^http:\/\/gavel\.test\/committees\/[a-z0-9-]+\/meetings\/[0-9-]+#minute-item-/);
      assert.match(found.data[0].snippet_html, /<mark>audit<\/mark>/i);
      const exempt = (await app.inject({ method: 'GET', url: `/api/v1/search?q=${EXEMPT_MARKER}` })).json();
      assert.deepEqual([exempt.total, exempt.data], [0, []]);
      const bad = await app.inject({ method: 'GET', url: '/api/v1/search?q=audit&kind=gossip' });
      assert.equal(bad.statusCode, 400);
    });

    it('never lets exempt content out of any endpoint, list or record', async () => {
      const seen = new Set<string>();
      for (const path of Object.keys(openapi.paths)) {
        const urls = path.includes('{id}') ? [exampleUrl(path)] : [`/api/v1${path}?per_page=200`];
        if (path === '/meetings') urls.push(...[seeded.summer, seeded.winter, seeded.cancelled].map((m) => `/api/v1/meetings/${m.id}`));
        for (const url of urls) {
          const response = await app.inject({ method: 'GET', url });
          assert.equal(response.statusCode, 200, url);
          assert.ok(!response.body.includes(EXEMPT_MARKER), `exempt content reached ${url}`);
          seen.add(url);
        }
      }
      const forwardPlan = (await app.inject({ method: 'GET', url: '/api/v1/forward-plan' })).json();
      const exempt = forwardPlan.data.find((e: { exempt: boolean }) => e.exempt);
      assert.deepEqual([exempt.title, exempt.exempt_paragraph, exempt.purpose, exempt.decision_maker], ['Sale of land at Mill Lane', 3, null, null]);
      const documents = (await app.inject({ method: 'GET', url: '/api/v1/documents' })).json();
      assert.equal(documents.total, 1);
      // Every documented path, plus the winter and cancelled meetings in full.
      assert.equal(seen.size, Object.keys(openapi.paths).length + 2);
    });

    it('describes every endpoint on a readable reference page with subscribe links', async () => {
      const response = await app.inject({ method: 'GET', url: '/api' });
      assert.equal(response.statusCode, 200);
      assert.ok(!response.body.includes(EXEMPT_MARKER), 'exempt content reached the reference page');
      const $ = cheerio.load(response.body);
      assert.equal($('h1').text().trim(), 'Open data: API, calendars and feeds');
      const headings = $('section h3 code').map((_, el) => $(el).text()).get();
      assert.deepEqual(headings, Object.keys(openapi.paths).map((p) => `GET /api/v1${p}`));
      assert.ok($('a[href="/calendar.ics"]').length === 1 && $('a[href="/feed.xml"]').length === 1);
      $('pre').each((_, pre) => {
        assert.ok($(pre).closest('.gavel-table-scroll[role=region][tabindex=0]').length === 1, 'an example is not in a scrollable region');
      });
    });

    it('gives a meeting that names no venue its committee’s usual one, in the list and in full, and a named venue as it is', async () => {
      const committee = await insertCommittee(database.db, { name: 'Licensing Committee', slug: 'licensing' });
      await database.db.updateTable('committee').set({ defaultVenue: 'Ashby Room, Northwold House' }).where('id', '=', committee.id).execute();
      const usual = await insertMeeting(database.db, committee.id, '2026-03-10');
      await database.db.updateTable('meeting').set({ venue: null }).where('id', '=', usual.id).execute();
      await insertMeeting(database.db, committee.id, '2026-04-14');
      const list = (await app.inject({ method: 'GET', url: '/api/v1/meetings?organization_id=licensing' })).json();
      assert.deepEqual(list.data.map((m: { date: string; location: unknown }) => [m.date, m.location]), [
        ['2026-04-14', { name: 'Council Chamber' }],
        ['2026-03-10', { name: 'Ashby Room, Northwold House' }],
      ]);
      const one = (await app.inject({ method: 'GET', url: `/api/v1/meetings/${usual.id}` })).json();
      assert.deepEqual(one.location, { name: 'Ashby Room, Northwold House' });
      assert.ok(validatorFor('#/components/schemas/Meeting')(one), 'the meeting no longer matches its schema');
    });
  });
}
