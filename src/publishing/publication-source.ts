import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import { listMembersOn } from '../committees/committee-repository.ts';
import type { Database } from '../db/database.ts';
import { committeeDeadlineRules, deadlineFor } from '../deadlines/deadline-rules.ts';
import { loadWorkingCalendar } from '../deadlines/working-calendar-repository.ts';
import type { PackItem, PackMeeting, PackReport } from './pack-meeting.ts';
import { publicationContents, type PublicationContents } from './publication-contents.ts';
import { publicationTiming, type PublicationTiming } from './publication-timing.ts';
import {
  findMeetingForPublishing,
  listItemsForPublishing,
  listPublications,
  listPublishedItemIds,
  listReportsForPublishing,
  type MeetingForPublishing,
  type PublicationRow,
} from './publishing-repository.ts';
import type { PublicationKind } from './publishing-tables.ts';

/** Everything publishing a meeting's papers starts from, loaded once for the check page, the preview and the publication itself. */
export interface PublicationSource {
  meeting: MeetingForPublishing;
  /** What can be published now: the agenda, or a supplement to it; null when nothing can be (see `closed`). */
  kind: PublicationKind | null;
  /** Why nothing can be published, for the clerk. */
  closed: string | null;
  supplementNumber: number | null;
  publications: PublicationRow[];
  contents: PublicationContents<PackItem, PackReport>;
  timing: PublicationTiming;
  packMeeting: PackMeeting;
  /** Changes whenever anything the packs print changes: a publication checks it did not change while its packs were made. */
  fingerprint: string;
}

/**
 * Loads a meeting's papers and works out what publishing them now would
 * do. Files are loaded only when the packs are to be built.
 */
export async function loadPublicationSource(
  db: Kysely<Database>,
  meetingId: number,
  options: { now: Date; publicUrl: string; withFiles: boolean },
): Promise<PublicationSource | undefined> {
  const meeting = await findMeetingForPublishing(db, meetingId);
  if (!meeting) return undefined;
  const [items, reports, publications, publishedItemIds, members, calendar] = await Promise.all([
    listItemsForPublishing(db, meetingId),
    listReportsForPublishing(db, meetingId, { withFiles: options.withFiles }),
    listPublications(db, meetingId),
    listPublishedItemIds(db, meetingId),
    listMembersOn(db, meeting.committee.id, meeting.date),
    loadWorkingCalendar(db),
  ]);
  const timing = publicationTiming(calendar, meeting.date, options.now);
  const { kind, closed } = whatCanBePublished(meeting, publications, timing);
  const contents = publicationContents(kind ?? 'agenda', items, reports, { publishedItemIds });
  const rules = committeeDeadlineRules(meeting.committee);
  const questionsClose = deadlineFor(calendar, meeting.date, rules.question);
  const packMeeting: PackMeeting = {
    id: meeting.id,
    councilName: meeting.council.name,
    committeeName: meeting.committee.name,
    contact: {
      name: meeting.committee.contactName ?? 'Democratic Services',
      email: meeting.committee.contactEmail ?? meeting.council.email,
      phone: meeting.committee.contactPhone ?? meeting.council.phone,
    },
    date: meeting.date,
    startsAt: meeting.startsAt,
    endsAt: meeting.endsAt,
    venue: meeting.venue ?? meeting.committee.defaultVenue,
    remoteLink: meeting.remoteLink,
    meetingUrl: `${options.publicUrl}/committees/${meeting.committee.slug}/meetings/${meeting.slug}`,
    // Questions cannot close after the meeting has begun.
    questionDeadline: meeting.startsAt && meeting.startsAt < questionsClose ? meeting.startsAt : questionsClose,
    members: members.map((m) => ({
      name: m.honorific ? `${m.honorific} ${m.fullName}` : m.fullName,
      groupName: m.groupName,
      role: m.role,
      memberType: m.memberType,
      isSubstitute: m.isSubstitute,
      represents: m.represents,
    })),
  };
  return {
    meeting,
    kind,
    closed,
    supplementNumber: kind === 'supplement' ? Math.max(0, ...publications.map((p) => p.number)) + 1 : null,
    publications,
    contents,
    timing,
    packMeeting,
    fingerprint: fingerprintOf(meeting, packMeeting, items, reports, publications),
  };
}

function whatCanBePublished(meeting: MeetingForPublishing, publications: readonly PublicationRow[], timing: PublicationTiming): { kind: PublicationKind | null; closed: string | null } {
  const agenda = publications.find((p) => p.kind === 'agenda');
  if (meeting.status === 'cancelled') return { kind: null, closed: 'The meeting is cancelled: there are no papers to publish.' };
  if (timing.meetingDayHasPassed) return { kind: null, closed: 'The day of the meeting has passed: there are no more papers to publish for it.' };
  if (meeting.status === 'scheduled' && !agenda) return { kind: 'agenda', closed: null };
  if (meeting.status === 'agenda-published' && agenda) return { kind: 'supplement', closed: null };
  if (!agenda) {
    return { kind: null, closed: 'This meeting’s agenda was marked as published without a publication in Gavel (it was imported, or is demo data), so Gavel cannot add supplements to it.' };
  }
  return { kind: null, closed: 'The meeting has been held: there are no more papers to publish for it.' };
}

function fingerprintOf(meeting: MeetingForPublishing, packMeeting: PackMeeting, items: readonly PackItem[], reports: readonly PackReport[], publications: readonly PublicationRow[]): string {
  const printed = {
    status: meeting.status,
    packMeeting: { ...packMeeting, questionDeadline: packMeeting.questionDeadline?.toISOString() },
    items,
    reports: reports.map(({ document, ...report }) => ({ ...report, document: document && { id: document.id, filename: document.filename, text: document.text.length } })),
    publications: publications.map((p) => p.id),
  };
  return createHash('sha256').update(JSON.stringify(printed)).digest('hex');
}
