import { type Kysely, sql } from 'kysely';

/**
 * One table of everything the public may find, kept in step by triggers.
 *
 * Before this, every search ran a seven-way union over the record tables,
 * deciding exemption with joins and NOT EXISTS for every match, and ranked
 * every match: a broad word on 20,000 documents took 250-550 ms, most of it
 * planning and exemption joins. `search_entry` holds one row per public
 * record (kind, id, committee, date, vector, rank normaliser), so a search
 * is one GIN lookup on one table, and facet counts are a GROUP BY over it.
 *
 * What is public is decided once, in the view `search_public_source`: the
 * same rules the search used to apply in each branch (no exempt record, none
 * on an exempt item, no document of an exempt report, minutes and decisions
 * only once published). Triggers on every table those rules read refresh
 * the entries a change can affect, so a record that becomes exempt leaves
 * the search in the same transaction, whoever wrote it (importer, back
 * office, demo loader, tests).
 *
 * Storage: the vector is EXTERNAL (uncompressed, moved out of the row once
 * the row passes PostgreSQL's 2 kB threshold). A document's vector (about
 * 2.6 kB on the bench corpus) lives out of line, so counting 18,000 matches
 * reads 3,700 pages; with MAIN (inline, compressed) the same count read
 * 9,800 pages and took 4 times as long. Short records' vectors stay in the
 * row, where search scores them without another read; long ones are read
 * only when their score could reach the page (search/ranking.ts). The GIN
 * index's pending list is kept to 256 kB: PGlite never autovacuums, so the
 * list is only merged when full, and every search scans it (4-7 ms a query
 * with the default 4 MB on the old per-table indexes). Without a pending
 * list at all (fastupdate off) loading the bench corpus cost 60% more.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql.raw(`
-- Foreign keys the refresh triggers look up by (0008 indexes document.agenda_item_id).
create index if not exists report_document_id on report (document_id);
create index if not exists recommendation_agenda_item_id on recommendation (agenda_item_id);
create index if not exists recommendation_resolution_id on recommendation (resolution_id);
create index if not exists action_agenda_item_id on action (agenda_item_id);
create index if not exists transcript_document_id on transcript (document_id);
create index if not exists transcript_meeting_id on transcript (meeting_id);

create view search_public_source as
select 'document'::text as kind, d.id as record_id,
  coalesce(d.committee_id, m.committee_id) as committee_id,
  coalesce(m.date, (d.published_at at time zone 'Europe/London')::date, (d.created_at at time zone 'Europe/London')::date) as date,
  d.search, strip(to_tsvector('english', d.title)) as title
from document d
left join agenda_item i on i.id = d.agenda_item_id
left join meeting m on m.id = d.meeting_id
where not d.is_exempt
  and (i.id is null or not i.is_exempt)
  -- A report's document is as exempt as the report, or the item it is on.
  and not exists (
    select 1 from report r join agenda_item ri on ri.id = r.agenda_item_id
    where r.document_id = d.id and (r.classification = 'exempt' or ri.is_exempt))
union all
-- An item whose minutes are not yet published is found by its title and description only.
select 'agenda-item', i.id, m.committee_id, m.date,
  case when m.status in ('draft-minutes', 'minutes-approved') then i.search
    else setweight(to_tsvector('english', i.title), 'A') || setweight(to_tsvector('english', coalesce(i.description, '')), 'C') end,
  strip(to_tsvector('english', i.title))
from agenda_item i
join meeting m on m.id = i.meeting_id
where not i.is_exempt
union all
select 'resolution', r.id, m.committee_id, m.date, r.search, null
from resolution r
join agenda_item i on i.id = r.agenda_item_id
join meeting m on m.id = i.meeting_id
where not i.is_exempt and m.status in ('draft-minutes', 'minutes-approved')
union all
select 'recommendation', rc.id, rc.committee_id,
  coalesce(m.date, rc.sent_on, (rc.created_at at time zone 'Europe/London')::date), rc.search, null
from recommendation rc
left join agenda_item i on i.id = rc.agenda_item_id
left join resolution rs on rs.id = rc.resolution_id
left join agenda_item ri on ri.id = rs.agenda_item_id
left join meeting m on m.id = rc.meeting_id
where (i.id is null or not i.is_exempt) and (ri.id is null or not ri.is_exempt)
union all
select 'action', a.id, a.committee_id, coalesce(m.date, (a.created_at at time zone 'Europe/London')::date), a.search, null
from action a
left join agenda_item i on i.id = a.agenda_item_id
left join meeting m on m.id = a.meeting_id
where i.id is null or not i.is_exempt
union all
select 'forward-plan', f.id, f.decision_maker_committee_id,
  coalesce(f.decision_due_on, (f.decision_due_month || '-01')::date, f.first_published_on), f.search,
  strip(to_tsvector('english', f.title))
from forward_plan_entry f
where not f.is_exempt
union all
select 'transcript', s.id, m.committee_id, m.date, s.search, null
from transcript_segment s
join transcript t on t.id = s.transcript_id
left join document td on td.id = t.document_id
left join agenda_item ti on ti.id = td.agenda_item_id
left join meeting m on m.id = t.meeting_id
where (td.id is null or not td.is_exempt) and (ti.id is null or not ti.is_exempt);

create table search_entry (
  kind text not null check (kind in ('resolution', 'recommendation', 'agenda-item', 'document', 'action', 'forward-plan', 'transcript')),
  record_id integer not null,
  committee_id integer,
  date date,
  -- 1 / log2(words + 1): what ts_rank's normalisation 1 divides by, so a
  -- search can bound a record's score before reading its vector.
  rank_norm real not null,
  search tsvector not null,
  -- The title's words alone (documents, agenda items, forward plan): a match
  -- outside the title weighs at most C or B, which bounds the score lower.
  title tsvector,
  primary key (kind, record_id)
);
alter table search_entry alter column search set storage external;

-- ts_rank's length: every position, and 1 for a word stored without positions.
create function search_rank_norm(v tsvector) returns real
language sql immutable parallel safe as $$
  select coalesce(1 / nullif(log(2, (select coalesce(sum(greatest(coalesce(array_length(u.positions, 1), 0), 1)), 0) from unnest(v) u)::numeric + 1), 0), 1)::real
$$;

-- Makes the entries of these records what search_public_source says: added,
-- changed, or removed when the record is gone or no longer public.
create function search_refresh(p_kind text, p_ids integer[]) returns void
language plpgsql as $$
begin
  if p_ids is null or cardinality(p_ids) = 0 then
    return;
  end if;
  delete from search_entry e
  where e.kind = p_kind and e.record_id = any (p_ids)
    and not exists (select 1 from search_public_source s where s.kind = p_kind and s.record_id = e.record_id);
  insert into search_entry (kind, record_id, committee_id, date, rank_norm, search, title)
  select s.kind, s.record_id, s.committee_id, s.date, search_rank_norm(s.search), s.search, s.title
  from search_public_source s
  where s.kind = p_kind and s.record_id = any (p_ids)
  on conflict (kind, record_id) do update
    set committee_id = excluded.committee_id, date = excluded.date, rank_norm = excluded.rank_norm, search = excluded.search, title = excluded.title
    -- Unchanged entries are not rewritten: no dead rows for PGlite, which never vacuums.
    where (search_entry.committee_id, search_entry.date, search_entry.search, search_entry.title)
      is distinct from (excluded.committee_id, excluded.date, excluded.search, excluded.title);
end $$;

-- Everything whose public state follows from these agenda items: the items,
-- their decisions, recommendations, actions, documents (their own and their
-- reports') and the transcripts made from those documents.
create function search_refresh_items(p_ids integer[]) returns void
language plpgsql as $$
declare
  documents integer[];
begin
  if p_ids is null or cardinality(p_ids) = 0 then
    return;
  end if;
  perform search_refresh('agenda-item', p_ids);
  perform search_refresh('resolution', array(select id from resolution where agenda_item_id = any (p_ids)));
  perform search_refresh('recommendation', array(
    select id from recommendation where agenda_item_id = any (p_ids)
    union select rc.id from recommendation rc join resolution r on r.id = rc.resolution_id where r.agenda_item_id = any (p_ids)));
  perform search_refresh('action', array(select id from action where agenda_item_id = any (p_ids)));
  documents := array(
    select id from document where agenda_item_id = any (p_ids)
    union select document_id from report where agenda_item_id = any (p_ids) and document_id is not null);
  perform search_refresh('document', documents);
  perform search_refresh('transcript', array(
    select s.id from transcript_segment s join transcript t on t.id = s.transcript_id where t.document_id = any (documents)));
end $$;

create function search_track_document() returns trigger
language plpgsql as $$
declare
  ids integer[];
begin
  if tg_op = 'INSERT' then
    ids := array(select id from new_rows);
  elsif tg_op = 'DELETE' then
    ids := array(select id from old_rows);
  else
    ids := array(select id from new_rows);
  end if;
  perform search_refresh('document', ids);
  if tg_op <> 'INSERT' then
    perform search_refresh('transcript', array(
      select s.id from transcript_segment s join transcript t on t.id = s.transcript_id where t.document_id = any (ids)));
  end if;
  return null;
end $$;

create function search_track_agenda_item() returns trigger
language plpgsql as $$
begin
  if tg_op = 'INSERT' then
    perform search_refresh('agenda-item', array(select id from new_rows));
  elsif tg_op = 'DELETE' then
    perform search_refresh('agenda-item', array(select id from old_rows));
  else
    -- Exemption and the meeting reach everything on the item; other changes only the item.
    perform search_refresh_items(array(
      select n.id from new_rows n join old_rows o on o.id = n.id
      where n.is_exempt is distinct from o.is_exempt or n.meeting_id is distinct from o.meeting_id));
    perform search_refresh('agenda-item', array(select id from new_rows));
  end if;
  return null;
end $$;

-- A meeting's status publishes its minutes; its date and committee are its records' too.
create function search_track_meeting() returns trigger
language plpgsql as $$
declare
  meetings integer[];
begin
  meetings := array(
    select n.id from new_rows n join old_rows o on o.id = n.id
    where (n.status, n.date, n.committee_id) is distinct from (o.status, o.date, o.committee_id));
  if cardinality(meetings) = 0 then
    return null;
  end if;
  perform search_refresh_items(array(select id from agenda_item where meeting_id = any (meetings)));
  perform search_refresh('document', array(select id from document where meeting_id = any (meetings)));
  perform search_refresh('recommendation', array(select id from recommendation where meeting_id = any (meetings)));
  perform search_refresh('action', array(select id from action where meeting_id = any (meetings)));
  perform search_refresh('transcript', array(
    select s.id from transcript_segment s join transcript t on t.id = s.transcript_id where t.meeting_id = any (meetings)));
  return null;
end $$;

-- A report's classification and item decide whether its document is public.
create function search_track_report() returns trigger
language plpgsql as $$
declare
  documents integer[];
begin
  if tg_op = 'INSERT' then
    documents := array(select document_id from new_rows where document_id is not null);
  elsif tg_op = 'DELETE' then
    documents := array(select document_id from old_rows where document_id is not null);
  else
    documents := array(select document_id from new_rows where document_id is not null
      union select document_id from old_rows where document_id is not null);
  end if;
  perform search_refresh('document', documents);
  perform search_refresh('transcript', array(
    select s.id from transcript_segment s join transcript t on t.id = s.transcript_id where t.document_id = any (documents)));
  return null;
end $$;

create function search_track_resolution() returns trigger
language plpgsql as $$
declare
  ids integer[];
begin
  if tg_op = 'DELETE' then
    ids := array(select id from old_rows);
  else
    ids := array(select id from new_rows);
  end if;
  perform search_refresh('resolution', ids);
  if tg_op = 'UPDATE' then
    perform search_refresh('recommendation', array(select id from recommendation where resolution_id = any (ids)));
  end if;
  return null;
end $$;

-- Recommendations, actions, forward plan entries and transcript segments: the record alone.
create function search_track_record() returns trigger
language plpgsql as $$
begin
  if tg_op = 'DELETE' then
    perform search_refresh(tg_argv[0], array(select id from old_rows));
  else
    perform search_refresh(tg_argv[0], array(select id from new_rows));
  end if;
  return null;
end $$;

create function search_track_transcript() returns trigger
language plpgsql as $$
begin
  if tg_op = 'UPDATE' then
    perform search_refresh('transcript', array(select s.id from transcript_segment s where s.transcript_id in (select id from new_rows)));
  end if;
  return null;
end $$;
`).execute(db);

  // Statement-level triggers with transition tables: a bulk insert of 500
  // documents refreshes their entries in one statement, not 500.
  const tracked: [table: string, fn: string, events: ('insert' | 'update' | 'delete')[], arg?: string][] = [
    ['document', 'search_track_document()', ['insert', 'update', 'delete']],
    ['agenda_item', 'search_track_agenda_item()', ['insert', 'update', 'delete']],
    ['meeting', 'search_track_meeting()', ['update']],
    ['report', 'search_track_report()', ['insert', 'update', 'delete']],
    ['resolution', 'search_track_resolution()', ['insert', 'update', 'delete']],
    ['recommendation', "search_track_record('recommendation')", ['insert', 'update', 'delete']],
    ['action', "search_track_record('action')", ['insert', 'update', 'delete']],
    ['forward_plan_entry', "search_track_record('forward-plan')", ['insert', 'update', 'delete']],
    ['transcript_segment', "search_track_record('transcript')", ['insert', 'update', 'delete']],
    ['transcript', 'search_track_transcript()', ['update']],
  ];
  for (const [table, fn, events] of tracked) {
    for (const event of events) {
      const transition = event === 'insert' ? 'new table as new_rows' : event === 'delete' ? 'old table as old_rows' : 'old table as old_rows new table as new_rows';
      await sql.raw(`create trigger search_${event} after ${event} on ${table} referencing ${transition} for each statement execute function ${fn}`).execute(db);
    }
  }

  await sql`
    insert into search_entry (kind, record_id, committee_id, date, rank_norm, search, title)
    select kind, record_id, committee_id, date, search_rank_norm(search), search, title from search_public_source
  `.execute(db);
  // Built after the rows are in: a GIN index built whole is far quicker than one grown row by row.
  await sql`create index search_entry_search on search_entry using gin (search) with (fastupdate = on, gin_pending_list_limit = 256)`.execute(db);

  // The per-table indexes served the old union; search_entry's index replaces them.
  for (const table of ['document', 'agenda_item', 'forward_plan_entry', 'resolution', 'recommendation', 'action', 'transcript_segment']) {
    await sql.raw(`drop index if exists ${table}_search`).execute(db);
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['document', 'agenda_item', 'forward_plan_entry', 'resolution', 'recommendation', 'action', 'transcript_segment']) {
    await sql.raw(`create index if not exists ${table}_search on ${table} using gin (search)`).execute(db);
  }
  for (const table of ['document', 'agenda_item', 'meeting', 'report', 'resolution', 'recommendation', 'action', 'forward_plan_entry', 'transcript_segment', 'transcript']) {
    for (const event of ['insert', 'update', 'delete']) await sql.raw(`drop trigger if exists search_${event} on ${table}`).execute(db);
  }
  await sql.raw(`
drop function if exists search_track_transcript(), search_track_record(), search_track_resolution(), search_track_report(),
  search_track_meeting(), search_track_agenda_item(), search_track_document(), search_refresh_items(integer[]),
  search_refresh(text, integer[]), search_rank_norm(tsvector);
drop table if exists search_entry;
drop view if exists search_public_source;
drop index if exists report_document_id, recommendation_agenda_item_id, recommendation_resolution_id, action_agenda_item_id,
  transcript_document_id, transcript_meeting_id;
`).execute(db);
}
