import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { buildTestApp, textOf } from '../../test/build-test-app.ts';
import { openTestDatabase, type TestDatabaseHandle } from '../../test/support/database.ts';
import { signedInAs } from '../../test/support/staff.ts';
import { londonInstant } from '../deadlines/london-time.ts';
import { type AgendaCouncil, seedAgendaCouncil } from './agenda-fixtures.ts';

describe('the dashboard’s due and late panel', () => {
  let database: TestDatabaseHandle;
  let app: FastifyInstance;
  let council: AgendaCouncil;
  let monday: number;
  before(async () => {
    database = await openTestDatabase('pglite');
    council = await seedAgendaCouncil(database.db);
    app = await buildTestApp(database);
    // Monday 9 March: its agenda was due by Sunday 1 March, its reports at noon on Monday 23 February.
    const extra = await database.db
      .insertInto('meeting')
      .values({ committeeId: council.scrutiny.id, municipalYearId: council.year.id, slug: '2026-03-09', date: '2026-03-09', startsAt: londonInstant('2026-03-09', '18:30'), endsAt: null, venue: null, remoteLink: null, videoUrl: null, agendaPublishedAt: null, minutesPublishedAt: null, minutesApprovedAt: null, minutesApprovedByMeetingId: null, cancellationReason: null, sourceDocumentId: null, sourceLineFrom: null, sourceLineTo: null, kind: 'extraordinary' })
      .returning('id')
      .executeTakeFirstOrThrow();
    monday = extra.id;
    const clerk = await signedInAs(app, database.db, 'democratic-services');
    for (const [meetingId, title, author] of [
      [monday, 'Flood recovery grants', council.author.id],
      [council.march.id, 'Library opening hours', council.author.id],
      [council.march.id, 'Play areas renewal', council.otherAuthor.id],
    ] as const) {
      await clerk.get(`/manage/meetings/${meetingId}/agenda`);
      await clerk.post(`/manage/meetings/${meetingId}/agenda/reports`, { reportTitle: title, reportAuthor: String(author), reportClassification: 'open' });
    }
  });
  after(async () => {
    await app.close();
    await database.close();
  });

  const rowsOf = ($: import('cheerio').CheerioAPI) => $('[aria-label="Due and late"] tbody tr, [aria-label="Your reports due"] tbody tr').map((_, tr) => $(tr).text().replace(/\s+/g, ' ').trim()).get();

  it('shows democratic services what is late first, then what is coming, with links to act on it', async () => {
    const clerk = await signedInAs(app, database.db, 'democratic-services');
    const { $ } = await clerk.get('/manage');
    assert.equal(textOf($, '#due'), 'Due and late');
    assert.match(textOf($, '#due + p'), /^2 late\./);
    const rows = rowsOf($);
    assert.deepEqual(rows.slice(0, 2), [
      '12pm, 23 February 2026 Late Reports: 1 not yet submitted for Communities Scrutiny Committee, 9 March 2026 Flood recovery grants (draft)',
      '1 March 2026 Late Publish the agenda for Communities Scrutiny Committee, 9 March 2026',
    ]);
    assert.equal(rows[2], '5pm, 3 March 2026 Due soon Questions close for Communities Scrutiny Committee, 9 March 2026');
    assert.equal(rows[3], '12pm, 5 March 2026 Coming up Reports: 2 not yet submitted for Communities Scrutiny Committee, 19 March 2026 Library opening hours (draft) Play areas renewal (draft)');
    assert.ok(rows.every((r) => !/Cabinet, 5 March 2026/.test(r)), 'the published meeting has nothing due');
    assert.equal($(`a[href="/manage/meetings/${monday}/agenda"]`).first().text(), 'Publish the agenda');
    for (const href of new Set($('[aria-label="Due and late"] a').map((_, a) => $(a).attr('href')).get())) {
      assert.equal((await clerk.request('GET', href)).statusCode, 200, href);
    }
  });

  it('shows a report author their own reports due, and nothing else', async () => {
    const author = await signedInAs(app, database.db, 'report-author', { personId: council.author.id });
    const { $ } = await author.get('/manage');
    assert.equal(textOf($, '#due'), 'Your reports due');
    assert.deepEqual(rowsOf($), [
      '12pm, 23 February 2026 Late Your reports: 1 not yet submitted for Communities Scrutiny Committee, 9 March 2026 Flood recovery grants (draft)',
      '12pm, 5 March 2026 Coming up Your reports: 1 not yet submitted for Communities Scrutiny Committee, 19 March 2026 Library opening hours (draft)',
    ]);
    const unlinked = await signedInAs(app, database.db, 'report-author');
    assert.match(textOf((await unlinked.get('/manage')).$, '#due + p'), /None of your reports is due/);
  });
});
