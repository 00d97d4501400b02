import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { facetCounts, type MatchGroup } from './search-facets.ts';

const groups: MatchGroup[] = [
  { kind: 'resolution', committeeSlug: 'highways', committeeName: 'Highways', count: 2 },
  { kind: 'resolution', committeeSlug: 'licensing', committeeName: 'Licensing', count: 1 },
  { kind: 'document', committeeSlug: 'highways', committeeName: 'Highways', count: 4 },
  { kind: 'forward-plan', committeeSlug: null, committeeName: null, count: 3 },
];

describe('facetCounts', () => {
  it('counts everything when nothing is filtered, committees most first', () => {
    const counts = facetCounts(groups, { kinds: [], committees: [] });
    assert.equal(counts.total, 10);
    assert.deepEqual(counts.kindCounts, [{ kind: 'resolution', count: 3 }, { kind: 'document', count: 4 }, { kind: 'forward-plan', count: 3 }]);
    assert.deepEqual(counts.committeeCounts, [{ slug: 'highways', name: 'Highways', count: 6 }, { slug: 'licensing', name: 'Licensing', count: 1 }]);
  });

  it('counts kinds against the committee filter and committees against the kind filter', () => {
    const counts = facetCounts(groups, { kinds: ['resolution'], committees: ['highways'] });
    assert.equal(counts.total, 2);
    assert.deepEqual(counts.kindCounts, [{ kind: 'resolution', count: 2 }, { kind: 'document', count: 4 }], 'a record with no committee drops out once a committee is chosen');
    assert.deepEqual(counts.committeeCounts, [{ slug: 'highways', name: 'Highways', count: 2 }, { slug: 'licensing', name: 'Licensing', count: 1 }]);
  });

  it('finds nothing for a committee that has no matches', () => {
    assert.equal(facetCounts(groups, { kinds: [], committees: ['planning'] }).total, 0);
  });
});
