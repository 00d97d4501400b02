import type { Kysely } from 'kysely';
import { attachReminderJob, claimReminder, listSentReminders } from '../actions/reminder-log-repository.ts';
import { remindersDue } from '../actions/reminder-schedule.ts';
import { listReminderSettings } from '../actions/reminder-settings-repository.ts';
import type { Database } from '../db/database.ts';
import { queueEmail } from '../email/queue-email.ts';
import { defineDailyJob } from '../jobs/job-definition.ts';
import { formatDateShort } from '../web/format.ts';
import { findRecommendation, listRecommendations } from './recommendation-repository.ts';
import { responseReminderRecipients, trackerEntry } from './recommendation-tracker.ts';

export const RESPONSE_REMINDERS = 'response-reminders';

export function responseReminderDedupeKey(recommendationId: number, reminderKey: string): string {
  return `response-reminder:${recommendationId}:${reminderKey}`;
}

/**
 * Chases responses to recommendations, by each committee's intervals:
 * before the due date and while late, an email to the addressee's contact
 * and the scrutiny officer, claimed in the reminder log and queued in one
 * transaction so each goes once. Returns the ids of the recommendations chased.
 */
export async function sendDueResponseReminders(db: Kysely<Database>, options: { today: string; publicUrl: string }): Promise<number[]> {
  const awaiting = (await listRecommendations(db, { awaitingResponse: true })).map((row) => trackerEntry(row, options.today)).filter((e) => e.dueOn !== null);
  const settings = await listReminderSettings(db, [...new Set(awaiting.map((e) => e.committeeId))]);
  const sent = await listSentReminders(db, 'recommendation', awaiting.map((e) => e.id));
  const chased: number[] = [];
  for (const entry of awaiting) {
    const committee = settings.get(entry.committeeId)!;
    const recipients = responseReminderRecipients(entry, committee);
    if (recipients.length === 0) continue;
    for (const reminder of remindersDue({ dueOn: entry.dueOn, done: false }, options.today, committee.responses, sent.get(entry.id) ?? [])) {
      const queued = await db.transaction().execute(async (trx) => {
        const row = await findRecommendation(trx, entry.id);
        if (!row || row.response !== null || row.respondedOn !== null) return false;
        const claimed = await claimReminder(trx, { recommendationId: row.id }, { key: reminder.key, sentOn: options.today, recipients });
        if (claimed === undefined) return false;
        const current = trackerEntry(row, options.today);
        const label = `Recommendation${row.letter ? ` (${row.letter})` : ''} of the ${row.committeeName}`;
        const subject =
          reminder.daysToDue > 0
            ? `Response due ${formatDateShort(reminder.dueOn)}: ${label}`
            : reminder.daysToDue === 0
              ? `Response due today: ${label}`
              : `Response overdue since ${formatDateShort(reminder.dueOn)}: ${label}`;
        const jobId = await queueEmail(
          trx,
          {
            to: recipients,
            subject,
            template: 'emails/response-reminder',
            context: { rec: current, reminder, daysLate: reminder.daysToDue < 0 ? -reminder.daysToDue : null, trackerUrl: `${options.publicUrl}/manage/recommendations/${row.id}` },
          },
          { dedupeKey: responseReminderDedupeKey(row.id, reminder.key) },
        );
        await attachReminderJob(trx, claimed, jobId);
        return true;
      });
      if (queued) chased.push(entry.id);
    }
  }
  return chased;
}

/** The daily chase of responses, at 07:00 London time by default, once a day however many processes run. */
export function createResponseRemindersJob(options: { publicUrl: string; at?: string }) {
  return defineDailyJob({
    kind: RESPONSE_REMINDERS,
    at: options.at ?? '07:00',
    async run({ date }, { db }) {
      await sendDueResponseReminders(db, { today: date, publicUrl: options.publicUrl });
    },
  });
}
