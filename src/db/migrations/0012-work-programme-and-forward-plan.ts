import { type Kysely, sql } from 'kysely';

/**
 * What planning scrutiny needs beyond the foundation's tables:
 * - a work programme item's origin in the council's terms (a member, an
 *   officer, the public, a meeting, the forward plan, a standing annual
 *   item), the dates of workshops and briefing notes, and what it was
 *   merged into when two items became one;
 * - the history of each item: every move between meetings and every change
 *   of its current position, with the day, who and a note;
 * - a suggestion's sender, kept apart from the item so that no public query
 *   can reach a name or an email address by accident, and a per-address
 *   count of suggestions sent (a keyed hash, never the address);
 * - a task and finish group's review: scope, timetable, final report and the
 *   recommendations it made;
 * - on the forward plan: "all wards", a person as decision maker, the
 *   decision itself, the dates that show the general exception (reg 10) or
 *   special urgency (reg 11) route was followed, and when an entry last
 *   changed, for the feed.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql.raw(`
alter table work_programme_item
  add column raised_by_kind text check (raised_by_kind in ('member', 'officer', 'public', 'meeting', 'forward-plan', 'standing', 'other')),
  add column raised_at_meeting_id integer references meeting (id) on delete set null,
  -- As work programmes print "[Performance review]", "[Pre-decision scrutiny]".
  add column scrutiny_type text check (length(scrutiny_type) <= 100),
  -- A workshop's day and times; a briefing note's target date.
  add column session_on date,
  add column session_starts_at time,
  add column session_ends_at time check (session_ends_at is null or session_starts_at is null or session_ends_at > session_starts_at),
  add column merged_into_item_id integer references work_programme_item (id) on delete set null check (merged_into_item_id <> id),
  add column updated_at timestamptz not null default now();
alter table work_programme_item drop constraint if exists work_programme_item_status_check;
alter table work_programme_item add constraint work_programme_item_status_check
  check (status in ('suggested', 'planned', 'in-progress', 'completed', 'rejected', 'deferred', 'merged'));
create index work_programme_item_meeting on work_programme_item (meeting_id);
create index work_programme_item_forward_plan_entry on work_programme_item (forward_plan_entry_id);
create index work_programme_item_group on work_programme_item (task_and_finish_committee_id);

create table work_programme_item_change (
  id integer primary key generated always as identity,
  work_programme_item_id integer not null references work_programme_item (id) on delete cascade,
  -- The day in London the change was made, as the history prints it.
  changed_on date not null,
  recorded_at timestamptz not null default now(),
  changed_by_staff_user_id integer references staff_user (id) on delete set null,
  -- Kept as written: the history still says who after an account is removed.
  changed_by_name text not null,
  change text not null check (change in ('added', 'moved', 'position', 'details', 'accepted', 'rejected', 'merged', 'merged-in')),
  from_meeting_id integer references meeting (id) on delete set null,
  to_meeting_id integer references meeting (id) on delete set null,
  -- The meetings' dates when the change was made: a meeting later moved or deleted does not rewrite the history.
  from_meeting_on date,
  to_meeting_on date,
  current_position text,
  status text,
  note text check (length(note) <= 2000)
);
create index work_programme_item_change_item on work_programme_item_change (work_programme_item_id, recorded_at);

create table work_programme_suggestion (
  work_programme_item_id integer primary key references work_programme_item (id) on delete cascade,
  name text not null check (length(name) between 1 and 120),
  email text not null check (length(email) between 3 and 254),
  submitted_at timestamptz not null default now(),
  decision text check (decision in ('accepted', 'rejected', 'merged')),
  decision_reason text check (length(decision_reason) <= 2000),
  decided_at timestamptz,
  decided_by_name text,
  check ((decision is null) = (decided_at is null))
);

create table suggestion_submission (
  id bigint primary key generated always as identity,
  -- HMAC of the sender's IP address with an instance secret: counts, never addresses.
  address_hash text not null check (address_hash ~ '^[0-9a-f]{64}$'),
  submitted_at timestamptz not null default now()
);
create index suggestion_submission_address on suggestion_submission (address_hash, submitted_at);

create table task_and_finish_review (
  work_programme_item_id integer primary key references work_programme_item (id) on delete cascade,
  scope text check (length(scope) <= 5000),
  desired_outcomes text check (length(desired_outcomes) <= 5000),
  -- What the review will not look at, as the parent committee agreed it.
  exclusions text check (length(exclusions) <= 5000),
  final_report_text text check (length(final_report_text) <= 100000),
  final_report_document_id integer references document (id) on delete set null,
  final_report_on date,
  -- The parent committee's meeting that receives the report.
  reported_to_meeting_id integer references meeting (id) on delete set null,
  updated_at timestamptz not null default now()
);

create table task_and_finish_milestone (
  id integer primary key generated always as identity,
  work_programme_item_id integer not null references work_programme_item (id) on delete cascade,
  title text not null check (length(title) between 1 and 300),
  due_on date not null,
  completed_on date,
  created_at timestamptz not null default now()
);
create index task_and_finish_milestone_item on task_and_finish_milestone (work_programme_item_id, due_on);

-- The final report's recommendations are recommendation rows, so the tracker follows them like any other.
create table task_and_finish_recommendation (
  work_programme_item_id integer not null references work_programme_item (id) on delete cascade,
  recommendation_id integer not null unique references recommendation (id) on delete cascade,
  primary key (work_programme_item_id, recommendation_id)
);

alter table forward_plan_entry
  -- Every ward, as forward plans print "All wards".
  add column all_wards boolean not null default false,
  -- An individual cabinet member's decision; decision_maker_committee_id for the cabinet or a committee.
  add column decision_maker_person_id integer references person (id) on delete set null,
  add column decision text check (length(decision) <= 5000),
  -- General exception (reg 10): the scrutiny chair told in writing, the notice made public.
  add column scrutiny_chair_notified_on date,
  add column exception_notice_published_on date,
  -- Special urgency (reg 11): who agreed the decision was urgent and could not reasonably be deferred, and when.
  add column urgency_agreed_by text check (length(urgency_agreed_by) <= 200),
  add column urgency_agreed_on date,
  add column updated_at timestamptz not null default now();
create index forward_plan_entry_due on forward_plan_entry (decision_due_on);
create index forward_plan_entry_updated on forward_plan_entry (updated_at);
`).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql.raw(`
drop index if exists forward_plan_entry_updated;
drop index if exists forward_plan_entry_due;
alter table forward_plan_entry
  drop column if exists updated_at,
  drop column if exists urgency_agreed_on,
  drop column if exists urgency_agreed_by,
  drop column if exists exception_notice_published_on,
  drop column if exists scrutiny_chair_notified_on,
  drop column if exists decision,
  drop column if exists decision_maker_person_id,
  drop column if exists all_wards;
drop table if exists task_and_finish_recommendation, task_and_finish_milestone, task_and_finish_review,
  suggestion_submission, work_programme_suggestion, work_programme_item_change;
drop index if exists work_programme_item_group;
drop index if exists work_programme_item_forward_plan_entry;
drop index if exists work_programme_item_meeting;
update work_programme_item set status = 'rejected' where status = 'merged';
alter table work_programme_item drop constraint if exists work_programme_item_status_check;
alter table work_programme_item add constraint work_programme_item_status_check
  check (status in ('suggested', 'planned', 'in-progress', 'completed', 'rejected', 'deferred'));
alter table work_programme_item
  drop column if exists updated_at,
  drop column if exists merged_into_item_id,
  drop column if exists session_ends_at,
  drop column if exists session_starts_at,
  drop column if exists session_on,
  drop column if exists scrutiny_type,
  drop column if exists raised_at_meeting_id,
  drop column if exists raised_by_kind;
`).execute(db);
}
