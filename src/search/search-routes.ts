import type { FastifyInstance } from 'fastify';
import { listCommittees } from '../committees/committee-repository.ts';
import type { Services } from '../services.ts';
import { didYouMean } from './did-you-mean.ts';
import { findNameMatches } from './name-match-repository.ts';
import { clearFiltersHref, committeeFacet, countText, kindFacet, pagination, resultView } from './search-page.ts';
import { type FieldError, pageSize, parseSearchQuery, searchHref } from './search-query.ts';
import { searchRecords } from './search-repository.ts';

/** Where each error's link in the summary takes the keyboard: the first input of the field. */
// A bad kind or committee comes only from an edited address; there is no box to go to, so the search box.
const errorTargets: Record<string, string> = { q: '#q', from: '#from-day', to: '#to-day' };

export function registerSearchRoutes(app: FastifyInstance, { db, today }: Services): void {
  app.get('/search', async (request, reply) => {
    const parsed = parseSearchQuery(request.query);
    const { query } = parsed;
    const base = { pageTitle: query.q ? `Search: ${query.q}` : 'Search', breadcrumbs: [{ text: 'Home', href: '/' }], query };
    if (!parsed.ok) {
      return reply.code(400).view('search.njk', {
        ...base,
        pageTitle: `Error: ${base.pageTitle}`,
        errors: errorList(parsed.errors),
        fieldErrors: Object.fromEntries(parsed.errors.map((e) => [e.field, { text: e.text }])),
      });
    }
    if (!query.q) return reply.view('search.njk', base);

    const [results, names] = await Promise.all([
      searchRecords(db, {
        q: query.q,
        kinds: query.kinds,
        committees: query.committees,
        from: query.from,
        to: query.to,
        limit: pageSize,
        offset: (query.page - 1) * pageSize,
      }),
      findNameMatches(db, query.q),
    ]);
    // A ticked committee with no results drops out of the counts; its name still labels its box.
    const missing = query.committees.filter((slug) => !results.committeeCounts.some((c) => c.slug === slug));
    const committeeNames = new Map(missing.length ? (await listCommittees(db, today())).map((c) => [c.slug, c.name]) : []);
    const suggestion = didYouMean(query.q, names);
    return reply.view('search.njk', {
      ...base,
      searched: true,
      searchable: results.searchable,
      total: results.total,
      countText: countText(query, results.total),
      results: results.hits.map(resultView),
      firstNumber: (query.page - 1) * pageSize + 1,
      kindItems: kindFacet(results.kindCounts, query.kinds),
      committeeItems: committeeFacet(results.committeeCounts, query.committees, committeeNames),
      pagination: pagination(query, results.total),
      clearFiltersHref: clearFiltersHref(query),
      people: names.filter((n) => n.kind === 'person'),
      committees: names.filter((n) => n.kind === 'committee'),
      suggestion: suggestion ? { name: suggestion.name, href: searchHref({ ...query, q: suggestion.name, page: 1 }) } : null,
    });
  });
}

function errorList(errors: readonly FieldError[]) {
  return errors.map((e) => ({ text: e.text, href: errorTargets[e.field] ?? '#q' }));
}
