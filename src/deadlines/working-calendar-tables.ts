import type { Generated, Selectable } from 'kysely';

export interface CouncilClosureDayTable {
  /** YYYY-MM-DD, the primary key: one reason per day. */
  date: string;
  reason: string;
  createdAt: Generated<Date>;
}

export type CouncilClosureDay = Selectable<CouncilClosureDayTable>;
