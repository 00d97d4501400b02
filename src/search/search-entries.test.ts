import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { insertReport } from '../../test/factories.ts';
import { openTestDatabase, testEngines, type TestDatabaseHandle } from '../../test/support/database.ts';
import { kindBoosts, rankWeightsLiteral, rawRankBound } from './ranking.ts';
import { plantSearchCouncil } from './search-fixtures.ts';
import type { SearchKind } from './search-kinds.ts';
import { searchRecords } from './search-repository.ts';
import { readTsquery } from './tsquery-text.ts';

const all = (q: string) => ({ q, kinds: [], committees: [], from: null, to: null, limit: 100, offset: 0 });

/**
 * search_entry (migration 0004) is what search reads; triggers keep it equal
 * to what search_public_source says the public may find. These tests change
 * records the way the importer and the back office do, and check that the
 * entries follow, in the same statement, on both engines.
 */
for (const engine of testEngines) {
  describe(`search entries (${engine})`, () => {
    let database: TestDatabaseHandle;
    let planted: Awaited<ReturnType<typeof plantSearchCouncil>>;
    const db = () => database.db;
    const found = async (q: string) => (await searchRecords(db(), all(q))).hits.map((h) => `${h.kind}:${h.id}`).sort();
    // The entries as triggers left them, and as the view says they should be.
    const inStep = async () => {
      const entries = await sql<{ e: string }>`select kind || ':' || record_id || ':' || coalesce(committee_id::text, '') || ':' || coalesce(date::text, '') || ':' || md5(search::text) as e from search_entry order by 1`.execute(db());
      const source = await sql<{ e: string }>`select kind || ':' || record_id || ':' || coalesce(committee_id::text, '') || ':' || coalesce(date::text, '') || ':' || md5(search::text) as e from search_public_source order by 1`.execute(db());
      assert.deepEqual(entries.rows.map((r) => r.e), source.rows.map((r) => r.e));
    };

    before(async () => {
      database = await openTestDatabase(engine);
      planted = await plantSearchCouncil(database.db);
    });
    after(() => database.close());

    it('holds exactly the public records once the council is loaded', inStep);

    it('takes everything on an item out of search when the item becomes exempt, and back when it is open again', async () => {
      const before = await found('drainage');
      assert.ok(before.includes(`resolution:${planted.decidedJune.id}`));
      assert.ok(before.includes(`agenda-item:${planted.drainageJune.id}`));
      await db().updateTable('agendaItem').set({ isExempt: true, exemptParagraph: 3 }).where('id', '=', planted.drainageJune.id).execute();
      const during = await found('drainage');
      for (const gone of [`resolution:${planted.decidedJune.id}`, `agenda-item:${planted.drainageJune.id}`]) assert.ok(!during.includes(gone), gone);
      assert.ok(!(await found('gully')).some((k) => k.startsWith('recommendation:')), 'its recommendation');
      assert.deepEqual(await found('survey'), [], 'its action');
      await inStep();
      await db().updateTable('agendaItem').set({ isExempt: false, exemptParagraph: null }).where('id', '=', planted.drainageJune.id).execute();
      assert.deepEqual(await found('drainage'), before);
      await inStep();
    });

    it('finds minutes and decisions only while the meeting’s minutes are published', async () => {
      await db().updateTable('meeting').set({ status: 'held' }).where('id', '=', planted.march.id).execute();
      assert.ok(!(await found('drainage')).includes(`resolution:${planted.decidedMarch.id}`));
      assert.ok(!(await found('works')).includes(`agenda-item:${planted.drainageMarch.id}`), 'the minutes, while the title still finds the item');
      assert.ok((await found('safety')).includes(`agenda-item:${planted.drainageMarch.id}`));
      await db().updateTable('meeting').set({ status: 'draft-minutes' }).where('id', '=', planted.march.id).execute();
      assert.ok((await found('drainage')).includes(`resolution:${planted.decidedMarch.id}`));
      assert.ok((await found('works')).includes(`agenda-item:${planted.drainageMarch.id}`));
      await db().updateTable('meeting').set({ status: 'minutes-approved' }).where('id', '=', planted.march.id).execute();
      await inStep();
    });

    it('takes a document out with its report when the report is exempt, and a transcript with its document', async () => {
      const doc = await db()
        .insertInto('document')
        .values({ kind: 'report', title: 'Pumping station options', filename: 'p.txt', mediaType: 'text/plain', sha256: 'b'.repeat(64), byteSize: 10, original: null, text: 'Pumping station options for the levels.', exemptParagraph: null, supersedesDocumentId: null, publishedAt: new Date('2026-01-05T10:00:00Z'), importedAt: new Date('2026-01-05T10:00:00Z'), committeeId: planted.highways.id, meetingId: planted.june.id, agendaItemId: null })
        .returning('id')
        .executeTakeFirstOrThrow();
      assert.deepEqual(await found('pumping'), [`document:${doc.id}`]);
      const report = await insertReport(db(), planted.drainageJune.id, { title: 'Pumping station', classification: 'exempt', exemptParagraph: 3 });
      await db().updateTable('report').set({ documentId: doc.id }).where('id', '=', report.id).execute();
      assert.deepEqual(await found('pumping'), []);
      await db().updateTable('report').set({ classification: 'open', exemptParagraph: null }).where('id', '=', report.id).execute();
      assert.deepEqual(await found('pumping'), [`document:${doc.id}`]);

      const transcript = await db().insertInto('transcript').values({ meetingId: planted.june.id, documentId: doc.id, videoUrl: null }).returning('id').executeTakeFirstOrThrow();
      const segment = await db()
        .insertInto('transcriptSegment')
        .values({ transcriptId: transcript.id, position: 1, startsMs: 1000, endsMs: 2000, speakerName: null, speakerPersonId: null, text: 'The sluice gates are old.', sourceLineFrom: null, sourceLineTo: null })
        .returning('id')
        .executeTakeFirstOrThrow();
      assert.deepEqual(await found('sluice'), [`transcript:${segment.id}`]);
      await db().updateTable('document').set({ isExempt: true, exemptParagraph: 3 }).where('id', '=', doc.id).execute();
      assert.deepEqual(await found('sluice'), []);
      assert.deepEqual(await found('pumping'), []);
      await inStep();
    });

    it('follows edits and deletions', async () => {
      await db().updateTable('resolution').set({ text: 'RESOLVED: That the culvert be relined.' }).where('id', '=', planted.decidedJune.id).execute();
      assert.deepEqual(await found('culvert'), [`resolution:${planted.decidedJune.id}`]);
      await db().deleteFrom('resolution').where('id', '=', planted.decidedJune.id).execute();
      assert.deepEqual(await found('culvert'), []);
      // Deleting a committee cascades to its meetings and everything on them.
      await db().deleteFrom('committee').where('id', '=', planted.licensing.id).execute();
      assert.deepEqual(await found('taxi'), []);
      await inStep();
    });

    it('never lets a record score above its ceiling, for every shape of query', async () => {
      // The worst cases for ts_rank: a word over and over in a title and its text, and two words side by side many times.
      const repeated = (words: string, times: number) => Array.from({ length: times }, () => words).join(' ');
      await db()
        .insertInto('document')
        .values({ kind: 'report', title: `Drainage ${repeated('drainage programme', 20)}`, filename: 'r.txt', mediaType: 'text/plain', sha256: 'c'.repeat(64), byteSize: 10, original: null, text: repeated('drainage programme taxi', 400), exemptParagraph: null, supersedesDocumentId: null, publishedAt: null, importedAt: new Date(), committeeId: planted.highways.id, meetingId: null, agendaItemId: null })
        .execute();
      await db().insertInto('resolution').values({ agendaItemId: planted.drainageMarch.id, position: 7, text: repeated('drainage programme', 30), outcome: 'carried', sourceDocumentId: null, sourceLineFrom: null, sourceLineTo: null }).execute();
      const queries = ['drainage', 'drainage or taxi', 'drainage programme', '"drainage programme"', 'drainage -gully', 'surface water drainage', 'discussed', 'programme drainage taxi', '-gully'];
      for (const q of queries) {
        const text = (await sql<{ t: string }>`select websearch_to_tsquery('english', ${q})::text as t`.execute(db())).rows[0]!.t;
        const shape = readTsquery(text);
        const rows = await sql<{ kind: SearchKind; score: number; rankNorm: number; titleHit: boolean }>`
          select kind, rank_norm, ts_rank(${rankWeightsLiteral}::float4[], search, websearch_to_tsquery('english', ${q}), 1) as score,
            coalesce(title @@ ${shape.lexemes.map((l) => `'${l.replace(/'/g, "''")}'`).join(' | ')}::tsquery, false) as title_hit
          from search_entry where search @@ websearch_to_tsquery('english', ${q})`.execute(db());
        assert.ok(rows.rows.length > 0, q);
        for (const row of rows.rows) {
          const ceiling = rawRankBound(shape.ranking, row.kind, row.titleHit) * Number(row.rankNorm);
          assert.ok(Number(row.score) <= ceiling, `${q}: ${row.kind} scored ${row.score} over its ceiling ${ceiling}`);
        }
      }
    });

    it('gives the same pages as scoring every match would', async () => {
      for (const q of ['drainage', 'drainage programme', '"drainage programme"', 'drainage or taxi', 'taxi']) {
        const everyMatch = await sql<{ k: string }>`
          select kind || ':' || record_id as k from search_entry
          where search @@ websearch_to_tsquery('english', ${q})
          order by ts_rank(${rankWeightsLiteral}::float4[], search, websearch_to_tsquery('english', ${q}), 1) * ${sql.raw(boostCase)} desc, date desc nulls last, kind, record_id`.execute(db());
        const expected = everyMatch.rows.map((r) => r.k);
        const paged: string[] = [];
        for (let offset = 0; offset < expected.length; offset += 3) {
          const { hits, total } = await searchRecords(db(), { ...all(q), limit: 3, offset });
          assert.equal(total, expected.length, q);
          paged.push(...hits.map((h) => `${h.kind}:${h.id}`));
        }
        assert.deepEqual(paged, expected, q);
      }
    });
  });
}

const boostCase = `(case kind ${Object.entries(kindBoosts).map(([k, b]) => `when '${k}' then ${b}`).join(' ')} end)`;
