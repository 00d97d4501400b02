import type { ColumnType, Generated, Selectable } from 'kysely';

export interface JobTable {
  id: Generated<number>;
  kind: string;
  // Written as JSON text, read back as the parsed value.
  payload: ColumnType<unknown, string, string>;
  runAt: ColumnType<Date, Date | string | undefined, Date | string>;
  dedupeKey: string | null;
  attempts: Generated<number>;
  maxAttempts: Generated<number>;
  lockedBy: string | null;
  lockedUntil: Date | null;
  finishedAt: Date | null;
  failedAt: Date | null;
  lastError: string | null;
  createdAt: Generated<Date>;
}

export type JobRow = Selectable<JobTable>;
