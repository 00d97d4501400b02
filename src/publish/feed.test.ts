import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { XMLParser } from 'fast-xml-parser';
import { agendaItemAnchor, buildAtomFeed, buildFeedEntries } from './feed.ts';
import type { FeedRecords } from './publish-repository.ts';

const publicUrl = 'https://meetings.northwold.example';
const records: FeedRecords = {
  agendas: [{ meetingId: 7, committeeSlug: 'audit', committeeName: 'Audit Committee', meetingSlug: '2026-03-02', date: '2026-03-02', publishedAt: new Date('2026-02-20T10:00:00Z') }],
  minutes: [{ meetingId: 6, committeeSlug: 'audit', committeeName: 'Audit Committee', meetingSlug: '2026-01-12', date: '2026-01-12', publishedAt: new Date('2026-01-20T10:00:00Z') }],
  decisions: [
    {
      resolutionId: 40,
      committeeSlug: 'audit',
      committeeName: 'Audit Committee',
      meetingSlug: '2026-01-12',
      date: '2026-01-12',
      publishedAt: new Date('2026-01-20T10:00:00Z'),
      itemNumber: '4a.',
      itemPosition: 5,
      minuteNumber: '63',
      itemTitle: 'Internal audit plan',
      text: 'That the plan be approved.',
      outcome: 'carried',
    },
  ],
};

describe('agendaItemAnchor', () => {
  it('makes the meeting page’s anchor from the printed number, or the position without one', () => {
    assert.equal(agendaItemAnchor('4a.', 5), 'item-4a');
    assert.equal(agendaItemAnchor(null, 5), 'item-5');
  });
});

describe('buildFeedEntries', () => {
  const entries = buildFeedEntries(records, publicUrl, 10);

  it('lists agendas, minutes and decisions newest first', () => {
    assert.deepEqual(entries.map((e) => e.kind), ['agenda', 'minutes', 'decision']);
  });

  it('links each entry to its place on the meeting page', () => {
    assert.equal(entries[0]!.link, `${publicUrl}/committees/audit/meetings/2026-03-02#agenda`);
    assert.equal(entries[1]!.link, `${publicUrl}/committees/audit/meetings/2026-01-12#minutes`);
    assert.equal(entries[2]!.link, `${publicUrl}/committees/audit/meetings/2026-01-12#minute-item-4a`);
  });

  it('titles a decision with its minute number and item, and gives stable tag URIs', () => {
    assert.equal(entries[2]!.title, 'Decision: 63. Internal audit plan (Audit Committee, Monday 12 January 2026)');
    assert.equal(entries[2]!.id, 'tag:meetings.northwold.example,2024:resolution/40');
    assert.equal(entries[2]!.summary, 'That the plan be approved. (carried)');
  });

  it('keeps only the newest entries up to the limit', () => {
    assert.deepEqual(buildFeedEntries(records, publicUrl, 1).map((e) => e.kind), ['agenda']);
  });
});

describe('buildAtomFeed', () => {
  const xml = buildAtomFeed(buildFeedEntries(records, publicUrl, 10), { title: 'Audit Committee: agendas, minutes and decisions', selfPath: '/committees/audit/feed.xml', pagePath: '/committees/audit', publicUrl, limit: 10, author: 'Northwold District Council' });
  const parsed = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'entry' || name === 'link' }).parse(xml);

  it('writes an Atom feed with its id, title, author, self link and newest date', () => {
    assert.equal(parsed.feed['@_xmlns'], 'http://www.w3.org/2005/Atom');
    assert.equal(parsed.feed.id, `${publicUrl}/committees/audit/feed.xml`);
    assert.equal(parsed.feed.title, 'Audit Committee: agendas, minutes and decisions');
    assert.equal(parsed.feed.updated, '2026-02-20T10:00:00.000Z');
    assert.equal(parsed.feed.author.name, 'Northwold District Council');
    assert.ok(parsed.feed.link.some((l: Record<string, string>) => l['@_rel'] === 'self' && l['@_href'] === `${publicUrl}/committees/audit/feed.xml`));
  });

  it('writes one entry per record with id, link and updated date', () => {
    assert.equal(parsed.feed.entry.length, 3);
    const decision = parsed.feed.entry[2];
    assert.equal(decision.id, 'tag:meetings.northwold.example,2024:resolution/40');
    assert.equal(decision.link[0]['@_href'], `${publicUrl}/committees/audit/meetings/2026-01-12#minute-item-4a`);
    assert.equal(decision.updated, '2026-01-20T10:00:00.000Z');
  });
});
