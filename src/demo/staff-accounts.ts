import type { Transaction } from 'kysely';
import { hashPassword } from '../accounts/password.ts';
import type { StaffRole } from '../accounts/roles.ts';
import type { Database } from '../db/database.ts';
import type { DemoPlan, PersonPlan } from './plan.ts';

/**
 * One sign-in per role, so someone trying Gavel can see the back office as
 * a clerk, a scrutiny officer, a report author, a councillor or an
 * administrator. They exist only in the fictional demo council, with this
 * password, which the start-up log and the README print.
 */
export const demoStaffPassword = 'wrenmoor demo password';

export interface DemoStaffAccount {
  email: string;
  name: string;
  role: StaffRole;
}

/** Who signs in as what: real people of the demo council, so their reports and actions are theirs. */
export function demoStaffAccounts(plan: DemoPlan): (DemoStaffAccount & { person: PersonPlan | null })[] {
  const officer = (role: string) => plan.people.find((p) => p.role === role)!;
  const chair = plan.memberships.find((m) => m.committee.key === 'cyp' && m.role === 'chair' && m.endsOn === null)?.person
    ?? plan.memberships.find((m) => m.committee.key === 'cyp' && m.role === 'chair')!.person;
  // The officer who writes the most reports: the report author's list is never empty.
  const authorCounts = new Map<PersonPlan, number>();
  for (const report of plan.reports) authorCounts.set(report.author, (authorCounts.get(report.author) ?? 0) + 1);
  const author = [...authorCounts].sort((a, b) => b[1] - a[1] || a[0].slug.localeCompare(b[0].slug))[0]![0];
  const domain = plan.council.email.split('@')[1]!;
  const as = (person: PersonPlan, role: StaffRole) => ({ email: person.email!, name: person.fullName, role, person });
  return [
    { email: `gavel.admin@${domain}`, name: 'Gavel Administrator', role: 'administrator', person: null },
    as(officer('dso'), 'democratic-services'),
    as(officer('scrutiny-officer'), 'scrutiny-officer'),
    as(author, 'report-author'),
    as(chair, 'councillor'),
  ];
}

export async function insertDemoStaff(trx: Transaction<Database>, plan: DemoPlan): Promise<DemoStaffAccount[]> {
  const accounts = demoStaffAccounts(plan);
  const passwordHash = await hashPassword(demoStaffPassword);
  const people = await trx.selectFrom('person').select(['id', 'slug']).where('slug', 'in', accounts.flatMap((a) => (a.person ? [a.person.slug] : []))).execute();
  const idOf = new Map(people.map((p) => [p.slug, p.id]));
  await trx
    .insertInto('staffUser')
    .values(accounts.map((a) => ({ email: a.email, name: a.name, role: a.role, personId: a.person ? idOf.get(a.person.slug)! : null, passwordHash })))
    .execute();
  return accounts.map(({ email, name, role }) => ({ email, name, role }));
}
