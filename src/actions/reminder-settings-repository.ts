import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../db/database.ts';
import { defaultActionReminders, defaultResponseReminders, type ReminderSettings } from './reminder-schedule.ts';

type Db = Kysely<Database> | Transaction<Database>;

/** A committee's reminders: its own where it has set them, the defaults otherwise. */
export interface CommitteeReminderSettings {
  committeeId: number;
  actions: ReminderSettings;
  responses: ReminderSettings;
  /** Chased with the executive about responses; the committee's contact when not set. */
  scrutinyOfficerEmail: string | null;
  /** For recommendations with no addressee email of their own (the cabinet clerk). */
  executiveContactEmail: string | null;
  /** True when the committee has not set its own. */
  isDefault: boolean;
}

type Row = Database['followThroughSettings'];

function fromRow(committeeId: number, row: Pick<Row, 'actionDaysBefore' | 'actionOnDueDate' | 'actionOverdueEveryDays' | 'responseDaysBefore' | 'responseOnDueDate' | 'responseOverdueEveryDays' | 'scrutinyOfficerEmail' | 'executiveContactEmail'> | undefined): CommitteeReminderSettings {
  if (!row) return { committeeId, actions: defaultActionReminders, responses: defaultResponseReminders, scrutinyOfficerEmail: null, executiveContactEmail: null, isDefault: true };
  return {
    committeeId,
    actions: { daysBefore: row.actionDaysBefore.map(Number), onDueDate: row.actionOnDueDate, overdueEveryDays: row.actionOverdueEveryDays },
    responses: { daysBefore: row.responseDaysBefore.map(Number), onDueDate: row.responseOnDueDate, overdueEveryDays: row.responseOverdueEveryDays },
    scrutinyOfficerEmail: row.scrutinyOfficerEmail,
    executiveContactEmail: row.executiveContactEmail,
    isDefault: false,
  };
}

const columns = ['committeeId', 'actionDaysBefore', 'actionOnDueDate', 'actionOverdueEveryDays', 'responseDaysBefore', 'responseOnDueDate', 'responseOverdueEveryDays', 'scrutinyOfficerEmail', 'executiveContactEmail'] as const;

export async function findReminderSettings(db: Db, committeeId: number): Promise<CommitteeReminderSettings> {
  const row = await db.selectFrom('followThroughSettings').select(columns).where('committeeId', '=', committeeId).executeTakeFirst();
  return fromRow(committeeId, row);
}

/** Every committee's settings, keyed by committee id; committees without a row get the defaults. */
export async function listReminderSettings(db: Db, committeeIds: readonly number[]): Promise<Map<number, CommitteeReminderSettings>> {
  const rows = committeeIds.length ? await db.selectFrom('followThroughSettings').select(columns).where('committeeId', 'in', committeeIds).execute() : [];
  const byId = new Map(rows.map((r) => [r.committeeId, r]));
  return new Map(committeeIds.map((id) => [id, fromRow(id, byId.get(id))]));
}

export async function saveReminderSettings(trx: Transaction<Database>, settings: Omit<CommitteeReminderSettings, 'isDefault'>): Promise<void> {
  const values = {
    actionDaysBefore: [...new Set(settings.actions.daysBefore)].sort((a, b) => b - a),
    actionOnDueDate: settings.actions.onDueDate,
    actionOverdueEveryDays: settings.actions.overdueEveryDays,
    responseDaysBefore: [...new Set(settings.responses.daysBefore)].sort((a, b) => b - a),
    responseOnDueDate: settings.responses.onDueDate,
    responseOverdueEveryDays: settings.responses.overdueEveryDays,
    scrutinyOfficerEmail: settings.scrutinyOfficerEmail,
    executiveContactEmail: settings.executiveContactEmail,
  };
  await trx
    .insertInto('followThroughSettings')
    .values({ committeeId: settings.committeeId, ...values })
    .onConflict((oc) => oc.column('committeeId').doUpdateSet({ ...values, updatedAt: new Date() }))
    .execute();
}

/** Back to the defaults. */
export async function deleteReminderSettings(trx: Transaction<Database>, committeeId: number): Promise<void> {
  await trx.deleteFrom('followThroughSettings').where('committeeId', '=', committeeId).execute();
}
