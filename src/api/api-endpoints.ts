import { z } from 'zod';
import { listAttendance, listOpenReports } from '../meetings/meeting-repository.ts';
import type { Services } from '../services.ts';
import * as repo from './api-repository.ts';
import { searchKinds } from '../search/search-kinds.ts';
import { maxQueryLength } from '../search/search-query.ts';
import { searchRecords } from '../search/search-repository.ts';
import * as S from './api-schemas.ts';
import * as out from './api-serialise.ts';

/** What a handler gets: the validated parameters, the request URL for page links, and the services. */
export interface EndpointContext<Q, P> {
  query: Q;
  params: P;
  url: string;
  services: Pick<Services, 'db' | 'config' | 'today'>;
}

/**
 * One endpoint of the API, described once: the route, the OpenAPI
 * description and the tests all read this table, so they cannot drift.
 * `load` returns undefined for an unknown id (a 404).
 */
export interface Endpoint<Q extends z.ZodObject = z.ZodObject, P extends z.ZodObject = z.ZodObject> {
  /** Under /api/v1, OpenAPI style: "/people/{id}". */
  path: string;
  operationId: string;
  summary: string;
  query: Q;
  params: P;
  response: z.ZodType;
  responseName: string;
  /** A request that answers 200 on the demo council or a test database, for the reference page's examples. */
  load(context: EndpointContext<z.infer<Q>, z.infer<P>>): Promise<unknown | undefined>;
}

function endpoint<Q extends z.ZodObject, P extends z.ZodObject>(e: Endpoint<Q, P>): Endpoint {
  return e as unknown as Endpoint;
}

const noParams = z.object({});
const byId = z.object({ id: S.IdParam.describe('The record’s id') });
const bySlug = z.object({ id: S.SlugParam.describe('The record’s id (a slug)') });
const pageOf = (query: { page: number; per_page: number }) => ({ limit: query.per_page, offset: (query.page - 1) * query.per_page });
const envelope = <T>(rows: T[], total: number, query: { page: number; per_page: number }, context: EndpointContext<unknown, unknown>) =>
  out.pageEnvelope(rows, total, { url: context.url, page: query.page, perPage: query.per_page }, context.services.config.publicUrl);

const OrganizationPage = S.pageOf(S.Organization, 'OrganizationPage');
const PersonPage = S.pageOf(S.Person, 'PersonPage');
const MembershipPage = S.pageOf(S.Membership, 'MembershipPage');
const MeetingPage = S.pageOf(S.MeetingSummary, 'MeetingSummaryPage');
const DocumentPage = S.pageOf(S.Document, 'DocumentPage');
const ActionPage = S.pageOf(S.Action, 'ActionPage');
const RecommendationPage = S.pageOf(S.Recommendation, 'RecommendationPage');
const WorkProgrammePage = S.pageOf(S.WorkProgrammeItem, 'WorkProgrammeItemPage');
const ForwardPlanPage = S.pageOf(S.ForwardPlanEntry, 'ForwardPlanEntryPage');
const SearchPage = S.pageOf(S.SearchHit, 'SearchHitPage');

export const endpoints: Endpoint[] = [
  endpoint({
    path: '/committees',
    operationId: 'listCommittees',
    summary: 'Committees, as Popolo organisations, by name',
    query: S.PageQuery,
    params: noParams,
    response: OrganizationPage,
    responseName: 'OrganizationPage',
    async load(c) {
      const { rows, total } = await repo.listCommitteeRows(c.services.db, pageOf(c.query));
      return envelope(rows.map((r) => out.toOrganization(r, c.services.config.publicUrl)), total, c.query, c);
    },
  }),
  endpoint({
    path: '/committees/{id}',
    operationId: 'getCommittee',
    summary: 'One committee',
    query: noParams,
    params: bySlug,
    response: S.Organization,
    responseName: 'Organization',
    async load(c) {
      const row = await repo.findCommitteeRow(c.services.db, c.params.id);
      return row && out.toOrganization(row, c.services.config.publicUrl);
    },
  }),
  endpoint({
    path: '/political-groups',
    operationId: 'listPoliticalGroups',
    summary: 'Political groups, as Popolo organisations classified "party"',
    query: S.PageQuery,
    params: noParams,
    response: OrganizationPage,
    responseName: 'OrganizationPage',
    async load(c) {
      const { rows, total } = await repo.listPoliticalGroupRows(c.services.db, pageOf(c.query));
      return envelope(rows.map(out.toPartyOrganization), total, c.query, c);
    },
  }),
  endpoint({
    path: '/people',
    operationId: 'listPeople',
    summary: 'Councillors, co-opted members and officers, as Popolo people, by family name',
    query: S.PageQuery.extend({ classification: z.enum(['councillor', 'officer', 'co-optee']).optional().describe('Only people of this kind') }),
    params: noParams,
    response: PersonPage,
    responseName: 'PersonPage',
    async load(c) {
      const { rows, total } = await repo.listPersonRows(c.services.db, { kind: c.query.classification }, pageOf(c.query));
      return envelope(rows.map((r) => out.toPerson(r, c.services.config.publicUrl)), total, c.query, c);
    },
  }),
  endpoint({
    path: '/people/{id}',
    operationId: 'getPerson',
    summary: 'One person',
    query: noParams,
    params: bySlug,
    response: S.Person,
    responseName: 'Person',
    async load(c) {
      const row = await repo.findPersonRow(c.services.db, c.params.id);
      return row && out.toPerson(row, c.services.config.publicUrl);
    },
  }),
  endpoint({
    path: '/memberships',
    operationId: 'listMemberships',
    summary: 'Committee memberships with roles and dates, as Popolo memberships',
    query: S.PageQuery.extend({ organization_id: S.OrganizationFilter, person_id: S.SlugParam.optional().describe('A person’s id (slug)') }),
    params: noParams,
    response: MembershipPage,
    responseName: 'MembershipPage',
    async load(c) {
      const { rows, total } = await repo.listMembershipRows(c.services.db, { committee: c.query.organization_id, person: c.query.person_id }, pageOf(c.query));
      return envelope(rows.map(out.toMembership), total, c.query, c);
    },
  }),
  endpoint({
    path: '/meetings',
    operationId: 'listMeetings',
    summary: 'Meetings, newest first, as Open Civic Data events without their agenda',
    query: S.PageQuery.extend({
      organization_id: S.OrganizationFilter,
      from: S.DateFilter.describe('Meetings on or after this day (YYYY-MM-DD)'),
      to: S.DateFilter.describe('Meetings on or before this day (YYYY-MM-DD)'),
    }),
    params: noParams,
    response: MeetingPage,
    responseName: 'MeetingSummaryPage',
    async load(c) {
      const { rows, total } = await repo.listMeetingRows(c.services.db, { committee: c.query.organization_id, from: c.query.from, to: c.query.to }, pageOf(c.query));
      return envelope(rows.map((r) => out.toMeetingSummary(r, c.services.config.publicUrl, c.services.today())), total, c.query, c);
    },
  }),
  endpoint({
    path: '/meetings/{id}',
    operationId: 'getMeeting',
    summary: 'One meeting with its agenda, reports, attendance, minutes (resolutions, recommendations, actions) and documents',
    query: noParams,
    params: byId,
    response: S.Meeting,
    responseName: 'Meeting',
    async load(c) {
      const { db } = c.services;
      const meeting = await repo.findMeetingRow(db, c.params.id);
      if (!meeting) return undefined;
      const [items, reports, outcomes, attendance, documents] = await Promise.all([
        repo.listApiAgendaItems(db, meeting.id),
        listOpenReports(db, meeting.id),
        repo.listOpenMeetingOutcomes(db, meeting.id),
        listAttendance(db, meeting.id),
        repo.listDocumentRows(db, { meetingId: meeting.id }, { limit: 1000, offset: 0 }),
      ]);
      return out.toMeeting({ meeting, items, reports, outcomes, attendance, documents: documents.rows }, c.services.config.publicUrl, c.services.today());
    },
  }),
  endpoint({
    path: '/documents',
    operationId: 'listDocuments',
    summary: 'Public documents’ metadata, newest first; exempt documents are never listed',
    query: S.PageQuery.extend({ meeting_id: S.IdParam.optional().describe('Only documents of this meeting') }),
    params: noParams,
    response: DocumentPage,
    responseName: 'DocumentPage',
    async load(c) {
      const { rows, total } = await repo.listDocumentRows(c.services.db, { meetingId: c.query.meeting_id }, pageOf(c.query));
      return envelope(rows.map((r) => out.toDocument(r, c.services.config.publicUrl)), total, c.query, c);
    },
  }),
  endpoint({
    path: '/documents/{id}',
    operationId: 'getDocument',
    summary: 'One public document’s metadata',
    query: noParams,
    params: byId,
    response: S.Document,
    responseName: 'Document',
    async load(c) {
      const row = await repo.findDocumentRow(c.services.db, c.params.id);
      return row && out.toDocument(row, c.services.config.publicUrl);
    },
  }),
  endpoint({
    path: '/actions',
    operationId: 'listActions',
    summary: 'Actions from committees’ action logs, latest due first',
    query: S.PageQuery.extend({ organization_id: S.OrganizationFilter, status: z.enum(['open', 'in-progress', 'completed']).optional().describe('Only actions with this status') }),
    params: noParams,
    response: ActionPage,
    responseName: 'ActionPage',
    async load(c) {
      const { rows, total } = await repo.listActionRows(c.services.db, { committee: c.query.organization_id, status: c.query.status }, pageOf(c.query));
      return envelope(rows.map(out.toAction), total, c.query, c);
    },
  }),
  endpoint({
    path: '/recommendations',
    operationId: 'listRecommendations',
    summary: 'Scrutiny recommendations with the executive’s responses, latest sent first',
    query: S.PageQuery.extend({ organization_id: S.OrganizationFilter }),
    params: noParams,
    response: RecommendationPage,
    responseName: 'RecommendationPage',
    async load(c) {
      const { rows, total } = await repo.listRecommendationRows(c.services.db, { committee: c.query.organization_id }, pageOf(c.query));
      return envelope(rows.map(out.toRecommendation), total, c.query, c);
    },
  }),
  endpoint({
    path: '/work-programme',
    operationId: 'listWorkProgramme',
    summary: 'Committees’ work programme items',
    query: S.PageQuery.extend({ organization_id: S.OrganizationFilter }),
    params: noParams,
    response: WorkProgrammePage,
    responseName: 'WorkProgrammeItemPage',
    async load(c) {
      const { rows, total } = await repo.listWorkProgrammeRows(c.services.db, { committee: c.query.organization_id }, pageOf(c.query));
      return envelope(rows.map(out.toWorkProgrammeItem), total, c.query, c);
    },
  }),
  endpoint({
    path: '/forward-plan',
    operationId: 'listForwardPlan',
    summary: 'The forward plan of key and other executive decisions, soonest first',
    query: S.PageQuery.extend({ status: z.enum(['planned', 'decided', 'deferred', 'withdrawn']).optional().describe('Only entries with this status') }),
    params: noParams,
    response: ForwardPlanPage,
    responseName: 'ForwardPlanEntryPage',
    async load(c) {
      const { rows, total } = await repo.listForwardPlanRows(c.services.db, { status: c.query.status }, pageOf(c.query));
      return envelope(rows.map(out.toForwardPlanEntry), total, c.query, c);
    },
  }),
  endpoint({
    path: '/search',
    operationId: 'search',
    summary: 'Search documents, minutes, decisions, recommendations, actions, the forward plan and transcripts, best first',
    query: S.PageQuery.extend({
      q: z.string().trim().max(maxQueryLength).default('').describe('Words to find; "a phrase" in quotes, -word to leave out, or between alternatives. Empty: no results'),
      kind: z.enum(searchKinds).optional().describe('Only this kind of record'),
      organization_id: S.OrganizationFilter,
      from: S.DateFilter.describe('Only records on or after this day'),
      to: S.DateFilter.describe('Only records on or before this day'),
    }),
    params: noParams,
    response: SearchPage,
    responseName: 'SearchHitPage',
    async load(c) {
      if (!c.query.q) return envelope([], 0, c.query, c);
      const results = await searchRecords(c.services.db, {
        q: c.query.q,
        kinds: c.query.kind ? [c.query.kind] : [],
        committees: c.query.organization_id ? [c.query.organization_id] : [],
        from: c.query.from ?? null,
        to: c.query.to ?? null,
        ...pageOf(c.query),
      });
      const publicUrl = c.services.config.publicUrl;
      return envelope(results.hits.map((hit) => out.toSearchHit(hit, publicUrl)), results.total, c.query, c);
    },
  }),
];
