import type { FastifyInstance } from 'fastify';
import { findCommitteeBySlug } from '../committees/committee-repository.ts';
import type { Services } from '../services.ts';
import { meetingSlugSchema, notFound, parseParams, slugSchema } from '../web/params.ts';
import { formatDateLong } from '../web/format.ts';
import { groupAttendance } from './attendance.ts';
import {
  findMeeting,
  hasPublicTranscript,
  listAgendaItems,
  listAttendance,
  listDeclarations,
  listMeetingActions,
  listMeetingRecommendations,
  listMeetingsBetween,
  listOpenReports,
  listPublicDocuments,
  listResolutions,
} from './meeting-repository.ts';
import { declarationKindLabels, hasMinutes, meetingWindow } from './meeting-views.ts';
import { buildPublicAgenda } from './public-agenda.ts';
import { publicMinutesStatus } from '../minutes/public-minutes-status.ts';
import { listPublicRecordedVotes } from '../minutes/public-recorded-votes.ts';
import { askQuestionLink } from '../questions/ask-question-link.ts';
import { momentOf } from '../agendas/moment.ts';
import { listPublishedQuestions } from '../questions/question-repository.ts';
import { publicationNotices } from '../publishing/public-publications.ts';
import { listPublicPublications } from '../publishing/publishing-repository.ts';
import { publicNotices } from '../scheduling/meeting-notice.ts';
import { listMeetingNotices } from '../scheduling/scheduling-repository.ts';

export function registerMeetingRoutes(app: FastifyInstance, { db, today }: Services): void {
  app.get('/meetings', async (_request, reply) => {
    const window = meetingWindow(today());
    const meetings = await listMeetingsBetween(db, window.from, window.to);
    return reply.view('meetings.njk', {
      pageTitle: 'Meetings',
      upcoming: meetings.filter((m) => m.date >= today()),
      recent: meetings.filter((m) => m.date < today()).reverse(),
      window,
    });
  });

  app.get('/committees/:committee/meetings/:meeting', async (request, reply) => {
    const params = parseParams({ committee: slugSchema, meeting: meetingSlugSchema }, request.params);
    const committee = (await findCommitteeBySlug(db, params.committee)) ?? notFound('committee');
    const meeting = (await findMeeting(db, committee.id, params.meeting)) ?? notFound('meeting');
    const [items, reports, attendance, declarations, resolutions, recommendations, actions, questions, documents, hasTranscript] = await Promise.all([
      listAgendaItems(db, meeting.id),
      listOpenReports(db, meeting.id),
      listAttendance(db, meeting.id),
      listDeclarations(db, meeting.id),
      listResolutions(db, meeting.id),
      listMeetingRecommendations(db, meeting.id),
      listMeetingActions(db, meeting.id),
      listPublishedQuestions(db, meeting.id),
      listPublicDocuments(db, meeting.id),
      hasPublicTranscript(db, meeting.id),
    ]);
    const agenda = buildPublicAgenda(items, { reports, resolutions, recommendations, actions, questions }, today());
    const publications = await listPublicPublications(db, meeting.id);
    const notices = publicNotices(await listMeetingNotices(db, meeting.id));
    return reply.view('meeting.njk', {
      pageTitle: `${committee.name}, ${formatDateLong(meeting.date)}`,
      breadcrumbs: [
        { text: 'Home', href: '/' },
        { text: 'Committees', href: '/committees' },
        { text: committee.name, href: `/committees/${committee.slug}` },
      ],
      committee,
      meeting,
      agenda,
      attendance: groupAttendance(attendance),
      declarations: declarations.map((d) => ({ ...d, kindLabel: declarationKindLabels[d.kind] })),
      showMinutes: hasMinutes(meeting.status),
      documents,
      hasTranscript,
      askQuestion: await askQuestionLink(db, committee, meeting, momentOf(today())),
      minutesStatus: await publicMinutesStatus(db, committee.slug, meeting),
      recordedVotes: await listPublicRecordedVotes(db, meeting.id),
      publicationNotices: publicationNotices(publications),
      meetingNotices: notices,
    });
  });
}
