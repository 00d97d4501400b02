import type { FastifyInstance } from 'fastify';
import { findCommitteeBySlug } from '../committees/committee-repository.ts';
import { findMeeting } from '../meetings/meeting-repository.ts';
import type { Services } from '../services.ts';
import { formatDateLong } from '../web/format.ts';
import { meetingSlugSchema, notFound, parseParams, slugSchema } from '../web/params.ts';
import { findMeetingTranscript, listSegments } from './transcript-repository.ts';
import { segmentViews } from './transcript-view.ts';

export function registerTranscriptRoutes(app: FastifyInstance, { db }: Services): void {
  app.get('/committees/:committee/meetings/:meeting/transcript', async (request, reply) => {
    const params = parseParams({ committee: slugSchema, meeting: meetingSlugSchema }, request.params);
    const committee = (await findCommitteeBySlug(db, params.committee)) ?? notFound('committee');
    const meeting = (await findMeeting(db, committee.id, params.meeting)) ?? notFound('meeting');
    const transcript = (await findMeetingTranscript(db, meeting.id)) ?? notFound('transcript');
    const segments = segmentViews(await listSegments(db, transcript.id));
    const meetingHref = `/committees/${committee.slug}/meetings/${meeting.slug}`;
    return reply.view('transcript.njk', {
      pageTitle: `Transcript: ${committee.name}, ${formatDateLong(meeting.date)}`,
      breadcrumbs: [
        { text: 'Home', href: '/' },
        { text: 'Committees', href: '/committees' },
        { text: committee.name, href: `/committees/${committee.slug}` },
        { text: formatDateLong(meeting.date), href: meetingHref },
      ],
      committee,
      meeting,
      meetingHref,
      videoUrl: meeting.videoUrl ?? transcript.videoUrl,
      transcript,
      segments,
      timed: segments.some((s) => s.time !== null),
    });
  });
}
