import { type Kysely, sql } from 'kysely';
import type { Database } from '../db/database.ts';
import { type TopicRecordRow, topicRecords } from './topic-records.ts';
import type { LinkCandidate } from './topic-suggestions.ts';

type Db = Kysely<Database>;

export type CandidateRow = TopicRecordRow & LinkCandidate;

/**
 * How many of the council's titles hold each word (PostgreSQL's ts_stat
 * over the English vectors of agenda item, work programme and forward plan
 * titles), and how many titles there are: the rarity the similarity rules
 * weigh words by.
 */
export async function titleWordFrequencies(db: Db): Promise<{ frequencies: Map<string, number>; total: number }> {
  const titles = `select to_tsvector('english', title) from agenda_item where standard_kind is null
    union all select to_tsvector('english', title) from work_programme_item
    union all select to_tsvector('english', title) from forward_plan_entry`;
  const [words, count] = await Promise.all([
    sql<{ word: string; ndoc: number }>`select word, ndoc from ts_stat(${titles})`.execute(db),
    sql<{ total: number }>`select (select count(*) from agenda_item where standard_kind is null) + (select count(*) from work_programme_item) + (select count(*) from forward_plan_entry) as total`.execute(db),
  ]);
  return { frequencies: new Map(words.rows.map((r) => [r.word, Number(r.ndoc)])), total: Number(count.rows[0]?.total ?? 0) };
}

/** A record already decided on for this topic (confirmed or rejected) is not a candidate again. */
const undecided = (topicId: number) =>
  sql<boolean>`not exists (select 1 from topic_link l where l.topic_id = ${topicId} and l.record_kind = r.kind and l.record_id = r.id)`;

/**
 * Ties to records confirmed in the topic: an agenda item's recommendations,
 * actions and documents; the agenda item, work programme item and forward
 * plan entry about the same decision (a report names its forward plan
 * entry; a work programme item the entry it scrutinises).
 */
const tiedTo = (topicId: number) => sql<boolean>`(case r.kind
  when 'recommendation' then exists (select 1 from recommendation x join topic_link l on l.record_kind = 'agenda-item' and l.record_id = x.agenda_item_id
    where x.id = r.id and l.topic_id = ${topicId} and l.status = 'confirmed')
  when 'action' then exists (select 1 from action x join topic_link l on l.record_kind = 'agenda-item' and l.record_id = x.agenda_item_id
    where x.id = r.id and l.topic_id = ${topicId} and l.status = 'confirmed')
  when 'document' then exists (select 1 from document x join topic_link l on l.record_kind = 'agenda-item' and l.record_id = x.agenda_item_id
    where x.id = r.id and l.topic_id = ${topicId} and l.status = 'confirmed')
  when 'agenda-item' then exists (select 1 from report x join topic_link l on l.record_kind = 'forward-plan-entry' and l.record_id = x.forward_plan_entry_id
    where x.agenda_item_id = r.id and l.topic_id = ${topicId} and l.status = 'confirmed')
  when 'work-programme-item' then exists (select 1 from work_programme_item x join topic_link l on l.record_kind = 'forward-plan-entry' and l.record_id = x.forward_plan_entry_id
    where x.id = r.id and l.topic_id = ${topicId} and l.status = 'confirmed')
  when 'forward-plan-entry' then exists (select 1 from topic_link l where l.topic_id = ${topicId} and l.status = 'confirmed' and (
    (l.record_kind = 'work-programme-item' and l.record_id in (select x.id from work_programme_item x where x.forward_plan_entry_id = r.id))
    or (l.record_kind = 'agenda-item' and l.record_id in (select x.agenda_item_id from report x where x.forward_plan_entry_id = r.id))))
  else false end)`;

// Enough for any topic's suggestions page; the rules keep the best 40.
const CANDIDATE_LIMIT = 1000;

/**
 * Records that might belong to a topic and have not been decided on: those
 * sharing a word with the topic's name or with its confirmed records'
 * titles, those whose title holds the name by trigram (pg_trgm
 * word_similarity), and those tied to a confirmed record. Scored by
 * suggestLinks.
 */
export async function listLinkCandidates(db: Db, topic: { id: number; name: string }, words: readonly string[]): Promise<CandidateRow[]> {
  const trigram = sql<number>`word_similarity(${topic.name}::text, r.title)`;
  const rows = await db
    .selectFrom(topicRecords(db, { lexemes: true }).as('r'))
    .selectAll('r')
    .select([trigram.as('trigram'), tiedTo(topic.id).as('tied')])
    .where(undecided(topic.id))
    .where((eb) =>
      eb.or([
        ...(words.length ? [sql<boolean>`r.lexemes && ${sql.val([...words])}::text[]`] : []),
        sql<boolean>`${trigram} >= 0.5`,
        tiedTo(topic.id),
      ]),
    )
    .orderBy('tied', 'desc')
    .orderBy('trigram', 'desc')
    .orderBy(sql`r.date desc nulls last`)
    .limit(CANDIDATE_LIMIT)
    .execute();
  return rows.map((row) => ({ ...row, trigram: Number(row.trigram) }));
}

// The suggested-topics page groups the most recent titles; older records join a topic through its suggestions.
const GROUPING_LIMIT = 1500;

/**
 * Titled records (agenda items, work programme items, forward plan entries)
 * in no topic yet, newest first: what groupSimilarRecords turns into
 * suggested topics.
 */
export async function listUngroupedRecords(db: Db, limit = GROUPING_LIMIT): Promise<(TopicRecordRow & { key: string; lexemes: string[] })[]> {
  const rows = await db
    .selectFrom(topicRecords(db, { lexemes: true }).as('r'))
    .selectAll('r')
    .where('r.kind', 'in', ['agenda-item', 'work-programme-item', 'forward-plan-entry'])
    .where(sql<boolean>`not exists (select 1 from topic_link l join topic t on t.id = l.topic_id
      where l.record_kind = r.kind and l.record_id = r.id and l.status = 'confirmed' and t.merged_into_topic_id is null)`)
    .orderBy(sql`r.date desc nulls last`)
    .orderBy('r.kind')
    .orderBy('r.id', 'desc')
    .limit(limit)
    .execute();
  return rows.map((row) => ({ ...row, key: `${row.kind}:${row.id}` }));
}

/** Records whose title (or text) holds these words, for an officer adding links by hand; those already in the topic are left out. */
export async function findRecordsToLink(db: Db, topicId: number, text: string, limit = 25): Promise<TopicRecordRow[]> {
  const likeness = sql<number>`word_similarity(${text}::text, r.title)`;
  const escaped = text.replace(/[\\%_]/g, (c) => `\\${c}`);
  return db
    .selectFrom(topicRecords(db, { lexemes: false }).as('r'))
    .select(['r.kind', 'r.id', 'r.title', 'r.date', 'r.committeeId', 'r.committeeName', 'r.isExempt', 'r.href'])
    .where(sql<boolean>`not exists (select 1 from topic_link l where l.topic_id = ${topicId} and l.record_kind = r.kind and l.record_id = r.id and l.status = 'confirmed')`)
    .where((eb) => eb.or([sql<boolean>`r.title ilike ${`%${escaped}%`}`, sql<boolean>`${likeness} >= 0.6`]))
    .orderBy(likeness, 'desc')
    .orderBy(sql`r.date desc nulls last`)
    .limit(limit)
    .execute();
}
