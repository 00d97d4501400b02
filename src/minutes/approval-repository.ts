import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../db/database.ts';
import type { MinutesAmendment } from './minutes-tables.ts';
import type { MeetingForApproval } from './minutes-approval.ts';

type Db = Kysely<Database>;

/** Publishes a meeting's minutes as a draft: the public page shows them, marked draft, until they are approved. */
export async function publishDraftMinutes(trx: Transaction<Database>, meetingId: number, at: Date) {
  return trx.updateTable('meeting').set({ status: 'draft-minutes', minutesPublishedAt: at }).where('id', '=', meetingId).returningAll().executeTakeFirstOrThrow();
}

/** A committee's meetings, for finding the drafts a meeting may approve. */
export async function listCommitteeMeetingsForApproval(db: Db, committeeId: number): Promise<MeetingForApproval[]> {
  return db.selectFrom('meeting').select(['id', 'committeeId', 'date', 'status', 'minutesApprovedAt']).where('committeeId', '=', committeeId).orderBy('date').execute();
}

/**
 * Records that `approvingMeetingId` approved the earlier meeting's minutes
 * as a correct record: from now on they are locked.
 */
export async function approveMinutes(trx: Transaction<Database>, meetingId: number, approvingMeetingId: number, at: Date) {
  return trx
    .updateTable('meeting')
    .set({ status: 'minutes-approved', minutesApprovedAt: at, minutesApprovedByMeetingId: approvingMeetingId })
    .where('id', '=', meetingId)
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function insertMinutesAmendment(trx: Transaction<Database>, values: { meetingId: number; approvedByMeetingId: number; text: string; recordedByName: string }) {
  return trx.insertInto('minutesAmendment').values(values).returningAll().executeTakeFirstOrThrow();
}

export interface AmendmentRow extends MinutesAmendment {
  approvedBySlug: string | null;
  approvedByDate: string | null;
}

/** Corrections agreed when a meeting's minutes were approved, oldest first, with the approving meeting. */
export async function listMinutesAmendments(db: Db, meetingId: number): Promise<AmendmentRow[]> {
  return db
    .selectFrom('minutesAmendment as a')
    .leftJoin('meeting as m', 'm.id', 'a.approvedByMeetingId')
    .selectAll('a')
    .select(['m.slug as approvedBySlug', 'm.date as approvedByDate'])
    .where('a.meetingId', '=', meetingId)
    .orderBy('a.recordedAt')
    .orderBy('a.id')
    .execute();
}

/** The meetings whose minutes a meeting approved, by date. */
export async function listMeetingsApprovedBy(db: Db, approvingMeetingId: number) {
  return db.selectFrom('meeting').select(['id', 'slug', 'date', 'minutesApprovedAt']).where('minutesApprovedByMeetingId', '=', approvingMeetingId).orderBy('date').execute();
}
