import { type Kysely, sql } from 'kysely';

/**
 * Changes to a meeting the public must be told about, and the addresses a
 * moved meeting used to have.
 *
 * A notice is dated and kept: the meeting page and the committee page show
 * "This meeting was moved from 3 March 2027 to 10 March 2027: reason" long
 * after the change, and calendar feeds count notices to tell subscribed
 * calendars that an event changed.
 *
 * A moved meeting gets a new slug (its date); the old one stays an address
 * of the same meeting, because residents bookmarked it and calendars link to it.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql.raw(`
create table meeting_notice (
  id integer primary key generated always as identity,
  meeting_id integer not null references meeting (id) on delete cascade,
  kind text not null check (kind in ('cancelled', 'moved')),
  reason text not null check (length(trim(reason)) > 0),
  -- When and where the meeting was before the change.
  previous_date date not null,
  previous_starts_at timestamptz,
  previous_venue text,
  -- When and where it is after a move; a cancelled meeting has none.
  new_date date,
  new_starts_at timestamptz,
  new_venue text,
  check ((kind = 'moved') = (new_date is not null)),
  issued_at timestamptz not null default now(),
  issued_by_user_id integer references staff_user (id) on delete set null,
  -- Followers of the committee are told by the notifications feature, which sets this once they have been.
  subscribers_notified_at timestamptz
);
create index meeting_notice_meeting on meeting_notice (meeting_id);

create table meeting_slug_redirect (
  committee_id integer not null references committee (id) on delete cascade,
  slug text not null,
  meeting_id integer not null references meeting (id) on delete cascade,
  created_at timestamptz not null default now(),
  primary key (committee_id, slug)
);
create index meeting_slug_redirect_meeting on meeting_slug_redirect (meeting_id);
`).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table if exists meeting_slug_redirect, meeting_notice`.execute(db);
}
