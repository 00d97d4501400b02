import type { Kysely } from 'kysely';
import type { Database } from '../db/database.ts';
import { londonInstant } from '../deadlines/london-time.ts';
import type { MeetingStatus } from '../meetings/meeting-tables.ts';

/**
 * A small fictional council for the agenda builder's tests: Northwold
 * District Council's Communities Scrutiny Committee, whose February meeting
 * took minutes 60–71, a meeting on Thursday 19 March 2026 to build an agenda
 * for, and the April meeting after it; a cabinet; three officers who write
 * and review reports; two wards. "Today" in the tests is Monday 2 March 2026.
 */
export async function seedAgendaCouncil(db: Kysely<Database>) {
  await db.insertInto('council').values({ name: 'Northwold District Council', shortName: 'Northwold', slug: 'northwold', nation: 'england', website: null, email: 'democratic.services@northwold.example', phone: null, address: null }).execute();
  const [riverside, hillcrest] = await db
    .insertInto('ward')
    .values([
      { name: 'Riverside', slug: 'riverside' },
      { name: 'Hillcrest', slug: 'hillcrest' },
    ])
    .returning(['id', 'name'])
    .execute();
  const officer = async (slug: string, fullName: string, jobTitle: string, directorate: string) =>
    db
      .insertInto('person')
      .values({ slug, fullName, honorific: null, givenName: fullName.split(' ')[0]!, familyName: fullName.split(' ').at(-1)!, kind: 'officer', politicalGroupId: null, wardId: null, jobTitle, directorate, email: null, phone: null, sourceDocumentId: null, sourceLineFrom: null, sourceLineTo: null })
      .returning(['id', 'fullName'])
      .executeTakeFirstOrThrow();
  const author = await officer('priya-chandran', 'Priya Chandran', 'Head of Libraries', 'Communities');
  const otherAuthor = await officer('tom-ellery', 'Tom Ellery', 'Parks Manager', 'Place');
  const solicitor = await officer('grace-okafor', 'Grace Okafor', 'Senior Solicitor', 'Legal and Governance');
  const year = await db.insertInto('municipalYear').values({ label: '2025/26', startsOn: '2025-05-14', endsOn: '2026-05-12' }).returning('id').executeTakeFirstOrThrow();

  const committee = async (slug: string, name: string, kind: Database['committee']['kind']) =>
    db
      .insertInto('committee')
      .values({ slug, name, kind, parentCommitteeId: null, purpose: null, quorum: 3, contactName: null, contactEmail: null, contactPhone: null, defaultVenue: 'Council Chamber', questionDeadlineWorkingDays: null, questionDeadlineTime: null, reportDeadlineWorkingDays: null, sourceDocumentId: null, sourceLineFrom: null, sourceLineTo: null })
      .returning(['id', 'slug', 'name'])
      .executeTakeFirstOrThrow();
  const scrutiny = await committee('communities-scrutiny', 'Communities Scrutiny Committee', 'scrutiny');
  const cabinet = await committee('cabinet', 'Cabinet', 'cabinet');

  const meeting = (committeeId: number, date: string, status: MeetingStatus, extra: { agendaPublishedAt?: Date } = {}) =>
    db
      .insertInto('meeting')
      .values({ committeeId, municipalYearId: year.id, slug: date, date, startsAt: londonInstant(date, '18:30'), endsAt: null, venue: 'Council Chamber', remoteLink: null, videoUrl: null, status, agendaPublishedAt: extra.agendaPublishedAt ?? null, minutesPublishedAt: null, minutesApprovedAt: null, minutesApprovedByMeetingId: null, cancellationReason: null, sourceDocumentId: null, sourceLineFrom: null, sourceLineTo: null })
      .returning(['id', 'date', 'slug'])
      .executeTakeFirstOrThrow();
  const february = await meeting(scrutiny.id, '2026-02-12', 'minutes-approved');
  await db
    .insertInto('agendaItem')
    .values(Array.from({ length: 12 }, (_, i) => ({ meetingId: february.id, position: i + 1, number: String(i + 1), minuteNumber: String(60 + i), title: `February item ${i + 1}`, description: null, standardKind: null, pageFrom: null, pageTo: null, minutes: null, sourceDocumentId: null, sourceLineFrom: null, sourceLineTo: null })))
    .execute();
  const march = await meeting(scrutiny.id, '2026-03-19', 'scheduled');
  const april = await meeting(scrutiny.id, '2026-04-21', 'scheduled');
  const cabinetMeeting = await meeting(cabinet.id, '2026-03-25', 'scheduled');
  const published = await meeting(cabinet.id, '2026-03-05', 'agenda-published', { agendaPublishedAt: new Date('2026-02-25T10:00:00Z') });
  return { wards: { riverside: riverside!, hillcrest: hillcrest! }, author, otherAuthor, solicitor, year, scrutiny, cabinet, february, march, april, cabinetMeeting, published };
}

export type AgendaCouncil = Awaited<ReturnType<typeof seedAgendaCouncil>>;
