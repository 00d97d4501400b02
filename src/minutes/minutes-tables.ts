import type { Generated, Selectable } from 'kysely';

/** A correction agreed when the next meeting approved the minutes, recorded before they lock. */
export interface MinutesAmendmentTable {
  id: Generated<number>;
  meetingId: number;
  approvedByMeetingId: number | null;
  text: string;
  recordedByName: string;
  recordedAt: Generated<Date>;
}

export type MinutesAmendment = Selectable<MinutesAmendmentTable>;
