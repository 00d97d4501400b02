import { type Kysely, sql } from 'kysely';
import { notAnUnpublishedPaper } from '../agendas/unpublished-papers.ts';
import type { Database } from '../db/database.ts';

/**
 * Queries for the open-data API. Exempt material is filtered here, in SQL:
 * an exempt agenda item or forward plan entry keeps only its title and
 * Schedule 12A paragraph, and nothing recorded on an exempt item (report,
 * minutes, resolution, recommendation, action, document) is selected.
 */
type Db = Kysely<Database>;

export interface PageRequest {
  limit: number;
  offset: number;
}

export interface PageOf<T> {
  rows: T[];
  total: number;
}

/** Not on an exempt item: true when the record has no item or the item is open. */
const openItem = sql<boolean>`(i.id is null or i.is_exempt = false)`;

export async function listCommitteeRows(db: Db, page: PageRequest) {
  const base = db.selectFrom('committee as c').leftJoin('committee as parent', 'parent.id', 'c.parentCommitteeId');
  const [rows, count] = await Promise.all([
    base
      .select(['c.slug', 'c.name', 'c.kind', 'c.purpose', 'c.isActive', 'c.quorum', 'parent.slug as parentSlug'])
      .orderBy('c.name')
      .orderBy('c.id')
      .limit(page.limit)
      .offset(page.offset)
      .execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: count.n };
}

export async function findCommitteeRow(db: Db, slug: string) {
  return db
    .selectFrom('committee as c')
    .leftJoin('committee as parent', 'parent.id', 'c.parentCommitteeId')
    .select(['c.slug', 'c.name', 'c.kind', 'c.purpose', 'c.isActive', 'c.quorum', 'parent.slug as parentSlug'])
    .where('c.slug', '=', slug)
    .executeTakeFirst();
}

export async function listPoliticalGroupRows(db: Db, page: PageRequest) {
  const [rows, count] = await Promise.all([
    db.selectFrom('politicalGroup').select(['slug', 'name', 'shortName']).orderBy('name').limit(page.limit).offset(page.offset).execute(),
    db.selectFrom('politicalGroup').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: count.n };
}

const personColumns = ['p.slug', 'p.fullName', 'p.givenName', 'p.familyName', 'p.honorific', 'p.kind', 'p.jobTitle', 'g.slug as groupSlug', 'w.name as wardName'] as const;

function peopleBase(db: Db) {
  return db
    .selectFrom('person as p')
    .leftJoin('politicalGroup as g', 'g.id', 'p.politicalGroupId')
    .leftJoin('ward as w', 'w.id', 'p.wardId')
    // Residents who asked a question are named in the record of that question, not listed as people.
    .where('p.kind', '!=', 'public');
}

export async function listPersonRows(db: Db, filter: { kind?: 'councillor' | 'officer' | 'co-optee' }, page: PageRequest) {
  let base = peopleBase(db);
  if (filter.kind) base = base.where('p.kind', '=', filter.kind);
  const [rows, count] = await Promise.all([
    base.select(personColumns).orderBy('p.familyName').orderBy('p.fullName').orderBy('p.id').limit(page.limit).offset(page.offset).execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: count.n };
}

export async function findPersonRow(db: Db, slug: string) {
  return peopleBase(db).select(personColumns).where('p.slug', '=', slug).executeTakeFirst();
}

export async function listMembershipRows(db: Db, filter: { committee?: string; person?: string }, page: PageRequest) {
  let base = db.selectFrom('membership as ms').innerJoin('person as p', 'p.id', 'ms.personId').innerJoin('committee as c', 'c.id', 'ms.committeeId');
  if (filter.committee) base = base.where('c.slug', '=', filter.committee);
  if (filter.person) base = base.where('p.slug', '=', filter.person);
  const [rows, count] = await Promise.all([
    base
      .select(['ms.id', 'p.slug as personSlug', 'c.slug as committeeSlug', 'ms.role', 'ms.memberType', 'ms.isSubstitute', 'ms.represents', 'ms.startsOn', 'ms.endsOn'])
      .orderBy('c.name')
      .orderBy('p.familyName')
      .orderBy('ms.id')
      .limit(page.limit)
      .offset(page.offset)
      .execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: count.n };
}

const meetingColumns = [
  'm.id',
  'c.slug as committeeSlug',
  'c.name as committeeName',
  'm.slug',
  'm.date',
  'm.startsAt',
  'm.endsAt',
  'm.kind',
  // A meeting that names no venue is at its committee's usual one, as its public page, pack and calendar entry say.
  sql<string | null>`coalesce(${sql.ref('m.venue')}, ${sql.ref('c.defaultVenue')})`.as('venue'),
  'm.status',
  'm.cancellationReason',
  'm.agendaPublishedAt',
  'm.minutesPublishedAt',
  'm.videoUrl',
] as const;

export async function listMeetingRows(db: Db, filter: { committee?: string; from?: string; to?: string }, page: PageRequest) {
  let base = db.selectFrom('meeting as m').innerJoin('committee as c', 'c.id', 'm.committeeId');
  if (filter.committee) base = base.where('c.slug', '=', filter.committee);
  if (filter.from) base = base.where('m.date', '>=', filter.from);
  if (filter.to) base = base.where('m.date', '<=', filter.to);
  const [rows, count] = await Promise.all([
    base.select(meetingColumns).orderBy('m.date', 'desc').orderBy('m.startsAt', 'desc').orderBy('m.id', 'desc').limit(page.limit).offset(page.offset).execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: count.n };
}

export async function findMeetingRow(db: Db, id: number) {
  return db.selectFrom('meeting as m').innerJoin('committee as c', 'c.id', 'm.committeeId').select(meetingColumns).where('m.id', '=', id).executeTakeFirst();
}

/** The agenda with an exempt item's description and minutes emptied in SQL. */
export async function listApiAgendaItems(db: Db, meetingId: number) {
  return db
    .selectFrom('agendaItem as i')
    .select([
      'i.id',
      'i.position',
      'i.number',
      'i.minuteNumber',
      'i.title',
      'i.standardKind',
      'i.pageFrom',
      'i.pageTo',
      'i.isExempt',
      'i.exemptParagraph',
      sql<string | null>`case when i.is_exempt then null else i.description end`.as('description'),
      sql<string | null>`case when i.is_exempt then null else i.minutes end`.as('minutes'),
    ])
    .where('i.meetingId', '=', meetingId)
    .orderBy('i.position')
    .execute();
}

/** Resolutions, recommendations and actions of a meeting that are not on an exempt item. */
export async function listOpenMeetingOutcomes(db: Db, meetingId: number) {
  const [resolutions, recommendations, actions] = await Promise.all([
    db
      .selectFrom('resolution as r')
      .innerJoin('agendaItem as i', 'i.id', 'r.agendaItemId')
      .select(['r.id', 'r.agendaItemId', 'r.text', 'r.outcome'])
      .where('i.meetingId', '=', meetingId)
      .where('i.isExempt', '=', false)
      .orderBy('i.position')
      .orderBy('r.position')
      .execute(),
    recommendationQuery(db).where('r.meetingId', '=', meetingId).orderBy('r.letter').orderBy('r.id').execute(),
    actionQuery(db).where('a.meetingId', '=', meetingId).orderBy('a.id').execute(),
  ]);
  return { resolutions, recommendations, actions };
}

function recommendationQuery(db: Db) {
  return db
    .selectFrom('recommendation as r')
    .innerJoin('committee as c', 'c.id', 'r.committeeId')
    .leftJoin('agendaItem as i', 'i.id', 'r.agendaItemId')
    .select([
      'r.id',
      'c.slug as committeeSlug',
      'r.meetingId',
      'r.agendaItemId',
      'r.letter',
      'r.reference',
      'r.text',
      'r.addressedTo',
      'r.addresseeName',
      'r.sentOn',
      'r.receivedOn',
      'r.responseDueOn',
      'r.response',
      'r.responseText',
      'r.respondedOn',
      'r.implementationStatus',
      'r.implementationDueOn',
      'r.implementedOn',
    ])
    .where(openItem);
}

function actionQuery(db: Db) {
  return db
    .selectFrom('action as a')
    .innerJoin('committee as c', 'c.id', 'a.committeeId')
    .leftJoin('agendaItem as i', 'i.id', 'a.agendaItemId')
    .select(['a.id', 'c.slug as committeeSlug', 'a.meetingId', 'a.agendaItemId', 'a.number', 'a.description', 'a.ownerName', 'a.directorate', 'a.dueOn', 'a.dueText', 'a.status', 'a.completedOn'])
    .where(openItem);
}

export async function listRecommendationRows(db: Db, filter: { committee?: string }, page: PageRequest) {
  let rows = recommendationQuery(db);
  let counted = db.selectFrom('recommendation as r').innerJoin('committee as c', 'c.id', 'r.committeeId').leftJoin('agendaItem as i', 'i.id', 'r.agendaItemId').where(openItem);
  if (filter.committee) {
    rows = rows.where('c.slug', '=', filter.committee);
    counted = counted.where('c.slug', '=', filter.committee);
  }
  const [data, count] = await Promise.all([
    rows.orderBy('r.sentOn', (ob) => ob.desc().nullsLast()).orderBy('r.id', 'desc').limit(page.limit).offset(page.offset).execute(),
    counted.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows: data, total: count.n };
}

export async function listActionRows(db: Db, filter: { committee?: string; status?: 'open' | 'in-progress' | 'completed' }, page: PageRequest) {
  let rows = actionQuery(db);
  let counted = db.selectFrom('action as a').innerJoin('committee as c', 'c.id', 'a.committeeId').leftJoin('agendaItem as i', 'i.id', 'a.agendaItemId').where(openItem);
  if (filter.committee) {
    rows = rows.where('c.slug', '=', filter.committee);
    counted = counted.where('c.slug', '=', filter.committee);
  }
  if (filter.status) {
    rows = rows.where('a.status', '=', filter.status);
    counted = counted.where('a.status', '=', filter.status);
  }
  const [data, count] = await Promise.all([
    rows.orderBy('a.dueOn', (ob) => ob.desc().nullsLast()).orderBy('a.id', 'desc').limit(page.limit).offset(page.offset).execute(),
    counted.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows: data, total: count.n };
}

export async function listWorkProgrammeRows(db: Db, filter: { committee?: string }, page: PageRequest) {
  let base = db.selectFrom('workProgrammeItem as w').innerJoin('committee as c', 'c.id', 'w.committeeId').leftJoin('municipalYear as y', 'y.id', 'w.municipalYearId');
  if (filter.committee) base = base.where('c.slug', '=', filter.committee);
  const [rows, count] = await Promise.all([
    base
      .select(['w.id', 'c.slug as committeeSlug', 'y.label as municipalYear', 'w.meetingId', 'w.kind', 'w.title', 'w.purpose', 'w.raisedBy', 'w.leadOfficerName', 'w.currentPosition', 'w.status'])
      .orderBy('c.name')
      .orderBy('w.position', (ob) => ob.asc().nullsLast())
      .orderBy('w.id')
      .limit(page.limit)
      .offset(page.offset)
      .execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: count.n };
}

/** The forward plan; an exempt entry keeps its reference, title and paragraph, and nothing else. */
export async function listForwardPlanRows(db: Db, filter: { status?: 'planned' | 'decided' | 'deferred' | 'withdrawn' }, page: PageRequest) {
  let base = db.selectFrom('forwardPlanEntry as f');
  // An exempt entry shows no status, so a status filter must not reveal it either.
  if (filter.status) base = base.where('f.status', '=', filter.status).where('f.isExempt', '=', false);
  const open = <T>(column: string) => sql<T | null>`case when f.is_exempt then null else ${sql.ref(column)} end`;
  const [rows, count] = await Promise.all([
    base
      .select([
        'f.id',
        'f.reference',
        'f.title',
        'f.isExempt',
        'f.exemptParagraph',
        open<string>('f.purpose').as('purpose'),
        open<string>('f.decision_maker').as('decisionMaker'),
        open<string>('f.decision_kind').as('decisionKind'),
        open<string>('f.decision_due_on').as('decisionDueOn'),
        open<string>('f.decision_due_month').as('decisionDueMonth'),
        open<string>('f.first_published_on').as('firstPublishedOn'),
        open<string>('f.directorate').as('directorate'),
        open<string>('f.lead_officer_name').as('leadOfficerName'),
        open<string>('f.portfolio_holder_name').as('portfolioHolderName'),
        open<string>('f.status').as('status'),
        open<string>('f.decided_on').as('decidedOn'),
      ])
      .orderBy('f.decisionDueOn', (ob) => ob.asc().nullsLast())
      .orderBy('f.id')
      .limit(page.limit)
      .offset(page.offset)
      .execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: count.n };
}

const documentColumns = ['d.id', 'd.kind', 'd.title', 'd.filename', 'd.mediaType', 'd.byteSize', 'd.sha256', 'd.publishedAt', 'd.meetingId', 'c.slug as committeeSlug'] as const;

/** Documents the public may see: never one marked exempt, nor one attached to an exempt item. */
function publicDocuments(db: Db) {
  return db
    .selectFrom('document as d')
    .leftJoin('agendaItem as i', 'i.id', 'd.agendaItemId')
    .leftJoin('committee as c', 'c.id', 'd.committeeId')
    .where('d.isExempt', '=', false)
    .where(openItem)
    .where(notAnUnpublishedPaper);
}

export async function listDocumentRows(db: Db, filter: { meetingId?: number }, page: PageRequest) {
  let base = publicDocuments(db);
  if (filter.meetingId !== undefined) base = base.where('d.meetingId', '=', filter.meetingId);
  const [rows, count] = await Promise.all([
    base.select(documentColumns).orderBy('d.id', 'desc').limit(page.limit).offset(page.offset).execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: count.n };
}

export async function findDocumentRow(db: Db, id: number) {
  return publicDocuments(db).select(documentColumns).where('d.id', '=', id).executeTakeFirst();
}

export type CommitteeRow = NonNullable<Awaited<ReturnType<typeof findCommitteeRow>>>;
export type PoliticalGroupRow = Awaited<ReturnType<typeof listPoliticalGroupRows>>['rows'][number];
export type PersonRow = NonNullable<Awaited<ReturnType<typeof findPersonRow>>>;
export type MembershipApiRow = Awaited<ReturnType<typeof listMembershipRows>>['rows'][number];
export type MeetingRow = NonNullable<Awaited<ReturnType<typeof findMeetingRow>>>;
export type AgendaItemRow = Awaited<ReturnType<typeof listApiAgendaItems>>[number];
export type OutcomeRows = Awaited<ReturnType<typeof listOpenMeetingOutcomes>>;
export type RecommendationRow = OutcomeRows['recommendations'][number];
export type ActionRow = OutcomeRows['actions'][number];
export type WorkProgrammeRow = Awaited<ReturnType<typeof listWorkProgrammeRows>>['rows'][number];
export type ForwardPlanRow = Awaited<ReturnType<typeof listForwardPlanRows>>['rows'][number];
export type DocumentRow = NonNullable<Awaited<ReturnType<typeof findDocumentRow>>>;
