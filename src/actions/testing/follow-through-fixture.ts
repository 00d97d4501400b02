import type { Insertable, Kysely } from 'kysely';
import type { Database } from '../../db/database.ts';
import { insertAgendaItem, insertCommittee, insertCouncil, insertMeeting, insertPerson } from '../../../test/factories.ts';

/**
 * For tests only: a fictional scrutiny committee's follow-through on
 * 2 March 2026. Actions in every state (one due today, one completed late,
 * one imported with no completion date, one on an exempt item carrying
 * EXEMPT_ACTION_MARKER), owners with and without email, and recommendations
 * awaiting, overdue and answered.
 */
export const FOLLOW_THROUGH_TODAY = '2026-03-02';
export const EXEMPT_ACTION_MARKER = 'QUOKKACONFIDENTIAL';

const none = { sourceDocumentId: null, sourceLineFrom: null, sourceLineTo: null };

export async function seedFollowThrough(db: Kysely<Database>) {
  await insertCouncil(db);
  const committee = await insertCommittee(db, { name: 'Place Scrutiny Committee', slug: 'place-scrutiny' });
  await db.updateTable('committee').set({ contactName: 'Nia Clerk', contactEmail: 'place.scrutiny@northwold.example' }).where('id', '=', committee.id).execute();
  const other = await insertCommittee(db, { name: 'Audit Committee', slug: 'audit', kind: 'regulatory' });
  const group = await insertCommittee(db, { name: 'Bus Services Task Group', slug: 'bus-services-group', kind: 'task-and-finish', parentCommitteeId: committee.id });
  const cabinet = await insertCommittee(db, { name: 'Cabinet', slug: 'cabinet', kind: 'cabinet' });

  const january = await insertMeeting(db, committee.id, '2026-01-13', { status: 'minutes-approved' });
  const february = await insertMeeting(db, committee.id, '2026-02-10', { status: 'draft-minutes' });
  const auditMeeting = await insertMeeting(db, other.id, '2026-02-03', { status: 'draft-minutes' });
  const groupMeeting = await insertMeeting(db, group.id, '2026-01-20', { status: 'held' });
  const cabinetMeeting = await insertMeeting(db, cabinet.id, '2026-02-24', { status: 'held' });

  const potholes = await insertAgendaItem(db, january.id, 5, { title: 'Highway maintenance' });
  const buses = await insertAgendaItem(db, february.id, 6, { title: 'Bus service review' });
  const depot = await insertAgendaItem(db, february.id, 9, { title: 'Depot lease', isExempt: true, exemptParagraph: 3 });
  const accounts = await insertAgendaItem(db, auditMeeting.id, 4, { title: 'Statement of accounts' });
  const groupItem = await insertAgendaItem(db, groupMeeting.id, 3, { title: 'Evidence from operators' });
  await db.updateTable('agendaItem').set({ minuteNumber: '64' }).where('id', '=', buses.id).execute();

  const officer = async (fullName: string, directorate: string, email: string | null) => {
    const person = await insertPerson(db, { fullName, kind: 'officer' });
    return db.updateTable('person').set({ directorate, email, jobTitle: 'Service manager' }).where('id', '=', person.id).returningAll().executeTakeFirstOrThrow();
  };
  const roads = await officer('Priya Roads', 'Economy and Place', 'priya.roads@northwold.example');
  const transport = await officer('Tom Transport', 'Economy and Place', 'tom.transport@northwold.example');
  const finance = await officer('Fay Finance', 'Corporate Services', null);

  const action = (over: Partial<Insertable<Database['action']>> & { description: string; number: string }) => ({
    committeeId: committee.id,
    meetingId: february.id,
    agendaItemId: buses.id,
    ownerPersonId: transport.id,
    ownerName: transport.fullName,
    directorate: null,
    dueOn: null,
    dueText: null,
    completedOn: null,
    ...none,
    ...over,
  });
  const ids = await db
    .insertInto('action')
    .values([
      action({ number: '1', description: 'Report pothole repair times by ward', meetingId: january.id, agendaItemId: potholes.id, ownerPersonId: roads.id, ownerName: roads.fullName, dueOn: '2026-02-13', status: 'open' }),
      action({ number: '2', description: 'Share the bus operators’ punctuality figures', dueOn: FOLLOW_THROUGH_TODAY, status: 'in-progress' }),
      action({ number: '3', description: 'Circulate the route consultation plan', dueOn: '2026-03-09', status: 'open' }),
      action({ number: '4', description: 'Confirm the winter gritting routes', meetingId: january.id, agendaItemId: potholes.id, ownerPersonId: roads.id, ownerName: roads.fullName, dueOn: '2026-01-30', status: 'completed', completedOn: '2026-02-06' }),
      action({ number: '5', description: 'Send members the parking income breakdown', ownerPersonId: finance.id, ownerName: finance.fullName, dueOn: '2026-02-20', status: 'open' }),
      action({ number: '6', description: `Renegotiate the ${EXEMPT_ACTION_MARKER} depot rent`, agendaItemId: depot.id, ownerPersonId: roads.id, ownerName: roads.fullName, dueOn: '2026-02-27', status: 'open' }),
      action({ number: '7', description: 'Seek an update on the school streets pilot', ownerPersonId: null, ownerName: 'Clerk to the committee', dueOn: '2026-01-31', status: 'completed', origin: 'import' }),
      action({ number: 'A1', committeeId: other.id, meetingId: auditMeeting.id, agendaItemId: accounts.id, description: 'Circulate the audit letter', ownerPersonId: finance.id, ownerName: finance.fullName, dueOn: '2026-04-01', status: 'open' }),
    ])
    .returning(['id', 'number'])
    .execute();
  const actionId = (number: string) => ids.find((a) => a.number === number)!.id;
  await db
    .insertInto('actionUpdate')
    .values([
      { actionId: actionId('1'), writtenOn: '2026-02-02', text: 'Data requested from the highways contractor', authorName: 'Priya Roads', authorPersonId: roads.id, ...none },
      { actionId: actionId('2'), writtenOn: '2026-02-20', text: 'Figures received from two of three operators', authorName: 'Tom Transport', authorPersonId: transport.id, ...none },
    ])
    .execute();

  const recommendation = (over: Partial<Insertable<Database['recommendation']>> & { text: string; letter: string }) => ({
    committeeId: committee.id,
    meetingId: february.id,
    agendaItemId: buses.id,
    resolutionId: null,
    reference: null,
    addressedTo: 'executive' as const,
    addresseeName: 'Cabinet',
    sentOn: null,
    receivedOn: null,
    responseDueOn: null,
    response: null,
    responseText: null,
    respondedOn: null,
    responseDecisionReference: null,
    implementationStatus: null,
    implementationDueOn: null,
    implementedOn: null,
    reviewOn: null,
    ...none,
    ...over,
  });
  const recs = await db
    .insertInto('recommendation')
    .values([
      recommendation({ letter: 'a', text: 'That Cabinet protect the rural bus routes in the budget', receivedOn: '2026-02-17' }),
      recommendation({ letter: 'b', text: 'That Cabinet publish pothole repair times by ward', meetingId: january.id, agendaItemId: potholes.id, receivedOn: '2025-12-15' }),
      recommendation({
        letter: 'c',
        text: 'That Cabinet fund more gritting routes',
        meetingId: january.id,
        agendaItemId: potholes.id,
        receivedOn: '2025-11-20',
        response: 'partly-accepted',
        responseText: 'Two more routes will be gritted from next winter.',
        respondedOn: '2026-01-25',
        responseDecisionReference: 'CAB/2026/007',
      }),
      recommendation({ letter: 'd', text: `That the ${EXEMPT_ACTION_MARKER} lease not be renewed`, agendaItemId: depot.id, receivedOn: '2026-02-17' }),
      recommendation({ letter: 'a', text: 'That the bus operators share timetable data openly', committeeId: group.id, meetingId: groupMeeting.id, agendaItemId: groupItem.id, addressedTo: 'partner', addresseeName: 'Northwold Bus Partnership', addresseeEmail: 'partnership@buses.example', receivedOn: '2026-01-27', responseDueOn: '2026-02-24' }),
      recommendation({ letter: 'e', text: 'That a member champion for buses be appointed', addressedTo: 'council', addresseeName: 'Council', origin: 'import' }),
    ])
    .returning(['id', 'letter', 'committeeId'])
    .execute();

  return {
    committee,
    other,
    group,
    cabinet,
    meetings: { january, february, auditMeeting, groupMeeting, cabinetMeeting },
    items: { potholes, buses, depot, accounts, groupItem },
    people: { roads, transport, finance },
    actionId,
    recommendationId: (letter: string, committeeId = committee.id) => recs.find((r) => r.letter === letter && r.committeeId === committeeId)!.id,
  };
}
