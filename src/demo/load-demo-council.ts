import type { Kysely } from 'kysely';
import type { Database } from '../db/database.ts';
import { GavelError } from '../errors.ts';
import { buildDemoPlan } from './build-demo-plan.ts';
import { londonToday, parseDay } from './calendar.ts';
import { insertPlan } from './insert-plan.ts';
import { type DemoStaffAccount, insertDemoStaff } from './staff-accounts.ts';

export interface DemoOptions {
  /** The same seed (and day) gives the same council, byte for byte. Default 1. */
  seed?: number;
  /** YYYY-MM-DD: the day the demo is built around. Default: today's date in Europe/London. */
  today?: string;
}

export interface DemoSummary {
  council: string;
  committees: number;
  people: number;
  meetings: number;
  agendaItems: number;
  actions: number;
  recommendations: number;
  /** One back-office sign-in per role, all with demoStaffPassword. */
  staff: DemoStaffAccount[];
  [k: string]: number | string | DemoStaffAccount[];
}

/**
 * Loads the fictional Wrenmoor Council into an empty database, in one
 * transaction: two municipal years of committees, meetings, agendas,
 * minutes, actions, recommendations, work programmes and a forward plan,
 * arranged around `today` so there is always something past and to come.
 *
 * @example
 * const summary = await loadDemoCouncil(db, { seed: 1, today: '2026-03-02' });
 * console.log(`${summary.council}: ${summary.meetings} meetings`);
 */
export async function loadDemoCouncil(db: Kysely<Database>, options: DemoOptions = {}): Promise<DemoSummary> {
  const seed = options.seed ?? 1;
  if (!Number.isSafeInteger(seed)) throw new GavelError(`the demo seed must be a whole number (got ${seed})`);
  const today = options.today ?? londonToday();
  try {
    parseDay(today);
  } catch {
    throw new GavelError(`the demo's day must be a real date written YYYY-MM-DD (got "${today}")`);
  }
  const plan = buildDemoPlan(seed, today);

  const staff = await db.transaction().execute(async (trx) => {
    const existing = await trx.selectFrom('council').select('name').limit(1).executeTakeFirst();
    if (existing) {
      throw new GavelError(`the database already holds a council; the demo council can only be loaded into an empty database (found ${existing.name})`, 'conflict');
    }
    await insertPlan(trx, plan);
    return insertDemoStaff(trx, plan);
  });

  return {
    council: plan.council.name,
    committees: plan.committees.length,
    people: plan.people.length,
    meetings: plan.meetings.length,
    agendaItems: plan.agendaItems.length,
    reports: plan.reports.length,
    actions: plan.actions.length,
    recommendations: plan.recommendations.length,
    workProgrammeItems: plan.workProgramme.length,
    forwardPlanEntries: plan.forwardPlan.length,
    staffAccounts: staff.length,
    staff,
  };
}
