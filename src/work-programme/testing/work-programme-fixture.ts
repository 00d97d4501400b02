import type { Insertable, Kysely } from 'kysely';
import type { Database } from '../../db/database.ts';
import { insertCommittee, insertCouncil, insertMeeting, insertPerson } from '../../../test/factories.ts';
import type { WorkProgrammeKind } from '../../tracking/tracking-tables.ts';

/**
 * For tests only: a fictional Place Scrutiny Committee planning its
 * 2025/26 year on 2 March 2026. Meetings before and after today (one
 * cancelled), officers to lead items, a task and finish group with one
 * member too few from the committee, items of every kind, a suggestion
 * from the public waiting for triage (its sender's email carrying
 * SENDER_MARKER, which no public page may show), and forward plan entries
 * with full and short notice, one exempt carrying EXEMPT_FP_MARKER.
 */
export const WORK_PROGRAMME_TODAY = '2026-03-02';
export const SENDER_MARKER = 'pangolinsender';
export const EXEMPT_FP_MARKER = 'NARWHALTERMS';

const none = { sourceDocumentId: null, sourceLineFrom: null, sourceLineTo: null };

export async function seedWorkProgramme(db: Kysely<Database>) {
  await insertCouncil(db);
  const year = await db.insertInto('municipalYear').values({ label: '2025/26', startsOn: '2025-05-20', endsOn: '2026-05-18' }).returningAll().executeTakeFirstOrThrow();
  const nextYear = await db.insertInto('municipalYear').values({ label: '2026/27', startsOn: '2026-05-19', endsOn: '2027-05-17' }).returningAll().executeTakeFirstOrThrow();
  const committee = await insertCommittee(db, { name: 'Place Scrutiny Committee', slug: 'place-scrutiny' });
  const cabinet = await insertCommittee(db, { name: 'Cabinet', slug: 'cabinet', kind: 'cabinet' });
  const group = await insertCommittee(db, { name: 'Bus Services Task Group', slug: 'bus-services-group', kind: 'task-and-finish', parentCommitteeId: committee.id });
  const other = await insertCommittee(db, { name: 'Audit Committee', slug: 'audit', kind: 'regulatory' });

  const january = await insertMeeting(db, committee.id, '2026-01-13', { status: 'minutes-approved' });
  const march = await insertMeeting(db, committee.id, '2026-03-17');
  const april = await insertMeeting(db, committee.id, '2026-04-21');
  const may = await insertMeeting(db, committee.id, '2026-05-12', { status: 'cancelled' });
  const june = await insertMeeting(db, committee.id, '2026-06-16');
  const auditMeeting = await insertMeeting(db, other.id, '2026-03-24');
  await db.updateTable('meeting').set({ municipalYearId: year.id }).where('date', '<', '2026-05-19').execute();
  await db.updateTable('meeting').set({ municipalYearId: nextYear.id }).where('id', '=', june.id).execute();

  const officer = async (fullName: string, jobTitle: string) => {
    const person = await insertPerson(db, { fullName, kind: 'officer' });
    return db.updateTable('person').set({ jobTitle, directorate: 'Economy and Place' }).where('id', '=', person.id).returningAll().executeTakeFirstOrThrow();
  };
  const roads = await officer('Priya Roads', 'Head of Highways');
  const transport = await officer('Tom Transport', 'Transport Manager');

  const ash = await insertPerson(db, { fullName: 'Robin Ash', slug: 'robin-ash' });
  const birch = await insertPerson(db, { fullName: 'Kit Birch', slug: 'kit-birch' });
  const cedar = await insertPerson(db, { fullName: 'Sam Cedar', slug: 'sam-cedar' });
  const membership = (committeeId: number, personId: number, role: 'chair' | 'vice-chair' | 'member' = 'member') => ({ committeeId, personId, role, startsOn: '2025-05-20', endsOn: null, represents: null, ...none });
  await db.insertInto('membership').values([membership(committee.id, ash.id, 'chair'), membership(committee.id, birch.id), membership(group.id, ash.id, 'chair'), membership(group.id, cedar.id)]).execute();

  const item = (over: Partial<Insertable<Database['workProgrammeItem']>> & { title: string; kind: WorkProgrammeKind }) => ({
    committeeId: committee.id, municipalYearId: year.id, meetingId: null, purpose: null, raisedBy: null, leadOfficerName: null, leadOfficerPersonId: null, currentPosition: null, taskAndFinishCommitteeId: null, forwardPlanEntryId: null, suggestedByName: null, position: null, ...none, ...over,
  });
  const [highways, budget, parking, review, workshop, briefing, suggestion] = await db
    .insertInto('workProgrammeItem')
    .values([
      item({ kind: 'scheduled', title: 'Highway maintenance plan', meetingId: march.id, position: 1, purpose: 'To review the plan for resurfacing.', raisedByKind: 'meeting', raisedAtMeetingId: january.id, leadOfficerName: roads.fullName, leadOfficerPersonId: roads.id, currentPosition: 'Report requested' }),
      item({ kind: 'annual', title: 'Budget scrutiny', position: 2, raisedByKind: 'standing' }),
      item({ kind: 'potential', title: 'Residents’ parking zones', position: 3, raisedByKind: 'member', raisedBy: 'Councillor Birch' }),
      item({ kind: 'task-and-finish', title: 'Rural bus services review', position: 4, taskAndFinishCommitteeId: group.id, leadOfficerName: transport.fullName, leadOfficerPersonId: transport.id, currentPosition: 'Evidence sessions under way' }),
      item({ kind: 'workshop', title: 'Understanding the transport capital programme', position: 5, sessionOn: '2026-04-21', sessionStartsAt: '11:00', sessionEndsAt: '13:00' }),
      item({ kind: 'briefing-note', title: 'Street lighting energy costs', position: 6, sessionOn: '2026-05-01' }),
      item({ kind: 'public-suggestion', title: 'Safer crossing on Mill Lane', status: 'suggested', purpose: 'Children cross a busy road to reach the park.', raisedByKind: 'public', raisedBy: 'A member of the public' }),
    ])
    .returning('id')
    .execute();
  await db.insertInto('workProgrammeSuggestion').values({ workProgrammeItemId: suggestion!.id, name: 'Jo Resident', email: `jo.${SENDER_MARKER}@example.com` }).execute();

  const ward = await db.insertInto('ward').values({ name: 'Riverside', slug: 'riverside' }).returningAll().executeTakeFirstOrThrow();
  const entry = (over: Partial<Insertable<Database['forwardPlanEntry']>> & { title: string }) => ({
    reference: null, purpose: null, decisionMaker: 'Cabinet', decisionMakerCommitteeId: cabinet.id, decisionKind: 'key' as const, decisionDueOn: null, decisionDueMonth: null, firstPublishedOn: '2026-02-02', directorate: 'Economy and Place', leadOfficerName: null, leadOfficerPersonId: null, portfolioHolderName: null, exemptParagraph: null, urgencyRoute: null, decidedOn: null, decisionMeetingId: null, ...none, ...over,
  });
  const [busContract, depot, libraries] = await db
    .insertInto('forwardPlanEntry')
    .values([
      entry({ reference: 'FP/2026/021', title: 'Bus service support contracts', purpose: 'To award contracts for supported bus routes.', decisionDueOn: '2026-04-28', leadOfficerName: transport.fullName, leadOfficerPersonId: transport.id, portfolioHolderName: 'Cabinet Member for Transport' }),
      entry({ reference: 'FP/2026/022', title: 'Disposal of the Mill Lane depot', isExempt: true, exemptParagraph: 3, decisionDueOn: '2026-05-05', purpose: `Sale to ${EXEMPT_FP_MARKER} Ltd.`, leadOfficerName: EXEMPT_FP_MARKER, portfolioHolderName: EXEMPT_FP_MARKER }),
      entry({ reference: 'FP/2026/023', title: 'Library opening hours', decisionKind: 'non-key', decisionDueMonth: '2026-07' }),
    ])
    .returning('id')
    .execute();
  await db.insertInto('forwardPlanEntryWard').values({ forwardPlanEntryId: busContract!.id, wardId: ward.id }).execute();

  return {
    year, nextYear, committee, cabinet, group, other, ward,
    meetings: { january, march, april, may, june, auditMeeting },
    officers: { roads, transport },
    members: { ash, birch, cedar },
    items: { highways: highways!.id, budget: budget!.id, parking: parking!.id, review: review!.id, workshop: workshop!.id, briefing: briefing!.id, suggestion: suggestion!.id },
    entries: { busContract: busContract!.id, depot: depot!.id, libraries: libraries!.id },
  };
}

export type WorkProgrammeSeed = Awaited<ReturnType<typeof seedWorkProgramme>>;
