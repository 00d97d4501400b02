import type { FastifyInstance } from 'fastify';
import type { Services } from '../services.ts';
import { notFound, parseParams, slugSchema } from '../web/params.ts';
import { formatDateLong } from '../web/format.ts';
import { buildTopicHistory } from './topic-history.ts';
import { listTopicActions, listTopicAgendaItems, listTopicDocuments, listTopicForwardPlan, listTopicRecommendations, listTopicResolutions, listTopicWorkProgramme } from './topic-history-repository.ts';
import { findCurrentTopic, findTopicBySlug, listTopics } from './topic-repository.ts';

/**
 * The public topics: a list, and each topic's whole history on one page.
 * Only records an officer confirmed appear, and exempt ones only by title
 * and paragraph (the history repository decides, in SQL).
 */
export function registerTopicRoutes(app: FastifyInstance, { db, today }: Services): void {
  app.get('/topics', async (_request, reply) => {
    const topics = (await listTopics(db)).filter((t) => t.links > 0);
    return reply.view('topics.njk', { pageTitle: 'Topics', breadcrumbs: [{ text: 'Home', href: '/' }], topics });
  });

  app.get('/topics/:topic', async (request, reply) => {
    const { topic: slug } = parseParams({ topic: slugSchema }, request.params);
    const found = (await findTopicBySlug(db, slug)) ?? notFound('topic');
    if (found.mergedIntoTopicId) {
      const current = (await findCurrentTopic(db, found)) ?? notFound('topic');
      return reply.redirect(`/topics/${current.slug}`, 301);
    }
    const [agendaItems, resolutions, recommendations, actions, workProgramme, forwardPlan, documents] = await Promise.all([
      listTopicAgendaItems(db, found.id),
      listTopicResolutions(db, found.id),
      listTopicRecommendations(db, found.id),
      listTopicActions(db, found.id),
      listTopicWorkProgramme(db, found.id),
      listTopicForwardPlan(db, found.id),
      listTopicDocuments(db, found.id),
    ]);
    const history = buildTopicHistory({ agendaItems, resolutions, recommendations, actions, workProgramme, forwardPlan, documents }, today(), formatDateLong);
    return reply.view('topic.njk', {
      pageTitle: found.name,
      breadcrumbs: [{ text: 'Home', href: '/' }, { text: 'Topics', href: '/topics' }],
      topic: found,
      history,
      followHref: `/topics/${found.slug}/follow`,
    });
  });
}
