import type { Kysely } from 'kysely';
import type { Actor } from '../accounts/roles.ts';
import { withAudit } from '../audit/with-audit.ts';
import type { Database } from '../db/database.ts';
import { queueEmail } from '../email/queue-email.ts';
import { recordSuggestionDecision, type SuggestionSender } from './suggestion-repository.ts';
import { type TriageForm, type TriageOutcome, triageOutcome } from './suggestion-triage.ts';
import { insertChange, itemSnapshot, type ManagedItem, updateItemStanding } from './work-programme-repository.ts';

export interface TriageProps {
  item: ManagedItem;
  sender: SuggestionSender;
  form: TriageForm;
  /** The item a merged suggestion joins, checked by the caller to be open and the committee's. */
  target: ManagedItem | undefined;
  today: string;
  publicUrl: string;
}

const subjects: Record<TriageOutcome['decision'], string> = {
  accepted: 'added to the work programme',
  rejected: 'not taken forward',
  merged: 'considered with another item',
};

/**
 * Records the scrutiny officer's decision on a suggestion from the public:
 * the item changes, its history and the merged-into item's history say so,
 * the resident is emailed the outcome (and the reason), and the audit trail
 * records it, all in one transaction.
 */
export async function triageSuggestion(db: Kysely<Database>, actor: Actor, props: TriageProps): Promise<TriageOutcome> {
  const { item, sender, target, today } = props;
  const outcome = triageOutcome(props.form, today, target);
  await withAudit(db, actor, async (trx, audit) => {
    const before = await itemSnapshot(trx, item.id);
    await updateItemStanding(trx, item.id, outcome.item);
    await recordSuggestionDecision(trx, item.id, { decision: outcome.decision, reason: outcome.reason, decidedByName: actor.name });
    const by = { changedOn: today, changedByStaffUserId: actor.id, changedByName: actor.name };
    await insertChange(trx, { workProgrammeItemId: item.id, ...by, change: outcome.change, currentPosition: outcome.item.currentPosition, status: outcome.item.status, note: outcome.reason });
    if (target) await insertChange(trx, { workProgrammeItemId: target.id, ...by, change: 'merged-in', note: `“${item.title}”` });
    await queueEmail(trx, {
      to: sender.email,
      subject: `Your suggestion for the ${item.committeeName}: ${subjects[outcome.decision]}`,
      template: 'emails/work-programme-suggestion-decided',
      context: {
        name: sender.name,
        topic: item.title,
        committeeName: item.committeeName,
        decision: outcome.decision,
        reason: outcome.reason,
        mergedIntoTitle: target?.title ?? null,
        programmeUrl: `${props.publicUrl}/committees/${item.committeeSlug}/work-programme`,
      },
    });
    const verb = { accepted: 'Accepted', rejected: 'Did not take forward', merged: `Merged into “${target?.title}”` }[outcome.decision];
    await audit({
      action: { accepted: 'accept', rejected: 'reject', merged: 'merge' }[outcome.decision],
      entity: 'work_programme_item',
      entityId: item.id,
      summary: `${verb} the suggestion “${item.title}” for the ${item.committeeName} work programme`,
      before,
      after: await itemSnapshot(trx, item.id),
    });
  });
  return outcome;
}
