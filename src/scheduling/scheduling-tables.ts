import type { Generated, Insertable, Selectable } from 'kysely';

export type MeetingNoticeKind = 'cancelled' | 'moved';

/** A public notice that a meeting was cancelled or moved, kept with the meeting. */
export interface MeetingNoticeTable {
  id: Generated<number>;
  meetingId: number;
  kind: MeetingNoticeKind;
  reason: string;
  previousDate: string;
  previousStartsAt: Date | null;
  previousVenue: string | null;
  newDate: string | null;
  newStartsAt: Date | null;
  newVenue: string | null;
  issuedAt: Generated<Date>;
  issuedByUserId: number | null;
  /** Null until the committee's followers have been told. */
  subscribersNotifiedAt: Date | null;
}

/** An old address of a moved meeting: /committees/{committee}/meetings/{slug}. */
export interface MeetingSlugRedirectTable {
  committeeId: number;
  slug: string;
  meetingId: number;
  createdAt: Generated<Date>;
}

export type MeetingNotice = Selectable<MeetingNoticeTable>;
export type NewMeetingNotice = Insertable<MeetingNoticeTable>;
