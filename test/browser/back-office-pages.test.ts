import assert from 'node:assert/strict';
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import * as cheerio from 'cheerio';
import type { FastifyInstance } from 'fastify';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { hasPermission, type StaffRole } from '../../src/accounts/roles.ts';
import { londonDayOf } from '../../src/deadlines/london-time.ts';
import { loadDemoCouncil, type DemoSummary } from '../../src/demo/load-demo-council.ts';
import { demoStaffPassword } from '../../src/demo/staff-accounts.ts';
import { buildApp } from '../../src/web/app.ts';
import { openTestDatabase, type TestDatabaseHandle } from '../support/database.ts';
import { signIn } from '../support/staff.ts';
import { browserUnavailable, checkedViewports, checkPageAtWidths, launchBrowser } from './browser.ts';

const screenshotDir = path.resolve('screenshots', 'back-office');
/** Publishing goes by the clock, so the demo council is built around today, as `npm start` builds it. */
const today = londonDayOf(new Date());

/** The back office's addresses: every GET route under /manage and /account. */
const isBackOffice = (route: string) => /^\/(manage|account)(\/|$)/.test(route);

/**
 * Every back-office page in Chromium, on the demo council: each GET route
 * under /manage and /account that app.getRoutes lists, its parameters
 * filled from the demo's records, visited as a democratic services officer
 * (as an administrator where only an administrator may look), checked with
 * axe-core for WCAG 2.2 A and AA at 1280 and 320 px, for sideways
 * scrolling at 320, and screenshotted. A route without a sample fails the
 * test, so a new page cannot be added unchecked. Downloads (PDF,
 * spreadsheets, originals) are fetched and must answer 200 with their
 * file. One browser, one page per width for each sign-in, reused.
 */
describe('every back-office page in a browser', { skip: browserUnavailable() ?? false }, () => {
  let database: TestDatabaseHandle;
  let app: FastifyInstance;
  let browser: Browser;
  let origin: string;
  let demo: DemoSummary;
  let samples: Record<string, Record<string, string>>;

  before(async () => {
    database = await openTestDatabase('pglite');
    demo = await loadDemoCouncil(database.db, { seed: 1, today });
    app = await buildApp({ db: database.db, config: { publicUrl: 'http://gavel.test' }, today: () => today });
    samples = await prepareSamples(app, database, demo);
    origin = (await app.listen({ port: 0, host: '127.0.0.1' })).replace(/\/$/, '');
    browser = await launchBrowser();
    // Only this run's pages: a route removed leaves no old picture behind.
    rmSync(screenshotDir, { recursive: true, force: true });
    mkdirSync(screenshotDir, { recursive: true });
  });
  after(async () => {
    await browser?.close();
    await app?.close();
    await database?.close();
  });

  const routes = () => app.getRoutes.filter(isBackOffice).sort();

  it('has a sample address for every back-office GET route', () => {
    const unsampled = routes().filter((route) => samplePath(route, samples) === null);
    assert.deepEqual(unsampled, [], `give these routes' parameters a value in prepareSamples (test/browser/back-office-pages.test.ts), keyed by the route up to the parameter: ${unsampled.join(', ')}`);
  });

  it('has no WCAG 2.2 A/AA violations and no sideways scrolling on any back-office page, at 1280 and 320 px', async () => {
    const failures: string[] = [];
    const visited: string[] = [];
    const downloads: string[] = [];
    const [clerk, admin] = await Promise.all([signedIn(browser, origin, demo, 'democratic-services'), signedIn(browser, origin, demo, 'administrator')]);
    try {
      const visits = routes().flatMap((route) => {
        const url = samplePath(route, samples);
        if (url === null) return [];
        // The clerk where a clerk may look; the administrator for the rest (staff accounts, the audit trail).
        const permission = app.routeIndex.find((r) => r.method === 'GET' && r.url === route)?.permission ?? null;
        const session = [clerk, admin].find((s) => permission === null || hasPermission(s.role, permission));
        if (!session) {
          failures.push(`${route}: neither the clerk nor the administrator may see it (it needs ${permission}); sign in as a role that may`);
          return [];
        }
        return [{ route, url, session }];
      });
      // The administrator's own view of the pages every role starts from.
      visits.push({ route: '/manage', url: '/manage', session: admin }, { route: '/manage/council', url: '/manage/council', session: admin });

      for (const { route, url, session } of visits) {
        const name = `${session.role}${route.replace(/[/:]+/g, '-').replace(/-$/, '')}`;
        const pages = await Promise.all(checkedViewports.map((viewport) => visit(session.pages[viewport.name]!, origin + url)));
        if (pages.some((p) => p.file)) {
          // A file, not a page: it must come, whole, to the signed-in member of staff.
          const response = await session.context.request.get(origin + url, { maxRedirects: 0 });
          const type = response.headers()['content-type'] ?? '';
          const bytes = response.status() === 200 ? (await response.body()).length : 0;
          if (response.status() !== 200) failures.push(`${url} (${route}): the download answered ${response.status()}`);
          else if (type.startsWith('text/html') || bytes === 0) failures.push(`${url} (${route}): the download is ${type}, ${bytes} bytes`);
          downloads.push(url);
          continue;
        }
        const problem = pages.find((p) => p.problem)?.problem;
        if (problem) {
          failures.push(`${url} (${route}), as ${session.role}: ${problem}`);
          continue;
        }
        const problems = await Promise.all(
          checkedViewports.map((viewport) => checkPageAtWidths(session.pages[viewport.name]!, name, () => path.join(screenshotDir, `${name}-${viewport.name}.png`), [viewport])),
        );
        failures.push(...problems.flat());
        visited.push(url);
      }
    } finally {
      await clerk.context.close();
      await admin.context.close();
    }
    assert.deepEqual(failures, []);
    assert.ok(visited.length >= 60, `only ${visited.length} pages were checked: ${visited.join(', ')}`);
    assert.ok(downloads.length >= 5, `only ${downloads.length} downloads were fetched: ${downloads.join(', ')}`);
  });
});

interface Session {
  role: StaffRole;
  context: BrowserContext;
  /** One tab per width, kept at that width. */
  pages: Record<string, Page>;
}

/** A context signed in through the sign-in page, with JavaScript on for axe, and one page per width. */
async function signedIn(browser: Browser, origin: string, demo: DemoSummary, role: StaffRole): Promise<Session> {
  const context = await browser.newContext({ bypassCSP: true });
  const [desktop, mobile] = await Promise.all(checkedViewports.map(async (viewport) => {
    const page = await context.newPage();
    await page.setViewportSize({ width: viewport.width, height: viewport.height });
    return page;
  }));
  await desktop!.goto(`${origin}/sign-in`);
  await desktop!.fill('#email', accountFor(demo, role));
  await desktop!.fill('#password', demoStaffPassword);
  await Promise.all([desktop!.waitForURL(/\/manage$/), desktop!.getByRole('button', { name: 'Sign in', exact: true }).click()]);
  return { role, context, pages: { desktop: desktop!, mobile: mobile! } };
}

/** Opens an address: a page that answered 200, a file (downloaded or shown inline), or what went wrong. */
async function visit(page: Page, url: string): Promise<{ file?: true; problem?: string }> {
  try {
    const response = await page.goto(url);
    if (!response) return { problem: 'no answer' };
    if (new URL(page.url()).pathname !== new URL(url).pathname) return { problem: `was sent on to ${page.url()}` };
    if (response.status() !== 200) return { problem: `answered ${response.status()}` };
    // A PDF shown inline is a file like any other download.
    if (!(response.headers()['content-type'] ?? '').startsWith('text/html')) return { file: true };
    return {};
  } catch (error) {
    if (/Download is starting/.test((error as Error).message)) return { file: true };
    return { problem: (error as Error).message.split('\n')[0] };
  }
}

function accountFor(demo: DemoSummary, role: StaffRole): string {
  const account = demo.staff.find((s) => s.role === role);
  assert.ok(account, `the demo council has no ${role} account`);
  return account.email;
}

/**
 * The route with its parameters filled in, or null when one has no value.
 * Values are keyed by the route up to and including a parameter
 * ("/manage/meetings/:id"), and the longest key the route starts with
 * gives all of them, so "/manage/meetings/:id/minutes/:item" can name a
 * meeting other than "/manage/meetings/:id/agenda" does. A value for "?"
 * is the query string, for pages that need one.
 */
function samplePath(route: string, samples: Record<string, Record<string, string>>): string | null {
  const key = Object.keys(samples)
    .filter((k) => route === k || route.startsWith(`${k}/`))
    .sort((a, b) => b.length - a.length)[0];
  const values = key ? samples[key]! : {};
  let missing = false;
  const filled = route.replace(/:([A-Za-z]+)/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) missing = true;
    return value ?? '';
  });
  if (missing || filled.includes('*')) return null;
  return values['?'] ? `${filled}?${values['?']}` : filled;
}

/**
 * What the demo council lacks, made as a clerk would make it (the standard
 * items on the next meeting's agenda, its agenda published, a topic), then
 * a record of each kind for the routes' parameters.
 */
async function prepareSamples(app: FastifyInstance, { db }: TestDatabaseHandle, demo: DemoSummary): Promise<Record<string, Record<string, string>>> {
  const clerk = await signIn(app, accountFor(demo, 'democratic-services'), demoStaffPassword);
  const next = await db.selectFrom('meeting').select('id').where('date', '>', today).where('status', '=', 'scheduled').orderBy('date').orderBy('id').executeTakeFirstOrThrow();
  const meeting = String(next.id);
  await clerk.get(`/manage/meetings/${meeting}/agenda`);
  const standard = await clerk.post(`/manage/meetings/${meeting}/agenda/standard-items`);
  assert.equal(standard.statusCode, 303, `adding the standard items answered ${standard.statusCode}`);
  const { $: check } = await clerk.get(`/manage/meetings/${meeting}/publish`);
  const published = await clerk.post(`/manage/meetings/${meeting}/publish`, { checked: String(check('input[name="checked"]').val()), lateReason: 'The chair agreed the agenda could follow the budget timetable.' });
  assert.equal(published.statusCode, 303, `publishing the agenda answered ${published.statusCode}: ${cheerio.load(published.body)('.govuk-error-summary').text().trim()}`);
  await clerk.get('/manage/topics/new');
  const topic = await clerk.post('/manage/topics', { name: 'School transport', description: 'Getting children to school: buses, routes and safety.' });
  assert.equal(topic.statusCode, 303, `adding a topic answered ${topic.statusCode}`);

  const one = async <T>(what: string, query: Promise<T | undefined>): Promise<T> => {
    const row = await query;
    assert.ok(row, `the demo council has no ${what}`);
    return row;
  };
  const pack = await one('agenda pack', db.selectFrom('agendaPublication').select('publicDocumentId as id').where('meetingId', '=', next.id).executeTakeFirst());
  const item = await one('agenda item on the next meeting', db.selectFrom('agendaItem').select('id').where('meetingId', '=', next.id).orderBy('position').executeTakeFirst());
  // A meeting held, with its minutes, resolutions and public questions recorded.
  const held = await one(
    'meeting held with resolutions and questions',
    db
      .selectFrom('meeting as m')
      .innerJoin('agendaItem as i', 'i.meetingId', 'm.id')
      .innerJoin('resolution as r', 'r.agendaItemId', 'i.id')
      .innerJoin('publicQuestion as q', 'q.meetingId', 'm.id')
      .select(['m.id', 'i.id as itemId', 'r.id as resolutionId', 'q.id as questionId'])
      .where('m.date', '<', today)
      .orderBy('m.date', 'desc')
      .orderBy('i.position')
      .executeTakeFirst(),
  );
  const scrutiny = await one('scrutiny committee', db.selectFrom('committee').select(['id', 'slug']).where('kind', '=', 'scrutiny').orderBy('id').executeTakeFirst());
  const membership = await one('current membership', db.selectFrom('membership').select('id').where('committeeId', '=', scrutiny.id).where('endsOn', 'is', null).orderBy('id').executeTakeFirst());
  const action = await one('action', db.selectFrom('action').select('id').orderBy('id').executeTakeFirst());
  const recommendation = await one('recommendation', db.selectFrom('recommendation').select('id').orderBy('id').executeTakeFirst());
  const report = await one('report', db.selectFrom('report').select('id').orderBy('id').executeTakeFirst());
  const entry = await one('forward plan entry', db.selectFrom('forwardPlanEntry').select('id').where('status', '=', 'planned').orderBy('id').executeTakeFirst());
  const scheduled = await one('scheduled work programme item', db.selectFrom('workProgrammeItem').select('id').where('kind', '=', 'scheduled').orderBy('id').executeTakeFirst());
  const review = await one('task and finish review', db.selectFrom('workProgrammeItem').select('id').where('kind', '=', 'task-and-finish').where('taskAndFinishCommitteeId', 'is not', null).orderBy('id').executeTakeFirst());
  const staffTopic = await one('topic', db.selectFrom('topic').select('id').orderBy('id').executeTakeFirst());
  const user = await one('councillor account', db.selectFrom('staffUser').select('id').where('role', '=', 'councillor').executeTakeFirst());

  const id = (row: { id: number | null }) => String(row.id);
  const heldMeeting = String(held.id);
  // The action log report is of one committee, and staff may see its restricted version.
  const actionLogReport = { '?': `committee=${scrutiny.slug}&version=restricted` };
  return {
    '/manage/actions/:id': { id: id(action) },
    '/manage/actions/report': actionLogReport,
    '/manage/actions/report.pdf': actionLogReport,
    '/manage/actions/report.xlsx': actionLogReport,
    '/manage/agenda-items/:id': { id: id(item) },
    '/manage/committees/:committee': { committee: scrutiny.slug },
    '/manage/committees/:id': { id: id(scrutiny) },
    '/manage/documents/:id': { id: id(pack) },
    '/manage/forward-plan/:entry': { entry: id(entry) },
    '/manage/meetings/:id': { id: meeting },
    // The records of a meeting held: attendance, declarations, minutes and questions.
    '/manage/meetings/:id/attendance': { id: heldMeeting },
    '/manage/meetings/:id/declarations': { id: heldMeeting },
    '/manage/meetings/:id/minutes': { id: heldMeeting },
    '/manage/meetings/:id/minutes/:item': { id: heldMeeting, item: String(held.itemId) },
    '/manage/meetings/:id/minutes/:item/resolutions/:resolution': { id: heldMeeting, item: String(held.itemId), resolution: String(held.resolutionId) },
    '/manage/meetings/:id/questions': { id: heldMeeting },
    '/manage/meetings/:id/questions/:question': { id: heldMeeting, question: String(held.questionId) },
    '/manage/memberships/:id': { id: id(membership) },
    '/manage/packs/:id': { id: id(pack) },
    '/manage/recommendations/:id': { id: id(recommendation) },
    '/manage/reminders/:committee': { committee: scrutiny.slug },
    '/manage/reports/:id': { id: id(report) },
    '/manage/topics/:id': { id: id(staffTopic) },
    '/manage/users/:id': { id: id(user) },
    '/manage/work-programme/:item': { item: id(scheduled) },
    '/manage/work-programme/:item/review': { item: id(review) },
  };
}
