import type { ColumnType, Generated, Selectable } from 'kysely';

/** A link emailed to an action's owner; the token itself is never stored. */
export interface ActionUpdateLinkTable {
  tokenHash: string;
  actionId: number;
  personId: number;
  sentTo: string;
  expiresAt: Date;
  createdAt: Generated<Date>;
  lastUsedAt: Date | null;
}

/** A committee's own reminder intervals; committees without a row use defaultReminderSettings. */
export interface FollowThroughSettingsTable {
  committeeId: number;
  actionDaysBefore: number[];
  actionOnDueDate: boolean;
  actionOverdueEveryDays: number | null;
  responseDaysBefore: number[];
  responseOnDueDate: boolean;
  responseOverdueEveryDays: number | null;
  scrutinyOfficerEmail: string | null;
  executiveContactEmail: string | null;
  updatedAt: Generated<Date>;
}

/** One reminder sent about an action or a recommendation's response. */
export interface FollowThroughReminderTable {
  id: Generated<number>;
  actionId: number | null;
  recommendationId: number | null;
  reminderKey: string;
  sentOn: string;
  // Written as JSON text, read back as the parsed list.
  recipients: ColumnType<string[], string, string>;
  jobId: number | null;
  createdAt: Generated<Date>;
}

export type ActionUpdateLinkRow = Selectable<ActionUpdateLinkTable>;
export type FollowThroughSettingsRow = Selectable<FollowThroughSettingsTable>;
export type FollowThroughReminderRow = Selectable<FollowThroughReminderTable>;
