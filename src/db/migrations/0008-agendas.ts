import { type Kysely, sql } from 'kysely';

/**
 * What building agendas and chasing reports read by: a report author's own
 * reports (by author or lead officer), a report's document versions (by
 * agenda item), and one sign-off per reviewer role on a report, so that
 * recording a reviewer again corrects their sign-off rather than adding a
 * second one that disagrees with it.
 *
 * And a report uploaded in the back office is not found by search until it
 * is published: search_public_source (migration 0004) is wrapped by a view
 * of the same name that leaves out documents on an agenda item that were
 * neither imported nor published, the rule agendas/unpublished-papers.ts
 * gives the other public readers. The document trigger refreshes an entry
 * when publishing sets published_at. A later migration that replaces the
 * view must keep this rule.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql.raw(`
create index report_author_person on report (author_person_id) where author_person_id is not null;
create index report_lead_officer_person on report (lead_officer_person_id) where lead_officer_person_id is not null;
create index document_agenda_item on document (agenda_item_id) where agenda_item_id is not null;
create unique index report_sign_off_role on report_sign_off (report_id, lower(reviewer_role));

alter view search_public_source rename to search_public_source_before_publication;
create view search_public_source as
select s.* from search_public_source_before_publication s
where s.kind <> 'document' or not exists (
  select 1 from document d
  where d.id = s.record_id and d.agenda_item_id is not null and d.imported_at is null and d.published_at is null);
select search_refresh('document', array(select id from document where agenda_item_id is not null and imported_at is null and published_at is null));
`).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql.raw(`
drop view if exists search_public_source;
alter view search_public_source_before_publication rename to search_public_source;
drop index if exists report_sign_off_role;
drop index if exists document_agenda_item;
drop index if exists report_lead_officer_person;
drop index if exists report_author_person;
`).execute(db);
}
