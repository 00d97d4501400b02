import { familyNames, femaleGivenNames, maleGivenNames, SlugRegistry, slugify, wardSeats } from './names.ts';
import type { CouncilPlan, Directorate, GroupKey, GroupPlan, OfficerRole, PersonPlan, PortfolioKey, WardPlan } from './plan.ts';
import type { Random } from './random.ts';

/**
 * The council and its people: Wrenmoor Council, a unitary authority with 16
 * wards and 40 councillors in four groups, its senior officers, co-opted
 * members and a few residents who ask questions.
 */
export interface CouncilPeople {
  council: CouncilPlan;
  wards: WardPlan[];
  groups: GroupPlan[];
  councillors: PersonPlan[];
  officers: Map<OfficerRole, PersonPlan>;
  coOptees: PersonPlan[];
  public: PersonPlan[];
  cabinet: Map<PortfolioKey, PersonPlan>;
  /** Every person, in insertion order. */
  people: PersonPlan[];
}

const DOMAIN = 'wrenmoor.example.org';

export const council: CouncilPlan = {
  name: 'Wrenmoor Council',
  shortName: 'Wrenmoor',
  slug: 'wrenmoor',
  nation: 'england',
  website: `https://www.${DOMAIN}`,
  email: `democratic.services@${DOMAIN}`,
  // Ofcom keeps 01632 960000-960999 for drama: no real line answers.
  phone: '01632 960000',
  address: 'Council House, Market Square, Wrenbridge WM1 1AA',
  brandColour: '#2d5f4e',
};

const groupDefinitions: readonly (GroupPlan & { seats: number })[] = [
  { key: 'ld', name: 'Liberal Democrat Group', shortName: 'Liberal Democrat', slug: 'liberal-democrat-group', colour: '#faa61a', seats: 21 },
  { key: 'con', name: 'Conservative Group', shortName: 'Conservative', slug: 'conservative-group', colour: '#0087dc', seats: 11 },
  { key: 'lab', name: 'Labour Group', shortName: 'Labour', slug: 'labour-group', colour: '#e4003b', seats: 5 },
  { key: 'ind', name: 'Wrenmoor Independents', shortName: 'Independent', slug: 'wrenmoor-independents', colour: '#6f4e91', seats: 3 },
];

export const portfolioTitles: Record<PortfolioKey, string> = {
  leader: 'Leader of the Council',
  finance: 'Deputy Leader and Cabinet Member for Finance and Corporate Services',
  children: 'Cabinet Member for Children and Families',
  adults: 'Cabinet Member for Adults, Health and Wellbeing',
  environment: 'Cabinet Member for Environment and Climate Emergency',
  housing: 'Cabinet Member for Housing, Planning and Regeneration',
  transport: 'Cabinet Member for Transport and Highways',
};

/** Senior officers and the officers who clerk, sign off and write reports. */
export const officerPosts: readonly (readonly [OfficerRole, string, Directorate])[] = [
  ['chief-executive', 'Chief Executive', "Chief Executive's Office"],
  ['dcs', "Director of Children's Services", 'Children and Families'],
  ['ad-education', 'Assistant Director, Education and Inclusion', 'Children and Families'],
  ['head-safeguarding', 'Head of Safeguarding and Quality Assurance', 'Children and Families'],
  ['das', 'Director of Adult Social Care', 'Adults and Wellbeing'],
  ['dph', 'Director of Public Health', 'Adults and Wellbeing'],
  ['head-commissioning', 'Head of Commissioning (Adults)', 'Adults and Wellbeing'],
  ['director-place', 'Director of Economy and Environment', 'Economy and Environment'],
  ['head-planning', 'Head of Planning and Building Control', 'Economy and Environment'],
  ['head-transport', 'Head of Transport and Access', 'Economy and Environment'],
  ['s151', 'Director of Resources and Section 151 Officer', 'Resources'],
  ['finance-partner', 'Finance Business Partner', 'Resources'],
  ['chief-auditor', 'Chief Internal Auditor', 'Resources'],
  ['monitoring-officer', 'Head of Legal Services and Monitoring Officer', 'Resources'],
  ['solicitor', 'Senior Solicitor (Governance)', 'Resources'],
  ['head-democratic', 'Head of Democratic Services', 'Resources'],
  ['dso', 'Democratic Services Officer', 'Resources'],
  ['dso-2', 'Democratic Services Officer', 'Resources'],
  ['scrutiny-officer', 'Statutory Scrutiny Officer', 'Resources'],
];

export function buildCouncilPeople(random: Random): CouncilPeople {
  const slugs = new SlugRegistry();
  const names = new NamePicker(random);
  const wards = wardSeats.map(([name]) => ({ name, slug: slugify(name) }));
  const groups = groupDefinitions.map(({ seats: _seats, ...group }) => group);

  // Seats go to groups in a shuffled order, so each ward has a mix.
  const seatGroups = random.shuffle(groupDefinitions.flatMap((g) => Array<GroupKey>(g.seats).fill(g.key)));
  const councillors: PersonPlan[] = [];
  let seat = 0;
  wardSeats.forEach(([, seats], w) => {
    for (let s = 0; s < seats; s++) {
      const key = seatGroups[seat++];
      const group = groups.find((g) => g.key === key)!;
      const { given, family } = names.next();
      councillors.push(person(slugs, given, family, 'councillor', {
        honorific: 'Councillor',
        group,
        ward: wards[w]!,
        email: `cllr.${emailPart(given)}.${emailPart(family)}@${DOMAIN}`,
      }));
    }
  });

  const cabinet = new Map<PortfolioKey, PersonPlan>();
  const ruling = random.shuffle(councillors.filter((c) => c.group?.key === 'ld'));
  (Object.keys(portfolioTitles) as PortfolioKey[]).forEach((portfolio, i) => {
    const member = ruling[i]!;
    member.portfolio = portfolio;
    member.jobTitle = portfolioTitles[portfolio];
    cabinet.set(portfolio, member);
  });

  const officers = new Map<OfficerRole, PersonPlan>();
  officerPosts.forEach(([role, jobTitle, directorate], i) => {
    const { given, family } = names.next();
    officers.set(role, person(slugs, given, family, 'officer', {
      jobTitle,
      directorate,
      role,
      email: `${emailPart(given)}.${emailPart(family)}@${DOMAIN}`,
      phone: `01632 960${String(101 + i * 7).padStart(3, '0')}`,
    }));
  });

  const coOptees = (['Revd', 'Mrs', 'Mr', 'Dr'] as const).map((honorific) => {
    const { given, family } = names.next(honorific === 'Mrs' ? 'female' : honorific === 'Mr' ? 'male' : undefined);
    return person(slugs, given, family, 'co-optee', { honorific });
  });
  const publicPeople = Array.from({ length: 6 }, () => {
    const { given, family } = names.next();
    return person(slugs, given, family, 'public', {});
  });

  return {
    council,
    wards,
    groups,
    councillors,
    officers,
    coOptees,
    public: publicPeople,
    cabinet,
    people: [...councillors, ...officers.values(), ...coOptees, ...publicPeople],
  };
}

function person(
  slugs: SlugRegistry,
  givenName: string,
  familyName: string,
  kind: PersonPlan['kind'],
  extra: Partial<PersonPlan>,
): PersonPlan {
  const fullName = `${givenName} ${familyName}`;
  return {
    slug: slugs.take(fullName),
    fullName,
    honorific: null,
    givenName,
    familyName,
    kind,
    group: null,
    ward: null,
    jobTitle: null,
    directorate: null,
    email: null,
    phone: null,
    ...extra,
  };
}

function emailPart(name: string): string {
  return name.toLowerCase().replace(/[^a-z]/g, '');
}

/** Hands out names with no family name used twice, so "Councillor Marsh" is one person. */
class NamePicker {
  readonly #families: string[];

  constructor(readonly random: Random) {
    this.#families = random.shuffle(familyNames);
  }

  next(sex?: 'female' | 'male'): { given: string; family: string } {
    const family = this.#families.pop();
    if (!family) throw new Error('ran out of family names for the demo council');
    const female = sex ? sex === 'female' : this.random.chance(0.5);
    return { given: this.random.pick(female ? femaleGivenNames : maleGivenNames), family };
  }
}
