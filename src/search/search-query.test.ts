import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { hasFilters, maxQueryLength, parseSearchQuery, resolveDate, searchHref } from './search-query.ts';

describe('parseSearchQuery', () => {
  it('reads the words, page, kinds, committees and dates', () => {
    const parsed = parseSearchQuery({ q: '  bus lane ', page: '3', kind: ['resolution', 'action'], committee: 'audit', 'from-year': '2025', 'to-month': '2', 'to-year': '2026' });
    assert.equal(parsed.ok, true);
    assert.equal(parsed.query.q, 'bus lane');
    assert.equal(parsed.query.page, 3);
    assert.deepEqual(parsed.query.kinds, ['resolution', 'action']);
    assert.deepEqual(parsed.query.committees, ['audit']);
    assert.equal(parsed.query.from, '2025-01-01');
    assert.equal(parsed.query.to, '2026-02-28');
  });

  it('starts on page 1 with nothing chosen', () => {
    const parsed = parseSearchQuery({});
    assert.equal(parsed.ok, true);
    assert.deepEqual({ ...parsed.query, fromParts: undefined, toParts: undefined }, { q: '', page: 1, kinds: [], committees: [], from: null, to: null, fromParts: undefined, toParts: undefined });
  });

  it(`refuses a search longer than ${maxQueryLength} characters`, () => {
    const parsed = parseSearchQuery({ q: 'a'.repeat(maxQueryLength + 1) });
    assert.equal(parsed.ok, false);
    assert.deepEqual(!parsed.ok && parsed.errors, [{ field: 'q', text: `Search must be ${maxQueryLength} characters or fewer` }]);
  });

  it('refuses page 0, a negative page and a page that is not a number', () => {
    for (const page of ['0', '-2', 'two', '1.5']) assert.equal(parseSearchQuery({ q: 'x', page }).ok, false, page);
  });

  it('refuses a kind of record it does not know', () => {
    assert.equal(parseSearchQuery({ q: 'x', kind: 'minutes-of-the-moon' }).ok, false);
  });

  it('refuses an end date before the start date, naming the end date', () => {
    const parsed = parseSearchQuery({ q: 'x', 'from-day': '2', 'from-month': '3', 'from-year': '2026', 'to-day': '1', 'to-month': '3', 'to-year': '2026' });
    assert.deepEqual(!parsed.ok && parsed.errors.map((e) => e.field), ['to']);
  });

  it('keeps what was typed when something is wrong, so the form can show it again', () => {
    const parsed = parseSearchQuery({ q: 'parking', 'from-day': '31', 'from-month': '2', 'from-year': '2025' });
    assert.equal(parsed.ok, false);
    assert.equal(parsed.query.q, 'parking');
    assert.deepEqual(parsed.query.fromParts, { day: '31', month: '2', year: '2025' });
    assert.deepEqual(!parsed.ok && parsed.errors, [{ field: 'from', text: 'Enter a real date for the start date' }]);
  });
});

describe('resolveDate', () => {
  it('reads a whole date, and a month or year as its first or last day', () => {
    assert.deepEqual(resolveDate({ day: '7', month: '5', year: '2025' }, 'start'), { ok: true, date: '2025-05-07' });
    assert.deepEqual(resolveDate({ day: '', month: '2', year: '2024' }, 'end'), { ok: true, date: '2024-02-29' });
    assert.deepEqual(resolveDate({ day: '', month: '', year: '2025' }, 'start'), { ok: true, date: '2025-01-01' });
    assert.deepEqual(resolveDate({ day: '', month: '', year: '2025' }, 'end'), { ok: true, date: '2025-12-31' });
    assert.deepEqual(resolveDate({ day: '', month: '', year: '' }, 'end'), { ok: true, date: null });
  });

  it('refuses dates that do not exist or are incomplete', () => {
    assert.equal(resolveDate({ day: '29', month: '2', year: '2025' }, 'start').ok, false);
    assert.equal(resolveDate({ day: '1', month: '13', year: '2025' }, 'start').ok, false);
    assert.equal(resolveDate({ day: '1', month: '1', year: '25' }, 'start').ok, false);
    assert.equal(resolveDate({ day: '1', month: '', year: '2025' }, 'start').ok, false);
    assert.equal(resolveDate({ day: '1', month: '1', year: '' }, 'start').ok, false);
    assert.equal(resolveDate({ day: 'x', month: '1', year: '2025' }, 'start').ok, false);
  });
});

describe('searchHref and hasFilters', () => {
  const parsed = parseSearchQuery({ q: 'bus & lane', kind: 'action', committee: ['audit', 'cabinet'], 'from-year': '2025' }).query;
  it('keeps every choice and changes only what it is asked to', () => {
    assert.equal(searchHref(parsed, { page: 2 }), '/search?q=bus+%26+lane&kind=action&committee=audit&committee=cabinet&from-year=2025&page=2');
    assert.equal(searchHref(parsed, { kinds: [], committees: [], dates: false }), '/search?q=bus+%26+lane');
  });
  it('knows when a filter is set', () => {
    assert.equal(hasFilters(parsed), true);
    assert.equal(hasFilters(parseSearchQuery({ q: 'x' }).query), false);
  });
});
