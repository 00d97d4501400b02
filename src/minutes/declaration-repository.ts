import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../db/database.ts';
import type { DeclarationKind } from '../meetings/meeting-tables.ts';
import { personName } from './meeting-record-repository.ts';

type Db = Kysely<Database>;

export interface RecordedDeclaration {
  id: number;
  personId: number;
  name: string;
  agendaItemId: number | null;
  itemNumber: string | null;
  itemTitle: string | null;
  kind: DeclarationKind;
  description: string;
  withdrew: boolean;
  dispensation: boolean;
}

export async function listMeetingDeclarations(db: Db, meetingId: number): Promise<RecordedDeclaration[]> {
  const rows = await db
    .selectFrom('declaration as d')
    .innerJoin('person as p', 'p.id', 'd.personId')
    .leftJoin('agendaItem as i', 'i.id', 'd.agendaItemId')
    .select(['d.id', 'd.personId', 'p.fullName', 'p.honorific', 'd.agendaItemId', 'i.number as itemNumber', 'i.title as itemTitle', 'd.kind', 'd.description', 'd.withdrew', 'd.dispensation'])
    .where('d.meetingId', '=', meetingId)
    .orderBy('i.position')
    .orderBy('d.id')
    .execute();
  return rows.map(({ fullName, honorific, ...row }) => ({ ...row, name: personName({ fullName, honorific }) }));
}

export interface NewDeclaration {
  meetingId: number;
  agendaItemId: number | null;
  personId: number;
  kind: DeclarationKind;
  description: string;
  withdrew: boolean;
  dispensation: boolean;
}

export async function insertDeclaration(trx: Transaction<Database>, values: NewDeclaration) {
  return trx.insertInto('declaration').values({ ...values, sourceDocumentId: null, sourceLineFrom: null, sourceLineTo: null }).returningAll().executeTakeFirstOrThrow();
}

/** Deletes one of a meeting's declarations; returns it as it was, or undefined when the meeting has no such declaration. */
export async function deleteDeclaration(trx: Transaction<Database>, meetingId: number, id: number) {
  return trx.deleteFrom('declaration').where('id', '=', id).where('meetingId', '=', meetingId).returningAll().executeTakeFirst();
}

/** Who left the meeting for an item after declaring an interest: they may not vote on it. */
export async function listWithdrawnFromItem(db: Db, agendaItemId: number): Promise<Set<number>> {
  const rows = await db.selectFrom('declaration').select('personId').where('agendaItemId', '=', agendaItemId).where('withdrew', '=', true).execute();
  return new Set(rows.map((r) => r.personId));
}
