import { type Kysely, sql } from 'kysely';

/**
 * Background jobs (emails, reminders, daily sweeps) stored in the database,
 * so they survive a restart and several server processes share them: a
 * worker claims a due job with FOR UPDATE SKIP LOCKED and holds it by a
 * lease (locked_until), not by an open transaction, so a job that talks to
 * a mail server never holds a database connection, and a crashed process's
 * jobs are retried when the lease runs out.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql.raw(`
create table job (
  id bigint primary key generated always as identity,
  kind text not null check (kind ~ '^[a-z][a-z0-9-]*$'),
  payload jsonb not null default '{}',
  run_at timestamptz not null default now(),
  -- Names one piece of work ("reminder 2 for action 17 on 2027-01-05"): queued once, however many processes try.
  dedupe_key text unique,
  attempts integer not null default 0 check (attempts >= 0),
  max_attempts integer not null default 10 check (max_attempts >= 1),
  locked_by text,
  locked_until timestamptz,
  finished_at timestamptz,
  -- Set when the job has used its attempts or cannot succeed (an invalid payload); it is not tried again.
  failed_at timestamptz,
  last_error text,
  created_at timestamptz not null default now(),
  check (finished_at is null or failed_at is null)
);
-- The claim query: unfinished jobs in run_at order. Finished jobs, the great majority, stay out of the index.
create index job_due on job (run_at, id) where finished_at is null and failed_at is null;
create index job_failed on job (failed_at) where failed_at is not null;
`).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table if exists job`.execute(db);
}
