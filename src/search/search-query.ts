import { z } from 'zod';
import { type SearchKind, searchKinds } from './search-kinds.ts';

/** Long enough for any real question; a cap keeps websearch_to_tsquery and ts_headline cheap. */
export const maxQueryLength = 200;
/** Twenty results a page, and no deeper than page 500: nobody reads 10,000 results, crawlers try. */
export const pageSize = 20;
export const maxPage = 500;

/** Day, month and year as typed into a GOV.UK date input; any may be blank. */
export interface DateParts {
  day: string;
  month: string;
  year: string;
}

export interface SearchQuery {
  q: string;
  page: number;
  kinds: SearchKind[];
  committees: string[];
  fromParts: DateParts;
  toParts: DateParts;
  /** ISO days, inclusive; null when not given. */
  from: string | null;
  to: string | null;
}

export interface FieldError {
  /** The id of the input to focus, for the error summary's link. */
  field: string;
  text: string;
}

export type ParsedSearchQuery = { ok: true; query: SearchQuery } | { ok: false; query: SearchQuery; errors: FieldError[] };

// A repeated parameter (?kind=a&kind=b) arrives as an array, a single one as a string.
const many = <T extends z.ZodType>(item: T) =>
  z.preprocess((v) => (v === undefined || v === '' ? [] : Array.isArray(v) ? v : [v]), z.array(item).max(50));
const text = z.preprocess((v) => (Array.isArray(v) ? v[0] : v), z.string().trim().default(''));

const schema = z.object({
  q: text.pipe(z.string().max(maxQueryLength, `Search must be ${maxQueryLength} characters or fewer`)),
  page: z.preprocess(
    (v) => (Array.isArray(v) ? v[0] : v === '' ? undefined : v),
    z.coerce.number({ error: 'Page must be a number' }).int('Page must be a whole number').min(1, 'Page must be 1 or more').max(maxPage, `Page must be ${maxPage} or less`).default(1),
  ),
  kind: many(z.enum(searchKinds, { error: 'Choose a kind of record from the list' })),
  committee: many(z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Choose a committee from the list').max(200)),
  'from-day': text,
  'from-month': text,
  'from-year': text,
  'to-day': text,
  'to-month': text,
  'to-year': text,
});

const fieldIds: Record<string, string> = { q: 'q', page: 'q', kind: 'kind', committee: 'committee' };

/**
 * Reads the search page's query string. Never throws: a bad value becomes
 * an error for the page's error summary, and the rest is kept so the form
 * shows what was typed.
 */
export function parseSearchQuery(raw: unknown): ParsedSearchQuery {
  const result = schema.safeParse(raw ?? {});
  const input = (raw ?? {}) as Record<string, unknown>;
  const firstText = (key: string) => {
    const v = input[key];
    return typeof v === 'string' ? v.trim() : Array.isArray(v) && typeof v[0] === 'string' ? v[0].trim() : '';
  };
  const errors: FieldError[] = [];
  if (!result.success) {
    for (const issue of result.error.issues) {
      const key = String(issue.path[0] ?? 'q');
      if (!errors.some((e) => e.field === (fieldIds[key] ?? key))) errors.push({ field: fieldIds[key] ?? key, text: issue.message });
    }
  }
  const data = result.success ? result.data : undefined;
  const fromParts = { day: firstText('from-day'), month: firstText('from-month'), year: firstText('from-year') };
  const toParts = { day: firstText('to-day'), month: firstText('to-month'), year: firstText('to-year') };
  const from = resolveDate(fromParts, 'start');
  const to = resolveDate(toParts, 'end');
  if (!from.ok) errors.push({ field: 'from', text: from.error.replace('%', 'the start date') });
  if (!to.ok) errors.push({ field: 'to', text: to.error.replace('%', 'the end date') });
  if (from.ok && to.ok && from.date && to.date && from.date > to.date) {
    errors.push({ field: 'to', text: 'The end date must be the same as or after the start date' });
  }
  const query: SearchQuery = {
    q: data?.q ?? firstText('q').slice(0, maxQueryLength),
    page: data?.page ?? 1,
    kinds: data ? [...new Set(data.kind)] : [],
    committees: data ? [...new Set(data.committee)] : [],
    fromParts,
    toParts,
    from: from.ok ? from.date : null,
    to: to.ok ? to.date : null,
  };
  return errors.length ? { ok: false, query, errors } : { ok: true, query };
}

type Resolved = { ok: true; date: string | null } | { ok: false; error: string };

/**
 * A date input's parts as an ISO day. A year alone, or a month and year,
 * mean the whole year or month: "from 2025" starts on 1 January, "to
 * 2025" ends on 31 December. `%` in an error is the field's name.
 */
export function resolveDate(parts: DateParts, end: 'start' | 'end'): Resolved {
  const { day, month, year } = parts;
  if (!day && !month && !year) return { ok: true, date: null };
  if (!year) return { ok: false, error: 'Enter a year for %' };
  if (day && !month) return { ok: false, error: 'Enter a month for %' };
  if (![day, month, year].every((p) => p === '' || /^\d+$/.test(p))) return { ok: false, error: 'Enter % using numbers, for example 27 3 2025' };
  const y = Number(year);
  if (year.length !== 4 || y < 1900 || y > 2200) return { ok: false, error: 'Enter a 4-digit year for %, for example 2025' };
  const m = month ? Number(month) : end === 'start' ? 1 : 12;
  if (m < 1 || m > 12) return { ok: false, error: 'Enter a real month for %' };
  const lastDay = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const d = day ? Number(day) : end === 'start' ? 1 : lastDay;
  if (d < 1 || d > lastDay) return { ok: false, error: 'Enter a real date for %' };
  return { ok: true, date: `${year}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}` };
}

/** Whether any filter narrows the search, for "clear filters" and the no-results help. */
export function hasFilters(query: SearchQuery): boolean {
  return query.kinds.length > 0 || query.committees.length > 0 || query.from !== null || query.to !== null;
}

/**
 * The query string for the same search with some values changed: the
 * pagination and "clear filters" links. Empty values are left out.
 */
export function searchHref(query: SearchQuery, change: Partial<Pick<SearchQuery, 'page' | 'kinds' | 'committees'>> & { dates?: false } = {}): string {
  const merged = { ...query, ...change };
  const params = new URLSearchParams();
  if (merged.q) params.append('q', merged.q);
  for (const k of merged.kinds) params.append('kind', k);
  for (const c of merged.committees) params.append('committee', c);
  if (change.dates !== false) {
    for (const [prefix, parts] of [['from', merged.fromParts], ['to', merged.toParts]] as const) {
      for (const key of ['day', 'month', 'year'] as const) if (parts[key]) params.append(`${prefix}-${key}`, parts[key]);
    }
  }
  if (merged.page > 1) params.append('page', String(merged.page));
  const qs = params.toString();
  return qs ? `/search?${qs}` : '/search';
}
