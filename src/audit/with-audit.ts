import type { Kysely, Transaction } from 'kysely';
import type { Actor } from '../accounts/roles.ts';
import type { Database } from '../db/database.ts';
import { type AuditEntry, insertAuditEvent } from './audit-repository.ts';

export type RecordChange = (entry: AuditEntry) => Promise<void>;

/**
 * Every change made in the back office goes through here: the change and
 * its audit entries commit together or not at all, so the trail never
 * claims a change that did not happen, nor misses one that did.
 *
 * @example
 * await withAudit(db, request.staff, async (trx, audit) => {
 *   const before = await findMeetingById(trx, id);
 *   const after = await cancelMeeting(trx, id, reason);
 *   await audit({ action: 'cancel', entity: 'meeting', entityId: id, summary: `Cancelled ${name}`, before, after });
 * });
 */
export async function withAudit<T>(
  db: Kysely<Database>,
  actor: Pick<Actor, 'id' | 'name'> | null,
  work: (trx: Transaction<Database>, audit: RecordChange) => Promise<T>,
): Promise<T> {
  const result = await db.transaction().execute((trx) => work(trx, (entry) => insertAuditEvent(trx, actor, entry)));
  for (const listener of committedListeners) listener();
  return result;
}

const committedListeners: (() => void)[] = [];

/** Called after every audited change commits: the public page cache listens, to drop what it holds. */
export function onAuditedChange(listener: () => void): () => void {
  committedListeners.push(listener);
  return () => {
    const index = committedListeners.indexOf(listener);
    if (index >= 0) committedListeners.splice(index, 1);
  };
}
