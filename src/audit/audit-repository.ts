import type { Kysely, Transaction } from 'kysely';
import type { Actor } from '../accounts/roles.ts';
import type { Database } from '../db/database.ts';

type Db = Kysely<Database> | Transaction<Database>;

export interface AuditEntry {
  /** What was done, as a verb: 'create', 'update', 'delete', 'publish', 'cancel', 'approve'… */
  action: string;
  /** The kind of record, as its table is named: 'meeting', 'agenda_item', 'staff_user'. */
  entity: string;
  entityId: number | string | null;
  /** One line a person reads in the trail: "Published the agenda for Audit Committee, 2 March 2026". */
  summary: string;
  before?: unknown;
  after?: unknown;
}

export async function insertAuditEvent(db: Db, actor: Pick<Actor, 'id' | 'name'> | null, entry: AuditEntry): Promise<void> {
  await db
    .insertInto('auditEvent')
    .values({
      userId: actor?.id ?? null,
      userName: actor?.name ?? 'Gavel',
      action: entry.action,
      entity: entry.entity,
      entityId: entry.entityId === null ? null : String(entry.entityId),
      summary: entry.summary,
      before: entry.before === undefined ? null : JSON.stringify(entry.before),
      after: entry.after === undefined ? null : JSON.stringify(entry.after),
    })
    .execute();
}

export interface AuditFilter {
  userId?: number;
  entity?: string;
  entityId?: string;
  limit: number;
  offset: number;
}

export async function listAuditEvents(db: Db, filter: AuditFilter) {
  let query = db.selectFrom('auditEvent').selectAll();
  if (filter.userId !== undefined) query = query.where('userId', '=', filter.userId);
  if (filter.entity !== undefined) query = query.where('entity', '=', filter.entity);
  if (filter.entityId !== undefined) query = query.where('entityId', '=', filter.entityId);
  const [rows, total] = await Promise.all([
    query.orderBy('at', 'desc').orderBy('id', 'desc').limit(filter.limit).offset(filter.offset).execute(),
    query.clearSelect().select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(total.n) };
}

export async function listAuditedEntities(db: Db): Promise<string[]> {
  const rows = await db.selectFrom('auditEvent').select('entity').distinct().orderBy('entity').execute();
  return rows.map((r) => r.entity);
}
