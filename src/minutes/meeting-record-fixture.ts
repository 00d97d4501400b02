import type { Kysely } from 'kysely';
import { insertAgendaItem, insertCommittee, insertCouncil, insertMeeting, insertPerson } from '../../test/factories.ts';
import type { MemberType, MembershipRole } from '../committees/committee-tables.ts';
import type { Nation } from '../council/council-tables.ts';
import type { Database } from '../db/database.ts';

/**
 * For tests only: a scrutiny committee of fictional Northwold councillors
 * with a chair, a vice-chair, three councillors, a non-voting co-optee and
 * two named substitutes, and two meetings, January's and March's, both
 * with their agendas published and nothing recorded yet, each with the standard items, a
 * report and an exempt item.
 */
export async function seedMeetingRecord(db: Kysely<Database>, options: { nation?: Nation; quorum?: number | null } = {}) {
  await insertCouncil(db, { nation: options.nation ?? 'england' });
  const [labour, greens] = await db
    .insertInto('politicalGroup')
    .values([
      { name: 'Northwold Labour Group', shortName: 'Labour', slug: 'labour', colour: null },
      { name: 'Northwold Green Group', shortName: 'Green', slug: 'green', colour: null },
    ])
    .returning('id')
    .execute();
  const committee = await insertCommittee(db, { name: 'Housing Scrutiny Committee', slug: 'housing-scrutiny' });
  await db.updateTable('committee').set({ quorum: options.quorum === undefined ? null : options.quorum, contactName: 'Robin Clerk', contactEmail: 'housing.scrutiny@northwold.example' }).where('id', '=', committee.id).execute();

  const councillor = async (fullName: string, groupId: number | undefined) => {
    const person = await insertPerson(db, { fullName, kind: 'councillor' });
    await db.updateTable('person').set({ politicalGroupId: groupId ?? null, email: `cllr.${fullName.split(' ')[1]!.toLowerCase()}@northwold.example` }).where('id', '=', person.id).execute();
    return person;
  };
  const chair = await councillor('Ada Marsh', labour!.id);
  const vice = await councillor('Bryn Hollis', greens!.id);
  const member = await councillor('Cara Pike', labour!.id);
  const member2 = await councillor('Dev Rowe', labour!.id);
  const member3 = await councillor('Eli Shaw', greens!.id);
  const coOptee = await insertPerson(db, { fullName: 'Fran Tate', kind: 'co-optee' });
  const substitute = await councillor('Gil Upton', labour!.id);
  const greenSubstitute = await councillor('Hana Vick', greens!.id);
  const officer = await insertPerson(db, { fullName: 'Ivo Wren', kind: 'officer' });
  await db.updateTable('person').set({ email: 'ivo.wren@northwold.example', directorate: 'Housing and Communities', jobTitle: 'Head of Housing Options' }).where('id', '=', officer.id).execute();
  const officerWithoutEmail = await insertPerson(db, { fullName: 'Jem Yates', kind: 'officer' });

  const membership = (personId: number, role: MembershipRole, memberType: MemberType = 'councillor', isSubstitute = false) => ({
    committeeId: committee.id,
    personId,
    role,
    memberType,
    isSubstitute,
    represents: memberType === 'non-voting-co-optee' ? 'Tenants’ federation' : null,
    startsOn: '2025-05-20',
    endsOn: null,
    sourceDocumentId: null,
    sourceLineFrom: null,
    sourceLineTo: null,
  });
  await db
    .insertInto('membership')
    .values([
      membership(chair.id, 'chair'),
      membership(vice.id, 'vice-chair'),
      membership(member.id, 'member'),
      membership(member2.id, 'member'),
      membership(member3.id, 'member'),
      membership(coOptee.id, 'member', 'non-voting-co-optee'),
      membership(substitute.id, 'member', 'councillor', true),
      membership(greenSubstitute.id, 'member', 'councillor', true),
    ])
    .execute();

  const january = await insertMeeting(db, committee.id, '2026-01-12', { status: 'agenda-published' });
  const march = await insertMeeting(db, committee.id, '2026-03-02', { status: 'agenda-published' });
  const items = async (meetingId: number, firstMinute: number) => {
    const standard = async (position: number, title: string, kind: 'apologies' | 'declarations' | 'minutes' | 'public-questions') => {
      const item = await insertAgendaItem(db, meetingId, position, { title });
      await db.updateTable('agendaItem').set({ standardKind: kind, minuteNumber: String(firstMinute + position - 1) }).where('id', '=', item.id).execute();
      return item;
    };
    const apologies = await standard(1, 'Apologies for absence', 'apologies');
    const declarations = await standard(2, 'Declarations of interest', 'declarations');
    const minutes = await standard(3, 'Minutes of the previous meeting', 'minutes');
    const questions = await standard(4, 'Questions from members of the public', 'public-questions');
    const report = await insertAgendaItem(db, meetingId, 5, { title: 'Temporary accommodation' });
    const exempt = await insertAgendaItem(db, meetingId, 6, { title: 'Leasing contract for emergency housing', isExempt: true, exemptParagraph: 3 });
    await db.updateTable('agendaItem').set({ minuteNumber: String(firstMinute + 4) }).where('id', '=', report.id).execute();
    await db.updateTable('agendaItem').set({ minuteNumber: String(firstMinute + 5) }).where('id', '=', exempt.id).execute();
    return { apologies, declarations, minutes, questions, report, exempt };
  };
  return {
    committee,
    people: { chair, vice, member, member2, member3, coOptee, substitute, greenSubstitute, officer, officerWithoutEmail },
    january: { meeting: january, items: await items(january.id, 40) },
    march: { meeting: march, items: await items(march.id, 52) },
  };
}
