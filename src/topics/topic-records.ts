import { type Kysely, type RawBuilder, sql } from 'kysely';
import type { Database } from '../db/database.ts';
import type { TopicRecordKind } from './topic-tables.ts';

/** A record a topic can hold, as the back office lists it. */
export interface TopicRecordRow {
  kind: TopicRecordKind;
  id: number;
  /** The title; for a recommendation or an action, its text. */
  title: string;
  date: string | null;
  committeeId: number | null;
  committeeName: string | null;
  /** Exempt (Schedule 12A) itself or on an exempt agenda item: staff see it, the public see the title at most. */
  isExempt: boolean;
  /** Where staff read the record: the back office's page, or the public list it appears in. */
  href: string;
}

// Documents that are about a subject; agenda packs and minutes are about a meeting.
const subjectDocuments = ['report', 'decision-notice', 'other'] as const;

const londonDay = (column: string) => sql<string>`(${sql.ref(column)} at time zone 'Europe/London')::date`;
const lexemesOf = (column: string) => sql<string[]>`tsvector_to_array(to_tsvector('english', ${sql.ref(column)}))`;

/**
 * Every record a topic can link, in one relation: agenda items (not the
 * standard ones, apologies and the like), recommendations, actions, work
 * programme items, forward plan entries and subject documents. With
 * `lexemes`, each carries its title's words as PostgreSQL's English
 * configuration stems them, for the similarity rules.
 *
 * Callers select from it as a subquery: `db.selectFrom(topicRecords(db).as('r'))`;
 * PostgreSQL pushes their filters into each branch.
 */
export function topicRecords(db: Kysely<Database>, options: { lexemes: boolean }) {
  const words = (column: string): RawBuilder<string[]> => (options.lexemes ? lexemesOf(column) : sql<string[]>`'{}'::text[]`);
  const kind = (k: TopicRecordKind) => sql<TopicRecordKind>`${sql.lit(k)}::text`;

  const agendaItems = db
    .selectFrom('agendaItem as i')
    .innerJoin('meeting as m', 'm.id', 'i.meetingId')
    .innerJoin('committee as c', 'c.id', 'm.committeeId')
    .where('i.standardKind', 'is', null)
    .select([kind('agenda-item').as('kind'), 'i.id', 'i.title', sql<string | null>`${sql.ref('m.date')}`.as('date'), sql<number | null>`${sql.ref('c.id')}`.as('committeeId'), sql<string | null>`${sql.ref('c.name')}`.as('committeeName'), 'i.isExempt', sql<string>`'/manage/meetings/' || ${sql.ref('m.id')}`.as('href'), words('i.title').as('lexemes')]);

  const recommendations = db
    .selectFrom('recommendation as r')
    .innerJoin('committee as c', 'c.id', 'r.committeeId')
    .leftJoin('meeting as m', 'm.id', 'r.meetingId')
    .leftJoin('agendaItem as i', 'i.id', 'r.agendaItemId')
    .select([
      kind('recommendation').as('kind'),
      'r.id',
      'r.text as title',
      sql<string | null>`coalesce(${sql.ref('m.date')}, ${sql.ref('r.sentOn')}, ${londonDay('r.createdAt')})`.as('date'),
      sql<number | null>`${sql.ref('c.id')}`.as('committeeId'),
      sql<string | null>`${sql.ref('c.name')}`.as('committeeName'),
      sql<boolean>`coalesce(${sql.ref('i.isExempt')}, false)`.as('isExempt'),
      sql<string>`'/committees/' || ${sql.ref('c.slug')} || '/recommendations'`.as('href'),
      words('r.text').as('lexemes'),
    ]);

  const actions = db
    .selectFrom('action as a')
    .innerJoin('committee as c', 'c.id', 'a.committeeId')
    .leftJoin('meeting as m', 'm.id', 'a.meetingId')
    .leftJoin('agendaItem as i', 'i.id', 'a.agendaItemId')
    .select([
      kind('action').as('kind'),
      'a.id',
      'a.description as title',
      sql<string | null>`coalesce(${sql.ref('m.date')}, ${londonDay('a.createdAt')})`.as('date'),
      sql<number | null>`${sql.ref('c.id')}`.as('committeeId'),
      sql<string | null>`${sql.ref('c.name')}`.as('committeeName'),
      sql<boolean>`coalesce(${sql.ref('i.isExempt')}, false)`.as('isExempt'),
      sql<string>`'/manage/actions/' || ${sql.ref('a.id')}`.as('href'),
      words('a.description').as('lexemes'),
    ]);

  const workProgramme = db
    .selectFrom('workProgrammeItem as w')
    .innerJoin('committee as c', 'c.id', 'w.committeeId')
    .leftJoin('meeting as m', 'm.id', 'w.meetingId')
    .where('w.status', '<>', 'merged')
    .select([
      kind('work-programme-item').as('kind'),
      'w.id',
      'w.title',
      sql<string | null>`coalesce(${sql.ref('m.date')}, ${sql.ref('w.sessionOn')}, ${londonDay('w.createdAt')})`.as('date'),
      sql<number | null>`${sql.ref('c.id')}`.as('committeeId'),
      sql<string | null>`${sql.ref('c.name')}`.as('committeeName'),
      sql<boolean>`false`.as('isExempt'),
      sql<string>`'/committees/' || ${sql.ref('c.slug')} || '/work-programme'`.as('href'),
      words('w.title').as('lexemes'),
    ]);

  const forwardPlan = db
    .selectFrom('forwardPlanEntry as f')
    .leftJoin('committee as c', 'c.id', 'f.decisionMakerCommitteeId')
    .select([
      kind('forward-plan-entry').as('kind'),
      'f.id',
      'f.title',
      sql<string | null>`coalesce(${sql.ref('f.decisionDueOn')}, (${sql.ref('f.decisionDueMonth')} || '-01')::date, ${sql.ref('f.firstPublishedOn')})`.as('date'),
      sql<number | null>`${sql.ref('c.id')}`.as('committeeId'),
      sql<string | null>`coalesce(${sql.ref('c.name')}, ${sql.ref('f.decisionMaker')})`.as('committeeName'),
      'f.isExempt',
      sql<string>`'/forward-plan'`.as('href'),
      words('f.title').as('lexemes'),
    ]);

  const documents = db
    .selectFrom('document as d')
    .leftJoin('committee as c', 'c.id', 'd.committeeId')
    .leftJoin('meeting as m', 'm.id', 'd.meetingId')
    .leftJoin('agendaItem as i', 'i.id', 'd.agendaItemId')
    .where('d.kind', 'in', [...subjectDocuments])
    .select([
      kind('document').as('kind'),
      'd.id',
      'd.title',
      sql<string | null>`coalesce(${sql.ref('m.date')}, ${londonDay('d.publishedAt')}, ${londonDay('d.createdAt')})`.as('date'),
      sql<number | null>`${sql.ref('c.id')}`.as('committeeId'),
      sql<string | null>`${sql.ref('c.name')}`.as('committeeName'),
      // A report's document is as exempt as the report, or the item it is on.
      sql<boolean>`(${sql.ref('d.isExempt')} or coalesce(${sql.ref('i.isExempt')}, false) or exists (
        select 1 from report rp join agenda_item ri on ri.id = rp.agenda_item_id
        where rp.document_id = ${sql.ref('d.id')} and (rp.classification = 'exempt' or ri.is_exempt)))`.as('isExempt'),
      sql<string>`'/manage/documents/' || ${sql.ref('d.id')}`.as('href'),
      words('d.title').as('lexemes'),
    ]);

  return agendaItems.unionAll(recommendations).unionAll(actions).unionAll(workProgramme).unionAll(forwardPlan).unionAll(documents);
}
