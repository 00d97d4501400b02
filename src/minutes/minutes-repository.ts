import { type Kysely, sql, type Transaction } from 'kysely';
import type { Database } from '../db/database.ts';
import type { AgendaItem, ResolutionOutcome } from '../meetings/meeting-tables.ts';
import type { Vote } from './voting.ts';

type Db = Kysely<Database>;

export interface MinuteItemSummary {
  id: number;
  number: string | null;
  minuteNumber: string | null;
  title: string;
  standardKind: AgendaItem['standardKind'];
  isExempt: boolean;
  exemptParagraph: AgendaItem['exemptParagraph'];
  hasMinutes: boolean;
  resolutions: number;
  recommendations: number;
  actions: number;
}

/** A meeting's items in order, with what their minutes hold so far. */
export async function listMinuteItems(db: Db, meetingId: number): Promise<MinuteItemSummary[]> {
  const rows = await db
    .selectFrom('agendaItem as i')
    .select((eb) => [
      'i.id',
      'i.number',
      'i.minuteNumber',
      'i.title',
      'i.standardKind',
      'i.isExempt',
      'i.exemptParagraph',
      sql<boolean>`coalesce(length(trim(i.minutes)) > 0, false)`.as('hasMinutes'),
      eb.selectFrom('resolution as r').select((s) => s.fn.countAll<string>().as('n')).whereRef('r.agendaItemId', '=', 'i.id').as('resolutions'),
      eb.selectFrom('recommendation as c').select((s) => s.fn.countAll<string>().as('n')).whereRef('c.agendaItemId', '=', 'i.id').as('recommendations'),
      eb.selectFrom('action as a').select((s) => s.fn.countAll<string>().as('n')).whereRef('a.agendaItemId', '=', 'i.id').as('actions'),
    ])
    .where('i.meetingId', '=', meetingId)
    .orderBy('i.position')
    .execute();
  return rows.map((row) => ({ ...row, resolutions: Number(row.resolutions ?? 0), recommendations: Number(row.recommendations ?? 0), actions: Number(row.actions ?? 0) }));
}

export async function findMeetingItem(db: Db, meetingId: number, itemId: number): Promise<AgendaItem | undefined> {
  return db.selectFrom('agendaItem').selectAll().where('id', '=', itemId).where('meetingId', '=', meetingId).executeTakeFirst();
}

/** The meeting's "Minutes of the previous meeting" item, where it records approving them. */
export async function findMinutesItem(db: Db, meetingId: number): Promise<AgendaItem | undefined> {
  return db.selectFrom('agendaItem').selectAll().where('meetingId', '=', meetingId).where('standardKind', '=', 'minutes').orderBy('position').executeTakeFirst();
}

export async function saveMinuteText(trx: Transaction<Database>, itemId: number, minutes: string | null): Promise<void> {
  await trx.updateTable('agendaItem').set({ minutes }).where('id', '=', itemId).execute();
}

export interface ResolutionWithVotes {
  id: number;
  position: number;
  text: string;
  outcome: ResolutionOutcome | null;
  votesFor: number;
  votesAgainst: number;
  abstentions: number;
}

export async function listItemResolutions(db: Db, itemId: number): Promise<ResolutionWithVotes[]> {
  const rows = await db
    .selectFrom('resolution as r')
    .leftJoin('recordedVote as v', 'v.resolutionId', 'r.id')
    .select((eb) => [
      'r.id',
      'r.position',
      'r.text',
      'r.outcome',
      eb.fn.count<string>('v.personId').filterWhere('v.vote', '=', 'for').as('votesFor'),
      eb.fn.count<string>('v.personId').filterWhere('v.vote', '=', 'against').as('votesAgainst'),
      eb.fn.count<string>('v.personId').filterWhere('v.vote', '=', 'abstain').as('abstentions'),
    ])
    .where('r.agendaItemId', '=', itemId)
    .groupBy(['r.id', 'r.position', 'r.text', 'r.outcome'])
    .orderBy('r.position')
    .orderBy('r.id')
    .execute();
  return rows.map((r) => ({ ...r, votesFor: Number(r.votesFor), votesAgainst: Number(r.votesAgainst), abstentions: Number(r.abstentions) }));
}

export async function findItemResolution(db: Db, itemId: number, resolutionId: number) {
  return db.selectFrom('resolution').selectAll().where('id', '=', resolutionId).where('agendaItemId', '=', itemId).executeTakeFirst();
}

/** Adds a resolution after the item's others. */
export async function insertResolution(trx: Transaction<Database>, itemId: number, values: { text: string; outcome: ResolutionOutcome | null }) {
  const last = await trx.selectFrom('resolution').select((eb) => eb.fn.max('position').as('position')).where('agendaItemId', '=', itemId).executeTakeFirst();
  return trx
    .insertInto('resolution')
    .values({ agendaItemId: itemId, position: Number(last?.position ?? 0) + 1, ...values, sourceDocumentId: null, sourceLineFrom: null, sourceLineTo: null })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function updateResolution(trx: Transaction<Database>, resolutionId: number, values: { text: string; outcome: ResolutionOutcome | null }) {
  return trx.updateTable('resolution').set(values).where('id', '=', resolutionId).returningAll().executeTakeFirstOrThrow();
}

/** Deletes a resolution and its recorded votes; recommendations made under it stay, no longer linked. */
export async function deleteResolution(trx: Transaction<Database>, resolutionId: number): Promise<void> {
  await trx.deleteFrom('resolution').where('id', '=', resolutionId).execute();
}

export async function listVotes(db: Db, resolutionId: number): Promise<Map<number, Vote>> {
  const rows = await db.selectFrom('recordedVote').select(['personId', 'vote']).where('resolutionId', '=', resolutionId).execute();
  return new Map(rows.map((r) => [r.personId, r.vote]));
}

/** Replaces a resolution's recorded vote with `votes`; an empty map removes it. */
export async function replaceVotes(trx: Transaction<Database>, resolutionId: number, votes: ReadonlyMap<number, Vote>): Promise<void> {
  await trx.deleteFrom('recordedVote').where('resolutionId', '=', resolutionId).execute();
  if (votes.size > 0) await trx.insertInto('recordedVote').values([...votes].map(([personId, vote]) => ({ resolutionId, personId, vote }))).execute();
}
