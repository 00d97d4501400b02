import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { XMLParser } from 'fast-xml-parser';
import { buildSitemapXml, escapeXml, sitemapUrls } from './sitemap.ts';

describe('sitemap', () => {
  const urls = sitemapUrls(
    {
      committees: [{ slug: 'audit' }],
      meetings: [
        { committeeSlug: 'audit', slug: '2026-03-02', updatedAt: new Date('2026-02-20T10:00:00Z') },
        { committeeSlug: 'audit', slug: '2026-06-01', updatedAt: null },
      ],
      people: [{ slug: 'jane-smith' }],
    },
    'https://meetings.northwold.example',
  );

  it('lists the home page, committees, meetings and people as absolute URLs', () => {
    assert.deepEqual(
      urls.map((u) => u.loc),
      [
        'https://meetings.northwold.example/',
        'https://meetings.northwold.example/committees',
        'https://meetings.northwold.example/meetings',
        'https://meetings.northwold.example/committees/audit',
        'https://meetings.northwold.example/committees/audit/meetings/2026-03-02',
        'https://meetings.northwold.example/committees/audit/meetings/2026-06-01',
        'https://meetings.northwold.example/people/jane-smith',
      ],
    );
  });

  it('dates a meeting by its latest publication, and leaves undated pages without lastmod', () => {
    assert.equal(urls[4]!.lastmod, '2026-02-20');
    assert.equal(urls[5]!.lastmod, undefined);
  });

  it('writes sitemaps.org XML that parses back to the same URLs', () => {
    const parsed = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'url' }).parse(buildSitemapXml(urls));
    assert.equal(parsed.urlset['@_xmlns'], 'http://www.sitemaps.org/schemas/sitemap/0.9');
    assert.deepEqual(parsed.urlset.url.map((u: { loc: string }) => u.loc), urls.map((u) => u.loc));
  });

  it('escapes the five XML special characters', () => {
    assert.equal(escapeXml(`a&b<c>"d'`), 'a&amp;b&lt;c&gt;&quot;d&apos;');
  });
});
