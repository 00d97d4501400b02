import type { Kysely } from 'kysely';
import { insertAgendaItem, insertCommittee, insertCouncil, insertMeeting } from '../../test/factories.ts';
import type { Database } from '../db/database.ts';

/** For tests only: planted in every exempt record, so a test can show it never reaches a public page. */
export const TOPIC_EXEMPT_MARKER = 'PANGOLINCONFIDENTIAL';

const none = { sourceDocumentId: null, sourceLineFrom: null, sourceLineTo: null };

/**
 * For tests only: a fictional council whose children's scrutiny committee
 * has come back to school transport for three years (an item in 2024, a
 * policy in 2025 with a recommendation, a response and an action, an
 * exempt contract award, a work programme review and a forward plan key
 * decision), beside a library item that has nothing to do with it.
 * "Today" in these tests is 2 March 2026.
 */
export async function seedTopicRecords(db: Kysely<Database>) {
  await insertCouncil(db);
  const committee = await insertCommittee(db, { name: 'Children and Young People Scrutiny Committee', slug: 'children-scrutiny' });
  const cabinet = await insertCommittee(db, { name: 'Cabinet', slug: 'cabinet', kind: 'cabinet' });
  const june2024 = await insertMeeting(db, committee.id, '2024-06-11', { status: 'minutes-approved' });
  const june2025 = await insertMeeting(db, committee.id, '2025-06-10', { status: 'minutes-approved' });
  const january = await insertMeeting(db, committee.id, '2026-01-20', { status: 'minutes-approved' });
  const march = await insertMeeting(db, committee.id, '2026-03-16');

  const schoolTransport = await insertAgendaItem(db, june2024.id, 5, { title: 'School transport', minutes: 'Members asked about journey times to rural schools.' });
  const policy = await insertAgendaItem(db, june2025.id, 6, { title: 'Home to school transport policy', minutes: 'The committee considered the draft policy.' });
  const library = await insertAgendaItem(db, june2025.id, 7, { title: 'Library opening hours', minutes: 'Members welcomed longer Saturday opening.' });
  const contract = await insertAgendaItem(db, january.id, 9, {
    title: 'School transport contract award',
    isExempt: true,
    exemptParagraph: 3,
    description: `Prices from ${TOPIC_EXEMPT_MARKER}`,
    minutes: `The ${TOPIC_EXEMPT_MARKER} bid was preferred.`,
  });
  const upcoming = await insertAgendaItem(db, march.id, 4, { title: 'School transport update' });

  await db
    .insertInto('resolution')
    .values([
      { agendaItemId: policy.id, position: 1, text: 'That the draft home to school transport policy be endorsed.', outcome: 'carried', ...none },
      { agendaItemId: contract.id, position: 1, text: `That the ${TOPIC_EXEMPT_MARKER} tender be accepted.`, outcome: 'carried', ...none },
    ])
    .execute();

  const recommendation = { committeeId: committee.id, resolutionId: null, reference: null, addresseeName: 'Cabinet', sentOn: '2025-06-12', receivedOn: '2025-06-17', responseDueOn: null, responseDecisionReference: null, implementationStatus: null, implementationDueOn: null, implementedOn: null, reviewOn: null, ...none };
  const [eligibility, secretRecommendation] = await db
    .insertInto('recommendation')
    .values([
      { ...recommendation, meetingId: june2025.id, agendaItemId: policy.id, letter: 'a', text: 'Publish the eligibility criteria with worked examples for families.', response: 'accepted', responseText: 'The criteria will be published before the September intake.', respondedOn: '2025-08-12' },
      { ...recommendation, meetingId: january.id, agendaItemId: contract.id, letter: 'b', text: `Renegotiate with ${TOPIC_EXEMPT_MARKER}.`, response: null, responseText: null, respondedOn: null },
    ])
    .returning('id')
    .execute();

  const action = { committeeId: committee.id, ownerPersonId: null, directorate: 'Children’s Services', dueText: null, ...none };
  const [routeMap, secretAction] = await db
    .insertInto('action')
    .values([
      { ...action, meetingId: june2025.id, agendaItemId: policy.id, number: '14', description: 'Circulate the route map to members.', ownerName: 'Sam Okafor', dueOn: '2025-07-01', status: 'completed', completedOn: '2025-06-30' },
      { ...action, meetingId: january.id, agendaItemId: contract.id, number: '22', description: `Write to ${TOPIC_EXEMPT_MARKER}.`, ownerName: 'Sam Okafor', dueOn: '2026-02-01', status: 'open', completedOn: null },
    ])
    .returning('id')
    .execute();

  const forwardPlan = await db
    .insertInto('forwardPlanEntry')
    .values({ reference: 'FP/2026/07', title: 'Home to school transport policy 2026', purpose: 'To adopt the revised policy.', decisionMaker: 'Cabinet', decisionMakerCommitteeId: cabinet.id, decisionKind: 'key', decisionDueOn: '2026-05-01', decisionDueMonth: null, firstPublishedOn: '2026-02-01', directorate: 'Children’s Services', leadOfficerName: null, leadOfficerPersonId: null, portfolioHolderName: null, isExempt: false, exemptParagraph: null, urgencyRoute: null, decidedOn: null, decisionMeetingId: null, ...none })
    .returningAll()
    .executeTakeFirstOrThrow();

  const workProgramme = { committeeId: committee.id, municipalYearId: null, purpose: null, raisedBy: null, leadOfficerName: null, leadOfficerPersonId: null, currentPosition: null, taskAndFinishCommitteeId: null, suggestedByName: null, position: null, ...none };
  const [sendReview] = await db
    .insertInto('workProgrammeItem')
    .values([
      { ...workProgramme, meetingId: null, kind: 'potential', title: 'SEND transport review', forwardPlanEntryId: null },
      { ...workProgramme, meetingId: null, kind: 'potential', title: 'Pre-decision scrutiny: transport policy', forwardPlanEntryId: forwardPlan.id },
    ])
    .returning('id')
    .execute();

  return {
    committee,
    cabinet,
    meetings: { june2024, june2025, january, march },
    items: { schoolTransport, policy, library, contract, upcoming },
    recommendations: { eligibility: eligibility!.id, secret: secretRecommendation!.id },
    actions: { routeMap: routeMap!.id, secret: secretAction!.id },
    forwardPlan,
    workProgramme: { sendReview: sendReview!.id },
  };
}
