import { type Kysely, sql } from 'kysely';

/**
 * Topics across the years, and following.
 *
 * - `topic`: a subject scrutiny returns to ("Home to school transport"),
 *   and `topic_link`: an officer's decision that a record belongs to it
 *   (confirmed) or does not (rejected, so it is not suggested again).
 *   Suggestions themselves are computed when asked for, never stored.
 *   A link names exactly one record through its own foreign key, so a
 *   deleted record takes its links with it.
 * - `follower`: one confirmed (or not yet confirmed) email address;
 *   `follow`: what it follows (a committee, a topic or a saved search).
 *   No account, no name: the address is all that is kept.
 * - `follow_link`: one row per email sent to a follower, holding only the
 *   SHA-256 of the token in that email's links (confirm, manage,
 *   unsubscribe), so reading the database gives no working link.
 * - `follow_request`: form submissions counted per sender (keyed hashes of
 *   the IP address and of the email address), for the rate limits.
 * - `follow_event`: what has newly appeared (an agenda or supplement
 *   published, minutes published, an executive response, a forward plan
 *   entry, an executive decision taken), written by triggers on the tables
 *   concerned so every writer (back office, importer, demo, CLI) is caught
 *   in its own transaction, and a `notify-followers` job is queued.
 * - `follow_notification`: one row per follower per event, taken once
 *   (primary key) however many processes run the job.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql.raw(`
create table topic (
  id integer primary key generated always as identity,
  slug text not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and length(slug) <= 120),
  name text not null check (length(trim(name)) between 1 and 150),
  description text check (length(description) <= 2000),
  -- A topic merged into another: its address sends readers to the other.
  merged_into_topic_id integer references topic (id) on delete set null check (merged_into_topic_id <> id),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index topic_name_trgm on topic using gin (name gin_trgm_ops);

create table topic_link (
  id integer primary key generated always as identity,
  topic_id integer not null references topic (id) on delete cascade,
  record_kind text not null check (record_kind in ('agenda-item', 'recommendation', 'action', 'work-programme-item', 'forward-plan-entry', 'document')),
  agenda_item_id integer references agenda_item (id) on delete cascade,
  recommendation_id integer references recommendation (id) on delete cascade,
  action_id integer references action (id) on delete cascade,
  work_programme_item_id integer references work_programme_item (id) on delete cascade,
  forward_plan_entry_id integer references forward_plan_entry (id) on delete cascade,
  document_id integer references document (id) on delete cascade,
  check (num_nonnulls(agenda_item_id, recommendation_id, action_id, work_programme_item_id, forward_plan_entry_id, document_id) = 1),
  check (case record_kind
    when 'agenda-item' then agenda_item_id is not null
    when 'recommendation' then recommendation_id is not null
    when 'action' then action_id is not null
    when 'work-programme-item' then work_programme_item_id is not null
    when 'forward-plan-entry' then forward_plan_entry_id is not null
    else document_id is not null end),
  -- The one record's id, whichever column holds it, so a link is looked up by (record_kind, record_id).
  record_id integer not null generated always as (coalesce(agenda_item_id, recommendation_id, action_id, work_programme_item_id, forward_plan_entry_id, document_id)) stored,
  status text not null check (status in ('confirmed', 'rejected')),
  -- How the link came about: a suggestion accepted or rejected, added by hand, or brought by a merge.
  source text not null check (source in ('suggested', 'by-hand', 'merged')),
  -- The suggestion's score when it was decided, for tuning the threshold.
  score real check (score between 0 and 1),
  decided_at timestamptz not null default now(),
  decided_by_staff_user_id integer references staff_user (id) on delete set null,
  decided_by_name text not null,
  unique (topic_id, record_kind, record_id)
);
-- What topics a record is in: the notification job and the back office look up by record.
create index topic_link_record on topic_link (record_kind, record_id);
-- The foreign keys, for deleting records.
create index topic_link_agenda_item on topic_link (agenda_item_id) where agenda_item_id is not null;
create index topic_link_recommendation on topic_link (recommendation_id) where recommendation_id is not null;
create index topic_link_action on topic_link (action_id) where action_id is not null;
create index topic_link_work_programme_item on topic_link (work_programme_item_id) where work_programme_item_id is not null;
create index topic_link_forward_plan_entry on topic_link (forward_plan_entry_id) where forward_plan_entry_id is not null;
create index topic_link_document on topic_link (document_id) where document_id is not null;

create table follower (
  id integer primary key generated always as identity,
  email text not null check (length(email) between 3 and 254),
  -- One row per address however it is typed.
  email_key text not null unique check (email_key = lower(email_key)),
  created_at timestamptz not null default now()
);

create table follow (
  id integer primary key generated always as identity,
  follower_id integer not null references follower (id) on delete cascade,
  kind text not null check (kind in ('committee', 'topic', 'search')),
  committee_id integer references committee (id) on delete cascade,
  topic_id integer references topic (id) on delete cascade,
  -- A saved search: the words as typed, and the kinds and committees (slugs) ticked.
  search_query text check (length(search_query) between 1 and 200),
  search_kinds text[] not null default '{}',
  search_committees text[] not null default '{}',
  check ((kind = 'committee') = (committee_id is not null)),
  check ((kind = 'topic') = (topic_id is not null)),
  check ((kind = 'search') = (search_query is not null)),
  -- What is followed, as one value: 'committee:12', 'topic:3', 'search:q=bus+lanes&kind=resolution'.
  target_key text not null check (length(target_key) <= 1000),
  created_at timestamptz not null default now(),
  confirmed_at timestamptz,
  ended_at timestamptz
);
create unique index follow_active on follow (follower_id, target_key) where ended_at is null;
create index follow_committee on follow (committee_id) where committee_id is not null;
create index follow_topic on follow (topic_id) where topic_id is not null;
create index follow_search on follow (id) where kind = 'search' and confirmed_at is not null and ended_at is null;

create table follow_link (
  token_hash text primary key check (token_hash ~ '^[0-9a-f]{64}$'),
  follower_id integer not null references follower (id) on delete cascade,
  -- The follow the email was about: its one-click unsubscribe ends this one.
  follow_id integer not null references follow (id) on delete cascade,
  purpose text not null check (purpose in ('confirm', 'notify')),
  -- Only confirming expires; unsubscribing and managing work from any email, however old.
  confirm_by timestamptz,
  check ((purpose = 'confirm') = (confirm_by is not null)),
  created_at timestamptz not null default now()
);
create index follow_link_follow on follow_link (follow_id);
create index follow_link_follower on follow_link (follower_id);

create table follow_request (
  id bigint primary key generated always as identity,
  -- HMACs with an instance secret: counts per sender and per address, never the values.
  address_hash text not null check (address_hash ~ '^[0-9a-f]{64}$'),
  email_hash text not null check (email_hash ~ '^[0-9a-f]{64}$'),
  submitted_at timestamptz not null default now()
);
create index follow_request_address on follow_request (address_hash, submitted_at);
create index follow_request_email on follow_request (email_hash, submitted_at);

create table follow_event (
  id bigint primary key generated always as identity,
  kind text not null check (kind in ('agenda-published', 'minutes-published', 'response', 'forward-plan-entry', 'decision')),
  -- An agenda_publication, a meeting, a recommendation or a forward_plan_entry, by kind.
  record_id integer not null,
  occurred_at timestamptz not null default now(),
  processed_at timestamptz,
  unique (kind, record_id)
);
create index follow_event_waiting on follow_event (id) where processed_at is null;

create table follow_notification (
  follower_id integer not null references follower (id) on delete cascade,
  event_id bigint not null references follow_event (id) on delete cascade,
  follow_id integer references follow (id) on delete set null,
  job_id bigint references job (id) on delete set null,
  created_at timestamptz not null default now(),
  primary key (follower_id, event_id)
);
create index follow_notification_event on follow_notification (event_id);

-- Records an event and asks for a notify-followers run a minute later,
-- unless one is already waiting: a burst of changes (an import, minutes
-- with their decisions) is handled by one run.
create function follow_record_events(p_kind text, p_ids integer[]) returns void
language plpgsql as $$
begin
  if p_ids is null or cardinality(p_ids) = 0 then
    return;
  end if;
  insert into follow_event (kind, record_id)
  select p_kind, id from unnest(p_ids) as id
  on conflict (kind, record_id) do nothing;
  if found then
    insert into job (kind, payload, run_at)
    select 'notify-followers', '{}'::jsonb, now() + interval '1 minute'
    where not exists (
      select 1 from job where kind = 'notify-followers' and finished_at is null and failed_at is null
        and (locked_until is null or locked_until < now()));
  end if;
end $$;

create function follow_track_publication() returns trigger
language plpgsql as $$
begin
  perform follow_record_events('agenda-published', array(select id from new_rows));
  return null;
end $$;

-- Minutes are public once drafted (status draft-minutes or minutes-approved).
create function follow_track_meeting() returns trigger
language plpgsql as $$
begin
  if tg_op = 'INSERT' then
    perform follow_record_events('minutes-published', array(
      select id from new_rows where status in ('draft-minutes', 'minutes-approved')));
  else
    perform follow_record_events('minutes-published', array(
      select n.id from new_rows n join old_rows o on o.id = n.id
      where n.status in ('draft-minutes', 'minutes-approved') and o.status not in ('draft-minutes', 'minutes-approved')));
  end if;
  return null;
end $$;

create function follow_track_recommendation() returns trigger
language plpgsql as $$
begin
  if tg_op = 'INSERT' then
    perform follow_record_events('response', array(select id from new_rows where response is not null));
  else
    perform follow_record_events('response', array(
      select n.id from new_rows n join old_rows o on o.id = n.id where n.response is not null and o.response is null));
  end if;
  return null;
end $$;

create function follow_track_forward_plan() returns trigger
language plpgsql as $$
begin
  if tg_op = 'INSERT' then
    perform follow_record_events('forward-plan-entry', array(select id from new_rows where status in ('planned', 'deferred')));
    perform follow_record_events('decision', array(select id from new_rows where status = 'decided'));
  else
    perform follow_record_events('decision', array(
      select n.id from new_rows n join old_rows o on o.id = n.id where n.status = 'decided' and o.status <> 'decided'));
  end if;
  return null;
end $$;

create trigger follow_insert after insert on agenda_publication referencing new table as new_rows
  for each statement execute function follow_track_publication();
create trigger follow_insert after insert on meeting referencing new table as new_rows
  for each statement execute function follow_track_meeting();
create trigger follow_update after update on meeting referencing old table as old_rows new table as new_rows
  for each statement execute function follow_track_meeting();
create trigger follow_insert after insert on recommendation referencing new table as new_rows
  for each statement execute function follow_track_recommendation();
create trigger follow_update after update on recommendation referencing old table as old_rows new table as new_rows
  for each statement execute function follow_track_recommendation();
create trigger follow_insert after insert on forward_plan_entry referencing new table as new_rows
  for each statement execute function follow_track_forward_plan();
create trigger follow_update after update on forward_plan_entry referencing old table as old_rows new table as new_rows
  for each statement execute function follow_track_forward_plan();
`).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql.raw(`
drop trigger if exists follow_insert on agenda_publication;
drop trigger if exists follow_insert on meeting;
drop trigger if exists follow_update on meeting;
drop trigger if exists follow_insert on recommendation;
drop trigger if exists follow_update on recommendation;
drop trigger if exists follow_insert on forward_plan_entry;
drop trigger if exists follow_update on forward_plan_entry;
drop function if exists follow_track_forward_plan(), follow_track_recommendation(), follow_track_meeting(), follow_track_publication(),
  follow_record_events(text, integer[]);
drop table if exists follow_notification, follow_event, follow_request, follow_link, follow, follower, topic_link, topic;
`).execute(db);
}
