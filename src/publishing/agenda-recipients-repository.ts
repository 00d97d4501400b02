import type { Kysely } from 'kysely';
import type { Database } from '../db/database.ts';

export interface AgendaRecipient {
  email: string;
  name: string;
  /** Why they are told: a member of the committee, a named substitute, or (later) someone following it. */
  reason: 'member' | 'substitute' | 'follower';
  /** A member of staff who signs in can read the restricted papers; the email links them there. */
  signsIn: boolean;
}

/**
 * Who is told when a meeting's agenda or a supplement is published: the
 * committee's members and named substitutes on the day of the meeting, at
 * their staff account's address if they have one (else the address on
 * their person record), each address once.
 *
 * This is the one place that decides who hears of a publication. Following
 * a committee (residents and journalists subscribing) is to be added here:
 * append its subscribers with reason 'follower' and signsIn false, and the
 * publishing step emails them too, each their own message. Members come
 * first and win over a follower with the same address.
 *
 * @example
 * await agendaPublishedRecipients(trx, meetingId);
 * // [{ email: 'ada.fenwick@northwold.example', name: 'Councillor Ada Fenwick', reason: 'member', signsIn: true }, …]
 */
export async function agendaPublishedRecipients(db: Kysely<Database>, meetingId: number): Promise<AgendaRecipient[]> {
  const rows = await db
    .selectFrom('meeting as m')
    .innerJoin('membership as ms', 'ms.committeeId', 'm.committeeId')
    .innerJoin('person as p', 'p.id', 'ms.personId')
    .leftJoin('staffUser as u', (join) => join.onRef('u.personId', '=', 'p.id').on('u.isActive', '=', true))
    .select(['p.fullName', 'p.honorific', 'p.email as personEmail', 'u.email as staffEmail', 'ms.isSubstitute'])
    .where('m.id', '=', meetingId)
    .where((eb) => eb.or([eb('ms.startsOn', 'is', null), eb('ms.startsOn', '<=', eb.ref('m.date'))]))
    .where((eb) => eb.or([eb('ms.endsOn', 'is', null), eb('ms.endsOn', '>=', eb.ref('m.date'))]))
    .orderBy('ms.isSubstitute')
    .orderBy('p.familyName')
    .orderBy('p.fullName')
    .execute();
  const seen = new Set<string>();
  const recipients: AgendaRecipient[] = [];
  for (const row of rows) {
    const email = (row.staffEmail ?? row.personEmail)?.trim();
    if (!email || seen.has(email.toLowerCase())) continue;
    seen.add(email.toLowerCase());
    recipients.push({
      email,
      name: row.honorific ? `${row.honorific} ${row.fullName}` : row.fullName,
      reason: row.isSubstitute ? 'substitute' : 'member',
      signsIn: row.staffEmail !== null,
    });
  }
  return recipients;
}
