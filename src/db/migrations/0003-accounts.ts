import { type Kysely, sql } from 'kysely';

/**
 * Staff who sign in to the back office, their sessions, the audit trail of
 * every change they make, and the instance's own secrets.
 *
 * Sessions are rows, not memory, so several server processes behind a load
 * balancer share them and "sign out everywhere" is one delete. Only a hash
 * of each session token and set-password token is stored: a copy of the
 * database does not let anyone sign in.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql.raw(`
create table staff_user (
  id integer primary key generated always as identity,
  email text not null,
  name text not null,
  role text not null check (role in ('administrator', 'democratic-services', 'scrutiny-officer', 'report-author', 'councillor')),
  -- The councillor or officer this account is: report authors edit the reports they are named on.
  person_id integer references person (id) on delete set null,
  -- Argon2id (PHC string). Null until the person has chosen a password.
  password_hash text,
  is_active boolean not null default true,
  failed_sign_ins smallint not null default 0,
  last_failed_sign_in_at timestamptz,
  locked_until timestamptz,
  last_signed_in_at timestamptz,
  created_at timestamptz not null default now()
);
create unique index staff_user_email on staff_user (lower(email));
create index staff_user_person on staff_user (person_id);

create table staff_session (
  -- sha256 of the token in the cookie, hex.
  token_hash text primary key check (token_hash ~ '^[0-9a-f]{64}$'),
  user_id integer not null references staff_user (id) on delete cascade,
  created_at timestamptz not null default now(),
  last_seen_at timestamptz not null default now(),
  expires_at timestamptz not null,
  user_agent text,
  ip_address text
);
create index staff_session_user on staff_session (user_id);

-- One-time links to choose a password: sent to new staff and on a reset.
create table password_token (
  token_hash text primary key check (token_hash ~ '^[0-9a-f]{64}$'),
  user_id integer not null references staff_user (id) on delete cascade,
  purpose text not null check (purpose in ('invitation', 'reset')),
  expires_at timestamptz not null,
  used_at timestamptz,
  created_at timestamptz not null default now()
);
create index password_token_user on password_token (user_id);

create table audit_event (
  id bigint primary key generated always as identity,
  at timestamptz not null default now(),
  -- Kept as a name too: the trail must still say who after an account is deleted.
  user_id integer references staff_user (id) on delete set null,
  user_name text not null,
  action text not null,
  entity text not null,
  entity_id text,
  summary text not null,
  before jsonb,
  after jsonb
);
create index audit_event_at on audit_event (at desc, id desc);
create index audit_event_entity on audit_event (entity, entity_id);
create index audit_event_user on audit_event (user_id);

-- Secrets every process of this instance must share (the cookie-signing key), made on first use.
create table instance_secret (
  name text primary key,
  value text not null,
  created_at timestamptz not null default now()
);
`).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table if exists instance_secret, audit_event, password_token, staff_session, staff_user cascade`.execute(db);
}
