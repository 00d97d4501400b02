import { type Kysely, sql } from 'kysely';
import type { Database } from '../db/database.ts';
import { notAnUnpublishedPaper } from '../agendas/unpublished-papers.ts';
import { notOnExemptItem } from '../meetings/exempt-filter.ts';
import type { DocumentKind } from './document-tables.ts';

export interface PublicOriginal {
  filename: string;
  mediaType: string;
  original: Buffer;
}

/**
 * The original file of a document the public may see: never one marked
 * exempt, nor one attached to an exempt agenda item.
 */
export async function findPublicOriginal(db: Kysely<Database>, id: number): Promise<PublicOriginal | undefined> {
  const row = await db
    .selectFrom('document as d')
    .leftJoin('agendaItem as i', 'i.id', 'd.agendaItemId')
    .select(['d.filename', 'd.mediaType', 'd.original'])
    .where('d.id', '=', id)
    .where('d.isExempt', '=', false)
    .where(notOnExemptItem)
    .where(notAnUnpublishedPaper)
    .executeTakeFirst();
  if (!row?.original) return undefined;
  return { filename: row.filename, mediaType: row.mediaType, original: row.original };
}

export interface PublicDocument {
  id: number;
  title: string;
  kind: DocumentKind;
  filename: string;
  mediaType: string;
  byteSize: number;
  text: string;
  pageStarts: number[];
  version: number;
  importedAt: Date | null;
  committeeSlug: string | null;
  committeeName: string | null;
  meetingSlug: string | null;
  meetingDate: string | null;
  /** The newer version of this document, when one was imported. */
  supersededById: number | null;
}

/** A document and its text, if the public may see it: never an exempt one, nor one on an exempt item. */
export async function findPublicDocument(db: Kysely<Database>, id: number): Promise<PublicDocument | undefined> {
  return db
    .selectFrom('document as d')
    .leftJoin('agendaItem as i', 'i.id', 'd.agendaItemId')
    .leftJoin('committee as c', 'c.id', 'd.committeeId')
    .leftJoin('meeting as m', 'm.id', 'd.meetingId')
    .select((eb) => [
      'd.id',
      'd.title',
      'd.kind',
      'd.filename',
      'd.mediaType',
      'd.byteSize',
      'd.text',
      'd.pageStarts',
      'd.version',
      'd.importedAt',
      'c.slug as committeeSlug',
      'c.name as committeeName',
      'm.slug as meetingSlug',
      'm.date as meetingDate',
      eb.selectFrom('document as n').select((n) => n.fn.max('n.id').as('id')).whereRef('n.supersedesDocumentId', '=', 'd.id').as('supersededById'),
    ])
    .where('d.id', '=', id)
    .where('d.isExempt', '=', false)
    .where(notOnExemptItem)
    .where(notAnUnpublishedPaper)
    .executeTakeFirst();
}

export interface SourcedRecordRow {
  kind: 'meeting' | 'agenda-item' | 'attendance' | 'declaration' | 'resolution' | 'recommendation' | 'action' | 'work-programme' | 'forward-plan' | 'committee' | 'person';
  text: string;
  committeeSlug: string | null;
  meetingSlug: string | null;
  itemNumber: string | null;
  itemPosition: number | null;
  personSlug: string | null;
  lineFrom: number | null;
  lineTo: number | null;
}

/**
 * Every record a document gave, for its page. Records on an exempt item
 * are left out, and so are exempt forward plan entries; an exempt item
 * itself shows only its title, as everywhere.
 */
export async function listRecordsFromDocument(db: Kysely<Database>, documentId: number): Promise<SourcedRecordRow[]> {
  const none = sql<null>`null`;
  const onOpenItem = (ref: 'r.agendaItemId' | 'x.agendaItemId' | 'a.agendaItemId' | 'dc.agendaItemId') =>
    sql<boolean>`coalesce((select not ai.is_exempt from agenda_item ai where ai.id = ${sql.ref(ref)}), true)`;
  const committees = db
    .selectFrom('committee as c')
    .select(['c.name as text', 'c.slug as committeeSlug', none.as('meetingSlug'), none.as('itemNumber'), none.as('itemPosition'), none.as('personSlug'), 'c.sourceLineFrom as lineFrom', 'c.sourceLineTo as lineTo', sql<SourcedRecordRow['kind']>`'committee'`.as('kind')])
    .where('c.sourceDocumentId', '=', documentId);
  const meetings = db
    .selectFrom('meeting as m')
    .innerJoin('committee as c', 'c.id', 'm.committeeId')
    .select([sql<string>`c.name || ', ' || to_char(m.date, 'FMDD FMMonth YYYY')`.as('text'), 'c.slug as committeeSlug', 'm.slug as meetingSlug', none.as('itemNumber'), none.as('itemPosition'), none.as('personSlug'), 'm.sourceLineFrom as lineFrom', 'm.sourceLineTo as lineTo', sql<SourcedRecordRow['kind']>`'meeting'`.as('kind')])
    .where('m.sourceDocumentId', '=', documentId);
  const items = db
    .selectFrom('agendaItem as i')
    .innerJoin('meeting as m', 'm.id', 'i.meetingId')
    .innerJoin('committee as c', 'c.id', 'm.committeeId')
    .select(['i.title as text', 'c.slug as committeeSlug', 'm.slug as meetingSlug', 'i.number as itemNumber', 'i.position as itemPosition', none.as('personSlug'), 'i.sourceLineFrom as lineFrom', 'i.sourceLineTo as lineTo', sql<SourcedRecordRow['kind']>`'agenda-item'`.as('kind')])
    .where('i.sourceDocumentId', '=', documentId);
  const attendance = db
    .selectFrom('attendance as a')
    .innerJoin('person as p', 'p.id', 'a.personId')
    .innerJoin('meeting as m', 'm.id', 'a.meetingId')
    .innerJoin('committee as c', 'c.id', 'm.committeeId')
    .select([sql<string>`p.full_name || ': ' || replace(a.status, '-', ' ')`.as('text'), 'c.slug as committeeSlug', 'm.slug as meetingSlug', none.as('itemNumber'), none.as('itemPosition'), 'p.slug as personSlug', 'a.sourceLineFrom as lineFrom', 'a.sourceLineTo as lineTo', sql<SourcedRecordRow['kind']>`'attendance'`.as('kind')])
    .where('a.sourceDocumentId', '=', documentId);
  const declarations = db
    .selectFrom('declaration as dc')
    .innerJoin('person as p', 'p.id', 'dc.personId')
    .innerJoin('meeting as m', 'm.id', 'dc.meetingId')
    .innerJoin('committee as c', 'c.id', 'm.committeeId')
    .select([sql<string>`p.full_name || ': ' || dc.description`.as('text'), 'c.slug as committeeSlug', 'm.slug as meetingSlug', none.as('itemNumber'), none.as('itemPosition'), 'p.slug as personSlug', 'dc.sourceLineFrom as lineFrom', 'dc.sourceLineTo as lineTo', sql<SourcedRecordRow['kind']>`'declaration'`.as('kind')])
    .where('dc.sourceDocumentId', '=', documentId)
    .where(onOpenItem('dc.agendaItemId'));
  const resolutions = db
    .selectFrom('resolution as r')
    .innerJoin('agendaItem as i', 'i.id', 'r.agendaItemId')
    .innerJoin('meeting as m', 'm.id', 'i.meetingId')
    .innerJoin('committee as c', 'c.id', 'm.committeeId')
    .select(['r.text', 'c.slug as committeeSlug', 'm.slug as meetingSlug', 'i.number as itemNumber', 'i.position as itemPosition', none.as('personSlug'), 'r.sourceLineFrom as lineFrom', 'r.sourceLineTo as lineTo', sql<SourcedRecordRow['kind']>`'resolution'`.as('kind')])
    .where('r.sourceDocumentId', '=', documentId)
    .where('i.isExempt', '=', false);
  const recommendations = db
    .selectFrom('recommendation as x')
    .innerJoin('committee as c', 'c.id', 'x.committeeId')
    .leftJoin('meeting as m', 'm.id', 'x.meetingId')
    .leftJoin('agendaItem as i', 'i.id', 'x.agendaItemId')
    .select(['x.text', 'c.slug as committeeSlug', 'm.slug as meetingSlug', 'i.number as itemNumber', 'i.position as itemPosition', none.as('personSlug'), 'x.sourceLineFrom as lineFrom', 'x.sourceLineTo as lineTo', sql<SourcedRecordRow['kind']>`'recommendation'`.as('kind')])
    .where('x.sourceDocumentId', '=', documentId)
    .where(onOpenItem('x.agendaItemId'));
  const actions = db
    .selectFrom('action as a')
    .innerJoin('committee as c', 'c.id', 'a.committeeId')
    .leftJoin('meeting as m', 'm.id', 'a.meetingId')
    .leftJoin('agendaItem as i', 'i.id', 'a.agendaItemId')
    .select(['a.description as text', 'c.slug as committeeSlug', 'm.slug as meetingSlug', 'i.number as itemNumber', 'i.position as itemPosition', none.as('personSlug'), 'a.sourceLineFrom as lineFrom', 'a.sourceLineTo as lineTo', sql<SourcedRecordRow['kind']>`'action'`.as('kind')])
    .where('a.sourceDocumentId', '=', documentId)
    .where(onOpenItem('a.agendaItemId'));
  const workProgramme = db
    .selectFrom('workProgrammeItem as w')
    .innerJoin('committee as c', 'c.id', 'w.committeeId')
    .select(['w.title as text', 'c.slug as committeeSlug', none.as('meetingSlug'), none.as('itemNumber'), none.as('itemPosition'), none.as('personSlug'), 'w.sourceLineFrom as lineFrom', 'w.sourceLineTo as lineTo', sql<SourcedRecordRow['kind']>`'work-programme'`.as('kind')])
    .where('w.sourceDocumentId', '=', documentId);
  const forwardPlan = db
    .selectFrom('forwardPlanEntry as f')
    .select([sql<string>`f.title || ' (' || f.decision_maker || ')'`.as('text'), none.as('committeeSlug'), none.as('meetingSlug'), none.as('itemNumber'), none.as('itemPosition'), none.as('personSlug'), 'f.sourceLineFrom as lineFrom', 'f.sourceLineTo as lineTo', sql<SourcedRecordRow['kind']>`'forward-plan'`.as('kind')])
    .where('f.sourceDocumentId', '=', documentId)
    .where('f.isExempt', '=', false);
  const people = db
    .selectFrom('person as p')
    .select(['p.fullName as text', none.as('committeeSlug'), none.as('meetingSlug'), none.as('itemNumber'), none.as('itemPosition'), 'p.slug as personSlug', 'p.sourceLineFrom as lineFrom', 'p.sourceLineTo as lineTo', sql<SourcedRecordRow['kind']>`'person'`.as('kind')])
    .where('p.sourceDocumentId', '=', documentId);
  const queries = [committees, meetings, items, attendance, declarations, resolutions, recommendations, actions, workProgramme, forwardPlan, people];
  const results: SourcedRecordRow[][] = await Promise.all(queries.map((q) => q.execute()));
  return results.flat();
}
