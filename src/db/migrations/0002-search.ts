import { type Kysely, sql } from 'kysely';

/**
 * Search finds people and committees by name even when the name is
 * misspelt ("Cllr Smiht", "plannig committee"): pg_trgm's similarity
 * operators, served by trigram GIN indexes. PGlite loads the extension in
 * db/embedded.ts; a PostgreSQL server needs its contrib package, which the
 * Debian and official images include.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create extension if not exists pg_trgm`.execute(db);
  await sql`create index person_full_name_trgm on person using gin (full_name gin_trgm_ops)`.execute(db);
  await sql`create index committee_name_trgm on committee using gin (name gin_trgm_ops)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop index if exists committee_name_trgm`.execute(db);
  await sql`drop index if exists person_full_name_trgm`.execute(db);
}
