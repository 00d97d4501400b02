import { type Kysely, type RawBuilder, sql } from 'kysely';
import type { Database } from '../db/database.ts';
import type { ExemptParagraph } from '../meetings/meeting-tables.ts';
import type { DecisionKind } from './tracking-tables.ts';
import type { UrgencyRoute } from '../forward-plan/forward-plan-notice.ts';

export interface ForwardPlanRow {
  id: number;
  reference: string | null;
  title: string;
  decisionMaker: string;
  decisionKind: DecisionKind;
  decisionDueOn: string | null;
  decisionDueMonth: string | null;
  isExempt: boolean;
  exemptParagraph: ExemptParagraph | null;
  purpose: string | null;
  directorate: string | null;
  leadOfficerName: string | null;
  portfolioHolderName: string | null;
  wards: string[];
  allWards: boolean;
  firstPublishedOn: string | null;
  urgencyRoute: UrgencyRoute | null;
  scrutinyChairNotifiedOn: string | null;
  exceptionNoticePublishedOn: string | null;
  urgencyAgreedBy: string | null;
  urgencyAgreedOn: string | null;
}

export interface ForwardPlanFilter {
  /** Decisions due on or after this day (or in its month, for month-only entries). */
  from: string;
  kind?: DecisionKind | undefined;
  /** "2026-04": only decisions due in that month. */
  month?: string | undefined;
  /** Only decisions this decision maker takes, as the plan names them ("Cabinet"). */
  decisionMaker?: string | undefined;
}

/**
 * An exempt entry's title and paragraph are public (reg 5 notices name the
 * matter), its details are not: they are nulled in SQL, so no caller can
 * print them by mistake.
 */
function unlessExempt<T>(column: 'f.purpose' | 'f.directorate' | 'f.leadOfficerName' | 'f.portfolioHolderName'): RawBuilder<T | null> {
  return sql<T | null>`case when ${sql.ref('f.isExempt')} then null else ${sql.ref(column)} end`;
}

/** Planned and deferred executive decisions due from a day on, soonest first. */
export async function listForwardPlan(db: Kysely<Database>, filter: ForwardPlanFilter): Promise<ForwardPlanRow[]> {
  // A month-only entry sorts and filters as the first of its month.
  const dueDay = sql<string>`coalesce(${sql.ref('f.decisionDueOn')}::text, ${sql.ref('f.decisionDueMonth')} || '-01')`;
  let query = db
    .selectFrom('forwardPlanEntry as f')
    .select((eb) => [
      'f.id',
      'f.reference',
      'f.title',
      'f.decisionMaker',
      'f.decisionKind',
      'f.decisionDueOn',
      'f.decisionDueMonth',
      'f.isExempt',
      'f.exemptParagraph',
      unlessExempt<string>('f.purpose').as('purpose'),
      unlessExempt<string>('f.directorate').as('directorate'),
      unlessExempt<string>('f.leadOfficerName').as('leadOfficerName'),
      unlessExempt<string>('f.portfolioHolderName').as('portfolioHolderName'),
      eb
        .selectFrom('forwardPlanEntryWard as fw')
        .innerJoin('ward as w', 'w.id', 'fw.wardId')
        .select((w) => w.fn.agg<string[]>('array_agg', ['w.name']).as('names'))
        .whereRef('fw.forwardPlanEntryId', '=', 'f.id')
        .where('f.isExempt', '=', false)
        .as('wards'),
      sql<boolean>`${sql.ref('f.allWards')} and not ${sql.ref('f.isExempt')}`.as('allWards'),
      'f.firstPublishedOn',
      'f.urgencyRoute',
      'f.scrutinyChairNotifiedOn',
      'f.exceptionNoticePublishedOn',
      'f.urgencyAgreedBy',
      'f.urgencyAgreedOn',
    ])
    .where('f.status', 'in', ['planned', 'deferred'])
    .where(dueDay, '>=', filter.from.slice(0, 7) + '-01')
    .where((eb) => eb.or([eb('f.decisionDueOn', 'is', null), eb('f.decisionDueOn', '>=', filter.from)]));
  if (filter.kind) query = query.where('f.decisionKind', '=', filter.kind);
  if (filter.month) query = query.where(sql<string>`left(${dueDay}, 7)`, '=', filter.month);
  if (filter.decisionMaker) query = query.where('f.decisionMaker', '=', filter.decisionMaker);
  const rows = await query.orderBy(dueDay).orderBy('f.decisionDueOn', (ob) => ob.asc().nullsFirst()).orderBy('f.title').execute();
  return rows.map((row) => ({ ...row, wards: (row.wards ?? []).sort() }));
}

/** The months ("2026-04") in which upcoming decisions fall, for the month filter. */
export async function listForwardPlanMonths(db: Kysely<Database>, from: string): Promise<string[]> {
  const rows = await listForwardPlan(db, { from });
  return [...new Set(rows.map((r) => (r.decisionDueOn ?? `${r.decisionDueMonth}-01`).slice(0, 7)))];
}

/** The decision makers of upcoming decisions, by name, for the decision maker filter. */
export async function listForwardPlanDecisionMakers(db: Kysely<Database>, from: string): Promise<string[]> {
  const rows = await listForwardPlan(db, { from });
  return [...new Set(rows.map((r) => r.decisionMaker))].sort((a, b) => a.localeCompare(b));
}
