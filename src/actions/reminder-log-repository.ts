import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../db/database.ts';

type Db = Kysely<Database> | Transaction<Database>;

export type ReminderSubject = { actionId: number } | { recommendationId: number };

export interface SentReminder {
  key: string;
  sentOn: string;
  recipients: string[];
}

/** Reminders already sent, by action or recommendation id. */
export async function listSentReminders(db: Db, subject: 'action' | 'recommendation', ids: readonly number[]): Promise<Map<number, SentReminder[]>> {
  const sent = new Map<number, SentReminder[]>();
  if (ids.length === 0) return sent;
  const column = subject === 'action' ? 'actionId' : 'recommendationId';
  const rows = await db.selectFrom('followThroughReminder').select([column, 'reminderKey', 'sentOn', 'recipients']).where(column, 'in', ids).orderBy('sentOn').orderBy('id').execute();
  for (const row of rows) {
    const id = row[column]!;
    sent.set(id, [...(sent.get(id) ?? []), { key: row.reminderKey, sentOn: row.sentOn, recipients: row.recipients }]);
  }
  return sent;
}

/**
 * Claims a reminder before it is sent: true when this caller is the first
 * to record it. Two processes sweeping at once both try; the unique key
 * lets one through and the other waits for it, then sees the row.
 */
export async function claimReminder(trx: Transaction<Database>, subject: ReminderSubject, reminder: { key: string; sentOn: string; recipients: readonly string[] }): Promise<number | undefined> {
  const row = await trx
    .insertInto('followThroughReminder')
    .values({
      actionId: 'actionId' in subject ? subject.actionId : null,
      recommendationId: 'recommendationId' in subject ? subject.recommendationId : null,
      reminderKey: reminder.key,
      sentOn: reminder.sentOn,
      recipients: JSON.stringify(reminder.recipients),
    })
    .onConflict((oc) => oc.columns(['actionId' in subject ? 'actionId' : 'recommendationId', 'reminderKey']).doNothing())
    .returning('id')
    .executeTakeFirst();
  return row?.id;
}

export async function attachReminderJob(trx: Transaction<Database>, reminderId: number, jobId: number | undefined): Promise<void> {
  if (jobId !== undefined) await trx.updateTable('followThroughReminder').set({ jobId }).where('id', '=', reminderId).execute();
}
