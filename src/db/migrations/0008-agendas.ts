import { type Kysely, sql } from 'kysely';

/**
 * What building agendas and chasing reports read by: a report author's own
 * reports (by author or lead officer), a report's document versions (by
 * agenda item), and one sign-off per reviewer role on a report, so that
 * recording a reviewer again corrects their sign-off rather than adding a
 * second one that disagrees with it.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql.raw(`
create index report_author_person on report (author_person_id) where author_person_id is not null;
create index report_lead_officer_person on report (lead_officer_person_id) where lead_officer_person_id is not null;
create index document_agenda_item on document (agenda_item_id) where agenda_item_id is not null;
create unique index report_sign_off_role on report_sign_off (report_id, lower(reviewer_role));
`).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql.raw(`
drop index if exists report_sign_off_role;
drop index if exists document_agenda_item;
drop index if exists report_lead_officer_person;
drop index if exists report_author_person;
`).execute(db);
}
