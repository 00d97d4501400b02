import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { clearFiltersHref, committeeFacet, countText, kindFacet, pagination, resultHeading, resultView } from './search-page.ts';
import { parseSearchQuery } from './search-query.ts';
import type { SearchHitRow } from './search-repository.ts';
import { snippetStart, snippetStop } from './snippet.ts';

const query = (raw: Record<string, unknown>) => parseSearchQuery(raw).query;
const hit = (change: Partial<SearchHitRow>): SearchHitRow => ({
  kind: 'resolution', id: 1, date: '2026-03-02', score: 1, committeeSlug: 'audit', committeeName: 'Audit Committee', meetingSlug: '2026-03-02',
  meetingStatus: 'minutes-approved', itemNumber: '7', itemPosition: 7, itemTitle: 'Internal audit plan', title: null, recommendationLetter: null,
  actionNumber: null, speakerName: null, startsMs: null, transcriptDocumentId: null, transcriptSourceLine: null, documentLine: null,
  snippet: `approve the ${snippetStart}audit${snippetStop} <plan>`, ...change,
});

describe('resultView', () => {
  it('shows a decision with its item, committee, date, link and safe highlighted snippet', () => {
    assert.deepEqual(resultView(hit({})), {
      href: '/committees/audit/meetings/2026-03-02#minute-item-7',
      heading: 'Resolved: 7. Internal audit plan',
      kindLabel: 'Decision',
      context: 'Audit Committee, Monday 2 March 2026',
      snippetHtml: 'approve the <mark>audit</mark> &lt;plan&gt;',
    });
  });

  it('names each kind of record in its heading', () => {
    assert.equal(resultHeading(hit({ kind: 'recommendation', recommendationLetter: 'b' })), 'Recommendation (b): 7. Internal audit plan');
    assert.equal(resultHeading(hit({ kind: 'action', actionNumber: 'A12', itemTitle: null })), 'Action A12');
    assert.equal(resultHeading(hit({ kind: 'transcript', startsMs: 65_000, speakerName: 'Cllr Shah' })), 'Transcript at 1:05, Cllr Shah');
    assert.equal(resultHeading(hit({ kind: 'document', title: 'Annual report', itemTitle: null })), 'Annual report');
  });
});

describe('kindFacet', () => {
  it('lists kinds with results in a fixed order, counts in the label, and keeps a ticked kind at 0', () => {
    const items = kindFacet([{ kind: 'document', count: 4 }, { kind: 'resolution', count: 2 }], ['action']);
    assert.deepEqual(items, [
      { value: 'resolution', text: 'Decisions (2)', checked: false },
      { value: 'document', text: 'Documents (4)', checked: false },
      { value: 'action', text: 'Actions (0)', checked: true },
    ]);
  });
});

describe('committeeFacet', () => {
  it('keeps a ticked committee with no results, named', () => {
    const items = committeeFacet([{ slug: 'cabinet', name: 'Cabinet', count: 3 }], ['audit'], new Map([['audit', 'Audit Committee']]));
    assert.deepEqual(items, [
      { value: 'cabinet', text: 'Cabinet (3)', checked: false },
      { value: 'audit', text: 'Audit Committee (0)', checked: true },
    ]);
  });
});

describe('pagination', () => {
  it('is not shown for one page', () => {
    assert.equal(pagination(query({ q: 'x' }), 20), null);
  });

  it('shows first, last and neighbours with ellipses, keeping the search in every link', () => {
    const view = pagination(query({ q: 'x', kind: 'action', page: '5' }), 200);
    assert.deepEqual(view?.items.map((i) => ('ellipsis' in i ? '…' : i.current ? `[${i.number}]` : String(i.number))), ['1', '…', '4', '[5]', '6', '…', '10']);
    assert.equal(view?.previous?.href, '/search?q=x&kind=action&page=4');
    assert.equal(view?.next?.href, '/search?q=x&kind=action&page=6');
  });

  it('has no next link on the last page', () => {
    const view = pagination(query({ q: 'x', page: '2' }), 21);
    assert.equal(view?.next, undefined);
    assert.equal(view?.previous?.href, '/search?q=x');
  });
});

describe('countText and clearFiltersHref', () => {
  it('says how many results and which are shown', () => {
    assert.equal(countText(query({ q: 'x' }), 0), '0 results');
    assert.equal(countText(query({ q: 'x' }), 1), '1 result');
    assert.equal(countText(query({ q: 'x', page: '2' }), 45), 'Showing 21 to 40 of 45 results');
    assert.equal(countText(query({ q: 'x', page: '9' }), 45), '45 results');
  });
  it('offers to clear filters only when some are set', () => {
    assert.equal(clearFiltersHref(query({ q: 'x' })), null);
    assert.equal(clearFiltersHref(query({ q: 'x', committee: 'audit', page: '3' })), '/search?q=x');
  });
});
