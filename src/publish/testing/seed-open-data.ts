import type { Kysely } from 'kysely';
import type { Database } from '../../db/database.ts';
import { insertAgendaItem, insertCommittee, insertCouncil, insertMeeting, insertPerson, insertReport } from '../../../test/factories.ts';

/**
 * Test data for the calendars, feeds, sitemap and API: one committee with a
 * summer meeting (agenda and minutes published, an open item and an exempt
 * one), a winter meeting and a cancelled one. Every exempt record carries
 * EXEMPT_MARKER, so a test can assert it never leaves the database.
 */
export const EXEMPT_MARKER = 'WOMBATTENDERSECRET';

const noProvenance = { sourceDocumentId: null, sourceLineFrom: null, sourceLineTo: null } as const;

export async function seedOpenData(db: Kysely<Database>) {
  await insertCouncil(db, { name: 'Northwold District Council' });
  const group = await db.insertInto('politicalGroup').values({ name: 'Independent Group', shortName: 'Ind', slug: 'independent', colour: null }).returningAll().executeTakeFirstOrThrow();
  const committee = await insertCommittee(db, { name: 'Audit Committee', slug: 'audit', kind: 'regulatory' });
  const chair = await insertPerson(db, { fullName: 'Clara Chair', slug: 'clara-chair' });
  await db.updateTable('person').set({ politicalGroupId: group.id }).where('id', '=', chair.id).execute();
  await insertPerson(db, { fullName: 'Pat Public', slug: 'pat-public', kind: 'public' });
  await db.insertInto('membership').values({ committeeId: committee.id, personId: chair.id, role: 'chair', startsOn: '2025-05-20', endsOn: null, represents: null, ...noProvenance }).execute();

  // 7pm in London: 18:00 UTC in BST, 19:00 UTC in GMT.
  const summer = await insertMeeting(db, committee.id, '2025-07-14');
  await db
    .updateTable('meeting')
    .set({ startsAt: new Date('2025-07-14T18:00:00Z'), status: 'draft-minutes', agendaPublishedAt: new Date('2025-07-04T09:00:00Z'), minutesPublishedAt: new Date('2025-07-21T09:00:00Z') })
    .where('id', '=', summer.id)
    .execute();
  const winter = await insertMeeting(db, committee.id, '2026-01-12');
  await db.updateTable('meeting').set({ startsAt: new Date('2026-01-12T19:00:00Z') }).where('id', '=', winter.id).execute();
  const cancelled = await insertMeeting(db, committee.id, '2026-04-20', { status: 'cancelled' });
  await db.updateTable('meeting').set({ cancellationReason: 'No business to transact' }).where('id', '=', cancelled.id).execute();

  const open = await insertAgendaItem(db, summer.id, 1, { title: 'Internal audit plan', description: 'To consider the plan.', minutes: 'The committee discussed the plan.' });
  await insertReport(db, open.id, { title: 'Internal audit plan 2025/26', summary: 'The plan for the year.' });
  await db.insertInto('resolution').values({ agendaItemId: open.id, text: 'That the internal audit plan be approved.', outcome: 'carried', ...noProvenance }).execute();
  await db.insertInto('recommendation').values({ committeeId: committee.id, meetingId: summer.id, agendaItemId: open.id, resolutionId: null, letter: 'a', reference: null, text: 'That Cabinet funds two more auditors.', addresseeName: 'Cabinet', sentOn: '2025-07-22', receivedOn: null, responseDueOn: null, response: null, responseText: null, respondedOn: null, responseDecisionReference: null, implementationStatus: null, implementationDueOn: null, implementedOn: null, reviewOn: null, ...noProvenance }).execute();
  await db.insertInto('action').values({ committeeId: committee.id, meetingId: summer.id, agendaItemId: open.id, number: '1', description: 'Circulate the audit charter.', ownerPersonId: null, ownerName: 'Head of Audit', directorate: null, dueOn: '2025-09-01', dueText: null, completedOn: null, ...noProvenance }).execute();
  await db.insertInto('attendance').values({ meetingId: summer.id, personId: chair.id, status: 'present', isChairOfMeeting: true, substituteForPersonId: null, capacity: null, ...noProvenance }).execute();
  const openDocument = await insertDocument(db, { title: 'Internal audit plan (report)', meetingId: summer.id, agendaItemId: open.id, committeeId: committee.id, isExempt: false });

  const exempt = await insertAgendaItem(db, summer.id, 2, { title: 'Cleaning contract award', isExempt: true, exemptParagraph: 3, description: EXEMPT_MARKER, minutes: `Members discussed ${EXEMPT_MARKER}.` });
  await insertReport(db, exempt.id, { title: `Tender ${EXEMPT_MARKER}`, summary: EXEMPT_MARKER, classification: 'exempt', exemptParagraph: 3 });
  await db.insertInto('resolution').values({ agendaItemId: exempt.id, text: `That ${EXEMPT_MARKER} be awarded the contract.`, outcome: 'carried', ...noProvenance }).execute();
  await db.insertInto('recommendation').values({ committeeId: committee.id, meetingId: summer.id, agendaItemId: exempt.id, resolutionId: null, letter: 'b', reference: null, text: `Recommend ${EXEMPT_MARKER}.`, addresseeName: null, sentOn: null, receivedOn: null, responseDueOn: null, response: null, responseText: null, respondedOn: null, responseDecisionReference: null, implementationStatus: null, implementationDueOn: null, implementedOn: null, reviewOn: null, ...noProvenance }).execute();
  await db.insertInto('action').values({ committeeId: committee.id, meetingId: summer.id, agendaItemId: exempt.id, number: '2', description: `Negotiate with ${EXEMPT_MARKER}.`, ownerPersonId: null, ownerName: EXEMPT_MARKER, directorate: null, dueOn: null, dueText: null, completedOn: null, ...noProvenance }).execute();
  await insertDocument(db, { title: `Appendix ${EXEMPT_MARKER}`, meetingId: summer.id, agendaItemId: exempt.id, committeeId: committee.id, isExempt: false });
  await insertDocument(db, { title: `Confidential ${EXEMPT_MARKER}`, meetingId: summer.id, agendaItemId: null, committeeId: committee.id, isExempt: true });

  await db.insertInto('forwardPlanEntry').values({ reference: 'FP/1', title: 'Leisure centre contract', purpose: 'To award the contract.', decisionMaker: 'Cabinet', decisionMakerCommitteeId: null, decisionKind: 'key', decisionDueOn: '2026-03-10', decisionDueMonth: null, firstPublishedOn: '2026-01-05', directorate: null, leadOfficerName: null, leadOfficerPersonId: null, portfolioHolderName: null, urgencyRoute: null, decidedOn: null, decisionMeetingId: null, ...noProvenance }).execute();
  await db.insertInto('forwardPlanEntry').values({ reference: 'FP/2', title: 'Sale of land at Mill Lane', purpose: `To sell to ${EXEMPT_MARKER}.`, decisionMaker: `Cabinet ${EXEMPT_MARKER}`, decisionMakerCommitteeId: null, decisionKind: 'key', decisionDueOn: '2026-03-20', decisionDueMonth: null, firstPublishedOn: '2026-01-05', directorate: EXEMPT_MARKER, leadOfficerName: EXEMPT_MARKER, leadOfficerPersonId: null, portfolioHolderName: EXEMPT_MARKER, isExempt: true, exemptParagraph: 3, urgencyRoute: null, decidedOn: null, decisionMeetingId: null, ...noProvenance }).execute();
  await db.insertInto('workProgrammeItem').values({ committeeId: committee.id, municipalYearId: null, meetingId: winter.id, kind: 'scheduled', title: 'Risk management update', purpose: 'To review the risk register.', raisedBy: 'Officers', leadOfficerName: null, leadOfficerPersonId: null, currentPosition: null, taskAndFinishCommitteeId: null, forwardPlanEntryId: null, suggestedByName: null, position: 1, ...noProvenance }).execute();

  return { committee, chair, summer, winter, cancelled, openItem: open, exemptItem: exempt, openDocument };
}

async function insertDocument(db: Kysely<Database>, values: { title: string; meetingId: number; agendaItemId: number | null; committeeId: number; isExempt: boolean }) {
  return db
    .insertInto('document')
    .values({
      kind: 'report',
      title: values.title,
      filename: 'report.pdf',
      mediaType: 'application/pdf',
      sha256: 'a'.repeat(64),
      byteSize: 10,
      original: Buffer.from('%PDF-1.4\n'),
      text: values.title,
      isExempt: values.isExempt,
      exemptParagraph: values.isExempt ? 3 : null,
      supersedesDocumentId: null,
      publishedAt: new Date('2025-07-04T09:00:00Z'),
      importedAt: null,
      meetingId: values.meetingId,
      agendaItemId: values.agendaItemId,
      committeeId: values.committeeId,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}
