import { type Kysely, sql } from 'kysely';

/**
 * Following actions and recommendations through to done:
 * - links emailed to an action's owner that let them update that action
 *   and nothing else (only a hash of each link's token is kept);
 * - each committee's reminder intervals and who is chased about
 *   responses, where it departs from the defaults;
 * - the reminders sent, one row per reminder per due date, so a reminder
 *   goes once however many processes run the daily sweep;
 * - what the executive's response and the committee's follow-up review
 *   need beyond the foundation's columns.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql.raw(`
create table action_update_link (
  token_hash text primary key check (token_hash ~ '^[0-9a-f]{64}$'),
  action_id integer not null references action (id) on delete cascade,
  -- The owner it was sent to: the link stops working when the action passes to someone else.
  person_id integer not null references person (id) on delete cascade,
  sent_to text not null,
  expires_at timestamptz not null,
  created_at timestamptz not null default now(),
  last_used_at timestamptz
);
create index action_update_link_action on action_update_link (action_id);

create table follow_through_settings (
  committee_id integer primary key references committee (id) on delete cascade,
  -- Days before the due date on which the owner is reminded: {7} is a week before.
  action_days_before smallint[] not null check (array_position(action_days_before, null) is null and 0 < all (action_days_before)),
  action_on_due_date boolean not null,
  -- Null: no reminders once overdue.
  action_overdue_every_days smallint check (action_overdue_every_days between 1 and 365),
  response_days_before smallint[] not null check (array_position(response_days_before, null) is null and 0 < all (response_days_before)),
  response_on_due_date boolean not null,
  response_overdue_every_days smallint check (response_overdue_every_days between 1 and 365),
  -- Chased with the executive about responses; the committee's contact when unset.
  scrutiny_officer_email text,
  -- The cabinet clerk or executive support mailbox, for recommendations with no addressee email of their own.
  executive_contact_email text,
  updated_at timestamptz not null default now()
);

create table follow_through_reminder (
  id integer primary key generated always as identity,
  action_id integer references action (id) on delete cascade,
  recommendation_id integer references recommendation (id) on delete cascade,
  check ((action_id is null) <> (recommendation_id is null)),
  -- "before-7:2026-03-10": which reminder, for which due date, so a new due date starts a new series.
  reminder_key text not null check (reminder_key ~ '^(before-[0-9]+|due|overdue-[0-9]+):[0-9]{4}-[0-9]{2}-[0-9]{2}$'),
  sent_on date not null,
  recipients jsonb not null,
  job_id bigint references job (id) on delete set null,
  created_at timestamptz not null default now(),
  unique (action_id, reminder_key),
  unique (recommendation_id, reminder_key)
);
create index follow_through_reminder_recommendation on follow_through_reminder (recommendation_id);

alter table recommendation
  add column addressee_email text,
  -- The decision that made the response: its reference is response_decision_reference; a link or the meeting, when there is one.
  add column response_decision_url text check (response_decision_url ~ '^https?://'),
  add column response_meeting_id integer references meeting (id) on delete set null,
  -- The committee's follow-up review: review_on is its date.
  add column review_outcome text,
  add column review_meeting_id integer references meeting (id) on delete set null;

-- The back office lists actions by owner, and the reminder sweep reads the outstanding ones by due date.
create index action_owner on action (owner_person_id);
create index action_outstanding on action (due_on) where status <> 'completed';
create index recommendation_awaiting on recommendation (received_on) where response is null;
`).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql.raw(`
drop index if exists recommendation_awaiting;
drop index if exists action_outstanding;
drop index if exists action_owner;
alter table recommendation
  drop column if exists review_meeting_id,
  drop column if exists review_outcome,
  drop column if exists response_meeting_id,
  drop column if exists response_decision_url,
  drop column if exists addressee_email;
drop table if exists follow_through_reminder, follow_through_settings, action_update_link;
`).execute(db);
}
