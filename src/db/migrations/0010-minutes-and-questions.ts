import { type Kysely, sql } from 'kysely';

/**
 * What recording a meeting and taking public questions need beyond the
 * foundation's tables:
 * - remote attendance that counts as presence (Wales: Local Government and
 *   Elections (Wales) Act 2021 s.47), where England's 'remote-non-voting'
 *   status does not;
 * - a dispensation that lets a member with a disclosable pecuniary interest
 *   stay (Localism Act 2011 s.33);
 * - corrections agreed when the next meeting approves the minutes;
 * - a question asker's contact details, kept apart from the question itself
 *   so that no public query can reach an email address by accident;
 * - a per-address count of question submissions, to slow down spam. The
 *   address is stored only as a keyed hash.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql.raw(`
alter table attendance add column attended_remotely boolean not null default false;
alter table declaration add column dispensation boolean not null default false;

create table minutes_amendment (
  id integer primary key generated always as identity,
  meeting_id integer not null references meeting (id) on delete cascade,
  approved_by_meeting_id integer references meeting (id) on delete set null,
  text text not null check (length(text) between 1 and 5000),
  recorded_by_name text not null,
  recorded_at timestamptz not null default now()
);
create index minutes_amendment_meeting on minutes_amendment (meeting_id);

create table public_question_contact (
  public_question_id integer primary key references public_question (id) on delete cascade,
  email text not null,
  -- Ward or address as the asker gave it, where the constitution asks for it.
  address text,
  created_at timestamptz not null default now()
);

create table question_submission (
  id bigint primary key generated always as identity,
  -- HMAC of the sender's IP address with an instance secret: counts, never addresses.
  address_hash text not null check (address_hash ~ '^[0-9a-f]{64}$'),
  submitted_at timestamptz not null default now()
);
create index question_submission_address on question_submission (address_hash, submitted_at);
`).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql.raw(`
drop table if exists question_submission, public_question_contact, minutes_amendment;
alter table declaration drop column if exists dispensation;
alter table attendance drop column if exists attended_remotely;
`).execute(db);
}
