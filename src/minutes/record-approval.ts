import type { Kysely } from 'kysely';
import type { Actor } from '../accounts/roles.ts';
import { withAudit } from '../audit/with-audit.ts';
import type { Database } from '../db/database.ts';
import type { AgendaItem } from '../meetings/meeting-tables.ts';
import { formatDateLong } from '../web/format.ts';
import { approveMinutes, insertMinutesAmendment } from './approval-repository.ts';
import { markMeetingHeld } from './attendance-repository.ts';
import type { MeetingRecord } from './meeting-record-repository.ts';
import { approvalResolutionText, type MeetingForApproval } from './minutes-approval.ts';
import { insertResolution } from './minutes-repository.ts';

export interface RecordApprovalProps {
  actor: Pick<Actor, 'id' | 'name'>;
  /** The meeting that approved the minutes, and the item ("Minutes of the previous meeting") it did so under. */
  approving: MeetingRecord;
  minutesItem: AgendaItem;
  /** The meeting whose minutes were approved; approvalProblem has found nothing wrong. */
  earlier: MeetingForApproval;
  /** Corrections agreed at approval, recorded against the earlier minutes before they lock. */
  corrections: string | null;
  at: Date;
}

/**
 * "The minutes of the meeting held on … were approved as a correct record":
 * records the resolution under the approving meeting's minutes item, the
 * corrections as an amendment note on the earlier meeting, and marks the
 * earlier minutes approved, which locks them (and the approving meeting
 * held). All or nothing, audited.
 */
export async function recordApproval(db: Kysely<Database>, props: RecordApprovalProps): Promise<void> {
  const { approving, minutesItem, earlier, corrections, actor } = props;
  const committee = approving.committee.name;
  await withAudit(db, actor, async (trx, audit) => {
    const resolution = await insertResolution(trx, minutesItem.id, { text: approvalResolutionText(earlier.date, corrections), outcome: 'carried' });
    await audit({
      action: 'create',
      entity: 'resolution',
      entityId: resolution.id,
      summary: `Recorded that ${committee} on ${formatDateLong(approving.meeting.date)} approved the minutes of ${formatDateLong(earlier.date)}`,
      after: resolution,
    });
    if (corrections) {
      const amendment = await insertMinutesAmendment(trx, { meetingId: earlier.id, approvedByMeetingId: approving.meeting.id, text: corrections, recordedByName: actor.name });
      await audit({ action: 'create', entity: 'minutes_amendment', entityId: amendment.id, summary: `Recorded the corrections agreed to the minutes of ${committee} on ${formatDateLong(earlier.date)}`, after: amendment });
    }
    const after = await approveMinutes(trx, earlier.id, approving.meeting.id, props.at);
    // A meeting that approved minutes was held, whether or not its attendance is recorded yet.
    await markMeetingHeld(trx, approving.meeting.id, approving.meeting.date);
    await audit({
      action: 'approve-minutes',
      entity: 'meeting',
      entityId: earlier.id,
      summary: `Approved the minutes of ${committee} on ${formatDateLong(earlier.date)} as a correct record, at the meeting on ${formatDateLong(approving.meeting.date)}; they are now locked`,
      before: { status: earlier.status, minutesApprovedAt: earlier.minutesApprovedAt },
      after: { status: after.status, minutesApprovedAt: after.minutesApprovedAt, minutesApprovedByMeetingId: after.minutesApprovedByMeetingId },
    });
  });
}
