import { type Kysely, type RawBuilder, sql } from 'kysely';
import type { Database } from '../db/database.ts';
import type { ExemptParagraph } from '../meetings/meeting-tables.ts';
import type { DecisionKind } from '../tracking/tracking-tables.ts';
import type { UrgencyRoute } from './forward-plan-notice.ts';

/**
 * Forward plan entries as the public may see them: one entry's page, the
 * feed of new and changed entries, the calendar of decision dates. An
 * exempt entry keeps its title, decision maker, date and Schedule 12A
 * paragraph; everything else is nulled here, in SQL, so no page, feed or
 * calendar can print it by mistake.
 */

type Db = Kysely<Database>;

export interface PublicEntry {
  id: number;
  reference: string | null;
  title: string;
  decisionMaker: string;
  decisionKind: DecisionKind;
  decisionDueOn: string | null;
  decisionDueMonth: string | null;
  firstPublishedOn: string | null;
  isExempt: boolean;
  exemptParagraph: ExemptParagraph | null;
  status: 'planned' | 'decided' | 'deferred' | 'withdrawn';
  decidedOn: string | null;
  purpose: string | null;
  decision: string | null;
  directorate: string | null;
  leadOfficerName: string | null;
  portfolioHolderName: string | null;
  allWards: boolean;
  wards: string[];
  urgencyRoute: UrgencyRoute | null;
  scrutinyChairNotifiedOn: string | null;
  exceptionNoticePublishedOn: string | null;
  urgencyAgreedBy: string | null;
  urgencyAgreedOn: string | null;
  createdAt: Date;
  updatedAt: Date;
}

type OpenColumn = 'f.purpose' | 'f.decision' | 'f.directorate' | 'f.leadOfficerName' | 'f.portfolioHolderName';

function unlessExempt(column: OpenColumn): RawBuilder<string | null> {
  return sql<string | null>`case when ${sql.ref('f.isExempt')} then null else ${sql.ref(column)} end`;
}

function selectPublic(db: Db) {
  return db.selectFrom('forwardPlanEntry as f').select((eb) => [
    'f.id',
    'f.reference',
    'f.title',
    'f.decisionMaker',
    'f.decisionKind',
    'f.decisionDueOn',
    'f.decisionDueMonth',
    'f.firstPublishedOn',
    'f.isExempt',
    'f.exemptParagraph',
    'f.status',
    'f.decidedOn',
    unlessExempt('f.purpose').as('purpose'),
    unlessExempt('f.decision').as('decision'),
    unlessExempt('f.directorate').as('directorate'),
    unlessExempt('f.leadOfficerName').as('leadOfficerName'),
    unlessExempt('f.portfolioHolderName').as('portfolioHolderName'),
    sql<boolean>`${sql.ref('f.allWards')} and not ${sql.ref('f.isExempt')}`.as('allWards'),
    eb
      .selectFrom('forwardPlanEntryWard as fw')
      .innerJoin('ward as w', 'w.id', 'fw.wardId')
      .select((w) => w.fn.agg<string[]>('array_agg', ['w.name']).as('names'))
      .whereRef('fw.forwardPlanEntryId', '=', 'f.id')
      .where('f.isExempt', '=', false)
      .as('wards'),
    'f.urgencyRoute',
    'f.scrutinyChairNotifiedOn',
    'f.exceptionNoticePublishedOn',
    'f.urgencyAgreedBy',
    'f.urgencyAgreedOn',
    'f.createdAt',
    'f.updatedAt',
  ]);
}

const withWards = <T extends { wards: string[] | null }>(row: T) => ({ ...row, wards: (row.wards ?? []).sort() });

export async function findPublicEntry(db: Db, id: number): Promise<PublicEntry | undefined> {
  const row = await selectPublic(db).where('f.id', '=', id).executeTakeFirst();
  return row && withWards(row);
}

/** Entries newest change first: what the feed carries. */
export async function listChangedEntries(db: Db, limit: number): Promise<PublicEntry[]> {
  const rows = await selectPublic(db).orderBy('f.updatedAt', 'desc').orderBy('f.id', 'desc').limit(limit).execute();
  return rows.map(withWards);
}

/** Entries with an exact decision date from a day on, soonest first: what the calendar carries. */
export async function listDatedEntries(db: Db, from: string): Promise<PublicEntry[]> {
  const rows = await selectPublic(db).where('f.decisionDueOn', 'is not', null).where('f.decisionDueOn', '>=', from).orderBy('f.decisionDueOn').orderBy('f.id').execute();
  return rows.map(withWards);
}
