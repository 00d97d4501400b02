import { type Kysely, sql } from 'kysely';

/** Empties every table Gavel owns, keeping the schema and its migration history. */
export async function deleteAllData<DB>(db: Kysely<DB>): Promise<void> {
  const { rows } = await sql<{ tablename: string }>`
    select tablename from pg_tables where schemaname = current_schema() and tablename not like 'kysely\\_%'
  `.execute(db);
  if (rows.length === 0) return;
  const tables = rows.map((r) => sql.id(r.tablename));
  await sql`truncate ${sql.join(tables)} restart identity cascade`.execute(db);
}
