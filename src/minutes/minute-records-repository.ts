import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../db/database.ts';
import type { PersonKind } from '../people/people-tables.ts';
import { personName } from './meeting-record-repository.ts';

type Db = Kysely<Database>;

/** Whom scrutiny recommends to, as the recommendation table records it. */
export type Addressee = 'executive' | 'council' | 'partner' | 'officers' | 'committee';

export interface ItemRecommendation {
  id: number;
  letter: string | null;
  text: string;
  addressedTo: Addressee;
  addresseeName: string | null;
  sentOn: string | null;
  receivedOn: string | null;
  responseDueOn: string | null;
  response: string | null;
  respondedOn: string | null;
}

export async function listItemRecommendations(db: Db, itemId: number): Promise<ItemRecommendation[]> {
  return db
    .selectFrom('recommendation')
    .select(['id', 'letter', 'text', 'addressedTo', 'addresseeName', 'sentOn', 'receivedOn', 'responseDueOn', 'response', 'respondedOn'])
    .where('agendaItemId', '=', itemId)
    .orderBy('letter')
    .orderBy('id')
    .execute();
}

export interface NewRecommendation {
  committeeId: number;
  meetingId: number;
  agendaItemId: number;
  letter: string;
  text: string;
  addressedTo: Addressee;
  addresseeName: string | null;
  sentOn: string | null;
  receivedOn: string | null;
  responseDueOn: string | null;
}

/** A lettered recommendation, tracked from here by the recommendations tracker until the response is in and acted on. */
export async function insertRecommendation(trx: Transaction<Database>, values: NewRecommendation) {
  return trx
    .insertInto('recommendation')
    .values({
      ...values,
      resolutionId: null,
      reference: null,
      response: null,
      responseText: null,
      respondedOn: null,
      responseDecisionReference: null,
      implementationStatus: null,
      implementationDueOn: null,
      implementedOn: null,
      reviewOn: null,
      sourceDocumentId: null,
      sourceLineFrom: null,
      sourceLineTo: null,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function findItemRecommendation(db: Db, itemId: number, id: number) {
  return db.selectFrom('recommendation').selectAll().where('id', '=', id).where('agendaItemId', '=', itemId).executeTakeFirst();
}

export async function deleteRecommendation(trx: Transaction<Database>, id: number): Promise<void> {
  await trx.deleteFrom('recommendation').where('id', '=', id).execute();
}

export interface ItemAction {
  id: number;
  number: string | null;
  description: string;
  ownerPersonId: number | null;
  ownerName: string | null;
  directorate: string | null;
  dueOn: string | null;
  dueText: string | null;
  status: 'open' | 'in-progress' | 'completed';
  updates: number;
}

export async function listItemActions(db: Db, itemId: number): Promise<ItemAction[]> {
  const rows = await db
    .selectFrom('action as a')
    .select((eb) => [
      'a.id',
      'a.number',
      'a.description',
      'a.ownerPersonId',
      'a.ownerName',
      'a.directorate',
      'a.dueOn',
      'a.dueText',
      'a.status',
      eb.selectFrom('actionUpdate as u').select((s) => s.fn.countAll<string>().as('n')).whereRef('u.actionId', '=', 'a.id').as('updates'),
    ])
    .where('a.agendaItemId', '=', itemId)
    .orderBy('a.id')
    .execute();
  return rows.map((r) => ({ ...r, updates: Number(r.updates ?? 0) }));
}

/** The numbers in a committee's action log, oldest first, for numbering the next one. */
export async function listCommitteeActionNumbers(db: Db, committeeId: number): Promise<(string | null)[]> {
  const rows = await db.selectFrom('action').select('number').where('committeeId', '=', committeeId).orderBy('createdAt').orderBy('id').execute();
  return rows.map((r) => r.number);
}

export interface NewAction {
  committeeId: number;
  meetingId: number;
  agendaItemId: number;
  number: string;
  description: string;
  ownerPersonId: number | null;
  ownerName: string | null;
  directorate: string | null;
  dueOn: string | null;
  dueText: string | null;
}

/** An action, tracked from here by the action log until it is done. */
export async function insertAction(trx: Transaction<Database>, values: NewAction) {
  return trx
    .insertInto('action')
    .values({ ...values, completedOn: null, sourceDocumentId: null, sourceLineFrom: null, sourceLineTo: null })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function findItemAction(db: Db, itemId: number, id: number) {
  return db.selectFrom('action').selectAll().where('id', '=', id).where('agendaItemId', '=', itemId).executeTakeFirst();
}

export async function deleteAction(trx: Transaction<Database>, id: number): Promise<void> {
  await trx.deleteFrom('action').where('id', '=', id).execute();
}

export interface OwnerChoice {
  id: number;
  name: string;
  kind: PersonKind;
  jobTitle: string | null;
  directorate: string | null;
  email: string | null;
}

/** People who may own an action: officers first, then councillors. */
export async function listActionOwners(db: Db): Promise<OwnerChoice[]> {
  const rows = await db
    .selectFrom('person')
    .select(['id', 'fullName', 'honorific', 'kind', 'jobTitle', 'directorate', 'email'])
    .where('kind', 'in', ['officer', 'councillor'])
    .orderBy('kind', 'desc')
    .orderBy('familyName')
    .orderBy('fullName')
    .execute();
  return rows.map(({ fullName, honorific, ...row }) => ({ ...row, name: personName({ fullName, honorific }) }));
}

export async function findPerson(db: Db, id: number) {
  return db.selectFrom('person').select(['id', 'fullName', 'honorific', 'kind', 'directorate', 'email', 'jobTitle']).where('id', '=', id).executeTakeFirst();
}
