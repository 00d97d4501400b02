import type { Kysely } from 'kysely';
import type { Database } from '../db/database.ts';
import type { NewDocument } from '../documents/document-tables.ts';
import { insertAgendaItem, insertCommittee, insertCouncil, insertMeeting, insertPerson, insertReport } from '../../test/factories.ts';

/** A word planted only in exempt (and unpublished) records: no search may ever find it. */
export const exemptMarker = 'zanzibarquux';
export const unpublishedMarker = 'quokkaminutes';

const none = { sourceDocumentId: null, sourceLineFrom: null, sourceLineTo: null };

/**
 * A small council for search tests: drainage decided at Highways twice, a
 * drainage report on line 3 of a document, a transcript, a forward plan
 * entry, licensing business, and the same word planted in every kind of
 * exempt record, and in minutes not yet published.
 */
export async function plantSearchCouncil(db: Kysely<Database>) {
  await insertCouncil(db);
  const highways = await insertCommittee(db, { name: 'Highways and Transport Committee', slug: 'highways' });
  const licensing = await insertCommittee(db, { name: 'Licensing Committee', slug: 'licensing', kind: 'regulatory' });
  await insertPerson(db, { fullName: 'Hannah Woodward', slug: 'hannah-woodward' });

  const june = await insertMeeting(db, highways.id, '2025-06-10', { status: 'minutes-approved' });
  const march = await insertMeeting(db, highways.id, '2026-03-02', { status: 'minutes-approved' });
  const lic = await insertMeeting(db, licensing.id, '2025-09-15', { status: 'draft-minutes' });
  const upcoming = await insertMeeting(db, licensing.id, '2026-04-20', { status: 'agenda-published' });

  const drainageJune = await insertAgendaItem(db, june.id, 4, { title: 'Surface water drainage programme', description: 'Report of the Director of Highways.', minutes: 'Members discussed gully cleaning and flood risk on the A40.' });
  const drainageMarch = await insertAgendaItem(db, march.id, 5, { title: 'Road safety review', minutes: 'The committee noted the drainage works would follow.' });
  const taxis = await insertAgendaItem(db, lic.id, 3, { title: 'Taxi licensing policy', minutes: 'Members discussed hackney carriage fares and wheelchair accessible vehicles.' });
  const exemptItem = await insertAgendaItem(db, june.id, 9, {
    title: 'Disposal of land at Mill Lane',
    isExempt: true,
    exemptParagraph: 3,
    description: `Terms for ${exemptMarker} disposal`,
    minutes: `The ${exemptMarker} bid was accepted with drainage conditions.`,
  });
  await insertAgendaItem(db, upcoming.id, 2, { title: 'Street trading consents', minutes: `Draft note: ${unpublishedMarker} fees.` });

  const resolution = (agendaItemId: number, text: string) => db.insertInto('resolution').values({ agendaItemId, text, outcome: 'carried', ...none }).returningAll().executeTakeFirstOrThrow();
  const decidedJune = await resolution(drainageJune.id, 'RESOLVED: That the surface water drainage programme for 2025/26 be approved.');
  const decidedMarch = await resolution(drainageMarch.id, 'RESOLVED: That the surface water drainage programme for 2025/26 be approved.');
  await resolution(taxis.id, 'RESOLVED: That the taxi fares be increased by 5 per cent.');
  await resolution(exemptItem.id, `RESOLVED: That the ${exemptMarker} offer be accepted.`);

  const recommendation = (agendaItemId: number | null, meetingId: number, text: string, letter: string) =>
    db
      .insertInto('recommendation')
      .values({ committeeId: highways.id, meetingId, agendaItemId, resolutionId: null, letter, reference: null, text, addresseeName: 'Cabinet', sentOn: null, receivedOn: null, responseDueOn: null, response: null, responseText: null, respondedOn: null, responseDecisionReference: null, implementationStatus: null, implementationDueOn: null, implementedOn: null, reviewOn: null, ...none })
      .returningAll()
      .executeTakeFirstOrThrow();
  await recommendation(drainageJune.id, june.id, 'That Cabinet fund two more gully tankers for drainage maintenance.', 'a');
  await recommendation(exemptItem.id, june.id, `That the ${exemptMarker} receipt be ring-fenced.`, 'b');

  const action = (agendaItemId: number | null, meetingId: number, description: string) =>
    db.insertInto('action').values({ committeeId: highways.id, meetingId, agendaItemId, number: 'A1', description, ownerPersonId: null, ownerName: 'Head of Highways', directorate: null, dueOn: null, dueText: null, completedOn: null, ...none }).execute();
  await action(drainageJune.id, june.id, 'Circulate the drainage survey results to members.');
  await action(exemptItem.id, june.id, `Report the ${exemptMarker} valuation.`);

  const document = (values: Partial<NewDocument> & { title: string; text: string }) =>
    db
      .insertInto('document')
      .values({
        kind: 'report',
        filename: 'report.txt',
        mediaType: 'text/plain',
        sha256: 'a'.repeat(64),
        byteSize: values.text.length,
        original: null,
        exemptParagraph: null,
        supersedesDocumentId: null,
        publishedAt: null,
        importedAt: null,
        committeeId: highways.id,
        meetingId: june.id,
        agendaItemId: null,
        lineStarts: JSON.stringify(lineStarts(values.text)) as never,
        ...values,
      } as never)
      .returningAll()
      .executeTakeFirstOrThrow();
  const report = await document({ title: 'Highways annual report', text: 'Highways annual report\nSection 1: Roads\nThe drainage budget rose by 4 per cent.\nSection 2: Bridges' });
  await document({ title: 'Confidential appendix', text: `Valuation of the ${exemptMarker} site.`, isExempt: true });
  await document({ title: 'Appendix to land item', text: `Plan of the ${exemptMarker} boundary.`, agendaItemId: exemptItem.id });
  const exemptReportDoc = await document({ title: 'Exempt report', text: `Business case for ${exemptMarker} purchase.` });
  const openItemForReport = await insertAgendaItem(db, june.id, 10, { title: 'Depot options' });
  const exemptReport = await insertReport(db, openItemForReport.id, { title: 'Depot options (exempt)', classification: 'exempt', exemptParagraph: 3 });
  await db.updateTable('report').set({ documentId: exemptReportDoc.id }).where('id', '=', exemptReport.id).execute();

  const forwardPlan = (title: string, isExempt: boolean) =>
    db
      .insertInto('forwardPlanEntry')
      .values({ reference: null, title, purpose: `To decide on ${title.toLowerCase()}.`, decisionMaker: 'Cabinet', decisionMakerCommitteeId: highways.id, decisionKind: 'key', decisionDueOn: '2026-05-14', decisionDueMonth: null, firstPublishedOn: null, directorate: null, leadOfficerName: null, leadOfficerPersonId: null, portfolioHolderName: null, isExempt, exemptParagraph: isExempt ? 3 : null, urgencyRoute: null, decidedOn: null, decisionMeetingId: null, ...none })
      .execute();
  await forwardPlan('Flood and drainage strategy', false);
  await forwardPlan(`Sale of ${exemptMarker} depot`, true);

  const transcriptDoc = await document({ title: 'Transcript', text: 'webvtt', kind: 'transcript' });
  const transcript = await db.insertInto('transcript').values({ meetingId: june.id, documentId: transcriptDoc.id, videoUrl: null }).returningAll().executeTakeFirstOrThrow();
  await db.insertInto('transcriptSegment').values({ transcriptId: transcript.id, position: 1, startsMs: 754_300, endsMs: 760_000, speakerName: 'Cllr Woodward', speakerPersonId: null, text: 'I welcome the drainage programme for our villages.', sourceLineFrom: 12, sourceLineTo: 13 }).execute();
  const closedDoc = await document({ title: 'Closed session transcript', text: 'webvtt', kind: 'transcript', isExempt: true });
  const closed = await db.insertInto('transcript').values({ meetingId: june.id, documentId: closedDoc.id, videoUrl: null }).returningAll().executeTakeFirstOrThrow();
  await db.insertInto('transcriptSegment').values({ transcriptId: closed.id, position: 1, startsMs: 0, endsMs: 1000, speakerName: null, speakerPersonId: null, text: `The ${exemptMarker} figures are confidential.`, sourceLineFrom: null, sourceLineTo: null }).execute();

  return { highways, licensing, june, march, drainageJune, drainageMarch, decidedJune, decidedMarch, report, exemptItem };
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  return starts;
}
