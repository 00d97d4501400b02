import type { FastifyInstance, FastifyReply } from 'fastify';
import { findCouncil } from '../council/council-repository.ts';
import { addDays } from '../deadlines/days.ts';
import type { Services } from '../services.ts';
import { idSchema, notFound, parseParams } from '../web/params.ts';
import { forwardPlanCalendar } from './forward-plan-calendar.ts';
import { entryView } from './forward-plan-entry-views.ts';
import { forwardPlanFeed } from './forward-plan-feed.ts';
import { findPublicEntry, listChangedEntries, listDatedEntries } from './forward-plan-public-repository.ts';

/** Entries in the feed: a busy council's changes over several months. */
const FEED_LIMIT = 100;

/**
 * The forward plan's public pages beyond the list: one entry (an exempt
 * one shows its title, decision maker, date and paragraph only), the feed
 * of new and changed entries, and the calendar of decision dates.
 *
 *   /forward-plan/{entry}
 *   /forward-plan/feed.xml     Atom
 *   /forward-plan.ics          iCalendar, all-day events on decision dates from a year ago
 */
export function registerForwardPlanPublicRoutes(app: FastifyInstance, { db, config, today }: Services): void {
  const councilName = async () => (await findCouncil(db))?.name ?? 'Council';

  app.get('/forward-plan/feed.xml', async (_request, reply) => {
    const body = forwardPlanFeed(await listChangedEntries(db, FEED_LIMIT), { publicUrl: config.publicUrl, council: await councilName() });
    return send(reply, 'application/atom+xml; charset=utf-8', body);
  });

  app.get('/forward-plan.ics', async (_request, reply) => {
    const body = forwardPlanCalendar(await listDatedEntries(db, addDays(today(), -365)), { publicUrl: config.publicUrl, council: await councilName(), now: new Date() });
    return send(reply, 'text/calendar; charset=utf-8', body);
  });

  app.get('/forward-plan/:entry', async (request, reply) => {
    const { entry: id } = parseParams({ entry: idSchema }, request.params);
    const entry = (await findPublicEntry(db, id)) ?? notFound('forward plan entry');
    return reply.view('forward-plan-public-entry.njk', {
      pageTitle: `${entry.title}: forward plan`,
      breadcrumbs: [
        { text: 'Home', href: '/' },
        { text: 'Forward plan', href: '/forward-plan' },
      ],
      entry: entryView(entry),
      feedUrl: '/forward-plan/feed.xml',
      feedTitle: 'New and changed entries on the forward plan',
    });
  });
}

function send(reply: FastifyReply, type: string, body: string): FastifyReply {
  return reply.header('Cache-Control', 'public, max-age=300').type(type).send(body);
}
