import type { Kysely } from 'kysely';
import type { Database } from '../db/database.ts';
import { defineDailyJob } from '../jobs/job-definition.ts';
import { emailActionLink } from './action-link-email.ts';
import { findAction, listActionsForReminders } from './action-repository.ts';
import { attachReminderJob, claimReminder, listSentReminders } from './reminder-log-repository.ts';
import { remindersDue } from './reminder-schedule.ts';
import { listReminderSettings } from './reminder-settings-repository.ts';

export const ACTION_REMINDERS = 'action-reminders';

/** The dedupe key of one reminder's email: one action, one reminder, one due date. */
export function actionReminderDedupeKey(actionId: number, reminderKey: string): string {
  return `action-reminder:${actionId}:${reminderKey}`;
}

/**
 * Sends today's reminders to action owners, by each committee's intervals:
 * each reminder is claimed in the reminder log and its email queued in one
 * transaction, so it goes once even when two processes sweep together, and
 * not at all if queuing fails. Returns the ids of the actions reminded.
 */
export async function sendDueActionReminders(db: Kysely<Database>, options: { today: string; publicUrl: string; now?: Date }): Promise<number[]> {
  const candidates = await listActionsForReminders(db);
  const settings = await listReminderSettings(db, [...new Set(candidates.map((c) => c.committeeId))]);
  const sent = await listSentReminders(db, 'action', candidates.map((c) => c.id));
  const reminded: number[] = [];
  for (const candidate of candidates) {
    const due = remindersDue({ dueOn: candidate.dueOn, done: false }, options.today, settings.get(candidate.committeeId)!.actions, sent.get(candidate.id) ?? []);
    for (const reminder of due) {
      const queued = await db.transaction().execute(async (trx) => {
        const action = await findAction(trx, candidate.id);
        if (!action?.ownerEmail || action.status === 'completed') return false;
        const claimed = await claimReminder(trx, { actionId: action.id }, { key: reminder.key, sentOn: options.today, recipients: [action.ownerEmail] });
        if (claimed === undefined) return false;
        const result = await emailActionLink(trx, action, {
          publicUrl: options.publicUrl,
          now: options.now ?? new Date(),
          today: options.today,
          reminder,
          dedupeKey: actionReminderDedupeKey(action.id, reminder.key),
        });
        if ('jobId' in result) await attachReminderJob(trx, claimed, result.jobId);
        return true;
      });
      if (queued) reminded.push(candidate.id);
    }
  }
  return reminded;
}

/**
 * The daily sweep, at 07:00 London time by default: the scheduler runs it
 * once a day however many processes run, and a day missed while no
 * process ran is caught up by remindersDue's catch-up rule.
 */
export function createActionRemindersJob(options: { publicUrl: string; at?: string }) {
  return defineDailyJob({
    kind: ACTION_REMINDERS,
    at: options.at ?? '07:00',
    async run({ date }, { db }) {
      await sendDueActionReminders(db, { today: date, publicUrl: options.publicUrl });
    },
  });
}
