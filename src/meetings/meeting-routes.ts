import type { FastifyInstance } from 'fastify';
import { findCommitteeBySlug } from '../committees/committee-repository.ts';
import type { Services } from '../services.ts';
import { meetingSlugSchema, notFound, parseParams, slugSchema } from '../web/params.ts';
import { formatDateLong } from '../web/format.ts';
import { groupAttendance } from './attendance.ts';
import { findMeeting, findMeetingRecord, listMeetingsBetween } from './meeting-repository.ts';
import { hasMinutes, meetingWindow } from './meeting-views.ts';
import { buildPublicAgenda, publicDeclaration } from './public-agenda.ts';
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
    // One statement for the meeting's own records, and the rest alongside it: PGlite answers one query at a time.
    const [record, questions, publications, meetingNotices, askQuestion, minutesStatus, recordedVotes] = await Promise.all([
      findMeetingRecord(db, meeting.id),
      listPublishedQuestions(db, meeting.id),
      listPublicPublications(db, meeting.id),
      listMeetingNotices(db, meeting.id),
      askQuestionLink(db, committee, meeting, momentOf(today())),
      publicMinutesStatus(db, committee.slug, meeting),
      listPublicRecordedVotes(db, meeting.id),
    ]);
    const { items, reports, attendance, declarations, resolutions, recommendations, actions, documents, hasTranscript } = record;
    const agenda = buildPublicAgenda(items, { reports, resolutions, recommendations, actions, questions, attendance, declarations }, today());
    return reply.view('meeting.njk', {
      pageTitle: `${committee.name}, ${formatDateLong(meeting.date)}`,
      breadcrumbs: [
        { text: 'Home', href: '/' },
        { text: 'Committees', href: '/committees' },
        { text: committee.name, href: `/committees/${committee.slug}` },
      ],
      committee,
      // A meeting that names no venue is at the committee's usual one, as its agenda pack and calendar entry say.
      meeting: { ...meeting, venue: meeting.venue ?? committee.defaultVenue },
      agenda,
      attendance: groupAttendance(attendance),
      declarations: declarations.map(publicDeclaration),
      showMinutes: hasMinutes(meeting.status),
      documents,
      hasTranscript,
      askQuestion,
      minutesStatus,
      recordedVotes,
      publicationNotices: publicationNotices(publications),
      meetingNotices: publicNotices(meetingNotices),
    });
  });
}
