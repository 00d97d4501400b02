import type { SitemapRecords } from './publish-repository.ts';

export interface SitemapUrl {
  loc: string;
  lastmod?: string;
}

/** The most URLs one sitemap file may list (sitemaps.org protocol). */
export const SITEMAP_URL_LIMIT = 50_000;

/** Canonical absolute URLs of every public page: the fixed pages, then each committee, meeting and person. */
export function sitemapUrls(records: SitemapRecords, publicUrl: string): SitemapUrl[] {
  return [
    { loc: `${publicUrl}/` },
    { loc: `${publicUrl}/committees` },
    { loc: `${publicUrl}/meetings` },
    ...records.committees.map((c) => ({ loc: `${publicUrl}/committees/${c.slug}` })),
    ...records.meetings.map((m) => ({
      loc: `${publicUrl}/committees/${m.committeeSlug}/meetings/${m.slug}`,
      ...(m.updatedAt ? { lastmod: m.updatedAt.toISOString().slice(0, 10) } : {}),
    })),
    ...records.people.map((p) => ({ loc: `${publicUrl}/people/${p.slug}` })),
  ].slice(0, SITEMAP_URL_LIMIT);
}

/**
 * The sitemap XML. Written here rather than with the `sitemap` package: its
 * current major needs Node 20.19.5 and the one before pulls @types/node 17
 * into production dependencies, for what is two elements and an escape.
 */
export function buildSitemapXml(urls: readonly SitemapUrl[]): string {
  const body = urls
    .map((u) => `  <url><loc>${escapeXml(u.loc)}</loc>${u.lastmod ? `<lastmod>${u.lastmod}</lastmod>` : ''}</url>`)
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${body}\n</urlset>\n`;
}

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}
