import type { Insertable, Kysely } from 'kysely';
import type { Database } from '../db/database.ts';
import { insertAgendaItem, insertCommittee, insertCouncil, insertMeeting, insertPerson } from '../../test/factories.ts';
import type { AttendanceStatus } from '../meetings/meeting-tables.ts';
import type { WorkProgrammeKind } from './tracking-tables.ts';

/**
 * For tests only: a scrutiny committee's public record with open records and
 * exempt ones, every exempt one carrying `EXEMPT_MARKER`, so a test can
 * show that no page or CSV built on it lets the marker through.
 */
export const EXEMPT_MARKER = 'WOMBATSECRETQUILL';

const none = { sourceDocumentId: null, sourceLineFrom: null, sourceLineTo: null };

export async function seedPublicRecord(db: Kysely<Database>) {
  await insertCouncil(db);
  const year = await db.insertInto('municipalYear').values({ label: '2025/26', startsOn: '2025-05-20', endsOn: '2026-05-18' }).returningAll().executeTakeFirstOrThrow();
  const committee = await insertCommittee(db, { name: 'Children Scrutiny Committee', slug: 'children-scrutiny' });
  const cabinet = await insertCommittee(db, { name: 'Cabinet', slug: 'cabinet', kind: 'cabinet' });
  const group = await insertCommittee(db, { name: 'School Places Task Group', slug: 'school-places-group', kind: 'task-and-finish' });
  const january = await insertMeeting(db, committee.id, '2026-01-12', { status: 'minutes-approved' });
  const february = await insertMeeting(db, committee.id, '2026-02-10', { status: 'draft-minutes' });
  const march = await insertMeeting(db, committee.id, '2026-03-20');
  const april = await insertMeeting(db, committee.id, '2026-04-15', { status: 'cancelled' });
  await db.updateTable('meeting').set({ cancellationReason: 'Insufficient business' }).where('id', '=', april.id).execute();
  const cabinetMeeting = await insertMeeting(db, cabinet.id, '2026-02-17', { status: 'minutes-approved' });
  await db.updateTable('meeting').set({ municipalYearId: year.id }).execute();

  const budget = await insertAgendaItem(db, february.id, 4, { title: 'School budgets' });
  const exempt = await insertAgendaItem(db, february.id, 9, { title: 'Transport contract award', isExempt: true, exemptParagraph: 3, description: EXEMPT_MARKER, minutes: EXEMPT_MARKER });
  const januaryItem = await insertAgendaItem(db, january.id, 5, { title: 'Ofsted inspection' });
  await db.insertInto('resolution').values([
    { agendaItemId: budget.id, position: 1, text: 'That the report be noted.', outcome: 'noted', ...none },
    { agendaItemId: budget.id, position: 2, text: '=HYPERLINK("http://evil.example") be endorsed.', outcome: 'carried', ...none },
    { agendaItemId: januaryItem.id, position: 1, text: 'That the inspection outcome be welcomed.', outcome: 'carried', ...none },
    { agendaItemId: exempt.id, position: 1, text: `That the ${EXEMPT_MARKER} tender be accepted.`, outcome: 'carried', ...none },
  ]).execute();

  const action = (over: Partial<Insertable<Database['action']>> & { description: string }) => ({
    committeeId: committee.id, meetingId: february.id, agendaItemId: budget.id, number: null, ownerPersonId: null, ownerName: 'Jo Officer', directorate: 'Children’s Services', dueOn: null, dueText: null, completedOn: null, ...none, ...over,
  });
  const [overdue] = await db.insertInto('action').values([
    action({ number: '1', description: 'Circulate the budget breakdown by school', dueOn: '2026-02-20', status: 'open' }),
    action({ number: '2', description: 'Report back on transport costs', meetingId: january.id, agendaItemId: januaryItem.id, dueOn: '2026-01-30', status: 'completed', completedOn: '2026-01-28' }),
    action({ number: '3', description: 'Meet the headteachers’ forum', dueOn: '2026-04-30', status: 'in-progress' }),
    action({ number: '4', description: `Renegotiate ${EXEMPT_MARKER}`, agendaItemId: exempt.id, ownerName: EXEMPT_MARKER, dueOn: '2026-03-01' }),
  ]).returning('id').execute();
  await db.insertInto('actionUpdate').values([
    { actionId: overdue!.id, writtenOn: '2026-02-12', text: 'Data requested from schools', authorName: null, authorPersonId: null, ...none },
    { actionId: overdue!.id, writtenOn: '2026-02-25', text: 'Draft circulated to the chair', authorName: null, authorPersonId: null, ...none },
  ]).execute();

  const recommendation = (over: Partial<Insertable<Database['recommendation']>> & { text: string }) => ({
    committeeId: committee.id, meetingId: february.id, agendaItemId: budget.id, resolutionId: null, letter: null, reference: null, addresseeName: 'Cabinet', sentOn: '2026-02-12', receivedOn: null, responseDueOn: null, response: null, responseText: null, respondedOn: null, responseDecisionReference: null, implementationStatus: null, implementationDueOn: null, implementedOn: null, reviewOn: null, ...none, ...over,
  });
  await db.insertInto('recommendation').values([
    recommendation({ letter: 'a', text: 'That Cabinet publish school budgets by school', receivedOn: '2025-12-01', response: 'accepted', responseText: 'Budgets will be published each spring.', respondedOn: '2026-02-10', implementationStatus: 'in-progress', meetingId: january.id, agendaItemId: januaryItem.id }),
    recommendation({ letter: 'b', text: 'That Cabinet review transport eligibility', receivedOn: '2026-02-17' }),
    recommendation({ letter: 'c', text: `That ${EXEMPT_MARKER} be reconsidered`, agendaItemId: exempt.id, responseText: EXEMPT_MARKER }),
  ]).execute();

  const wp = (over: Partial<Insertable<Database['workProgrammeItem']>> & { title: string; kind: WorkProgrammeKind }) => ({
    committeeId: committee.id, municipalYearId: year.id, meetingId: null, purpose: null, raisedBy: null, leadOfficerName: null, leadOfficerPersonId: null, currentPosition: null, taskAndFinishCommitteeId: null, forwardPlanEntryId: null, suggestedByName: null, position: null, ...none, ...over,
  });
  await db.insertInto('workProgrammeItem').values([
    wp({ kind: 'scheduled', title: 'SEND sufficiency strategy', meetingId: march.id, raisedBy: 'Committee members', leadOfficerName: 'Sam Lead', currentPosition: 'Report in preparation' }),
    wp({ kind: 'annual', title: 'Budget scrutiny', raisedBy: 'Constitution' }),
    wp({ kind: 'task-and-finish', title: 'School places review', taskAndFinishCommitteeId: group.id, currentPosition: 'Evidence sessions under way' }),
    wp({ kind: 'public-suggestion', title: 'Safer routes to school', suggestedByName: 'A resident' }),
  ]).execute();

  const ward = await db.insertInto('ward').values({ name: 'Riverside', slug: 'riverside' }).returningAll().executeTakeFirstOrThrow();
  const secretWard = await db.insertInto('ward').values({ name: `${EXEMPT_MARKER} Ward`, slug: 'secret-ward' }).returningAll().executeTakeFirstOrThrow();
  const entry = (over: Partial<Insertable<Database['forwardPlanEntry']>> & { title: string }) => ({
    reference: null, purpose: null, decisionMaker: 'Cabinet', decisionMakerCommitteeId: cabinet.id, decisionKind: 'key' as const, decisionDueOn: null, decisionDueMonth: null, firstPublishedOn: '2026-01-05', directorate: null, leadOfficerName: null, leadOfficerPersonId: null, portfolioHolderName: null, exemptParagraph: null, urgencyRoute: null, decidedOn: null, decisionMeetingId: null, ...none, ...over,
  });
  const [openEntry, secretEntry] = await db.insertInto('forwardPlanEntry').values([
    entry({ reference: 'FP/2026/014', title: 'Home to school transport policy', purpose: 'To agree the transport policy for 2026/27.', decisionDueOn: '2026-04-14', directorate: 'Children’s Services', leadOfficerName: 'Sam Lead', portfolioHolderName: 'Cabinet Member for Children' }),
    entry({ title: 'Disposal of the old depot', isExempt: true, exemptParagraph: 3, decisionDueMonth: '2026-05', purpose: EXEMPT_MARKER, directorate: EXEMPT_MARKER, leadOfficerName: EXEMPT_MARKER, portfolioHolderName: EXEMPT_MARKER, decisionKind: 'non-key' }),
    entry({ title: 'Revenue budget 2026/27', decisionKind: 'budget-and-policy-framework', decisionDueOn: '2026-03-05', decisionMaker: 'Council' }),
    entry({ title: 'Library opening hours', decisionDueOn: '2026-01-20' }),
    entry({ title: 'Leisure contract extension', decisionDueOn: '2026-04-01', status: 'decided', decidedOn: '2026-03-01' }),
  ]).returning('id').execute();
  await db.insertInto('forwardPlanEntryWard').values([
    { forwardPlanEntryId: openEntry!.id, wardId: ward.id },
    { forwardPlanEntryId: secretEntry!.id, wardId: secretWard.id },
  ]).execute();

  const member = await insertPerson(db, { fullName: 'Alice Member', slug: 'alice-member' });
  await db.insertInto('membership').values([
    { committeeId: committee.id, personId: member.id, role: 'member', startsOn: '2025-05-20', endsOn: null, represents: null, ...none },
    { committeeId: cabinet.id, personId: member.id, role: 'member', isSubstitute: true, startsOn: '2025-05-20', endsOn: null, represents: null, ...none },
  ]).execute();
  const attend = (meetingId: number, status: AttendanceStatus, substituteForPersonId: number | null = null) => ({
    meetingId, personId: member.id, status, substituteForPersonId, capacity: null, ...none,
  });
  const absentee = await insertPerson(db, { fullName: 'Bob Cabinet', slug: 'bob-cabinet' });
  await db.insertInto('attendance').values([attend(january.id, 'present'), attend(february.id, 'apologies'), attend(cabinetMeeting.id, 'substitute', absentee.id)]).execute();
  await db.insertInto('declaration').values([
    { meetingId: february.id, agendaItemId: budget.id, personId: member.id, kind: 'other-registrable', description: 'A governor of Riverside Primary School', ...none },
    { meetingId: february.id, agendaItemId: exempt.id, personId: member.id, kind: 'disclosable-pecuniary', description: `Shareholder in ${EXEMPT_MARKER} Ltd`, withdrew: true, ...none },
  ]).execute();

  return { committee, cabinet, member, year, meetings: { january, february, march, april } };
}
