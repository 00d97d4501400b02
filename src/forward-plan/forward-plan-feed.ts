import { Feed } from 'feed';
import { escapeXml } from '../publish/sitemap.ts';
import { decisionKindLabels } from '../tracking/forward-plan-views.ts';
import { formatDateShort } from '../web/format.ts';
import { dueText } from './forward-plan-entry-views.ts';
import { checkForwardPlanNotice, describeNoticeRoute } from './forward-plan-notice.ts';
import type { PublicEntry } from './forward-plan-public-repository.ts';

export interface ForwardPlanFeedOptions {
  publicUrl: string;
  council: string;
}

/** An entry changed within a minute of being made is new; later, it has changed. */
const NEW_WITHIN_MS = 60_000;

/** What a reader is told of an entry: the exempt notice in place of anything exempt. */
export function describeEntry(entry: PublicEntry): string {
  const lines = [`${decisionKindLabels[entry.decisionKind]}. Decision maker: ${entry.decisionMaker}. Due: ${dueText(entry)}.`];
  if (entry.isExempt) lines.push(`To be decided in private: exempt under paragraph ${entry.exemptParagraph} of Part 1 of Schedule 12A to the Local Government Act 1972.`);
  else if (entry.purpose) lines.push(entry.purpose);
  const notice = describeNoticeRoute(entry, checkForwardPlanNotice(entry));
  if (notice) lines.push(notice);
  if (entry.status === 'decided') lines.push(`Decided${entry.decidedOn ? ` on ${formatDateShort(entry.decidedOn)}` : ''}${entry.decision ? `: ${entry.decision}` : '.'}`);
  if (entry.status === 'withdrawn') lines.push('This decision has been withdrawn from the forward plan.');
  if (entry.status === 'deferred') lines.push('This decision has been deferred.');
  return lines.join(' ');
}

function headline(entry: PublicEntry): string {
  const isNew = entry.updatedAt.getTime() - entry.createdAt.getTime() < NEW_WITHIN_MS;
  const what = entry.status === 'decided' ? 'Decided' : entry.status === 'withdrawn' ? 'Withdrawn' : entry.status === 'deferred' ? 'Deferred' : isNew ? 'New' : 'Changed';
  return `${what}: ${entry.title} (${entry.decisionMaker}, ${dueText(entry)})`;
}

/**
 * An Atom (RFC 4287) feed of new and changed forward plan entries, newest
 * change first. Each entry keeps one id (a tag URI on the portal's host),
 * so a change updates it in a reader rather than adding another; its
 * `updated` is when it last changed and `published` when it was added.
 *
 * @example
 * forwardPlanFeed(await listChangedEntries(db, 100), { publicUrl, council: 'Northwold District Council' });
 */
export function forwardPlanFeed(entries: readonly PublicEntry[], options: ForwardPlanFeedOptions): string {
  const host = new URL(options.publicUrl).hostname;
  const feed = new Feed({
    id: `${options.publicUrl}/forward-plan/feed.xml`,
    title: `${options.council}: forward plan of executive decisions`,
    description: 'New and changed entries on the forward plan of key and other executive decisions.',
    link: `${options.publicUrl}/forward-plan`,
    feedLinks: { atom: `${options.publicUrl}/forward-plan/feed.xml` },
    updated: entries[0]?.updatedAt ?? new Date(0),
    language: 'en-GB',
    generator: 'Gavel',
    author: { name: options.council, link: options.publicUrl },
    copyright: '',
  });
  for (const entry of entries) {
    // The library marks titles and summaries type="html": plain text is escaped so "Parks & Open Spaces" stays text.
    feed.addItem({
      id: `tag:${host},2024:forward-plan/${entry.id}`,
      title: escapeXml(headline(entry)),
      link: `${options.publicUrl}/forward-plan/${entry.id}`,
      date: entry.updatedAt,
      published: entry.createdAt,
      description: escapeXml(describeEntry(entry)),
      category: [{ term: entry.decisionKind, name: decisionKindLabels[entry.decisionKind] }],
    });
  }
  return feed.atom1();
}
