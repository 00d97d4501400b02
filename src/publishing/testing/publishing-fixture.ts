import type { Insertable, Kysely } from 'kysely';
import type { Database } from '../../db/database.ts';
import type { Day } from '../../deadlines/days.ts';
import { londonInstant } from '../../deadlines/london-time.ts';
import { uploadedPdf } from './pack-fixture.ts';

const provenance = { sourceDocumentId: null, sourceLineFrom: null, sourceLineTo: null };
export const exemptMarker = 'Quintessentialzebra';

/**
 * A meeting ready to publish, in the database: Northwold's Place Scrutiny
 * Committee with a chair (who has a staff account), two members, a
 * co-optee without an email address, a named substitute and a former
 * member; an agenda of apologies, minutes (a PDF upload), a report typed
 * from its summary, a report still in draft, and an exempt item whose
 * report carries a marker word that must never reach a public surface.
 */
export async function seedPublishingMeeting(db: Kysely<Database>, options: { date: Day; status?: 'scheduled' | 'agenda-published' }) {
  const council = await db.selectFrom('council').select('id').executeTakeFirst();
  if (!council) {
    await db.insertInto('council').values({ name: 'Northwold District Council', shortName: 'Northwold', slug: 'northwold', nation: 'england', website: null, email: 'democratic.services@northwold.example', phone: '01632 960 400', address: null }).execute();
  }
  const committee = await db
    .insertInto('committee')
    .values({ slug: 'place-scrutiny', name: 'Place Scrutiny Committee', kind: 'scrutiny', parentCommitteeId: null, purpose: null, quorum: 3, contactName: 'Priya Hallam', contactEmail: 'priya.hallam@northwold.example', contactPhone: '01632 960 412', defaultVenue: 'Council Chamber', questionDeadlineWorkingDays: null, questionDeadlineTime: null, reportDeadlineWorkingDays: null, ...provenance })
    .returning(['id', 'slug', 'name'])
    .executeTakeFirstOrThrow();
  const person = (slug: string, fullName: string, email: string | null, kind: 'councillor' | 'co-optee' = 'councillor') =>
    db
      .insertInto('person')
      .values({ slug, fullName, honorific: kind === 'councillor' ? 'Councillor' : null, givenName: fullName.split(' ')[0]!, familyName: fullName.split(' ').at(-1)!, kind, politicalGroupId: null, wardId: null, jobTitle: null, directorate: null, email, phone: null, ...provenance })
      .returning(['id', 'fullName'])
      .executeTakeFirstOrThrow();
  const chair = await person('ada-fenwick', 'Ada Fenwick', 'ada.fenwick@home.example');
  const member = await person('bram-oduya', 'Bram Oduya', 'bram.oduya@northwold.example');
  const sharedAddress = await person('cerys-voss', 'Cerys Voss', 'BRAM.ODUYA@northwold.example');
  const coOptee = await person('ellen-parrish', 'Ellen Parrish', null, 'co-optee');
  const substitute = await person('fraser-quill', 'Fraser Quill', 'fraser.quill@northwold.example');
  const former = await person('gil-hart', 'Gil Hart', 'gil.hart@northwold.example');
  const membership = (personId: number, extra: Partial<Insertable<Database['membership']>> = {}) => ({ committeeId: committee.id, personId, represents: null, startsOn: null, endsOn: null, ...provenance, ...extra });
  await db
    .insertInto('membership')
    .values([
      membership(chair.id, { role: 'chair' }),
      membership(member.id),
      membership(sharedAddress.id),
      membership(coOptee.id, { memberType: 'non-voting-co-optee', represents: 'Northwold Tenants’ Federation' }),
      membership(substitute.id, { isSubstitute: true }),
      membership(former.id, { startsOn: '2020-05-01', endsOn: '2021-05-01' }),
    ] as never)
    .execute();
  const chairAccount = await db
    .insertInto('staffUser')
    .values({ email: 'ada.fenwick@northwold.example', name: 'Ada Fenwick', role: 'councillor', personId: chair.id, passwordHash: null })
    .returning('id')
    .executeTakeFirstOrThrow();

  const meeting = await db
    .insertInto('meeting')
    .values({ committeeId: committee.id, municipalYearId: null, slug: options.date, date: options.date, startsAt: londonInstant(options.date, '14:00'), endsAt: null, venue: 'Council Chamber, Northwold House', remoteLink: null, videoUrl: null, status: options.status ?? 'scheduled', agendaPublishedAt: null, minutesPublishedAt: null, minutesApprovedAt: null, minutesApprovedByMeetingId: null, cancellationReason: null, ...provenance })
    .returning(['id', 'slug', 'date'])
    .executeTakeFirstOrThrow();
  const item = (position: number, title: string, extra: Partial<Insertable<Database['agendaItem']>> = {}) =>
    db
      .insertInto('agendaItem')
      .values({ meetingId: meeting.id, position, number: String(position), minuteNumber: null, title, description: null, standardKind: null, pageFrom: null, pageTo: null, minutes: null, ...provenance, ...extra } as never)
      .returning('id')
      .executeTakeFirstOrThrow()
      .then((r) => r.id);
  const apologies = await item(1, 'Apologies for absence', { standardKind: 'apologies', description: 'To receive apologies for absence.' });
  const minutes = await item(2, 'Minutes of the previous meeting', { standardKind: 'minutes' });
  const highways = await item(3, 'Highways maintenance programme', { description: 'To review the programme of road repairs.' });
  const parking = await item(4, 'Parking strategy');
  const depot = await item(5, 'Disposal of the Mill Lane depot', { isExempt: true, exemptParagraph: 3 });

  const pdf = await uploadedPdf('Minutes of 10 February', 3);
  const minutesDocument = await db
    .insertInto('document')
    .values({ kind: 'report', title: 'Minutes of 10 February', filename: 'minutes-10-february.pdf', mediaType: 'application/pdf', sha256: 'b'.repeat(64), byteSize: pdf.length, original: Buffer.from(pdf), text: 'Minutes of 10 February: page 1 of 3', exemptParagraph: null, supersedesDocumentId: null, publishedAt: null, importedAt: null, committeeId: committee.id, meetingId: meeting.id, agendaItemId: minutes })
    .returning('id')
    .executeTakeFirstOrThrow();
  const report = (agendaItemId: number, title: string, extra: Partial<Insertable<Database['report']>> = {}) =>
    db
      .insertInto('report')
      .values({ agendaItemId, title, summary: null, authorPersonId: null, authorName: 'Tomasz Reyes', leadOfficerPersonId: null, leadOfficerName: null, directorate: 'Place', classification: 'open', exemptParagraph: null, decisionType: null, forwardPlanEntryId: null, documentId: null, status: 'signed-off', ...provenance, ...extra } as never)
      .returning('id')
      .executeTakeFirstOrThrow()
      .then((r) => r.id);
  const reports = {
    minutes: await report(minutes, 'Minutes of 10 February', { documentId: minutesDocument.id }),
    highways: await report(highways, 'Highways maintenance programme 2026/27', { summary: 'The programme repairs 42 kilometres of road.\n\nIt costs £3.2 million.' }),
    parking: await report(parking, 'Parking strategy', { status: 'draft', summary: 'A draft strategy.' }),
    depot: await report(depot, 'Offers for the Mill Lane depot', { classification: 'exempt', exemptParagraph: 3, summary: `The highest offer came from ${exemptMarker} Holdings.` }),
  };
  return { committee, meeting, items: { apologies, minutes, highways, parking, depot }, reports, people: { chair, member, sharedAddress, coOptee, substitute, former }, chairAccount };
}

export type PublishingMeeting = Awaited<ReturnType<typeof seedPublishingMeeting>>;
