import type { FastifyInstance } from 'fastify';
import { listMembershipsOfPerson } from '../committees/committee-repository.ts';
import { describeMembership } from '../committees/membership.ts';
import { declarationKindLabels } from '../meetings/meeting-views.ts';
import type { Services } from '../services.ts';
import { csvHref, parseListQuery } from '../tracking/list-query.ts';
import { type CsvColumn, sendCsv } from '../web/csv.ts';
import { notFound, parseParams, slugSchema } from '../web/params.ts';
import { attendanceRecord, type CommitteeAttendance } from './attendance-record.ts';
import { listPersonDeclarations, listPersonMeetings } from './attendance-repository.ts';
import { findPersonBySlug } from './person-repository.ts';

const attendanceCsv: CsvColumn<CommitteeAttendance>[] = [
  { header: 'Committee', value: (c) => c.committeeName },
  { header: 'Meetings expected', value: (c) => c.expected },
  { header: 'Meetings attended', value: (c) => c.attended },
  { header: 'Attendance (%)', value: (c) => c.percentage },
  { header: 'Attended as substitute', value: (c) => c.asSubstitute },
];

export function registerPersonRoutes(app: FastifyInstance, { db, today }: Services): void {
  app.get('/people/:person', async (request, reply) => {
    const { person: slug } = parseParams({ person: slugSchema }, request.params);
    const query = parseListQuery({}, request.query);
    const person = (await findPersonBySlug(db, slug)) ?? notFound('person');
    const [memberships, meetings, declarations] = await Promise.all([
      listMembershipsOfPerson(db, person.id),
      listPersonMeetings(db, person.id),
      listPersonDeclarations(db, person.id),
    ]);
    const attendance = attendanceRecord(meetings);
    if (query.format === 'csv') return sendCsv(reply, `${person.slug}-attendance.csv`, attendanceCsv, [...attendance.committees, attendance.total]);
    const roles = memberships.map((m) => ({ ...m, roleLabel: describeMembership(m) }));
    const isCurrent = (m: { endsOn: string | null }) => m.endsOn === null || m.endsOn >= today();
    return reply.view('person.njk', {
      pageTitle: person.fullName,
      breadcrumbs: [{ text: 'Home', href: '/' }],
      person,
      current: roles.filter(isCurrent),
      past: roles.filter((m) => !isCurrent(m)),
      attendance,
      declarations: declarations.map((d) => ({ ...d, kindLabel: declarationKindLabels[d.kind] })),
      csvHref: csvHref(`/people/${person.slug}`, {}),
    });
  });
}
