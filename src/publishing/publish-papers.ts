import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Actor } from '../accounts/roles.ts';
import { withAudit } from '../audit/with-audit.ts';
import type { Database } from '../db/database.ts';
import { isMailbox } from '../email/mailbox.ts';
import { queueEmail } from '../email/queue-email.ts';
import { GavelError } from '../errors.ts';
import { readDocument } from '../import/read-document.ts';
import { documentText } from '../import/save/document-text.ts';
import { londonDayOf } from '../deadlines/london-time.ts';
import { formatDateLong } from '../web/format.ts';
import { agendaPublishedRecipients } from './agenda-recipients-repository.ts';
import { buildPack, type BuiltPack } from './build-pack.ts';
import type { PackKind } from './front-matter.ts';
import type { PackItem, PackReport } from './pack-meeting.ts';
import type { PublicationEntry } from './publication-contents.ts';
import { loadPublicationSource, type PublicationSource } from './publication-source.ts';
import { insertPackDocument, insertPublication, lockMeeting, markAgendaPublished, markReportsPublished, setItemPages } from './publishing-repository.ts';
import type { AgendaPublication, PackName } from './publishing-tables.ts';

export interface PublishPapersProps {
  meetingId: number;
  actor: Pick<Actor, 'id' | 'name'>;
  now: Date;
  /** Why the papers could not wait five clear working days; needed only then. */
  lateReason: string | null;
  publicUrl: string;
  /** The fingerprint of the papers as the clerk checked them: if they changed since, nothing is published. */
  checked?: string;
}

export type PublishOutcome =
  | { status: 'published'; publication: AgendaPublication; pages: { public: number | null; restricted: number | null }; notified: number; typesetInstead: BuiltPack['typesetInstead'] }
  /** Nothing was published; `field` names the form field to fix when there is one. */
  | { status: 'refused'; message: string; field: 'lateReason' | null };

export interface BuiltPacks {
  source: PublicationSource;
  public: BuiltPack | null;
  restricted: BuiltPack | null;
  titles: { public: string; restricted: string };
  filenames: { public: string; restricted: string };
}

/**
 * Publishes a meeting's papers, the agenda or the next supplement: checks
 * them, builds the public pack and the restricted papers, then in one
 * audited transaction stores the packs (their text read back through the
 * importer's reader, so they are searchable with line anchors), records
 * the publication, its time and notice, the items' page numbers, marks
 * the reports published and queues an email to each recipient. The packs
 * are built before the transaction opens, so it stays short; if the
 * agenda changed meanwhile, nothing is published and the clerk is asked
 * to look again.
 *
 * @example
 * await publishPapers(db, { meetingId: 12, actor, now: new Date(), lateReason: null, publicUrl: 'https://papers.example.gov.uk' });
 * // { status: 'published', publication: { kind: 'agenda', number: 0, … }, pages: { public: 48, restricted: 6 }, notified: 11, typesetInstead: [] }
 */
export async function publishPapers(db: Kysely<Database>, props: PublishPapersProps): Promise<PublishOutcome> {
  const lateReason = props.lateReason?.trim() || null;
  const source = await loadPublicationSource(db, props.meetingId, { now: props.now, publicUrl: props.publicUrl, withFiles: true });
  if (!source) throw new GavelError('meeting not found', 'not-found');
  if (props.checked !== undefined && props.checked !== source.fingerprint) {
    return { status: 'refused', message: 'The papers changed since you checked them. Check them again, then publish.', field: null };
  }
  const refusal = refusalOf(source, lateReason);
  if (refusal) return refusal;

  const packs = await buildPublicationPacks(source, { now: props.now, lateReason: source.timing.inTime ? null : lateReason });
  const [publicText, restrictedText] = await Promise.all([packText(packs.public, packs.filenames.public), packText(packs.restricted, packs.filenames.restricted)]);
  const kind = source.kind!;
  const { meeting } = source;

  return withAudit(db, props.actor, async (trx, audit) => {
    await lockMeeting(trx, meeting.id);
    const now = await loadPublicationSource(trx, meeting.id, { now: props.now, publicUrl: props.publicUrl, withFiles: false });
    if (!now || now.fingerprint !== source.fingerprint) {
      return { status: 'refused', message: 'The agenda changed while the packs were being made. Check it again, then publish.', field: null } satisfies PublishOutcome;
    }
    const stored = { committeeId: meeting.committee.id, meetingId: meeting.id, publishedAt: props.now };
    const publicDocumentId = packs.public
      ? await insertPackDocument(trx, { ...stored, kind: kind === 'agenda' ? 'agenda-pack' : 'supplement', title: packs.titles.public, filename: packs.filenames.public, bytes: packs.public.bytes, sha256: sha256(packs.public.bytes), text: publicText!, isExempt: false, exemptParagraph: null })
      : null;
    const restrictedEntries = source.contents.entries.filter((e) => e.restrictedReports.length > 0);
    const paragraphs = new Set(restrictedEntries.map((e) => e.exemptParagraph));
    const restrictedDocumentId = packs.restricted
      ? await insertPackDocument(trx, {
          ...stored,
          kind: kind === 'agenda' ? 'agenda-pack' : 'supplement',
          title: packs.titles.restricted,
          filename: packs.filenames.restricted,
          bytes: packs.restricted.bytes,
          sha256: sha256(packs.restricted.bytes),
          text: restrictedText!,
          isExempt: true,
          exemptParagraph: paragraphs.size === 1 ? [...paragraphs][0]! : null,
        })
      : null;

    const publicPages = new Map(packs.public?.plan.items.map((i) => [i.itemId, i.pages]) ?? []);
    const restrictedPages = new Map(packs.restricted?.plan.items.map((i) => [i.itemId, i.pages]) ?? []);
    const items = source.contents.entries.map((entry) => {
      const pack: PackName = publicPages.has(entry.item.id) ? 'public' : restrictedPages.has(entry.item.id) ? 'restricted' : 'none';
      return { agendaItemId: entry.item.id, pack, pages: publicPages.get(entry.item.id) ?? restrictedPages.get(entry.item.id) ?? null };
    });
    const publication = await insertPublication(trx, {
      meetingId: meeting.id,
      kind,
      number: kind === 'agenda' ? 0 : source.supplementNumber!,
      publishedAt: props.now,
      publishedBy: props.actor,
      clearWorkingDays: source.timing.clearWorkingDays,
      inTime: source.timing.inTime,
      lateReason: source.timing.inTime ? null : lateReason,
      publicDocumentId,
      restrictedDocumentId,
      items,
    });
    if (kind === 'agenda') {
      await markAgendaPublished(trx, meeting.id, props.now);
      // The public agenda shows the pages in the public pack; an exempt item's restricted pages stay unsaid.
      await setItemPages(trx, [...publicPages].map(([agendaItemId, pages]) => ({ agendaItemId, pages })));
    }
    const published = source.contents.entries.flatMap((e) => [...e.publicReports, ...e.restrictedReports]);
    await markReportsPublished(trx, published.map((r) => r.id), props.now);
    const notified = await notifyRecipients(trx, source, publication, { publicDocumentId, hasRestricted: restrictedDocumentId !== null, publicUrl: props.publicUrl });

    const what = kind === 'agenda' ? 'the agenda' : `supplement ${publication.number}`;
    const pageNote = [packs.public ? `${packs.public.plan.totalPages} pages` : null, packs.restricted ? `restricted papers ${packs.restricted.plan.totalPages} pages` : null].filter(Boolean).join(', ');
    await audit({
      action: kind === 'agenda' ? 'publish-agenda' : 'publish-supplement',
      entity: 'meeting',
      entityId: meeting.id,
      summary: `Published ${what} for ${meeting.committee.name}, ${formatDateLong(meeting.date)} (${pageNote}; ${notified} notified${source.timing.inTime ? '' : `; ${source.timing.clearWorkingDays} clear working days, urgent`})`,
      before: { status: meeting.status, agendaPublishedAt: meeting.agendaPublishedAt },
      after: kind === 'agenda' ? { status: 'agenda-published', agendaPublishedAt: props.now } : { status: meeting.status, agendaPublishedAt: meeting.agendaPublishedAt },
    });
    await audit({
      action: 'create',
      entity: 'agenda_publication',
      entityId: publication.id,
      summary: `Recorded the publication of ${what}: ${published.length} ${published.length === 1 ? 'report' : 'reports'}`,
      after: { kind, number: publication.number, publishedAt: props.now, clearWorkingDays: publication.clearWorkingDays, inTime: publication.inTime, lateReason: publication.lateReason, publicDocumentId, restrictedDocumentId, reportIds: published.map((r) => r.id) },
    });
    return {
      status: 'published',
      publication,
      pages: { public: packs.public?.plan.totalPages ?? null, restricted: packs.restricted?.plan.totalPages ?? null },
      notified,
      typesetInstead: [...(packs.public?.typesetInstead ?? []), ...(packs.restricted?.typesetInstead ?? [])],
    } satisfies PublishOutcome;
  });
}

/** Why the papers cannot be published as they stand, or null. */
export function refusalOf(source: PublicationSource, lateReason: string | null): Extract<PublishOutcome, { status: 'refused' }> | null {
  if (!source.kind) return { status: 'refused', message: source.closed ?? 'There is nothing to publish.', field: null };
  const error = source.contents.problems.find((p) => p.level === 'error');
  if (error) return { status: 'refused', message: error.message, field: null };
  if (!source.timing.inTime && !lateReason) {
    return { status: 'refused', message: 'Enter why the papers could not wait: they give fewer than five clear working days’ notice', field: 'lateReason' };
  }
  if (lateReason && lateReason.length > 2000) return { status: 'refused', message: 'The reason must be 2,000 characters or fewer', field: 'lateReason' };
  return null;
}

/** The public pack and the restricted papers a publication would carry, built but not stored: for publishing and for the preview. */
export async function buildPublicationPacks(source: PublicationSource, options: { now: Date; lateReason: string | null }): Promise<BuiltPacks> {
  const { meeting, contents } = source;
  const kind = source.kind ?? 'agenda';
  const n = source.supplementNumber;
  const on = `${meeting.committee.name}, ${formatDateLong(meeting.date)}`;
  const base = `${meeting.committee.slug}-${meeting.slug}`;
  const titles = {
    public: kind === 'agenda' ? `Agenda pack: ${on}` : `Supplement ${n} to the agenda: ${on}`,
    restricted: kind === 'agenda' ? `Restricted papers (not for publication): ${on}` : `Restricted papers for supplement ${n} (not for publication): ${on}`,
  };
  const filenames = {
    public: kind === 'agenda' ? `${base}-agenda-pack.pdf` : `${base}-supplement-${n}.pdf`,
    restricted: kind === 'agenda' ? `${base}-restricted-papers.pdf` : `${base}-supplement-${n}-restricted-papers.pdf`,
  };
  const build = (packKind: PackKind, title: string, entries: readonly PublicationEntry<PackItem, PackReport>[]) =>
    buildPack({
      kind: packKind,
      supplementNumber: n,
      meeting: source.packMeeting,
      brandColour: meeting.council.brandColour,
      title,
      publishedOn: londonDayOf(options.now),
      lateReason: options.lateReason,
      entries,
    });
  const hasRestricted = contents.entries.some((e) => e.restrictedReports.length > 0);
  // The agenda always has its pack (the front sheet at least); a supplement needs papers or new items to list.
  const publicPack = await build(kind === 'agenda' ? 'agenda' : 'supplement', titles.public, contents.entries);
  const restrictedPack = hasRestricted ? await build('restricted', titles.restricted, contents.entries) : null;
  return { source, public: publicPack, restricted: restrictedPack, titles, filenames };
}

async function packText(pack: BuiltPack | null, filename: string) {
  if (!pack) return null;
  return documentText((await readDocument({ name: filename, bytes: pack.bytes })).lines);
}

async function notifyRecipients(
  trx: Kysely<Database>,
  source: PublicationSource,
  publication: AgendaPublication,
  links: { publicDocumentId: number | null; hasRestricted: boolean; publicUrl: string },
): Promise<number> {
  const { meeting, packMeeting } = source;
  const recipients = (await agendaPublishedRecipients(trx, meeting.id)).filter((r) => isMailbox(r.email));
  const isAgenda = publication.kind === 'agenda';
  const subject = `${isAgenda ? 'Agenda published' : `Supplement ${publication.number} published`}: ${meeting.committee.name}, ${formatDateLong(meeting.date)}`;
  const items = source.contents.entries.map((e) => ({ number: e.item.number ?? String(e.item.position), title: e.item.title, state: e.state }));
  for (const recipient of recipients) {
    await queueEmail(
      trx,
      {
        to: recipient.email,
        subject,
        template: 'emails/agenda-published',
        context: {
          recipientName: recipient.name,
          isAgenda,
          supplementNumber: publication.number,
          committeeName: meeting.committee.name,
          meetingDate: meeting.date,
          startsAt: meeting.startsAt,
          venue: packMeeting.venue,
          meetingUrl: packMeeting.meetingUrl,
          packUrl: links.publicDocumentId ? `${links.publicUrl}/documents/${links.publicDocumentId}/original` : null,
          restrictedUrl: links.hasRestricted && recipient.signsIn ? `${links.publicUrl}/manage/meetings/${meeting.id}/papers` : null,
          lateReason: publication.lateReason,
          items,
        },
        ...(packMeeting.contact.email && isMailbox(packMeeting.contact.email) ? { replyTo: packMeeting.contact.email } : {}),
      },
      { dedupeKey: `papers-published:${publication.id}:${recipient.email.toLowerCase()}` },
    );
  }
  return recipients.length;
}

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
