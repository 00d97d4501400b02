import { Feed } from 'feed';
import { formatDateLong } from '../web/format.ts';
import { meetingPath } from './calendar.ts';
import { escapeXml } from './sitemap.ts';
import type { FeedRecords } from './publish-repository.ts';

export interface FeedEntry {
  id: string;
  title: string;
  link: string;
  date: Date;
  summary: string;
  kind: 'agenda' | 'minutes' | 'decision';
}

export interface FeedOptions {
  title: string;
  /** The feed's own address, path only: "/committees/audit/feed.xml". */
  selfPath: string;
  /** The HTML page the feed follows, path only. */
  pagePath: string;
  publicUrl: string;
  /** How many entries the feed keeps. */
  limit: number;
  /** The council: RFC 4287 requires an author for the feed when its entries name none. */
  author: string;
}

/**
 * The anchor of an agenda item on the meeting page, as the page makes it
 * (`buildPublicAgenda`): "item-4a" from the printed number, or the position.
 */
export function agendaItemAnchor(number: string | null, position: number): string {
  return `item-${number ?? position}`.replace(/[^A-Za-z0-9-]/g, '');
}

/**
 * Agendas, minutes and decisions as one list of entries, newest first. Ids
 * are tag URIs (RFC 4151) on the portal's host, so they stay the same when
 * a title is corrected and feed readers do not show the entry twice.
 */
export function buildFeedEntries(records: FeedRecords, publicUrl: string, limit: number): FeedEntry[] {
  const host = new URL(publicUrl).hostname;
  const tag = (what: string) => `tag:${host},2024:${what}`;
  const entries: FeedEntry[] = [
    ...records.agendas.map((row) => ({
      id: tag(`agenda/${row.meetingId}`),
      title: `Agenda published: ${row.committeeName}, ${formatDateLong(row.date)}`,
      link: `${publicUrl}${meetingPath({ committeeSlug: row.committeeSlug, slug: row.meetingSlug })}#agenda`,
      date: row.publishedAt,
      summary: `The agenda and reports for the ${row.committeeName} meeting on ${formatDateLong(row.date)} are published.`,
      kind: 'agenda' as const,
    })),
    ...records.minutes.map((row) => ({
      id: tag(`minutes/${row.meetingId}`),
      title: `Minutes published: ${row.committeeName}, ${formatDateLong(row.date)}`,
      link: `${publicUrl}${meetingPath({ committeeSlug: row.committeeSlug, slug: row.meetingSlug })}#minutes`,
      date: row.publishedAt,
      summary: `The minutes of the ${row.committeeName} meeting on ${formatDateLong(row.date)} are published.`,
      kind: 'minutes' as const,
    })),
    ...records.decisions.map((row) => {
      const number = row.minuteNumber ?? row.itemNumber;
      return {
        id: tag(`resolution/${row.resolutionId}`),
        title: `Decision: ${number ? `${number}. ` : ''}${row.itemTitle} (${row.committeeName}, ${formatDateLong(row.date)})`,
        link: `${publicUrl}${meetingPath({ committeeSlug: row.committeeSlug, slug: row.meetingSlug })}#minute-${agendaItemAnchor(row.itemNumber, row.itemPosition)}`,
        date: row.publishedAt,
        summary: row.outcome ? `${row.text} (${row.outcome})` : row.text,
        kind: 'decision' as const,
      };
    }),
  ];
  return entries.sort((a, b) => b.date.getTime() - a.date.getTime() || a.id.localeCompare(b.id)).slice(0, limit);
}

/** An Atom (RFC 4287) feed of the entries; `updated` is the newest entry's date, so an unchanged feed stays byte-identical. */
export function buildAtomFeed(entries: readonly FeedEntry[], options: FeedOptions): string {
  const feed = new Feed({
    id: options.publicUrl + options.selfPath,
    title: options.title,
    link: options.publicUrl + options.pagePath,
    feedLinks: { atom: options.publicUrl + options.selfPath },
    updated: entries[0]?.date ?? new Date(0),
    language: 'en-GB',
    generator: 'Gavel',
    author: { name: options.author, link: options.publicUrl },
    copyright: '',
  });
  for (const entry of entries) {
    // The library marks titles and summaries type="html": plain text is escaped so "Planning & Licensing" stays text.
    feed.addItem({ id: entry.id, title: escapeXml(entry.title), link: entry.link, date: entry.date, description: escapeXml(entry.summary), category: [{ term: entry.kind, name: entry.kind }] });
  }
  return feed.atom1();
}
