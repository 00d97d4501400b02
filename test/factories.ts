import type { Kysely } from 'kysely';
import type { Database } from '../src/db/database.ts';

/**
 * Small builders for repository tests: each inserts one row with sensible
 * defaults and returns it, so a test states only what it is about.
 */
let counter = 0;
const next = () => ++counter;

type Db = Kysely<Database>;

export async function insertCouncil(db: Db, overrides: Partial<Database['council']> = {}) {
  return db
    .insertInto('council')
    .values({ name: 'Northwold District Council', shortName: 'Northwold', slug: 'northwold', nation: 'england', website: null, email: 'democratic.services@northwold.example', phone: '01234 567890', address: null, ...overrides } as never)
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function insertPerson(db: Db, overrides: { fullName?: string; kind?: 'councillor' | 'officer' | 'co-optee' | 'public'; slug?: string; familyName?: string } = {}) {
  const n = next();
  const fullName = overrides.fullName ?? `Test Person ${n}`;
  return db
    .insertInto('person')
    .values({
      slug: overrides.slug ?? `test-person-${n}`,
      fullName,
      honorific: overrides.kind === 'councillor' || overrides.kind === undefined ? 'Councillor' : null,
      givenName: fullName.split(' ')[0] ?? null,
      familyName: overrides.familyName ?? fullName.split(' ').at(-1) ?? null,
      kind: overrides.kind ?? 'councillor',
      politicalGroupId: null,
      wardId: null,
      jobTitle: null,
      directorate: null,
      email: null,
      phone: null,
      sourceDocumentId: null,
      sourceLineFrom: null,
      sourceLineTo: null,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function insertCommittee(db: Db, overrides: { name?: string; slug?: string; kind?: Database['committee']['kind']; parentCommitteeId?: number | null } = {}) {
  const n = next();
  return db
    .insertInto('committee')
    .values({
      slug: overrides.slug ?? `test-committee-${n}`,
      name: overrides.name ?? `Test Committee ${n}`,
      kind: overrides.kind ?? 'scrutiny',
      parentCommitteeId: overrides.parentCommitteeId ?? null,
      purpose: null,
      quorum: 3,
      contactName: null,
      contactEmail: null,
      contactPhone: null,
      defaultVenue: null,
      questionDeadlineWorkingDays: null,
      questionDeadlineTime: null,
      reportDeadlineWorkingDays: null,
      sourceDocumentId: null,
      sourceLineFrom: null,
      sourceLineTo: null,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function insertMeeting(db: Db, committeeId: number, date: string, overrides: Partial<{ status: 'scheduled' | 'agenda-published' | 'held' | 'draft-minutes' | 'minutes-approved' | 'cancelled'; slug: string }> = {}) {
  return db
    .insertInto('meeting')
    .values({
      committeeId,
      municipalYearId: null,
      slug: overrides.slug ?? date,
      date,
      startsAt: new Date(`${date}T13:00:00Z`),
      endsAt: null,
      venue: 'Council Chamber',
      remoteLink: null,
      videoUrl: null,
      agendaPublishedAt: null,
      minutesPublishedAt: null,
      minutesApprovedAt: null,
      minutesApprovedByMeetingId: null,
      cancellationReason: null,
      status: overrides.status ?? 'scheduled',
      sourceDocumentId: null,
      sourceLineFrom: null,
      sourceLineTo: null,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function insertAgendaItem(
  db: Db,
  meetingId: number,
  position: number,
  overrides: Partial<{ title: string; isExempt: boolean; exemptParagraph: 1 | 2 | 3 | 4 | 5 | 6 | 7 | null; minutes: string | null; description: string | null }> = {},
) {
  return db
    .insertInto('agendaItem')
    .values({
      meetingId,
      position,
      number: String(position),
      minuteNumber: null,
      title: overrides.title ?? `Item ${position}`,
      description: overrides.description ?? null,
      standardKind: null,
      pageFrom: null,
      pageTo: null,
      isExempt: overrides.isExempt ?? false,
      exemptParagraph: overrides.exemptParagraph ?? null,
      minutes: overrides.minutes ?? null,
      sourceDocumentId: null,
      sourceLineFrom: null,
      sourceLineTo: null,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function insertReport(db: Db, agendaItemId: number, overrides: Partial<{ title: string; summary: string; classification: 'open' | 'exempt'; exemptParagraph: 1 | 2 | 3 | 4 | 5 | 6 | 7 | null }> = {}) {
  return db
    .insertInto('report')
    .values({
      agendaItemId,
      title: overrides.title ?? 'A report',
      summary: overrides.summary ?? null,
      authorPersonId: null,
      authorName: 'Report Author',
      leadOfficerPersonId: null,
      leadOfficerName: null,
      directorate: null,
      classification: overrides.classification ?? 'open',
      exemptParagraph: overrides.exemptParagraph ?? null,
      decisionType: null,
      forwardPlanEntryId: null,
      documentId: null,
      sourceDocumentId: null,
      sourceLineFrom: null,
      sourceLineTo: null,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}
