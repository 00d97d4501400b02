import { type ExpressionBuilder, type Kysely, sql } from 'kysely';
import type { Database } from '../db/database.ts';
import type { DeclarationKind } from '../meetings/meeting-tables.ts';
import type { PersonMeetingRow } from './attendance-record.ts';

/** Whether the person held a place (not a substitute's) on the meeting's committee on its date. */
function heldPlace(eb: ExpressionBuilder<Database & { m: Database['meeting'] }, 'm'>, personId: number) {
  return eb.exists(
    eb
      .selectFrom('membership as ms')
      .select(sql.lit(1).as('one'))
      .whereRef('ms.committeeId', '=', 'm.committeeId')
      .where('ms.personId', '=', personId)
      .where('ms.isSubstitute', '=', false)
      .where((w) => w.or([w('ms.startsOn', 'is', null), w('ms.startsOn', '<=', w.ref('m.date'))]))
      .where((w) => w.or([w('ms.endsOn', 'is', null), w('ms.endsOn', '>=', w.ref('m.date'))])),
  );
}

/**
 * Every meeting that bears on a person's attendance record: those of
 * committees on which they held a place that day (substitute pools aside),
 * and those at which the minutes record them. The pure rule in
 * attendance-record.ts decides what counts.
 */
export async function listPersonMeetings(db: Kysely<Database>, personId: number): Promise<PersonMeetingRow[]> {
  const rows = await db
    .selectFrom('meeting as m')
    .innerJoin('committee as c', 'c.id', 'm.committeeId')
    .leftJoin('attendance as a', (join) => join.onRef('a.meetingId', '=', 'm.id').on('a.personId', '=', personId))
    .select((eb) => [
      'c.slug as committeeSlug',
      'c.name as committeeName',
      'm.slug as meetingSlug',
      'm.date',
      'm.status as meetingStatus',
      'a.status as attendance',
      heldPlace(eb, personId).as('wasMember'),
    ])
    .where((eb) =>
      eb.or([
        eb('a.id', 'is not', null),
        heldPlace(eb, personId),
      ]),
    )
    .orderBy('m.date', 'desc')
    .orderBy('c.name')
    .execute();
  return rows.map((row) => ({ ...row, wasMember: Boolean(row.wasMember) }));
}

export interface PersonDeclarationRow {
  committeeSlug: string;
  committeeName: string;
  meetingSlug: string;
  meetingDate: string;
  itemNumber: string | null;
  itemTitle: string | null;
  itemIsExempt: boolean;
  kind: DeclarationKind;
  /** Null on an exempt item: what the interest is could reveal the exempt matter. */
  description: string | null;
  withdrew: boolean;
}

/** Interests a person declared, newest meeting first. */
export async function listPersonDeclarations(db: Kysely<Database>, personId: number): Promise<PersonDeclarationRow[]> {
  const rows = await db
    .selectFrom('declaration as d')
    .innerJoin('meeting as m', 'm.id', 'd.meetingId')
    .innerJoin('committee as c', 'c.id', 'm.committeeId')
    .leftJoin('agendaItem as i', 'i.id', 'd.agendaItemId')
    .select([
      'c.slug as committeeSlug',
      'c.name as committeeName',
      'm.slug as meetingSlug',
      'm.date as meetingDate',
      'i.number as itemNumber',
      'i.title as itemTitle',
      'i.isExempt as itemIsExempt',
      'd.kind',
      sql<string | null>`case when ${sql.ref('i.isExempt')} then null else ${sql.ref('d.description')} end`.as('description'),
      'd.withdrew',
    ])
    .where('d.personId', '=', personId)
    .orderBy('m.date', 'desc')
    .orderBy('i.position')
    .orderBy('d.id')
    .execute();
  return rows.map((row) => ({ ...row, itemIsExempt: row.itemIsExempt === true }));
}
