import type { Kysely } from 'kysely';
import type { Actor } from '../accounts/roles.ts';
import { withAudit } from '../audit/with-audit.ts';
import type { Database } from '../db/database.ts';
import { actionStatusLabels } from '../tracking/action-status.ts';
import { formatDateShort } from '../web/format.ts';
import type { ProgressInput } from './action-forms.ts';
import { markActionLinkUsed } from './action-link-repository.ts';
import { actionSnapshot, type ActionDetail, recordActionReport } from './action-repository.ts';

export type ProgressAuthor =
  | { kind: 'staff'; actor: Pick<Actor, 'id' | 'name'>; personId: number | null }
  | { kind: 'owner-link'; personId: number; name: string; tokenHash: string };

/**
 * Records a progress report on an action, from the back office or the
 * owner's emailed link, with its audit entry, in one transaction. The
 * owner has no account: the trail names them and says it came by the link.
 */
export async function reportProgress(db: Kysely<Database>, action: ActionDetail, input: ProgressInput, author: ProgressAuthor, today: string): Promise<void> {
  const name = action.number ? `action ${action.number}` : 'an action';
  const authorName = author.kind === 'staff' ? author.actor.name : author.name;
  const summary =
    input.status === 'completed' && action.status !== 'completed'
      ? `Marked ${name} of the ${action.committeeName} complete (${formatDateShort(input.completedOn!)})`
      : input.status !== action.status
        ? `Changed ${name} of the ${action.committeeName} to ${actionStatusLabels[input.status].toLowerCase()}`
        : `Reported progress on ${name} of the ${action.committeeName}`;
  await withAudit(db, author.kind === 'staff' ? author.actor : null, async (trx, audit) => {
    const before = await actionSnapshot(trx, action.id);
    await recordActionReport(trx, action.id, { ...input, writtenOn: today, authorName, authorPersonId: author.personId });
    if (author.kind === 'owner-link') await markActionLinkUsed(trx, author.tokenHash, new Date());
    await audit({
      action: 'report-progress',
      entity: 'action',
      entityId: action.id,
      summary: author.kind === 'owner-link' ? `${author.name}, through the emailed link: ${summary}` : summary,
      before,
      after: { ...(await actionSnapshot(trx, action.id)), progress: input.progress },
    });
  });
}
