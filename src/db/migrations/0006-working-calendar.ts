import { type Kysely, sql } from 'kysely';

/**
 * A council's own closure days (the days between Christmas and New Year,
 * a local holiday): not working days for any deadline, on top of the
 * nation's bank holidays, which come from the date-holidays library and
 * are not stored. One row per day.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql.raw(`
create table council_closure_day (
  date date primary key,
  reason text not null check (length(trim(reason)) > 0),
  created_at timestamptz not null default now()
);
`).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table if exists council_closure_day`.execute(db);
}
