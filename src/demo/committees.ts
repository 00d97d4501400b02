import type { Day } from './calendar.ts';
import type { CouncilPeople } from './council.ts';
import { slugify } from './names.ts';
import type { CommitteeKey, CommitteePlan, GroupKey, Lineup, MembershipPlan, OfficerRole, PersonPlan, YearPlan } from './plan.ts';
import type { Random } from './random.ts';

export const venues = {
  chamber: 'Council Chamber, Council House, Market Square, Wrenbridge WM1 1AA',
  room1: 'Committee Room 1, Council House, Market Square, Wrenbridge WM1 1AA',
  room2: 'Committee Room 2, Council House, Market Square, Wrenbridge WM1 1AA',
  hub: 'Kingsmead Community Hub, Kingsmead Road, Wrenbridge WM4 2DT',
};

type Definition = Omit<CommitteePlan, 'slug' | 'parent' | 'contact'> & { contact: OfficerRole };

const definitions: readonly Definition[] = [
  {
    key: 'council', name: 'Full Council', kind: 'full-council', prefix: 'FC', weekday: 4, time: '18:30', quorum: 10,
    purpose: 'All 40 councillors. Full Council sets the budget and policy framework, elects the Leader, appoints committees at its annual meeting and hears questions from residents and councillors.',
    defaultVenue: venues.chamber, contact: 'head-democratic', questionDeadlineWorkingDays: 7, questionDeadlineTime: '17:00', reportDeadlineWorkingDays: 12,
  },
  {
    key: 'cabinet', name: 'Cabinet', kind: 'cabinet', prefix: 'CAB', weekday: 4, time: '10:00', quorum: 3,
    purpose: "The Leader and six cabinet members, who take the council's executive decisions, including the key decisions published in the forward plan.",
    defaultVenue: venues.room1, contact: 'dso', questionDeadlineWorkingDays: 4, questionDeadlineTime: '17:00', reportDeadlineWorkingDays: 10,
  },
  {
    key: 'cyp', name: 'Children and Young People Scrutiny Committee', kind: 'scrutiny', prefix: 'CYP', weekday: 2, time: '14:00', quorum: 3,
    purpose: "Scrutinises children's social care, education, early help and youth justice, holds the Cabinet to account for them and makes recommendations to the executive and to partners.",
    defaultVenue: venues.room1, contact: 'dso-2', questionDeadlineWorkingDays: 4, questionDeadlineTime: '17:00', reportDeadlineWorkingDays: 10,
  },
  {
    key: 'adults', name: 'Adults and Wellbeing Scrutiny Committee', kind: 'scrutiny', prefix: 'AWS', weekday: 1, time: '14:00', quorum: 3,
    purpose: 'Scrutinises adult social care, public health and the local NHS, including proposals for substantial changes to health services in Wrenmoor.',
    defaultVenue: venues.room1, contact: 'scrutiny-officer', questionDeadlineWorkingDays: 4, questionDeadlineTime: '17:00', reportDeadlineWorkingDays: 10,
  },
  {
    key: 'planning', name: 'Planning and Regulatory Committee', kind: 'regulatory', prefix: 'PRC', weekday: 3, time: '10:00', quorum: 4,
    purpose: "Determines major and contentious planning applications and exercises the council's regulatory functions that are not delegated to officers.",
    defaultVenue: venues.chamber, contact: 'dso', questionDeadlineWorkingDays: null, questionDeadlineTime: null, reportDeadlineWorkingDays: 10,
  },
  {
    key: 'audit', name: 'Audit and Governance Committee', kind: 'regulatory', prefix: 'AGC', weekday: 5, time: '10:00', quorum: 3,
    purpose: 'Oversees internal and external audit, risk management, the annual governance statement and the statement of accounts, and promotes high standards of conduct by councillors.',
    defaultVenue: venues.room2, contact: 'dso-2', questionDeadlineWorkingDays: 4, questionDeadlineTime: '17:00', reportDeadlineWorkingDays: 10,
  },
  {
    key: 'tfg', name: "Children's Mental Health Task and Finish Group", kind: 'task-and-finish', prefix: 'TFG', weekday: 4, time: '10:00', quorum: 2,
    purpose: 'A time-limited review, appointed by the Children and Young People Scrutiny Committee, of the support schools and partners give to children and young people for their mental health and emotional wellbeing.',
    defaultVenue: venues.room2, contact: 'scrutiny-officer', questionDeadlineWorkingDays: null, questionDeadlineTime: null, reportDeadlineWorkingDays: null,
  },
];

export function buildCommittees(people: CouncilPeople): Map<CommitteeKey, CommitteePlan> {
  const committees = new Map<CommitteeKey, CommitteePlan>();
  for (const { contact, ...definition } of definitions) {
    committees.set(definition.key, {
      ...definition,
      slug: slugify(definition.name),
      parent: null,
      contact: people.officers.get(contact)!,
    });
  }
  committees.get('tfg')!.parent = committees.get('cyp')!;
  return committees;
}

/** Seats by group on each politically balanced committee, chair's and vice-chair's groups first. */
const seats: Partial<Record<CommitteeKey, { seats: Record<GroupKey, number>; chair: GroupKey; vice: GroupKey }>> = {
  cyp: { seats: { ld: 4, con: 3, lab: 1, ind: 1 }, chair: 'con', vice: 'ld' },
  adults: { seats: { ld: 4, con: 3, lab: 1, ind: 1 }, chair: 'ld', vice: 'lab' },
  planning: { seats: { ld: 5, con: 4, lab: 1, ind: 1 }, chair: 'ld', vice: 'con' },
  audit: { seats: { ld: 3, con: 2, lab: 1, ind: 1 }, chair: 'con', vice: 'ld' },
};

export type Lineups = Map<CommitteeKey, Map<string, Lineup>>;

/**
 * Who sat on each committee in each municipal year. The later year keeps
 * most of the earlier one: one seat changes hands, and the Chairman of the
 * Council hands over to the vice-chairman, as at a real annual meeting.
 */
export function buildLineups(random: Random, people: CouncilPeople, years: readonly YearPlan[]): Lineups {
  const lineups: Lineups = new Map();
  const backbenchers = people.councillors.filter((c) => !c.portfolio);
  const ofGroup = (group: GroupKey) => backbenchers.filter((c) => c.group?.key === group);
  const [coCofE, coParent, coHealthwatch, coIndependent] = people.coOptees as [PersonPlan, PersonPlan, PersonPlan, PersonPlan];
  const coOptees: Partial<Record<CommitteeKey, Lineup['coOptees']>> = {
    cyp: [
      { person: coCofE, voting: true, represents: 'Church of England diocesan representative' },
      { person: coParent, voting: true, represents: 'Parent governor representative (primary)' },
    ],
    adults: [{ person: coHealthwatch, voting: false, represents: 'Healthwatch Wrenmoor' }],
    audit: [{ person: coIndependent, voting: false, represents: 'Independent member' }],
  };

  for (const [key, balance] of Object.entries(seats) as [CommitteeKey, NonNullable<(typeof seats)[CommitteeKey]>][]) {
    const members = (Object.entries(balance.seats) as [GroupKey, number][]).flatMap(([group, count]) => random.some(ofGroup(group), count));
    const chair = members.find((m) => m.group?.key === balance.chair)!;
    const viceChair = members.find((m) => m.group?.key === balance.vice && m !== chair)!;
    const substitutes = (Object.keys(balance.seats) as GroupKey[]).flatMap((group) =>
      random.some(ofGroup(group).filter((c) => !members.includes(c)), group === 'ld' ? 2 : 1));
    const earlier: Lineup = { chair, viceChair, members, coOptees: coOptees[key] ?? [], substitutes };
    const later = changeOneSeat(random, earlier, backbenchers);
    lineups.set(key, new Map(years.map((y, i) => [y.label, i === 0 ? earlier : later])));
  }

  const cabinetOrder = [...people.cabinet.values()];
  const cabinet: Lineup = { chair: cabinetOrder[0]!, viceChair: cabinetOrder[1]!, members: cabinetOrder, coOptees: [], substitutes: [] };
  lineups.set('cabinet', new Map(years.map((y) => [y.label, cabinet])));

  // Each year's vice-chairman becomes the next year's Chairman of the Council.
  const chairmen = random.some(backbenchers, years.length + 1);
  chairmen[1]!.jobTitle = 'Chairman of the Council';
  lineups.set('council', new Map(years.map((y, i) => [y.label, { chair: chairmen[i]!, viceChair: chairmen[i + 1]!, members: people.councillors, coOptees: [], substitutes: [] }])));

  // The task and finish group: three members of its parent committee and two other backbenchers.
  const parent = lineups.get('cyp')!.get(years[1]!.label)!;
  const fromParent = random.some(parent.members.filter((m) => m !== parent.chair), 3);
  const others = random.some(backbenchers.filter((c) => !parent.members.includes(c)), 2);
  const group: Lineup = { chair: fromParent[0]!, viceChair: null, members: [...fromParent, ...others], coOptees: [], substitutes: [] };
  lineups.set('tfg', new Map(years.map((y) => [y.label, group])));
  return lineups;
}

function changeOneSeat(random: Random, before: Lineup, backbenchers: readonly PersonPlan[]): Lineup {
  const free = (member: PersonPlan) => backbenchers.filter((c) => c.group === member.group && !before.members.includes(c) && !before.substitutes.includes(c));
  const leaving = random.pick(before.members.filter((m) => m !== before.chair && m !== before.viceChair && free(m).length > 0));
  const joining = random.pick(free(leaving));
  const members = before.members.map((m) => (m === leaving ? joining : m));
  return { ...before, members };
}

/** Membership rows: the earlier year closed at its end, the current year open. */
export function buildMemberships(
  committees: Map<CommitteeKey, CommitteePlan>,
  lineups: Lineups,
  years: readonly YearPlan[],
  taskAndFinishFrom: Day,
): MembershipPlan[] {
  const rows: MembershipPlan[] = [];
  for (const [key, byYear] of lineups) {
    const committee = committees.get(key)!;
    const yearsServed = key === 'tfg' ? [years[1]!] : years;
    for (const year of yearsServed) {
      const lineup = byYear.get(year.label)!;
      const startsOn = key === 'tfg' ? taskAndFinishFrom : year.startsOn;
      const endsOn = year === yearsServed.at(-1) ? null : year.endsOn;
      const base = { committee, startsOn, endsOn, represents: null, isSubstitute: false, memberType: 'councillor' as const };
      for (const person of lineup.members) {
        const role = person === lineup.chair ? 'chair' : person === lineup.viceChair ? 'vice-chair' : 'member';
        rows.push({ ...base, person, role });
      }
      for (const { person, voting, represents } of lineup.coOptees) {
        rows.push({ ...base, person, role: 'member', memberType: voting ? 'voting-co-optee' : 'non-voting-co-optee', represents });
      }
      for (const person of lineup.substitutes) rows.push({ ...base, person, role: 'member', isSubstitute: true });
    }
  }
  return rows;
}
