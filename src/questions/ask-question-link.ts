import type { Kysely } from 'kysely';
import type { Committee } from '../committees/committee-tables.ts';
import type { Database } from '../db/database.ts';
import { londonDayOf } from '../deadlines/london-time.ts';
import { isGavelError } from '../errors.ts';
import type { Meeting } from '../meetings/meeting-tables.ts';
import { meetingQuestionWindow } from './public-question-routes.ts';

export interface AskQuestionLink {
  href: string;
  closesAt: Date;
  /** The London day the deadline falls on. */
  closesOn: string;
  closesToday: boolean;
}

/** For the public meeting page: the link to ask a question while the committee's deadline is open, else null. */
export async function askQuestionLink(db: Kysely<Database>, committee: Committee, meeting: Meeting, now: Date): Promise<AskQuestionLink | null> {
  try {
    const window = await meetingQuestionWindow(db, committee, meeting, now);
    if (window.state === 'closed') return null;
    return {
      href: `/committees/${committee.slug}/meetings/${meeting.slug}/questions/new`,
      closesAt: window.closesAt,
      closesOn: londonDayOf(window.closesAt),
      closesToday: window.state === 'closes-today',
    };
  } catch (error) {
    // No council set up yet means no working calendar, so no deadline to offer.
    if (isGavelError(error) && error.code === 'not-found') return null;
    throw error;
  }
}
