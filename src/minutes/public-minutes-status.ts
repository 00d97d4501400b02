import type { Kysely } from 'kysely';
import type { Database } from '../db/database.ts';
import type { Meeting } from '../meetings/meeting-tables.ts';
import { listMinutesAmendments } from './approval-repository.ts';
import { minutesAreLocked } from './minutes-lock.ts';

export interface PublicMinutesStatus {
  /** The meeting that approved these minutes as a correct record. */
  approvedAt: { date: string; href: string } | null;
  /** Corrections that meeting agreed, in its words. */
  corrections: string[];
}

/** For the public meeting page: where approved minutes were approved, and the corrections agreed; null until they are. */
export async function publicMinutesStatus(db: Kysely<Database>, committeeSlug: string, meeting: Meeting): Promise<PublicMinutesStatus | null> {
  if (!minutesAreLocked(meeting)) return null;
  const [approver, amendments] = await Promise.all([
    meeting.minutesApprovedByMeetingId === null
      ? undefined
      : db.selectFrom('meeting').select(['slug', 'date']).where('id', '=', meeting.minutesApprovedByMeetingId).where('status', '!=', 'cancelled').executeTakeFirst(),
    listMinutesAmendments(db, meeting.id),
  ]);
  return {
    approvedAt: approver ? { date: approver.date, href: `/committees/${committeeSlug}/meetings/${approver.slug}` } : null,
    corrections: amendments.map((a) => a.text),
  };
}
