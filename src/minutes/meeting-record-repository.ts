import type { Kysely } from 'kysely';
import type { MemberType, MembershipRole } from '../committees/committee-tables.ts';
import type { Nation } from '../council/council-tables.ts';
import type { Database } from '../db/database.ts';
import type { Meeting } from '../meetings/meeting-tables.ts';

type Db = Kysely<Database>;

/** A meeting as the back office records it: the meeting, its committee, and the council's nation (for remote attendance). */
export interface MeetingRecord {
  meeting: Meeting;
  committee: { id: number; slug: string; name: string; quorum: number | null; contactName: string | null; contactEmail: string | null };
  nation: Nation;
  /** The day of the meeting that approved these minutes as a correct record, when one did. */
  approvedAtMeetingOn: string | null;
}

export async function findMeetingRecord(db: Db, meetingId: number): Promise<MeetingRecord | undefined> {
  const meeting = await db.selectFrom('meeting').selectAll().where('id', '=', meetingId).executeTakeFirst();
  if (!meeting) return undefined;
  const [committee, council, approver] = await Promise.all([
    db.selectFrom('committee').select(['id', 'slug', 'name', 'quorum', 'contactName', 'contactEmail']).where('id', '=', meeting.committeeId).executeTakeFirstOrThrow(),
    db.selectFrom('council').select('nation').orderBy('id').limit(1).executeTakeFirst(),
    meeting.minutesApprovedByMeetingId === null ? undefined : db.selectFrom('meeting').select('date').where('id', '=', meeting.minutesApprovedByMeetingId).executeTakeFirst(),
  ]);
  return { meeting, committee, nation: council?.nation ?? 'england', approvedAtMeetingOn: approver?.date ?? null };
}

/** One place on the committee on the day of a meeting: a member, a co-optee, or a named substitute. */
export interface RosterMember {
  personId: number;
  /** "Councillor Ann Ames", as minutes name people. */
  name: string;
  fullName: string;
  politicalGroupId: number | null;
  groupName: string | null;
  role: MembershipRole;
  memberType: MemberType;
  isSubstitute: boolean;
  /** Councillors and voting co-optees vote; others take part without a vote. */
  hasVote: boolean;
  email: string | null;
}

export interface Roster {
  members: RosterMember[];
  /** The pool of named substitutes, who sit only in a member's place. */
  pool: RosterMember[];
}

const roleOrder: Record<MembershipRole, number> = { chair: 0, 'vice-chair': 1, member: 2 };

/** Who sat on the committee on a day: its members (chair first) and its pool of named substitutes. */
export async function listRoster(db: Db, committeeId: number, onDate: string): Promise<Roster> {
  const rows = await db
    .selectFrom('membership as ms')
    .innerJoin('person as p', 'p.id', 'ms.personId')
    .leftJoin('politicalGroup as g', 'g.id', 'p.politicalGroupId')
    .select(['p.id as personId', 'p.fullName', 'p.honorific', 'p.politicalGroupId', 'g.name as groupName', 'ms.role', 'ms.memberType', 'ms.isSubstitute', 'p.email'])
    .where('ms.committeeId', '=', committeeId)
    .where((eb) => eb.or([eb('ms.startsOn', 'is', null), eb('ms.startsOn', '<=', onDate)]))
    .where((eb) => eb.or([eb('ms.endsOn', 'is', null), eb('ms.endsOn', '>=', onDate)]))
    .orderBy('p.familyName')
    .orderBy('p.fullName')
    .execute();
  const seen = new Set<string>();
  const roster: Roster = { members: [], pool: [] };
  for (const row of rows) {
    // One place per person and kind: overlapping membership rows (a role changed mid-year) must not list someone twice.
    const key = `${row.personId}:${row.isSubstitute}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const member: RosterMember = {
      personId: row.personId,
      name: personName(row),
      fullName: row.fullName,
      politicalGroupId: row.politicalGroupId,
      groupName: row.groupName,
      role: row.role,
      memberType: row.memberType,
      isSubstitute: row.isSubstitute,
      hasVote: row.memberType === 'councillor' || row.memberType === 'voting-co-optee',
      email: row.email,
    };
    (row.isSubstitute ? roster.pool : roster.members).push(member);
  }
  // A member who is also in the pool (data entered twice) sits as a member.
  roster.pool = roster.pool.filter((s) => !roster.members.some((m) => m.personId === s.personId));
  roster.members.sort((a, b) => roleOrder[a.role] - roleOrder[b.role]);
  return roster;
}

/** "Councillor Ann Ames", "Ann Ames" for people without an honorific. */
export function personName(person: { honorific: string | null; fullName: string }): string {
  return person.honorific ? `${person.honorific} ${person.fullName}` : person.fullName;
}
