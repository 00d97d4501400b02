import { type Kysely, sql, type Transaction } from 'kysely';
import type { Actor } from '../accounts/roles.ts';
import type { Database } from '../db/database.ts';
import { type TopicRecordRow, topicRecords } from './topic-records.ts';
import type { Topic, TopicLinkTable, TopicRecordKind } from './topic-tables.ts';

type Db = Kysely<Database>;

export interface TopicSummary {
  id: number;
  slug: string;
  name: string;
  description: string | null;
  links: number;
}

/** Topics in name order, merged ones left out, with how many records each holds. */
export async function listTopics(db: Db): Promise<TopicSummary[]> {
  const rows = await db
    .selectFrom('topic as t')
    .select((eb) => [
      't.id',
      't.slug',
      't.name',
      't.description',
      eb.selectFrom('topicLink as l').select(eb.fn.countAll<number>().as('n')).whereRef('l.topicId', '=', 't.id').where('l.status', '=', 'confirmed').as('links'),
    ])
    .where('t.mergedIntoTopicId', 'is', null)
    .orderBy(sql`lower(${sql.ref('t.name')})`)
    .orderBy('t.id')
    .execute();
  return rows.map((row) => ({ ...row, links: Number(row.links ?? 0) }));
}

export async function findTopicBySlug(db: Db, slug: string): Promise<Topic | undefined> {
  return db.selectFrom('topic').selectAll().where('slug', '=', slug).executeTakeFirst();
}

export async function findTopicById(db: Db, id: number): Promise<Topic | undefined> {
  return db.selectFrom('topic').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The topic a merged topic now lives in, following merges of merges. */
export async function findCurrentTopic(db: Db, topic: Topic): Promise<Topic | undefined> {
  let current: Topic | undefined = topic;
  for (let hops = 0; current?.mergedIntoTopicId && hops < 20; hops++) current = await findTopicById(db, current.mergedIntoTopicId);
  return current;
}

/** Slugs already taken that start like this one, for a new topic's address. */
export async function listSlugsLike(db: Db, base: string): Promise<Set<string>> {
  const rows = await db.selectFrom('topic').select('slug').where('slug', 'like', `${base.replace(/[\\%_]/g, (c) => `\\${c}`)}%`).execute();
  return new Set(rows.map((r) => r.slug));
}

export async function insertTopic(trx: Transaction<Database>, values: { slug: string; name: string; description: string | null }): Promise<Topic> {
  return trx.insertInto('topic').values(values).returningAll().executeTakeFirstOrThrow();
}

export async function updateTopic(trx: Transaction<Database>, id: number, values: { name: string; description: string | null }): Promise<Topic> {
  return trx.updateTable('topic').set({ ...values, updatedAt: sql<Date>`now()` }).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
}

const recordColumn: Record<TopicRecordKind, keyof Pick<TopicLinkTable, 'agendaItemId' | 'recommendationId' | 'actionId' | 'workProgrammeItemId' | 'forwardPlanEntryId' | 'documentId'>> = {
  'agenda-item': 'agendaItemId',
  recommendation: 'recommendationId',
  action: 'actionId',
  'work-programme-item': 'workProgrammeItemId',
  'forward-plan-entry': 'forwardPlanEntryId',
  document: 'documentId',
};

export interface LinkDecision {
  topicId: number;
  kind: TopicRecordKind;
  recordId: number;
  status: 'confirmed' | 'rejected';
  source: 'suggested' | 'by-hand' | 'merged';
  score: number | null;
  actor: Pick<Actor, 'id' | 'name'>;
}

/**
 * Records an officer's decision on a record and a topic, replacing any
 * earlier one (a record removed from a topic is rejected, so it is not
 * suggested again; adding it back by hand confirms it). Returns the status
 * it had before, or null.
 */
export async function decideTopicLink(trx: Transaction<Database>, decision: LinkDecision): Promise<'confirmed' | 'rejected' | null> {
  const before = await trx
    .selectFrom('topicLink')
    .select('status')
    .where('topicId', '=', decision.topicId)
    .where('recordKind', '=', decision.kind)
    .where('recordId', '=', decision.recordId)
    .forUpdate()
    .executeTakeFirst();
  const values = {
    status: decision.status,
    source: decision.source,
    score: decision.score,
    decidedAt: sql<Date>`now()`,
    decidedByStaffUserId: decision.actor.id,
    decidedByName: decision.actor.name,
  };
  await trx
    .insertInto('topicLink')
    .values({ topicId: decision.topicId, recordKind: decision.kind, [recordColumn[decision.kind]]: decision.recordId, ...values })
    .onConflict((oc) => oc.columns(['topicId', 'recordKind', 'recordId']).doUpdateSet(values))
    .execute();
  return before?.status ?? null;
}

/** Whether the record exists, so a form cannot link a record that is not there. */
export async function findTopicRecord(db: Db, kind: TopicRecordKind, id: number): Promise<TopicRecordRow | undefined> {
  return db
    .selectFrom(topicRecords(db, { lexemes: false }).as('r'))
    .select(['r.kind', 'r.id', 'r.title', 'r.date', 'r.committeeId', 'r.committeeName', 'r.isExempt', 'r.href'])
    .where('r.kind', '=', kind)
    .where('r.id', '=', id)
    .executeTakeFirst();
}

export type LinkedRecordRow = TopicRecordRow & { source: 'suggested' | 'by-hand' | 'merged'; decidedByName: string; decidedAt: Date };

/** The records confirmed in a topic, newest first, for the back office. */
export async function listConfirmedRecords(db: Db, topicId: number): Promise<LinkedRecordRow[]> {
  return db
    .selectFrom('topicLink as l')
    .innerJoin(topicRecords(db, { lexemes: false }).as('r'), (join) => join.onRef('r.kind', '=', 'l.recordKind').onRef('r.id', '=', 'l.recordId'))
    .select(['r.kind', 'r.id', 'r.title', 'r.date', 'r.committeeId', 'r.committeeName', 'r.isExempt', 'r.href', 'l.source', 'l.decidedByName', 'l.decidedAt'])
    .where('l.topicId', '=', topicId)
    .where('l.status', '=', 'confirmed')
    .orderBy(sql`r.date desc nulls last`)
    .orderBy('r.kind')
    .orderBy('r.id')
    .execute();
}

/** The titles' words of a topic's confirmed records, for scoring suggestions against them. */
export async function listConfirmedLexemes(db: Db, topicId: number): Promise<{ title: string; lexemes: string[] }[]> {
  return db
    .selectFrom('topicLink as l')
    .innerJoin(topicRecords(db, { lexemes: true }).as('r'), (join) => join.onRef('r.kind', '=', 'l.recordKind').onRef('r.id', '=', 'l.recordId'))
    .select(['r.title', 'r.lexemes'])
    .where('l.topicId', '=', topicId)
    .where('l.status', '=', 'confirmed')
    .where('r.kind', 'in', ['agenda-item', 'work-programme-item', 'forward-plan-entry', 'document'])
    .execute();
}

/** A name's words as PostgreSQL's English configuration stems them. */
export async function lexemesOf(db: Db, text: string): Promise<string[]> {
  const result = await sql<{ lexemes: string[] }>`select tsvector_to_array(to_tsvector('english', ${text}::text)) as lexemes`.execute(db);
  return result.rows[0]?.lexemes ?? [];
}

export interface MergeResult {
  moved: number;
  alreadyThere: number;
}

/**
 * Merges one topic into another: its decisions move across (where the
 * target has decided on the same record, a confirmation wins over a
 * rejection), and its address sends readers to the target. Its followers
 * are moved by the caller (moveTopicFollows in following/).
 */
export async function mergeTopic(trx: Transaction<Database>, fromId: number, intoId: number, actor: Pick<Actor, 'id' | 'name'>): Promise<MergeResult> {
  const links = await trx.selectFrom('topicLink').selectAll().where('topicId', '=', fromId).execute();
  let moved = 0;
  let alreadyThere = 0;
  for (const link of links) {
    const existing = await trx.selectFrom('topicLink').select(['id', 'status']).where('topicId', '=', intoId).where('recordKind', '=', link.recordKind).where('recordId', '=', link.recordId).executeTakeFirst();
    if (!existing) {
      await trx.updateTable('topicLink').set({ topicId: intoId, source: 'merged', decidedAt: sql<Date>`now()`, decidedByStaffUserId: actor.id, decidedByName: actor.name }).where('id', '=', link.id).execute();
      moved++;
      continue;
    }
    alreadyThere++;
    if (existing.status === 'rejected' && link.status === 'confirmed') {
      await trx.updateTable('topicLink').set({ status: 'confirmed', source: 'merged', decidedAt: sql<Date>`now()`, decidedByStaffUserId: actor.id, decidedByName: actor.name }).where('id', '=', existing.id).execute();
    }
    await trx.deleteFrom('topicLink').where('id', '=', link.id).execute();
  }
  await trx.updateTable('topic').set({ mergedIntoTopicId: intoId, updatedAt: sql<Date>`now()` }).where('id', '=', fromId).execute();
  await trx.updateTable('topic').set({ mergedIntoTopicId: intoId }).where('mergedIntoTopicId', '=', fromId).execute();
  return { moved, alreadyThere };
}
