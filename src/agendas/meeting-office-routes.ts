import type { FastifyInstance } from 'fastify';
import { requirePermission, staffOf } from '../accounts/access.ts';
import { hasPermission, mayEditReport, type Permission } from '../accounts/roles.ts';
import { committeeDeadlineRules } from '../deadlines/deadline-rules.ts';
import { meetingDeadlines } from '../deadlines/meeting-deadlines.ts';
import { loadWorkingCalendar } from '../deadlines/working-calendar-repository.ts';
import type { Services } from '../services.ts';
import { formatDateLong } from '../web/format.ts';
import { idSchema, notFound, parseParams } from '../web/params.ts';
import { agendaIsEditable } from './agenda-editable.ts';
import { deadlineKindLabels, deadlineStatusTags, reportStatusTags } from './agenda-labels.ts';
import { findManagedMeeting, listAgenda } from './agenda-repository.ts';
import { momentOf } from './moment.ts';
import { rolesStillToSign } from './reports/report-status.ts';

/** Pages other features build for a meeting, linked only when the app has them, each for whoever may use it. */
const meetingPages: { path: string; text: string; permission: Permission }[] = [
  { path: '/manage/meetings/:id/agenda', text: 'Build the agenda', permission: 'meetings:manage' },
  { path: '/manage/meetings/:id/edit', text: 'Change the meeting’s details', permission: 'meetings:manage' },
  { path: '/manage/meetings/:id/move', text: 'Move the meeting', permission: 'meetings:manage' },
  { path: '/manage/meetings/:id/cancel', text: 'Cancel the meeting', permission: 'meetings:manage' },
  { path: '/manage/meetings/:id/publish', text: 'Publish the agenda and packs', permission: 'meetings:publish' },
  { path: '/manage/meetings/:id/questions', text: 'Questions from the public and councillors', permission: 'questions:decide' },
  { path: '/manage/meetings/:id/attendance', text: 'Record attendance', permission: 'meetings:manage' },
  { path: '/manage/meetings/:id/minutes', text: 'Write the minutes', permission: 'meetings:manage' },
];

/** The meeting's back-office page: its details, deadlines, agenda as built, reports and where to go next. */
export function registerMeetingOfficeRoutes(app: FastifyInstance, { db, today }: Services): void {
  app.get('/manage/meetings/:id', { preHandler: requirePermission('back-office:read') }, async (request, reply) => {
    const { id } = parseParams({ id: idSchema }, request.params);
    const meeting = (await findManagedMeeting(db, id)) ?? notFound('meeting');
    const staff = staffOf(request);
    const [agenda, calendar] = await Promise.all([listAgenda(db, id), loadWorkingCalendar(db)]);
    const reports = agenda.flatMap((item) => (item.report ? [{ item, report: item.report }] : []));
    const outstanding = reports.filter(({ report }) => report.status === 'draft' || report.status === 'submitted').length;
    const deadlines = meetingDeadlines(
      { ...meeting, reportsOutstanding: outstanding, reportsOnAgenda: reports.length },
      { calendar, rules: committeeDeadlineRules(meeting.committee), now: momentOf(today()) },
    );
    const links = meetingPages
      .filter((page) => hasPermission(staff.role, page.permission) && app.hasRoute({ method: 'GET', url: page.path }))
      .map((page) => ({ text: page.text, href: page.path.replace(':id', String(id)) }));
    return reply.view('agenda-meeting.njk', {
      pageTitle: `${meeting.committee.name}, ${formatDateLong(meeting.date)}`,
      breadcrumbs: [{ text: 'Back office', href: '/manage' }, ...(app.hasRoute({ method: 'GET', url: '/manage/meetings' }) ? [{ text: 'Meetings', href: '/manage/meetings' }] : [])],
      meeting,
      publicHref: `/committees/${meeting.committee.slug}/meetings/${meeting.slug}`,
      editable: agendaIsEditable(meeting.status),
      deadlines: deadlines.map((d) => ({ ...d, label: deadlineKindLabels[d.kind], tag: deadlineStatusTags[d.status] })),
      agenda,
      reports: reports.map(({ item, report }) => ({
        ...report,
        itemNumber: item.number,
        tag: reportStatusTags[report.status],
        outstanding: report.status === 'draft' || report.status === 'submitted' ? rolesStillToSign(report.signedOffRoles) : [],
        mayEdit: mayEditReport(staff, report),
      })),
      links,
    });
  });
}
