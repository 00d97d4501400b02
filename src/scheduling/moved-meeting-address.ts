import type { Kysely } from 'kysely';
import type { Database } from '../db/database.ts';
import { findMovedMeetingPath } from './scheduling-repository.ts';

/**
 * The parts of an address under a meeting: /committees/{committee}/meetings/{meeting}
 * and anything below it (its calendar file, transcript, packs), with the query.
 * Null for any other address.
 *
 * @example
 * meetingAddressParts('/committees/audit/meetings/2027-03-03/calendar.ics?x=1');
 * // { committee: 'audit', meeting: '2027-03-03', rest: '/calendar.ics?x=1' }
 */
export function meetingAddressParts(url: string): { committee: string; meeting: string; rest: string } | null {
  const match = /^\/committees\/([a-z0-9]+(?:-[a-z0-9]+)*)\/meetings\/(\d{4}-\d{2}-\d{2}(?:-\d{1,2})?)((?:[/?#].*)?)$/.exec(url);
  if (!match) return null;
  return { committee: match[1]!, meeting: match[2]!, rest: match[3]! };
}

/**
 * Where an address of a moved meeting now leads, page below it and query
 * kept, or null when the address was never a moved meeting's. Asked only
 * when nothing else answered, so live meetings cost nothing.
 *
 * @example
 * await movedMeetingAddress(db, '/committees/audit/meetings/2027-03-03/calendar.ics'); // '/committees/audit/meetings/2027-03-10/calendar.ics'
 */
export async function movedMeetingAddress(db: Kysely<Database>, url: string): Promise<string | null> {
  const parts = meetingAddressParts(url);
  if (!parts) return null;
  const path = await findMovedMeetingPath(db, parts.committee, parts.meeting);
  return path ? path + parts.rest : null;
}
