import { type Kysely, sql } from 'kysely';

/**
 * The whole committee domain in one schema: the council and its people, the
 * committee cycle, scrutiny follow-through, documents and transcripts.
 * Later migrations add behaviour, not redesigns.
 *
 * Every record that can come from an imported document carries provenance:
 * the document and the lines it came from, and its origin (entered in
 * Gavel, imported, or generated for the demo).
 */
const provenance = `
  origin text not null default 'gavel' check (origin in ('gavel', 'import', 'demo')),
  source_document_id integer references document (id) on delete set null,
  source_line_from integer check (source_line_from >= 1),
  source_line_to integer check (source_line_to >= source_line_from)`;

const exemptParagraph = (column = 'exempt_paragraph') => `${column} smallint check (${column} between 1 and 7)`;

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql.raw(`
create table council (
  id integer primary key generated always as identity,
  name text not null,
  short_name text not null,
  slug text not null unique,
  -- Bank holidays differ by nation, and so does the law on remote voting.
  nation text not null check (nation in ('england', 'wales', 'scotland', 'northern-ireland')),
  website text,
  email text,
  phone text,
  address text,
  brand_colour text not null default '#1d70b8' check (brand_colour ~ '^#[0-9a-fA-F]{6}$'),
  created_at timestamptz not null default now()
);

create table ward (
  id integer primary key generated always as identity,
  name text not null,
  slug text not null unique
);

create table political_group (
  id integer primary key generated always as identity,
  name text not null,
  short_name text,
  slug text not null unique,
  colour text
);

-- Documents come first: most records can point back at the lines they came from.
create table document (
  id integer primary key generated always as identity,
  kind text not null check (kind in ('agenda-pack', 'agenda', 'minutes', 'report', 'supplement', 'action-log',
    'recommendation-tracker', 'work-programme', 'forward-plan', 'decision-notice', 'transcript', 'other')),
  title text not null,
  filename text not null,
  media_type text not null,
  sha256 text not null check (sha256 ~ '^[0-9a-f]{64}$'),
  byte_size integer not null check (byte_size >= 0),
  original bytea,
  text text not null default '',
  -- Line n starts at text offset line_starts[n-1]; page_starts gives the first line of each page.
  line_starts jsonb not null default '[]',
  page_starts jsonb not null default '[]',
  is_exempt boolean not null default false,
  ${exemptParagraph()},
  version integer not null default 1 check (version >= 1),
  supersedes_document_id integer references document (id) on delete set null,
  published_at timestamptz,
  imported_at timestamptz,
  created_at timestamptz not null default now(),
  search tsvector generated always as (
    setweight(to_tsvector('english', coalesce(title, '')), 'A') || setweight(to_tsvector('english', left(text, 900000)), 'C')
  ) stored
);
create index document_sha256 on document (sha256);
create index document_search on document using gin (search);

create table person (
  id integer primary key generated always as identity,
  slug text not null unique,
  -- As the person is named in documents, without honorific: "Jane Smith".
  full_name text not null,
  honorific text,
  given_name text,
  family_name text,
  kind text not null check (kind in ('councillor', 'officer', 'co-optee', 'public')),
  political_group_id integer references political_group (id) on delete set null,
  ward_id integer references ward (id) on delete set null,
  job_title text,
  directorate text,
  email text,
  phone text,
  ${provenance},
  created_at timestamptz not null default now()
);
create index person_family_name on person (lower(family_name));

create table municipal_year (
  id integer primary key generated always as identity,
  -- "2025/26": the year runs from the annual meeting in May.
  label text not null unique,
  starts_on date not null,
  ends_on date not null check (ends_on > starts_on)
);

create table committee (
  id integer primary key generated always as identity,
  slug text not null unique,
  name text not null,
  kind text not null check (kind in ('full-council', 'cabinet', 'scrutiny', 'regulatory', 'sub-committee',
    'task-and-finish', 'other')),
  parent_committee_id integer references committee (id) on delete set null,
  purpose text,
  quorum smallint check (quorum > 0),
  is_active boolean not null default true,
  contact_name text,
  contact_email text,
  contact_phone text,
  default_venue text,
  -- Rules from the constitution, as set per committee; null means the council default.
  question_deadline_working_days smallint,
  question_deadline_time time,
  report_deadline_working_days smallint,
  ${provenance},
  created_at timestamptz not null default now()
);

create table membership (
  id integer primary key generated always as identity,
  committee_id integer not null references committee (id) on delete cascade,
  person_id integer not null references person (id) on delete cascade,
  role text not null default 'member' check (role in ('chair', 'vice-chair', 'member')),
  -- Councillors vote; co-optees vote only where the law gives them a vote (education).
  member_type text not null default 'councillor' check (member_type in ('councillor', 'voting-co-optee',
    'non-voting-co-optee', 'non-voting-councillor')),
  -- Named substitutes form a pool; they are not members until they replace one.
  is_substitute boolean not null default false,
  -- What a co-optee represents: "Parent governor representative".
  represents text,
  starts_on date,
  ends_on date check (ends_on is null or starts_on is null or ends_on >= starts_on),
  ${provenance}
);
create index membership_committee on membership (committee_id);
create index membership_person on membership (person_id);

create table meeting (
  id integer primary key generated always as identity,
  committee_id integer not null references committee (id) on delete cascade,
  municipal_year_id integer references municipal_year (id) on delete set null,
  -- The URL segment: the date, with -2 for a second meeting on the same day.
  slug text not null,
  date date not null,
  starts_at timestamptz,
  ends_at timestamptz check (ends_at is null or starts_at is null or ends_at >= starts_at),
  kind text not null default 'ordinary' check (kind in ('ordinary', 'extraordinary', 'annual', 'budget', 'special')),
  venue text,
  remote_link text,
  video_url text,
  status text not null default 'scheduled' check (status in ('scheduled', 'agenda-published', 'held',
    'draft-minutes', 'minutes-approved', 'cancelled')),
  agenda_published_at timestamptz,
  minutes_published_at timestamptz,
  minutes_approved_at timestamptz,
  minutes_approved_by_meeting_id integer references meeting (id) on delete set null,
  cancellation_reason text,
  ${provenance},
  created_at timestamptz not null default now(),
  unique (committee_id, slug)
);
create index meeting_date on meeting (date);

create table agenda_item (
  id integer primary key generated always as identity,
  meeting_id integer not null references meeting (id) on delete cascade,
  position smallint not null,
  -- As printed: "4", "4a", "12.". Minute numbers often run on through the year ("63.").
  number text,
  minute_number text,
  title text not null,
  description text,
  standard_kind text check (standard_kind in ('apologies', 'substitutes', 'declarations', 'minutes',
    'action-log', 'public-questions', 'councillor-questions', 'public-suggestions', 'work-programme',
    'date-of-next-meeting', 'urgent-business', 'exclusion-of-press-and-public', 'chair-announcements')),
  page_from integer check (page_from >= 1),
  page_to integer check (page_to >= page_from),
  -- Schedule 12A to the Local Government Act 1972: the title and paragraph are public, nothing else.
  is_exempt boolean not null default false,
  ${exemptParagraph()},
  check (not is_exempt or exempt_paragraph is not null),
  -- The minute as recorded, discussion included.
  minutes text,
  ${provenance},
  unique (meeting_id, position),
  search tsvector generated always as (
    setweight(to_tsvector('english', coalesce(title, '')), 'A') ||
    setweight(to_tsvector('english', coalesce(description, '')), 'C') ||
    setweight(to_tsvector('english', coalesce(minutes, '')), 'B')
  ) stored
);
create index agenda_item_search on agenda_item using gin (search);

create table forward_plan_entry (
  id integer primary key generated always as identity,
  reference text,
  title text not null,
  purpose text,
  decision_maker text not null,
  decision_maker_committee_id integer references committee (id) on delete set null,
  decision_kind text not null check (decision_kind in ('key', 'non-key', 'budget-and-policy-framework')),
  -- Either an exact date or, earlier in planning, a month ("2026-03").
  decision_due_on date,
  decision_due_month text check (decision_due_month ~ '^[0-9]{4}-[0-9]{2}$'),
  first_published_on date,
  directorate text,
  lead_officer_name text,
  lead_officer_person_id integer references person (id) on delete set null,
  portfolio_holder_name text,
  is_exempt boolean not null default false,
  ${exemptParagraph()},
  -- Less than 28 clear days' notice needs reg 10 (general exception) or reg 11 (special urgency).
  urgency_route text check (urgency_route in ('general-exception', 'special-urgency')),
  status text not null default 'planned' check (status in ('planned', 'decided', 'deferred', 'withdrawn')),
  decided_on date,
  decision_meeting_id integer references meeting (id) on delete set null,
  ${provenance},
  created_at timestamptz not null default now(),
  search tsvector generated always as (
    setweight(to_tsvector('english', coalesce(title, '')), 'A') || setweight(to_tsvector('english', coalesce(purpose, '')), 'B')
  ) stored
);
create index forward_plan_entry_search on forward_plan_entry using gin (search);

create table forward_plan_entry_ward (
  forward_plan_entry_id integer not null references forward_plan_entry (id) on delete cascade,
  ward_id integer not null references ward (id) on delete cascade,
  primary key (forward_plan_entry_id, ward_id)
);

create table report (
  id integer primary key generated always as identity,
  agenda_item_id integer not null references agenda_item (id) on delete cascade,
  title text not null,
  summary text,
  author_person_id integer references person (id) on delete set null,
  author_name text,
  lead_officer_person_id integer references person (id) on delete set null,
  lead_officer_name text,
  directorate text,
  classification text not null default 'open' check (classification in ('open', 'exempt')),
  ${exemptParagraph()},
  check (classification = 'open' or exempt_paragraph is not null),
  decision_type text check (decision_type in ('executive', 'council', 'committee', 'officer', 'scrutiny', 'for-information')),
  is_key_decision boolean not null default false,
  forward_plan_entry_id integer references forward_plan_entry (id) on delete set null,
  -- Every ward, as councils print "All wards".
  all_wards boolean not null default false,
  status text not null default 'draft' check (status in ('draft', 'submitted', 'signed-off', 'published')),
  document_id integer references document (id) on delete set null,
  ${provenance}
);
create index report_agenda_item on report (agenda_item_id);

create table report_ward (
  report_id integer not null references report (id) on delete cascade,
  ward_id integer not null references ward (id) on delete cascade,
  primary key (report_id, ward_id)
);

-- Legal, finance, governance and other reviewers who cleared the report.
create table report_sign_off (
  id integer primary key generated always as identity,
  report_id integer not null references report (id) on delete cascade,
  reviewer_role text not null,
  reviewer_name text,
  reviewer_person_id integer references person (id) on delete set null,
  signed_off_on date,
  comment text
);

create table attendance (
  id integer primary key generated always as identity,
  meeting_id integer not null references meeting (id) on delete cascade,
  person_id integer not null references person (id) on delete cascade,
  status text not null check (status in ('present', 'apologies', 'absent', 'substitute',
    'remote-non-voting', 'in-attendance')),
  -- Who chaired this meeting, which is not always the committee's chair.
  is_chair_of_meeting boolean not null default false,
  substitute_for_person_id integer references person (id) on delete set null,
  -- For officers and guests "in attendance": the capacity they came in.
  capacity text,
  ${provenance},
  unique (meeting_id, person_id)
);

create table declaration (
  id integer primary key generated always as identity,
  meeting_id integer not null references meeting (id) on delete cascade,
  agenda_item_id integer references agenda_item (id) on delete set null,
  person_id integer not null references person (id) on delete cascade,
  -- Disclosable pecuniary interests (Localism Act 2011 s.30-31) require the member to withdraw.
  kind text not null check (kind in ('disclosable-pecuniary', 'other-registrable', 'non-registrable', 'other')),
  description text not null,
  withdrew boolean not null default false,
  ${provenance}
);

create table resolution (
  id integer primary key generated always as identity,
  agenda_item_id integer not null references agenda_item (id) on delete cascade,
  position smallint not null default 1,
  text text not null,
  outcome text check (outcome in ('carried', 'lost', 'noted', 'deferred', 'withdrawn')),
  ${provenance},
  search tsvector generated always as (to_tsvector('english', text)) stored
);
create index resolution_search on resolution using gin (search);

create table recorded_vote (
  resolution_id integer not null references resolution (id) on delete cascade,
  person_id integer not null references person (id) on delete cascade,
  vote text not null check (vote in ('for', 'against', 'abstain')),
  primary key (resolution_id, person_id)
);

create table recommendation (
  id integer primary key generated always as identity,
  committee_id integer not null references committee (id) on delete cascade,
  meeting_id integer references meeting (id) on delete set null,
  agenda_item_id integer references agenda_item (id) on delete set null,
  resolution_id integer references resolution (id) on delete set null,
  -- As lettered in the minutes: (a), (b), (c).
  letter text,
  reference text,
  text text not null,
  addressed_to text not null default 'executive' check (addressed_to in ('executive', 'council', 'partner', 'officers', 'committee')),
  addressee_name text,
  sent_on date,
  received_on date,
  -- Two months from receipt (Local Government Act 2000 s.9FE).
  response_due_on date,
  response text check (response in ('accepted', 'partly-accepted', 'rejected', 'noted')),
  response_text text,
  responded_on date,
  response_decision_reference text,
  implementation_status text check (implementation_status in ('not-started', 'in-progress', 'implemented', 'not-implemented')),
  implementation_due_on date,
  implemented_on date,
  review_on date,
  ${provenance},
  created_at timestamptz not null default now(),
  search tsvector generated always as (
    to_tsvector('english', text || ' ' || coalesce(response_text, ''))
  ) stored
);
create index recommendation_search on recommendation using gin (search);

create table action (
  id integer primary key generated always as identity,
  committee_id integer not null references committee (id) on delete cascade,
  meeting_id integer references meeting (id) on delete set null,
  agenda_item_id integer references agenda_item (id) on delete set null,
  number text,
  description text not null,
  owner_person_id integer references person (id) on delete set null,
  owner_name text,
  directorate text,
  due_on date,
  -- What the log said when it gave no date: "next meeting", "ongoing".
  due_text text,
  -- Overdue is not stored: it follows from the due date and today.
  status text not null default 'open' check (status in ('open', 'in-progress', 'completed')),
  completed_on date,
  ${provenance},
  created_at timestamptz not null default now(),
  search tsvector generated always as (to_tsvector('english', description)) stored
);
create index action_search on action using gin (search);
create index action_committee on action (committee_id);

create table action_update (
  id integer primary key generated always as identity,
  action_id integer not null references action (id) on delete cascade,
  written_on date not null,
  text text not null,
  author_name text,
  author_person_id integer references person (id) on delete set null,
  ${provenance}
);

create table work_programme_item (
  id integer primary key generated always as identity,
  committee_id integer not null references committee (id) on delete cascade,
  municipal_year_id integer references municipal_year (id) on delete set null,
  meeting_id integer references meeting (id) on delete set null,
  kind text not null check (kind in ('scheduled', 'annual', 'potential', 'task-and-finish', 'workshop',
    'briefing-note', 'public-suggestion')),
  title text not null,
  purpose text,
  -- Where the item came from: a member, an officer, the public, a previous meeting.
  raised_by text,
  lead_officer_name text,
  lead_officer_person_id integer references person (id) on delete set null,
  current_position text,
  -- The group that carries out a task and finish review.
  task_and_finish_committee_id integer references committee (id) on delete set null,
  forward_plan_entry_id integer references forward_plan_entry (id) on delete set null,
  suggested_by_name text,
  status text not null default 'planned' check (status in ('suggested', 'planned', 'in-progress', 'completed', 'rejected', 'deferred')),
  position smallint,
  ${provenance},
  created_at timestamptz not null default now()
);
create index work_programme_item_committee on work_programme_item (committee_id);

create table public_question (
  id integer primary key generated always as identity,
  meeting_id integer references meeting (id) on delete set null,
  agenda_item_id integer references agenda_item (id) on delete set null,
  asker_person_id integer references person (id) on delete set null,
  asker_name text not null,
  -- Questions from members of the public and from councillors follow the same path.
  asker_kind text not null default 'public' check (asker_kind in ('public', 'councillor')),
  question text not null,
  supplementary_question text,
  answer text,
  supplementary_answer text,
  answered_by_name text,
  status text not null default 'submitted' check (status in ('submitted', 'accepted', 'rejected', 'answered', 'withdrawn')),
  rejection_reason text,
  submitted_at timestamptz,
  ${provenance}
);

create table transcript (
  id integer primary key generated always as identity,
  meeting_id integer references meeting (id) on delete set null,
  document_id integer references document (id) on delete cascade,
  video_url text,
  language text not null default 'en-GB'
);

create table transcript_segment (
  id integer primary key generated always as identity,
  transcript_id integer not null references transcript (id) on delete cascade,
  position integer not null,
  starts_ms integer check (starts_ms >= 0),
  ends_ms integer check (ends_ms >= starts_ms),
  -- Many transcripts carry no speakers; null means the source did not say.
  speaker_name text,
  speaker_person_id integer references person (id) on delete set null,
  text text not null,
  source_line_from integer,
  source_line_to integer,
  search tsvector generated always as (to_tsvector('english', text)) stored,
  unique (transcript_id, position)
);
create index transcript_segment_search on transcript_segment using gin (search);

-- Foreign keys the portal reads by: a meeting page looks up each of these by meeting or item.
create index resolution_agenda_item on resolution (agenda_item_id);
create index recommendation_meeting on recommendation (meeting_id);
create index recommendation_committee on recommendation (committee_id);
create index action_meeting on action (meeting_id);
create index action_update_action on action_update (action_id);
create index declaration_meeting on declaration (meeting_id);
create index public_question_meeting on public_question (meeting_id);
create index attendance_person on attendance (person_id);
create index meeting_committee_date on meeting (committee_id, date);
create index report_sign_off_report on report_sign_off (report_id);

alter table document
  add column committee_id integer references committee (id) on delete set null,
  add column meeting_id integer references meeting (id) on delete set null,
  add column agenda_item_id integer references agenda_item (id) on delete set null;
create index document_meeting on document (meeting_id);
`).execute(db);

  // Keep vectors inline: once PostgreSQL stores them out of line (TOAST) it
  // prefers a sequential scan to the GIN index (measured 90-120 ms a query
  // on 20,000 documents, against 6 ms with MAIN storage).
  for (const table of ['document', 'agenda_item', 'forward_plan_entry', 'resolution', 'recommendation', 'action', 'transcript_segment']) {
    await sql.raw(`alter table ${table} alter column search set storage main`).execute(db);
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql.raw(`
drop table if exists transcript_segment, transcript, public_question, work_programme_item, action_update, action,
  recommendation, recorded_vote, resolution, declaration, attendance, report_sign_off, report_ward, report,
  forward_plan_entry_ward, forward_plan_entry, agenda_item, meeting, membership, committee, municipal_year,
  person, document, political_group, ward, council cascade;
`).execute(db);
}
