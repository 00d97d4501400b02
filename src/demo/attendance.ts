import type { SubstantiveItem } from './agenda.ts';
import type { Lineups } from './committees.ts';
import { schools } from './names.ts';
import type { AttendancePlan, CommitteeKey, DeclarationPlan, MeetingPlan, OfficerRole, PersonPlan, PortfolioKey } from './plan.ts';
import type { Random } from './random.ts';
import type { DeclarationKind } from '../meetings/meeting-tables.ts';

export interface AttendanceInput {
  random: Random;
  meetings: readonly MeetingPlan[];
  lineups: Lineups;
  officers: Map<OfficerRole, PersonPlan>;
  cabinet: Map<PortfolioKey, PersonPlan>;
  substantive: readonly SubstantiveItem[];
}

/** Officers who attend every meeting of a committee, with the capacity they attend in. */
const regularOfficers: Record<CommitteeKey, [OfficerRole, string][]> = {
  council: [['chief-executive', 'Head of Paid Service'], ['monitoring-officer', 'Monitoring Officer'], ['s151', 'Section 151 Officer'], ['head-democratic', 'Clerk to the Council']],
  cabinet: [['chief-executive', 'Chief Executive'], ['s151', 'Section 151 Officer'], ['monitoring-officer', 'Monitoring Officer'], ['dso', 'Clerk']],
  cyp: [['scrutiny-officer', 'Statutory Scrutiny Officer'], ['dso-2', 'Clerk']],
  adults: [['scrutiny-officer', 'Statutory Scrutiny Officer'], ['dso-2', 'Clerk']],
  planning: [['solicitor', 'Legal adviser'], ['dso', 'Clerk']],
  audit: [['s151', 'Section 151 Officer'], ['chief-auditor', 'Chief Internal Auditor'], ['dso-2', 'Clerk']],
  tfg: [['scrutiny-officer', 'Statutory Scrutiny Officer']],
};

/**
 * Who came to each meeting held: members present or sending apologies, a
 * named substitute from the same group in an absent member's place, now
 * and then a member attending remotely (who may not vote in England), and
 * the officers in attendance. The latest children's scrutiny meeting has
 * one of each, so the demo always shows them.
 */
export function buildAttendance({ random, meetings, lineups, officers, cabinet, substantive }: AttendanceInput): AttendancePlan[] {
  const rows: AttendancePlan[] = [];
  const latestScrutiny = meetings.filter((m) => m.committee.key === 'cyp' && m.isHeld).at(-1);
  for (const meeting of meetings.filter((m) => m.isHeld)) {
    const key = meeting.committee.key;
    const lineup = lineups.get(key)!.get(meeting.year.label)!;
    const showcase = meeting === latestScrutiny;
    const seen = new Set<PersonPlan>();
    const add = (person: PersonPlan, status: AttendancePlan['status'], extra: Partial<AttendancePlan> = {}) => {
      if (seen.has(person)) return;
      seen.add(person);
      rows.push({ meeting, person, status, isChairOfMeeting: false, substituteFor: null, capacity: null, ...extra });
    };

    const apologyRate = key === 'council' ? 0.07 : 0.1;
    const absent = lineup.members.filter((m, i) => (showcase ? i === lineup.members.length - 1 : random.chance(apologyRate) && m !== lineup.chair));
    const present = lineup.members.filter((m) => !absent.includes(m));
    const remoteCandidates = present.filter((m) => m !== lineup.chair && m !== lineup.viceChair);
    const remote = (showcase || (key !== 'council' && key !== 'cabinet' && random.chance(0.15))) && remoteCandidates.length > 0 ? random.pick(remoteCandidates) : null;
    const chair = present.includes(lineup.chair) ? lineup.chair : lineup.viceChair && present.includes(lineup.viceChair) ? lineup.viceChair : present[0]!;

    for (const member of present) {
      add(member, member === remote ? 'remote-non-voting' : 'present', { isChairOfMeeting: member === chair });
    }
    const pool = [...lineup.substitutes];
    for (const member of absent) {
      add(member, 'apologies');
      const substitute = pool.find((s) => s.group === member.group);
      if (substitute && (showcase || random.chance(0.6))) {
        pool.splice(pool.indexOf(substitute), 1);
        add(substitute, 'substitute', { substituteFor: member });
      }
    }
    for (const { person } of lineup.coOptees) add(person, random.chance(0.8) ? 'present' : 'apologies');

    for (const [role, capacity] of regularOfficers[key]) add(officers.get(role)!, 'in-attendance', { capacity });
    for (const { item, report, business } of substantive.filter((s) => s.item.meeting === meeting)) {
      if (report) add(report.lead, 'in-attendance', { capacity: `${report.lead.jobTitle} (item ${item.number})` });
      const portfolio = business.topic.portfolio;
      if (portfolio && (key === 'cyp' || key === 'adults')) {
        const member = cabinet.get(portfolio)!;
        add(member, 'in-attendance', { capacity: member.jobTitle });
      }
    }
  }
  return rows;
}

type DeclarationTemplate = [DeclarationKind, string, boolean];

const declarationTemplates: Record<CommitteeKey, DeclarationTemplate[]> = {
  cyp: [
    ['other-registrable', 'as a governor of {school}', false],
    ['non-registrable', 'as a close family member is employed as a social worker by the council', false],
    ['other-registrable', 'as a trustee of a charity that supports young carers in Wrenmoor', false],
  ],
  adults: [
    ['non-registrable', 'as a close family member receives home care commissioned by the council', false],
    ['other-registrable', "as a trustee of Wrenmoor Carers' Centre", false],
    ['other', 'as an employee of Wrenbridge General Hospital NHS Trust', false],
  ],
  planning: [
    ['disclosable-pecuniary', 'as the owner of a property adjoining the application site; the member left the room and took no part in the debate or vote', true],
    ['other-registrable', 'as a member of the parish council, which had commented on the application; the member had not taken part in its discussion of the application', false],
    ['non-registrable', 'as a friend of the applicant; the member left the room during the item', true],
  ],
  audit: [['other-registrable', "as a director of Wrenmoor Homes Ltd, the council's housing company", false]],
  cabinet: [['other-registrable', 'as a member of the board of the Wrenbridge Business Improvement District', false]],
  council: [['other', 'as a member of the Local Government Pension Scheme', false]],
  tfg: [['other-registrable', 'as a governor of {school}', false]],
};

/** Declarations at about a quarter of meetings held, by members who were there, on a substantive item. */
export function buildDeclarations(random: Random, attendance: readonly AttendancePlan[], substantive: readonly SubstantiveItem[]): DeclarationPlan[] {
  const rows: DeclarationPlan[] = [];
  const meetings = [...new Set(attendance.map((a) => a.meeting))];
  for (const meeting of meetings) {
    const items = substantive.filter((s) => s.item.meeting === meeting && !s.item.isExempt);
    const voting = attendance.filter((a) => a.meeting === meeting && a.person.kind === 'councillor' && (a.status === 'present' || a.status === 'substitute'));
    const rate = meeting.committee.key === 'planning' ? 0.45 : 0.22;
    if (items.length === 0 || voting.length === 0 || !random.chance(rate)) continue;
    const [kind, text, withdrew] = random.pick(declarationTemplates[meeting.committee.key]);
    rows.push({
      meeting,
      item: random.pick(items).item,
      person: random.pick(voting).person,
      kind,
      description: text.replace('{school}', random.pick(schools)),
      withdrew,
    });
  }
  return rows;
}
