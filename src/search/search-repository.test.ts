import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { openTestDatabase, testEngines, type TestDatabaseHandle } from '../../test/support/database.ts';
import { findNameMatches } from './name-match-repository.ts';
import { exemptMarker, plantSearchCouncil, unpublishedMarker } from './search-fixtures.ts';
import { type SearchFilter, searchRecords } from './search-repository.ts';
import { snippetStart, snippetStop } from './snippet.ts';

const all = (q: string, change: Partial<SearchFilter> = {}): SearchFilter => ({ q, kinds: [], committees: [], from: null, to: null, limit: 20, offset: 0, ...change });

for (const engine of testEngines) {
  describe(`search repository (${engine})`, () => {
    let database: TestDatabaseHandle;
    let planted: Awaited<ReturnType<typeof plantSearchCouncil>>;
    before(async () => {
      database = await openTestDatabase(engine);
      planted = await plantSearchCouncil(database.db);
    });
    after(() => database.close());

    it('finds a word in every kind of public record and counts each kind', async () => {
      const results = await searchRecords(database.db, all('drainage'));
      const counts = Object.fromEntries(results.kindCounts.map((k) => [k.kind, k.count]));
      assert.deepEqual(counts, { resolution: 2, recommendation: 1, 'agenda-item': 2, document: 1, action: 1, 'forward-plan': 1, transcript: 1 });
      assert.equal(results.total, 9);
      assert.equal(results.hits.length, 9);
    });

    it('never finds, shows or counts exempt material, nor minutes not yet published', async () => {
      for (const marker of [exemptMarker, unpublishedMarker]) {
        const results = await searchRecords(database.db, all(marker));
        assert.equal(results.total, 0, marker);
        assert.deepEqual(results.hits, []);
        assert.deepEqual(results.kindCounts, []);
        assert.deepEqual(results.committeeCounts, []);
      }
      const drainage = await searchRecords(database.db, all('drainage', { limit: 100 }));
      assert.ok(!JSON.stringify(drainage).includes(exemptMarker));
      assert.ok(!drainage.hits.some((h) => h.itemTitle === planted.exemptItem.title));
    });

    it('puts decisions above passing mentions, and the newer of two equal decisions first', async () => {
      const { hits } = await searchRecords(database.db, all('drainage'));
      assert.deepEqual(hits.slice(0, 2).map((h) => [h.kind, h.id]), [
        ['resolution', planted.decidedMarch.id],
        ['resolution', planted.decidedJune.id],
      ]);
      const passing = hits.findIndex((h) => h.kind === 'agenda-item' && h.id === planted.drainageMarch.id);
      const titled = hits.findIndex((h) => h.kind === 'agenda-item' && h.id === planted.drainageJune.id);
      assert.ok(titled < passing, 'an item titled with the word ranks above one that mentions it in its minutes');
    });

    it('understands phrases, exclusions and "or"', async () => {
      const phrase = await searchRecords(database.db, all('"drainage programme"'));
      assert.ok(phrase.total > 0);
      assert.ok(phrase.hits.every((h) => h.snippet.toLowerCase().includes('drainage') || h.title?.toLowerCase().includes('drainage')));
      assert.equal((await searchRecords(database.db, all('"programme drainage"'))).total, 0);
      const without = await searchRecords(database.db, all('drainage -gully'));
      assert.ok(!without.hits.some((h) => h.kind === 'recommendation'), 'the recommendation mentions gully tankers');
      assert.equal(without.total, 7);
      const either = await searchRecords(database.db, all('taxi or tankers'));
      assert.deepEqual(either.hits.map((h) => h.kind).sort(), ['agenda-item', 'recommendation', 'resolution']);
    });

    it('counts each filter against the others: kind counts ignore the kind filter, committee counts the committee filter', async () => {
      const results = await searchRecords(database.db, all('drainage or taxi', { kinds: ['resolution'], committees: ['licensing'] }));
      assert.equal(results.total, 1);
      assert.deepEqual(results.hits.map((h) => h.kind), ['resolution']);
      assert.deepEqual(results.kindCounts.map((k) => [k.kind, k.count]).sort(), [['agenda-item', 1], ['resolution', 1]]);
      assert.deepEqual(results.committeeCounts.map((c) => [c.slug, c.count]), [['highways', 2], ['licensing', 1]]);
    });

    it('filters by date, inclusive at both ends', async () => {
      const results = await searchRecords(database.db, all('drainage', { kinds: ['resolution'], from: '2026-03-02', to: '2026-03-02' }));
      assert.deepEqual(results.hits.map((h) => h.id), [planted.decidedMarch.id]);
      const none = await searchRecords(database.db, all('drainage', { from: '2030-01-01' }));
      assert.equal(none.total, 0);
    });

    it('marks the matches in snippets and finds the line of a document match', async () => {
      const { hits } = await searchRecords(database.db, all('drainage', { kinds: ['document'] }));
      assert.equal(hits[0]?.id, planted.report.id);
      assert.equal(hits[0]?.documentLine, 3);
      assert.match(hits[0]?.snippet ?? '', new RegExp(`${snippetStart}drainage${snippetStop}`));
    });

    it('gives the parts of a link: meeting, item and transcript time', async () => {
      const { hits } = await searchRecords(database.db, all('villages'));
      assert.equal(hits.length, 1);
      assert.equal(hits[0]?.kind, 'transcript');
      assert.equal(hits[0]?.startsMs, 754_300);
      assert.equal(hits[0]?.meetingSlug, '2025-06-10');
      const action = (await searchRecords(database.db, all('survey'))).hits[0];
      assert.equal(action?.itemNumber, '4');
      assert.equal(action?.committeeSlug, 'highways');
    });

    it('pages through results without repeating or losing any', async () => {
      const first = await searchRecords(database.db, all('drainage', { limit: 4, offset: 0 }));
      const second = await searchRecords(database.db, all('drainage', { limit: 4, offset: 4 }));
      const third = await searchRecords(database.db, all('drainage', { limit: 4, offset: 8 }));
      const ids = [...first.hits, ...second.hits, ...third.hits].map((h) => `${h.kind}:${h.id}`);
      assert.equal(new Set(ids).size, 9);
      assert.equal(second.total, 9);
    });

    it('says a search of only common words cannot be run', async () => {
      const results = await searchRecords(database.db, all('the of and'));
      assert.equal(results.searchable, false);
      assert.equal(results.total, 0);
    });

    it('finds people and committees by misspelt names', async () => {
      const person = await findNameMatches(database.db, 'woodwart');
      assert.deepEqual(person.map((m) => [m.kind, m.slug]), [['person', 'hannah-woodward']]);
      const committee = await findNameMatches(database.db, 'licensng');
      assert.deepEqual(committee.map((m) => [m.kind, m.slug]), [['committee', 'licensing']]);
      assert.deepEqual(await findNameMatches(database.db, 'surface water'), []);
    });
  });
}
