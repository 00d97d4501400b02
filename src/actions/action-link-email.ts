import type { Transaction } from 'kysely';
import { instanceSecret } from '../accounts/instance-secret-repository.ts';
import type { Database } from '../db/database.ts';
import { queueEmail } from '../email/queue-email.ts';
import { formatDateShort } from '../web/format.ts';
import { ACTION_LINK_DAYS, createActionLinkToken } from './action-link-token.ts';
import { insertActionLink } from './action-link-repository.ts';
import type { ActionDetail } from './action-repository.ts';
import type { ReminderDue } from './reminder-schedule.ts';

/** The instance secret that signs owners' links; one purpose, one secret. */
export const ACTION_LINK_SECRET = 'action-update-links';

export type ActionLinkEmailResult = { sentTo: string; jobId: number | undefined; expiresAt: Date } | { problem: 'no-owner' | 'no-email' };

/**
 * Emails an action's owner a link that lets them update that action, and
 * nothing else, for ACTION_LINK_DAYS days: as a reminder, or when a clerk
 * asks. The link is made, stored (as a hash) and the email queued in the
 * caller's transaction, so a rollback leaves neither a live link nor an email.
 */
export async function emailActionLink(
  trx: Transaction<Database>,
  action: ActionDetail,
  options: { publicUrl: string; now: Date; today: string; reminder?: ReminderDue; dedupeKey?: string },
): Promise<ActionLinkEmailResult> {
  if (action.ownerPersonId === null) return { problem: 'no-owner' };
  if (!action.ownerEmail) return { problem: 'no-email' };
  const secret = await instanceSecret(trx, ACTION_LINK_SECRET);
  const link = createActionLinkToken(secret, action.id, new Date(options.now.getTime() + ACTION_LINK_DAYS * 86_400_000));
  await insertActionLink(trx, { tokenHash: link.tokenHash, actionId: action.id, personId: action.ownerPersonId, sentTo: action.ownerEmail, expiresAt: link.expiresAt });
  const name = action.number ? `Action ${action.number}` : 'An action';
  const jobId = await queueEmail(
    trx,
    {
      to: action.ownerEmail,
      subject: subjectFor(name, action, options.reminder),
      template: 'emails/action-update-request',
      context: {
        action,
        reminder: options.reminder ?? null,
        daysOverdue: options.reminder && options.reminder.daysToDue < 0 ? -options.reminder.daysToDue : null,
        updateUrl: `${options.publicUrl}/action-update/${link.token}`,
        expiresOn: link.expiresAt.toISOString().slice(0, 10),
        today: options.today,
      },
    },
    options.dedupeKey ? { dedupeKey: options.dedupeKey } : {},
  );
  return { sentTo: action.ownerEmail, jobId, expiresAt: link.expiresAt };
}

function subjectFor(name: string, action: ActionDetail, reminder: ReminderDue | undefined): string {
  const committee = action.committeeName;
  if (!reminder) return `${name} for the ${committee}: please update its progress`;
  if (reminder.daysToDue > 0) return `${name} for the ${committee} is due on ${formatDateShort(reminder.dueOn)}`;
  if (reminder.daysToDue === 0) return `${name} for the ${committee} is due today`;
  return `${name} for the ${committee} is overdue: it was due on ${formatDateShort(reminder.dueOn)}`;
}
