import { createHash } from 'node:crypto';
import path from 'node:path';
import type { z } from 'zod';
import type { AttendanceRow, PublicReportRow } from '../meetings/meeting-repository.ts';
import { agendaItemAnchor } from '../publish/feed.ts';
import { DEFAULT_MEETING_MINUTES, meetingPath } from '../publish/calendar.ts';
import { pageRange } from '../meetings/public-agenda.ts';
import type {
  ActionRow,
  AgendaItemRow,
  CommitteeRow,
  DocumentRow,
  ForwardPlanRow,
  MeetingRow,
  MembershipApiRow,
  OutcomeRows,
  PersonRow,
  PoliticalGroupRow,
  RecommendationRow,
  WorkProgrammeRow,
} from './api-repository.ts';
import type * as S from './api-schemas.ts';
import { resultView } from '../search/search-page.ts';
import type { SearchHitRow } from '../search/search-repository.ts';
import { stripMarkers } from '../search/snippet.ts';

/**
 * Rows to API records: pure functions from what the repository returns to
 * the documented shapes (Popolo for people and organisations, Open Civic
 * Data's event for meetings), with absolute links to the portal's pages.
 */
type Out<T extends z.ZodType> = z.infer<T>;

export function toOrganization(row: CommitteeRow, publicUrl: string): Out<typeof S.Organization> {
  return {
    id: row.slug,
    name: row.name,
    classification: row.kind,
    parent_id: row.parentSlug,
    description: row.purpose,
    active: row.isActive,
    links: [{ url: `${publicUrl}/committees/${row.slug}`, note: 'web page' }],
  };
}

export function toPartyOrganization(row: PoliticalGroupRow): Out<typeof S.Organization> {
  return { id: row.slug, name: row.name, classification: 'party', parent_id: null, description: null, active: true, links: [] };
}

export function toPerson(row: PersonRow, publicUrl: string): Out<typeof S.Person> {
  return {
    id: row.slug,
    name: row.fullName,
    given_name: row.givenName,
    family_name: row.familyName,
    honorific_prefix: row.honorific,
    // Members of the public are never selected; the type does not know it.
    classification: row.kind === 'public' ? 'co-optee' : row.kind,
    political_group_id: row.groupSlug,
    ward: row.wardName,
    job_title: row.jobTitle,
    links: [{ url: `${publicUrl}/people/${row.slug}`, note: 'web page' }],
  };
}

export function toMembership(row: MembershipApiRow): Out<typeof S.Membership> {
  return {
    id: String(row.id),
    person_id: row.personSlug,
    organization_id: row.committeeSlug,
    // A named substitute sits in the pool, not in a seat: Popolo has no flag, so it is the role.
    role: row.isSubstitute ? 'substitute' : row.role,
    member_type: row.memberType,
    represents: row.represents,
    start_date: row.startsOn,
    end_date: row.endsOn,
  };
}

/** Open Civic Data's event status: cancelled, passed once the day is over, confirmed before. */
export function eventStatus(row: Pick<MeetingRow, 'status' | 'date'>, today: string): 'confirmed' | 'cancelled' | 'passed' {
  if (row.status === 'cancelled') return 'cancelled';
  return row.date < today ? 'passed' : 'confirmed';
}

export function toMeetingSummary(row: MeetingRow, publicUrl: string, today: string): Out<typeof S.MeetingSummary> {
  const end = row.endsAt ?? (row.startsAt ? new Date(row.startsAt.getTime() + DEFAULT_MEETING_MINUTES * 60_000) : null);
  const links = [{ url: publicUrl + meetingPath(row), note: 'web page' }, { url: `${publicUrl + meetingPath(row)}/calendar.ics`, note: 'iCalendar' }];
  if (row.videoUrl) links.push({ url: row.videoUrl, note: 'video' });
  return {
    id: row.id,
    name: row.committeeName,
    classification: row.kind,
    organization_id: row.committeeSlug,
    date: row.date,
    start_date: row.startsAt?.toISOString() ?? null,
    end_date: end?.toISOString() ?? null,
    all_day: row.startsAt === null,
    status: eventStatus(row, today),
    gavel_status: row.status,
    cancellation_reason: row.cancellationReason,
    location: { name: row.venue },
    agenda_published_at: row.agendaPublishedAt?.toISOString() ?? null,
    minutes_published_at: row.minutesPublishedAt?.toISOString() ?? null,
    links,
  };
}

export interface MeetingDetail {
  meeting: MeetingRow;
  items: AgendaItemRow[];
  reports: PublicReportRow[];
  outcomes: OutcomeRows;
  attendance: AttendanceRow[];
  documents: DocumentRow[];
}

/**
 * A meeting with its agenda and minutes. An exempt item keeps its title and
 * paragraph only: the repository has already emptied it, and nothing is
 * attached to it here either.
 */
export function toMeeting(detail: MeetingDetail, publicUrl: string, today: string): Out<typeof S.Meeting> {
  const page = publicUrl + meetingPath(detail.meeting);
  const forItem = <T extends { agendaItemId: number | null }>(rows: readonly T[], item: AgendaItemRow) => (item.isExempt ? [] : rows.filter((r) => r.agendaItemId === item.id));
  const report = (item: AgendaItemRow) => {
    const r = item.isExempt ? undefined : detail.reports.find((row) => row.agendaItemId === item.id);
    return r
      ? { title: r.title, summary: r.summary, author_name: r.authorName, lead_officer_name: r.leadOfficerName, directorate: r.directorate, decision_type: r.decisionType, key_decision: r.isKeyDecision, wards: r.wards, all_wards: r.allWards }
      : null;
  };
  return {
    ...toMeetingSummary(detail.meeting, publicUrl, today),
    agenda: detail.items.map((item) => ({
      id: item.id,
      order: item.position,
      number: item.number,
      minute_number: item.minuteNumber,
      description: item.title,
      notes: item.isExempt ? null : item.description,
      classification: item.standardKind,
      pages: pageRange(item.pageFrom, item.pageTo),
      exempt: item.isExempt,
      exempt_paragraph: item.exemptParagraph,
      minutes: item.isExempt ? null : item.minutes,
      report: report(item),
      resolutions: forItem(detail.outcomes.resolutions, item).map((r) => ({ id: r.id, text: r.text, outcome: r.outcome })),
      recommendations: forItem(detail.outcomes.recommendations, item).map(toRecommendation),
      actions: forItem(detail.outcomes.actions, item).map(toAction),
      url: `${page}#${agendaItemAnchor(item.number, item.position)}`,
    })),
    participants: detail.attendance.map((a) => ({
      name: a.fullName,
      entity_type: 'person' as const,
      entity_id: a.personSlug,
      note: a.status,
      chair: a.isChairOfMeeting,
      substitute_for: a.substituteForSlug,
      capacity: a.capacity,
    })),
    documents: detail.documents.map((d) => toDocument(d, publicUrl)),
  };
}

export function toRecommendation(row: RecommendationRow): Out<typeof S.Recommendation> {
  return {
    id: row.id,
    organization_id: row.committeeSlug,
    meeting_id: row.meetingId,
    agenda_item_id: row.agendaItemId,
    letter: row.letter,
    reference: row.reference,
    text: row.text,
    addressed_to: row.addressedTo,
    addressee_name: row.addresseeName,
    sent_on: row.sentOn,
    received_on: row.receivedOn,
    response_due_on: row.responseDueOn,
    response: row.response,
    response_text: row.responseText,
    responded_on: row.respondedOn,
    implementation_status: row.implementationStatus,
    implementation_due_on: row.implementationDueOn,
    implemented_on: row.implementedOn,
  };
}

export function toAction(row: ActionRow): Out<typeof S.Action> {
  return {
    id: row.id,
    organization_id: row.committeeSlug,
    meeting_id: row.meetingId,
    agenda_item_id: row.agendaItemId,
    number: row.number,
    description: row.description,
    owner_name: row.ownerName,
    directorate: row.directorate,
    due_on: row.dueOn,
    due_text: row.dueText,
    status: row.status,
    completed_on: row.completedOn,
  };
}

export function toDocument(row: DocumentRow, publicUrl: string): Out<typeof S.Document> {
  return {
    id: row.id,
    name: row.title,
    classification: row.kind,
    // Imports keep the path they came from, to spot a new version; the public sees only the file's name.
    filename: path.basename(row.filename),
    media_type: row.mediaType,
    byte_size: row.byteSize,
    sha256: row.sha256,
    published_at: row.publishedAt?.toISOString() ?? null,
    meeting_id: row.meetingId,
    organization_id: row.committeeSlug,
    url: `${publicUrl}/documents/${row.id}/original`,
  };
}

export function toWorkProgrammeItem(row: WorkProgrammeRow): Out<typeof S.WorkProgrammeItem> {
  return {
    id: row.id,
    organization_id: row.committeeSlug,
    municipal_year: row.municipalYear,
    meeting_id: row.meetingId,
    classification: row.kind,
    title: row.title,
    purpose: row.purpose,
    raised_by: row.raisedBy,
    lead_officer_name: row.leadOfficerName,
    current_position: row.currentPosition,
    status: row.status,
  };
}

export function toForwardPlanEntry(row: ForwardPlanRow): Out<typeof S.ForwardPlanEntry> {
  return {
    id: row.id,
    reference: row.reference,
    title: row.title,
    exempt: row.isExempt,
    exempt_paragraph: row.exemptParagraph,
    purpose: row.purpose,
    decision_maker: row.decisionMaker,
    decision_kind: row.decisionKind as Out<typeof S.ForwardPlanEntry>['decision_kind'],
    decision_due_on: row.decisionDueOn,
    decision_due_month: row.decisionDueMonth,
    first_published_on: row.firstPublishedOn,
    directorate: row.directorate,
    lead_officer_name: row.leadOfficerName,
    portfolio_holder_name: row.portfolioHolderName,
    status: row.status as Out<typeof S.ForwardPlanEntry>['status'],
    decided_on: row.decidedOn,
  };
}

/**
 * The page envelope: the records, the total, and links to the neighbouring
 * pages that keep every other query parameter as given.
 */
export function pageEnvelope<T>(data: T[], total: number, request: { url: string; page: number; perPage: number }, publicUrl: string) {
  const link = (page: number) => {
    const url = new URL(request.url, publicUrl);
    url.searchParams.set('page', String(page));
    url.searchParams.set('per_page', String(request.perPage));
    return `${publicUrl}${url.pathname}${url.search}`;
  };
  const lastPage = Math.max(1, Math.ceil(total / request.perPage));
  return {
    data,
    total,
    page: request.page,
    per_page: request.perPage,
    links: {
      self: link(request.page),
      next: request.page < lastPage ? link(request.page + 1) : null,
      prev: request.page > 1 ? link(Math.min(request.page - 1, lastPage)) : null,
    },
  };
}

/** A strong ETag: the SHA-256 of the body, so identical bodies share it whichever process made them. */
export function etagOf(body: string): string {
  return `"${createHash('sha256').update(body).digest('base64url')}"`;
}

/** Whether an If-None-Match header names this ETag (a list, or *), weak or strong. */
export function matchesEtag(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === '*') return true;
  return ifNoneMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}

/** A search hit as the API gives it: the same heading, link and snippet as the search page. */
export function toSearchHit(hit: SearchHitRow, publicUrl: string): Out<typeof S.SearchHit> {
  const view = resultView(hit);
  return {
    kind: hit.kind,
    id: hit.id,
    title: view.heading,
    url: `${publicUrl}${view.href}`,
    committee: hit.committeeName,
    date: hit.date,
    snippet: stripMarkers(hit.snippet),
    snippet_html: view.snippetHtml,
  };
}
