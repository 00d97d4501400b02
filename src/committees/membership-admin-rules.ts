import type { Day } from '../deadlines/days.ts';
import type { PersonKind } from '../people/people-tables.ts';
import { formatDateShort } from '../web/format.ts';
import type { MembershipRole, MemberType } from './committee-tables.ts';

/** A place on a committee over a period; null dates run without limit. */
export interface MembershipPeriod {
  id: number;
  personId: number;
  personName: string;
  role: MembershipRole;
  isSubstitute: boolean;
  startsOn: Day | null;
  endsOn: Day | null;
}

/** A membership as the form would save it. */
export interface MembershipDraft {
  /** The membership being changed, if any: it does not clash with itself. */
  id?: number;
  personId: number;
  role: MembershipRole;
  memberType: MemberType;
  isSubstitute: boolean;
  represents: string | null;
  startsOn: Day;
  endsOn: Day | null;
}

export interface MemberPerson {
  fullName: string;
  kind: PersonKind;
}

const roleNames: Record<MembershipRole, string> = { chair: 'chair', 'vice-chair': 'vice-chair', member: 'member' };
const isCoOptee = (type: MemberType) => type === 'voting-co-optee' || type === 'non-voting-co-optee';

/** True when two periods share at least one day. */
export function periodsOverlap(a: { startsOn: Day | null; endsOn: Day | null }, b: { startsOn: Day | null; endsOn: Day | null }): boolean {
  return (a.startsOn === null || b.endsOn === null || a.startsOn <= b.endsOn) && (b.startsOn === null || a.endsOn === null || b.startsOn <= a.endsOn);
}

function period(m: { startsOn: Day | null; endsOn: Day | null }): string {
  if (m.startsOn && m.endsOn) return `from ${formatDateShort(m.startsOn)} to ${formatDateShort(m.endsOn)}`;
  if (m.startsOn) return `from ${formatDateShort(m.startsOn)}`;
  if (m.endsOn) return `until ${formatDateShort(m.endsOn)}`;
  return 'with no end date';
}

/**
 * Problems that stop a membership being saved, by form field:
 * - one chair and one vice-chair at a time: no day on which two people hold the role;
 * - a named substitute is not also a member of the same committee at the same time, nor a chair;
 * - nobody holds two places on one committee at once;
 * - officers and members of the public are not members; councillors sit as
 *   councillors and co-optees as co-optees, saying what they represent;
 * - a membership does not end before it starts.
 *
 * @example
 * membershipProblems(draft, person, existing).role; // 'Cllr Ada Cole is already chair from 20 May 2026. End that membership first, or choose another role'
 */
export function membershipProblems(draft: MembershipDraft, person: MemberPerson, existing: readonly MembershipPeriod[]): Record<string, string> {
  const problems: Record<string, string> = {};
  const others = existing.filter((m) => m.id !== draft.id && periodsOverlap(m, draft));

  if (draft.endsOn !== null && draft.endsOn < draft.startsOn) problems.endsOn = 'End date must be the same as or after the start date';

  if (person.kind === 'officer' || person.kind === 'public') {
    problems.personId = `${person.fullName} is ${person.kind === 'officer' ? 'an officer' : 'a member of the public'}: officers and the public attend meetings but are not members`;
  } else if (person.kind === 'co-optee' && !isCoOptee(draft.memberType)) {
    problems.memberType = `${person.fullName} is a co-opted member, not a councillor: choose voting or non-voting co-optee`;
  } else if (person.kind === 'councillor' && isCoOptee(draft.memberType)) {
    problems.memberType = `${person.fullName} is a councillor: choose councillor or non-voting councillor`;
  }
  if (isCoOptee(draft.memberType) && !draft.represents) problems.represents = 'Enter what the co-opted member represents, like “Parent governor representative”';

  const samePerson = others.filter((m) => m.personId === draft.personId);
  const substituteClash = samePerson.find((m) => m.isSubstitute !== draft.isSubstitute);
  const doubleClash = samePerson.find((m) => m.isSubstitute === draft.isSubstitute);
  if (substituteClash) {
    problems.isSubstitute = draft.isSubstitute
      ? `${person.fullName} is a member of this committee ${period(substituteClash)}, so cannot also be a named substitute for it`
      : `${person.fullName} is a named substitute for this committee ${period(substituteClash)}: end that first, so they are not both member and substitute`;
  } else if (doubleClash) {
    problems.personId = `${person.fullName} already has a place on this committee ${period(doubleClash)}`;
  }

  if (draft.isSubstitute && draft.role !== 'member') {
    problems.role = 'A named substitute is not chair or vice-chair: choose member';
  } else if (draft.role !== 'member') {
    const holder = others.find((m) => m.role === draft.role && m.personId !== draft.personId && !m.isSubstitute);
    if (holder) {
      problems.role = `${holder.personName} is already ${roleNames[draft.role]} ${period(holder)}. End that membership first, or choose another role`;
    }
  }
  return problems;
}

/** A committee looks like it deals with education when its name or purpose says so. */
export function dealsWithEducation(committee: { name: string; purpose: string | null }): boolean {
  return /\b(educat\w*|schools?|children|child|young people|learning|skills)\b/i.test(`${committee.name} ${committee.purpose ?? ''}`);
}

/**
 * What a clerk should check before saving a membership, without it being
 * wrong: statutory education co-optees (church and parent governor
 * representatives) vote on education matters only, so a voting co-optee
 * on a committee that does not deal with education is probably a mistake.
 */
export function membershipWarnings(draft: Pick<MembershipDraft, 'memberType'>, committee: { name: string; purpose: string | null }): { key: string; text: string }[] {
  if (draft.memberType !== 'voting-co-optee') return [];
  if (dealsWithEducation(committee)) {
    return [{ key: 'voting-co-optee', text: 'Voting co-optees may vote only on education matters: record their votes on education items only.' }];
  }
  return [
    {
      key: 'voting-co-optee-not-education',
      text: `Voting co-optees may vote only on education matters, and ${committee.name} does not look like it deals with education: check they should not be a non-voting co-optee.`,
    },
  ];
}
