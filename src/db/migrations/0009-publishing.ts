import { type Kysely, sql } from 'kysely';

/**
 * The publication record: each time a meeting's papers go out (the agenda,
 * then any supplements), when, by whom, with how many clear working days,
 * why if too few (LGA 1972 s.100B(4): the chair's ruling on urgency is
 * public), which packs were generated, and which items each carried on
 * which pages. Packs themselves are rows in `document`.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql.raw(`
create table agenda_publication (
  id integer primary key generated always as identity,
  meeting_id integer not null references meeting (id) on delete cascade,
  kind text not null check (kind in ('agenda', 'supplement')),
  -- The agenda is 0; supplements count 1, 2, 3 within their meeting.
  number smallint not null check (number >= 0),
  check ((kind = 'agenda') = (number = 0)),
  published_at timestamptz not null,
  published_by_user_id integer references staff_user (id) on delete set null,
  published_by_name text not null,
  clear_working_days smallint not null,
  in_time boolean not null,
  -- Why the papers could not wait: shown on the public meeting page.
  late_reason text check (late_reason is null or length(trim(late_reason)) > 0),
  check (in_time or late_reason is not null),
  public_document_id integer references document (id) on delete set null,
  -- Exempt reports (Schedule 12A), for signed-in staff only.
  restricted_document_id integer references document (id) on delete set null,
  unique (meeting_id, number)
);

create table agenda_publication_item (
  publication_id integer not null references agenda_publication (id) on delete cascade,
  agenda_item_id integer not null references agenda_item (id) on delete cascade,
  -- Where the item's papers went: the public pack, the restricted pack, or nowhere (title only, or to follow).
  pack text not null check (pack in ('public', 'restricted', 'none')),
  page_from integer check (page_from >= 1),
  page_to integer check (page_to >= page_from),
  check ((pack = 'none') = (page_from is null)),
  primary key (publication_id, agenda_item_id)
);
create index agenda_publication_item_item on agenda_publication_item (agenda_item_id);
`).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table if exists agenda_publication_item, agenda_publication`.execute(db);
}
