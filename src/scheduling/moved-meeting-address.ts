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
