import { type Kysely, sql } from 'kysely';
import { notAnUnpublishedPaper } from '../agendas/unpublished-papers.ts';
import type { Database } from '../db/database.ts';
import { notOnExemptItem } from '../meetings/exempt-filter.ts';
import type { ExemptParagraph, MeetingStatus } from '../meetings/meeting-tables.ts';
import type { ActionStatus, DecisionKind, RecommendationResponse, WorkProgrammeKind, WorkProgrammeStatus } from '../tracking/tracking-tables.ts';

/**
 * A topic's confirmed records as the public may see them. Exempt content
 * is dropped here, in SQL: an exempt agenda item comes with its title and
 * paragraph only (its minutes and decisions are not selected), a
 * recommendation or action on an exempt item does not come at all, an
 * exempt forward plan entry keeps its title and paragraph, and only public
 * documents come. Rejected links never come.
 */

type Db = Kysely<Database>;

const confirmedIn = (topicId: number, kind: string, column: string) =>
  sql<boolean>`exists (select 1 from topic_link l where l.topic_id = ${topicId} and l.status = 'confirmed' and l.record_kind = ${kind} and l.record_id = ${sql.ref(column)})`;

export interface TopicAgendaItemRow {
  id: number;
  meetingId: number;
  meetingSlug: string;
  meetingDate: string;
  meetingStatus: MeetingStatus;
  committeeSlug: string;
  committeeName: string;
  number: string | null;
  position: number;
  title: string;
  isExempt: boolean;
  exemptParagraph: ExemptParagraph | null;
  /** Null for an exempt item, and before the minutes are published. */
  minutes: string | null;
}

export async function listTopicAgendaItems(db: Db, topicId: number): Promise<TopicAgendaItemRow[]> {
  return db
    .selectFrom('agendaItem as i')
    .innerJoin('meeting as m', 'm.id', 'i.meetingId')
    .innerJoin('committee as c', 'c.id', 'm.committeeId')
    .select([
      'i.id',
      'm.id as meetingId',
      'm.slug as meetingSlug',
      'm.date as meetingDate',
      'm.status as meetingStatus',
      'c.slug as committeeSlug',
      'c.name as committeeName',
      'i.number',
      'i.position',
      'i.title',
      'i.isExempt',
      'i.exemptParagraph',
      sql<string | null>`case when not ${sql.ref('i.isExempt')} and ${sql.ref('m.status')} in ('draft-minutes', 'minutes-approved') then ${sql.ref('i.minutes')} end`.as('minutes'),
    ])
    .where(confirmedIn(topicId, 'agenda-item', 'i.id'))
    .where('m.status', '<>', 'cancelled')
    .orderBy('m.date')
    .orderBy('i.position')
    .execute();
}

export interface TopicResolutionRow {
  agendaItemId: number;
  text: string;
  outcome: string | null;
}

/** The decisions on a topic's open agenda items, once their minutes are published. */
export async function listTopicResolutions(db: Db, topicId: number): Promise<TopicResolutionRow[]> {
  return db
    .selectFrom('resolution as r')
    .innerJoin('agendaItem as i', 'i.id', 'r.agendaItemId')
    .innerJoin('meeting as m', 'm.id', 'i.meetingId')
    .select(['r.agendaItemId', 'r.text', 'r.outcome'])
    .where(confirmedIn(topicId, 'agenda-item', 'i.id'))
    .where('i.isExempt', '=', false)
    .where('m.status', 'in', ['draft-minutes', 'minutes-approved'])
    .orderBy('r.agendaItemId')
    .orderBy('r.position')
    .orderBy('r.id')
    .execute();
}

export interface TopicRecommendationRow {
  id: number;
  committeeSlug: string;
  committeeName: string;
  meetingSlug: string | null;
  meetingDate: string | null;
  letter: string | null;
  text: string;
  addresseeName: string | null;
  sentOn: string | null;
  createdOn: string;
  response: RecommendationResponse | null;
  responseText: string | null;
  respondedOn: string | null;
  implementationStatus: string | null;
  implementedOn: string | null;
}

export async function listTopicRecommendations(db: Db, topicId: number): Promise<TopicRecommendationRow[]> {
  return db
    .selectFrom('recommendation as r')
    .innerJoin('committee as c', 'c.id', 'r.committeeId')
    .leftJoin('meeting as m', 'm.id', 'r.meetingId')
    .leftJoin('agendaItem as i', 'i.id', 'r.agendaItemId')
    .select([
      'r.id',
      'c.slug as committeeSlug',
      'c.name as committeeName',
      'm.slug as meetingSlug',
      'm.date as meetingDate',
      'r.letter',
      'r.text',
      'r.addresseeName',
      'r.sentOn',
      sql<string>`(${sql.ref('r.createdAt')} at time zone 'Europe/London')::date`.as('createdOn'),
      'r.response',
      'r.responseText',
      'r.respondedOn',
      'r.implementationStatus',
      'r.implementedOn',
    ])
    .where(confirmedIn(topicId, 'recommendation', 'r.id'))
    .where(notOnExemptItem)
    // A recommendation made under an exempt item's resolution is as exempt as the item.
    .where(sql<boolean>`not exists (select 1 from resolution rs join agenda_item ri on ri.id = rs.agenda_item_id where rs.id = ${sql.ref('r.resolutionId')} and ri.is_exempt)`)
    .orderBy('r.id')
    .execute();
}

export interface TopicActionRow {
  id: number;
  committeeSlug: string;
  committeeName: string;
  meetingSlug: string | null;
  meetingDate: string | null;
  createdOn: string;
  number: string | null;
  description: string;
  ownerName: string | null;
  dueOn: string | null;
  dueText: string | null;
  status: ActionStatus;
  completedOn: string | null;
}

export async function listTopicActions(db: Db, topicId: number): Promise<TopicActionRow[]> {
  return db
    .selectFrom('action as a')
    .innerJoin('committee as c', 'c.id', 'a.committeeId')
    .leftJoin('meeting as m', 'm.id', 'a.meetingId')
    .leftJoin('agendaItem as i', 'i.id', 'a.agendaItemId')
    .select([
      'a.id',
      'c.slug as committeeSlug',
      'c.name as committeeName',
      'm.slug as meetingSlug',
      'm.date as meetingDate',
      sql<string>`(${sql.ref('a.createdAt')} at time zone 'Europe/London')::date`.as('createdOn'),
      'a.number',
      'a.description',
      'a.ownerName',
      'a.dueOn',
      'a.dueText',
      'a.status',
      'a.completedOn',
    ])
    .where(confirmedIn(topicId, 'action', 'a.id'))
    .where(notOnExemptItem)
    .orderBy('a.id')
    .execute();
}

export interface TopicWorkProgrammeRow {
  id: number;
  committeeSlug: string;
  committeeName: string;
  kind: WorkProgrammeKind;
  title: string;
  purpose: string | null;
  status: WorkProgrammeStatus;
  currentPosition: string | null;
  meetingSlug: string | null;
  meetingDate: string | null;
  sessionOn: string | null;
  createdOn: string;
}

/** Work programme items in the topic, except those rejected or merged into another. */
export async function listTopicWorkProgramme(db: Db, topicId: number): Promise<TopicWorkProgrammeRow[]> {
  return db
    .selectFrom('workProgrammeItem as w')
    .innerJoin('committee as c', 'c.id', 'w.committeeId')
    .leftJoin('meeting as m', 'm.id', 'w.meetingId')
    .select([
      'w.id',
      'c.slug as committeeSlug',
      'c.name as committeeName',
      'w.kind',
      'w.title',
      'w.purpose',
      'w.status',
      'w.currentPosition',
      'm.slug as meetingSlug',
      'm.date as meetingDate',
      'w.sessionOn',
      sql<string>`(${sql.ref('w.createdAt')} at time zone 'Europe/London')::date`.as('createdOn'),
    ])
    .where(confirmedIn(topicId, 'work-programme-item', 'w.id'))
    .where('w.status', 'not in', ['rejected', 'merged'])
    .orderBy('w.id')
    .execute();
}

export interface TopicForwardPlanRow {
  id: number;
  reference: string | null;
  title: string;
  /** Null when the entry is exempt: its title and paragraph are public, its details are not. */
  purpose: string | null;
  decisionMaker: string;
  decisionKind: DecisionKind;
  decisionDueOn: string | null;
  decisionDueMonth: string | null;
  firstPublishedOn: string | null;
  status: 'planned' | 'decided' | 'deferred' | 'withdrawn';
  decidedOn: string | null;
  isExempt: boolean;
  exemptParagraph: ExemptParagraph | null;
}

export async function listTopicForwardPlan(db: Db, topicId: number): Promise<TopicForwardPlanRow[]> {
  return db
    .selectFrom('forwardPlanEntry as f')
    .select([
      'f.id',
      'f.reference',
      'f.title',
      sql<string | null>`case when ${sql.ref('f.isExempt')} then null else ${sql.ref('f.purpose')} end`.as('purpose'),
      'f.decisionMaker',
      'f.decisionKind',
      'f.decisionDueOn',
      'f.decisionDueMonth',
      'f.firstPublishedOn',
      'f.status',
      'f.decidedOn',
      'f.isExempt',
      'f.exemptParagraph',
    ])
    .where(confirmedIn(topicId, 'forward-plan-entry', 'f.id'))
    .orderBy('f.id')
    .execute();
}

export interface TopicDocumentRow {
  id: number;
  title: string;
  date: string;
}

/** Public documents in the topic: not exempt, not on an exempt item, not an exempt report's, not an unpublished paper. */
export async function listTopicDocuments(db: Db, topicId: number): Promise<TopicDocumentRow[]> {
  return db
    .selectFrom('document as d')
    .leftJoin('agendaItem as i', 'i.id', 'd.agendaItemId')
    .leftJoin('meeting as m', 'm.id', 'd.meetingId')
    .select([
      'd.id',
      'd.title',
      sql<string>`coalesce(${sql.ref('m.date')}, (coalesce(${sql.ref('d.publishedAt')}, ${sql.ref('d.createdAt')}) at time zone 'Europe/London')::date)`.as('date'),
    ])
    .where(confirmedIn(topicId, 'document', 'd.id'))
    .where('d.isExempt', '=', false)
    .where(notOnExemptItem)
    .where(notAnUnpublishedPaper)
    .where(sql<boolean>`not exists (select 1 from report rp join agenda_item ri on ri.id = rp.agenda_item_id
      where rp.document_id = ${sql.ref('d.id')} and (rp.classification = 'exempt' or ri.is_exempt))`)
    .orderBy('d.id')
    .execute();
}
