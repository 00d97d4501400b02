import type { FastifyInstance, FastifyReply } from 'fastify';
import { findCommitteeBySlug } from '../committees/committee-repository.ts';
import { findCouncil } from '../council/council-repository.ts';
import { findMeeting } from '../meetings/meeting-repository.ts';
import type { Services } from '../services.ts';
import { meetingSlugSchema, notFound, parseParams, slugSchema } from '../web/params.ts';
import { buildCalendar } from './calendar.ts';
import { buildAtomFeed, buildFeedEntries } from './feed.ts';
import { listCalendarMeetings, listFeedRecords, listSitemapRecords } from './publish-repository.ts';
import { buildSitemapXml, sitemapUrls } from './sitemap.ts';

/** Entries in a feed: about a year of a busy council's agendas, minutes and decisions. */
const FEED_LIMIT = 100;

/**
 * Calendars (iCalendar), feeds (Atom) and the sitemap: what residents
 * subscribe to and what search engines read.
 *
 *   /calendar.ics                                              every meeting from a year ago on
 *   /committees/{committee}/calendar.ics                       one committee's meetings
 *   /committees/{committee}/meetings/{meeting}/calendar.ics    one meeting, as a download
 *   /feed.xml, /committees/{committee}/feed.xml                agendas, minutes and decisions
 *   /sitemap.xml
 */
export function registerPublishRoutes(app: FastifyInstance, { db, config, today }: Services): void {
  const { publicUrl } = config;

  app.get('/calendar.ics', async (_request, reply) => {
    const council = await findCouncil(db);
    const meetings = await listCalendarMeetings(db, { fromDate: yearBefore(today()) });
    return sendCalendar(reply, buildCalendar(meetings, { name: `${council?.name ?? 'Council'} meetings`, publicUrl, now: new Date() }));
  });

  app.get('/committees/:committee/calendar.ics', async (request, reply) => {
    const { committee: slug } = parseParams({ committee: slugSchema }, request.params);
    const committee = (await findCommitteeBySlug(db, slug)) ?? notFound('committee');
    const meetings = await listCalendarMeetings(db, { committeeId: committee.id });
    return sendCalendar(reply, buildCalendar(meetings, { name: `${committee.name} meetings`, publicUrl, now: new Date() }));
  });

  app.get('/committees/:committee/meetings/:meeting/calendar.ics', async (request, reply) => {
    const params = parseParams({ committee: slugSchema, meeting: meetingSlugSchema }, request.params);
    const committee = (await findCommitteeBySlug(db, params.committee)) ?? notFound('committee');
    const meeting = (await findMeeting(db, committee.id, params.meeting)) ?? notFound('meeting');
    const meetings = await listCalendarMeetings(db, { meetingId: meeting.id });
    reply.header('Content-Disposition', `attachment; filename="${committee.slug}-${meeting.slug}.ics"`);
    return sendCalendar(reply, buildCalendar(meetings, { name: committee.name, publicUrl, now: new Date() }));
  });

  app.get('/feed.xml', async (_request, reply) => {
    const council = await findCouncil(db);
    const entries = buildFeedEntries(await listFeedRecords(db, undefined, FEED_LIMIT), publicUrl, FEED_LIMIT);
    const title = `${council?.name ?? 'Council'}: agendas, minutes and decisions`;
    return sendXml(reply, 'application/atom+xml', buildAtomFeed(entries, { title, selfPath: '/feed.xml', pagePath: '/meetings', publicUrl, limit: FEED_LIMIT, author: council?.name ?? 'Council' }));
  });

  app.get('/committees/:committee/feed.xml', async (request, reply) => {
    const { committee: slug } = parseParams({ committee: slugSchema }, request.params);
    const committee = (await findCommitteeBySlug(db, slug)) ?? notFound('committee');
    const [council, records] = await Promise.all([findCouncil(db), listFeedRecords(db, committee.id, FEED_LIMIT)]);
    const entries = buildFeedEntries(records, publicUrl, FEED_LIMIT);
    const selfPath = `/committees/${committee.slug}/feed.xml`;
    const title = `${committee.name}: agendas, minutes and decisions`;
    return sendXml(reply, 'application/atom+xml', buildAtomFeed(entries, { title, selfPath, pagePath: `/committees/${committee.slug}`, publicUrl, limit: FEED_LIMIT, author: council?.name ?? committee.name }));
  });

  app.get('/sitemap.xml', async (_request, reply) => {
    return sendXml(reply, 'application/xml', buildSitemapXml(sitemapUrls(await listSitemapRecords(db), publicUrl)));
  });
}

function sendCalendar(reply: FastifyReply, body: string): FastifyReply {
  return reply.header('Cache-Control', 'public, max-age=300').type('text/calendar; charset=utf-8').send(body);
}

function sendXml(reply: FastifyReply, mediaType: string, body: string): FastifyReply {
  return reply.header('Cache-Control', 'public, max-age=300').type(`${mediaType}; charset=utf-8`).send(body);
}

/** The same day a year earlier (29 February falls back to the 28th). */
export function yearBefore(isoDate: string): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y - 1, m - 1, d));
  if (date.getUTCMonth() !== m - 1) date.setUTCDate(0);
  return date.toISOString().slice(0, 10);
}
