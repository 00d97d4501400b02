import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { openDatabase, type DatabaseHandle } from '../db/connection.ts';
import type { Database } from '../db/database.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { GavelError } from '../errors.ts';
import { addDays, dayOfWeek, isWorkingDay } from './calendar.ts';
import { loadDemoCouncil } from './load-demo-council.ts';

const today = '2026-03-02';

/** A fresh, migrated PGlite database in a temporary folder. */
async function openScratchDatabase(): Promise<DatabaseHandle & { dispose(): Promise<void> }> {
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'gavel-demo-test-'));
  const handle = await openDatabase({ engine: 'pglite', dataDir });
  await migrateToLatest(handle.db);
  return {
    ...handle,
    async dispose() {
      await handle.close();
      await fs.rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** Every row of a table in id order, without the columns the database fills in itself (timestamps, search vectors). */
async function rowsOf(database: DatabaseHandle, table: keyof Database & string): Promise<Record<string, unknown>[]> {
  const { rows } = await sql<Record<string, unknown>>`select * from ${sql.table(table.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`))} order by 1`.execute(database.db);
  return rows.map(({ createdAt: _created, updatedAt: _updated, search: _search, ...rest }) => rest);
}

describe('loadDemoCouncil', () => {
  let first: Awaited<ReturnType<typeof openScratchDatabase>>;
  let second: Awaited<ReturnType<typeof openScratchDatabase>>;

  before(async () => {
    [first, second] = await Promise.all([openScratchDatabase(), openScratchDatabase()]);
    await loadDemoCouncil(first.db, { seed: 1, today });
    await loadDemoCouncil(second.db, { seed: 1, today });
  });

  after(async () => {
    await Promise.all([first?.dispose(), second?.dispose()]);
  });

  it('loads a council with full council, cabinet, two scrutiny committees and a task and finish group under one of them', async () => {
    const committees = await first.db.selectFrom('committee').select(['id', 'slug', 'kind', 'parentCommitteeId', 'origin']).execute();
    assert.ok(committees.length >= 5);
    const ofKind = (kind: string) => committees.filter((c) => c.kind === kind);
    assert.equal(ofKind('full-council').length, 1);
    assert.equal(ofKind('cabinet').length, 1);
    assert.equal(ofKind('scrutiny').length, 2);
    assert.ok(ofKind('regulatory').length >= 1);
    const group = ofKind('task-and-finish')[0]!;
    assert.ok(ofKind('scrutiny').some((c) => c.id === group.parentCommitteeId));
    assert.ok(committees.every((c) => c.origin === 'demo'));
    assert.deepEqual(
      ofKind('full-council').map((c) => c.slug),
      ['full-council'],
    );
  });

  it('covers the municipal year containing today and the one before', async () => {
    const years = await first.db.selectFrom('municipalYear').select(['label', 'startsOn', 'endsOn']).orderBy('startsOn').execute();
    assert.deepEqual(years.map((y) => y.label), ['2024/25', '2025/26']);
    assert.ok(years[1]!.startsOn <= today && today <= years[1]!.endsOn);
  });

  it('has exactly one exempt item, under paragraph 3, with an exempt report behind it', async () => {
    const exempt = await first.db.selectFrom('agendaItem').select(['id', 'exemptParagraph', 'meetingId']).where('isExempt', '=', true).execute();
    assert.equal(exempt.length, 1);
    assert.equal(exempt[0]!.exemptParagraph, 3);
    const report = await first.db.selectFrom('report').selectAll().where('agendaItemId', '=', exempt[0]!.id).executeTakeFirstOrThrow();
    assert.equal(report.classification, 'exempt');
    assert.equal(report.exemptParagraph, 3);
    assert.match(report.summary ?? '', /Castlebrook Travel Ltd, whose tendered price is £[\d,]+/);
    const exclusion = await first.db.selectFrom('agendaItem').select('standardKind')
      .where('meetingId', '=', exempt[0]!.meetingId).where('standardKind', '=', 'exclusion-of-press-and-public').execute();
    assert.equal(exclusion.length, 1);
    const openReports = await first.db.selectFrom('report').select('summary').where('classification', '=', 'open').execute();
    assert.ok(openReports.every((r) => !r.summary?.includes('Castlebrook')), 'the bidder is named only in exempt papers');
  });

  it('gives the same rows for the same seed and day', async () => {
    for (const table of ['person', 'committee', 'membership', 'meeting', 'agendaItem', 'report', 'attendance', 'resolution', 'action', 'recommendation', 'forwardPlanEntry', 'workProgrammeItem'] as const) {
      assert.deepEqual(await rowsOf(second, table), await rowsOf(first, table), `${table} differs between two loads`);
    }
  });

  it('refuses to load into a database that already holds a council', async () => {
    await assert.rejects(loadDemoCouncil(first.db, { seed: 1, today }), (error) => error instanceof GavelError && /already holds a council/.test(error.message));
    const councils = await first.db.selectFrom('council').select('id').execute();
    assert.equal(councils.length, 1);
  });

  it('has overdue, in-progress and completed actions as at today', async () => {
    const actions = await first.db.selectFrom('action').select(['status', 'dueOn', 'completedOn']).execute();
    assert.ok(actions.some((a) => a.status !== 'completed' && a.dueOn !== null && a.dueOn < today), 'an overdue action');
    assert.ok(actions.some((a) => a.status === 'completed' && a.completedOn !== null && a.completedOn <= today), 'a completed action');
    const updated = await first.db.selectFrom('action as a').innerJoin('actionUpdate as u', 'u.actionId', 'a.id').select(['a.status', 'u.writtenOn']).where('a.status', '=', 'in-progress').execute();
    assert.ok(updated.length > 0 && updated.every((u) => u.writtenOn <= today));
  });

  it('has scrutiny recommendations awaiting a response past the two-month deadline', async () => {
    const awaited = await first.db.selectFrom('recommendation').select('responseDueOn').where('response', 'is', null).where('responseDueOn', '<', today).execute();
    assert.ok(awaited.length >= 2);
    const answered = await first.db.selectFrom('recommendation').select('response').where('response', 'is not', null).execute();
    assert.ok(new Set(answered.map((r) => r.response)).size >= 3);
  });

  it('has meetings to come with published agendas, and later ones only scheduled', async () => {
    const future = await first.db.selectFrom('meeting').select(['id', 'date', 'status', 'agendaPublishedAt']).where('date', '>=', today).execute();
    const published = future.filter((m) => m.status === 'agenda-published');
    assert.ok(published.length >= 1);
    assert.ok(future.some((m) => m.status === 'scheduled'));
    for (const meeting of published) {
      assert.ok(meeting.agendaPublishedAt!.getTime() < Date.parse(`${addDays(today, 1)}T00:00:00Z`), 'published no later than today');
      const items = await first.db.selectFrom('agendaItem').select('id').where('meetingId', '=', meeting.id).execute();
      assert.ok(items.length > 3);
    }
  });

  it('holds no meeting at a weekend or on a bank holiday', async () => {
    const meetings = await first.db.selectFrom('meeting').select(['date', 'kind']).execute();
    assert.ok(meetings.length > 50);
    for (const { date } of meetings) {
      assert.ok(![0, 6].includes(dayOfWeek(date)), `${date} is a weekend`);
      assert.ok(isWorkingDay(date), `${date} is a bank holiday`);
    }
  });

  it('stores start times for Europe/London, in BST and in GMT', async () => {
    const meetings = await first.db.selectFrom('meeting as m').innerJoin('committee as c', 'c.id', 'm.committeeId')
      .select(['m.date', 'm.startsAt']).where('c.slug', '=', 'children-and-young-people-scrutiny-committee').execute();
    for (const { date, startsAt } of meetings) {
      const summer = date >= '2025-03-30' && date < '2025-10-26';
      const winter = date >= '2025-10-26' && date < '2026-03-29';
      if (summer) assert.equal(startsAt!.toISOString(), `${date}T13:00:00.000Z`);
      if (winter) assert.equal(startsAt!.toISOString(), `${date}T14:00:00.000Z`);
    }
  });

  it('marks every record that has an origin as demo', async () => {
    for (const table of ['person', 'membership', 'meeting', 'agendaItem', 'report', 'attendance', 'declaration', 'resolution', 'recommendation', 'action', 'actionUpdate', 'workProgrammeItem', 'forwardPlanEntry', 'publicQuestion'] as const) {
      const { rows } = await sql<{ origin: string; n: number }>`select origin, count(*) as n from ${sql.table(table.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`))} group by origin`.execute(first.db);
      assert.deepEqual(rows.map((r) => r.origin), ['demo'], `${table} has records`);
    }
  });

  it('numbers minutes on through each municipal year', async () => {
    const items = await first.db.selectFrom('agendaItem as i').innerJoin('meeting as m', 'm.id', 'i.meetingId').innerJoin('committee as c', 'c.id', 'm.committeeId')
      .select(['i.minuteNumber', 'm.date', 'i.position']).where('c.kind', '=', 'scrutiny').where('m.status', 'in', ['minutes-approved', 'draft-minutes'])
      .orderBy('c.id').orderBy('m.date').orderBy('i.position').execute();
    const numbers = items.map((i) => Number(i.minuteNumber));
    assert.ok(numbers.every((n) => Number.isInteger(n) && n >= 1));
    assert.ok(Math.max(...numbers) > 40, 'numbers run on past the first meetings');
  });
});
