import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { findCommitteeBySlug } from '../committees/committee-repository.ts';
import type { Committee } from '../committees/committee-tables.ts';
import type { Services } from '../services.ts';
import { sendCsv } from '../web/csv.ts';
import { notFound, parseParams, slugSchema } from '../web/params.ts';
import { actionStateLabels, type ActionState } from './action-status.ts';
import { csvHref, parseListQuery } from './list-query.ts';
import { matchesResponseFilter, responseLabels, responseStateLabels, type ResponseState } from './recommendation-response.ts';
import { listActionLog, listDecisions, listRecommendations } from './tracking-repository.ts';
import { actionLogCsv, decisionsCsv, recommendationsCsv } from './tracking-csv.ts';
import { buildActionLog, buildRecommendations, groupDecisions } from './tracking-views.ts';

const actionStates = Object.keys(actionStateLabels) as [ActionState, ...ActionState[]];
const responseStates = Object.keys(responseStateLabels) as [ResponseState, ...ResponseState[]];
const responseFilters = ['accepted', 'partly-accepted', 'rejected', 'noted', 'none'] as const;

export function registerCommitteeTrackingRoutes(app: FastifyInstance, { db, today }: Services): void {
  async function committeeFrom(params: unknown): Promise<Committee> {
    const { committee } = parseParams({ committee: slugSchema }, params);
    return (await findCommitteeBySlug(db, committee)) ?? notFound('committee');
  }
  const pageOf = (committee: Committee, title: string) => ({
    pageTitle: `${title}: ${committee.name}`,
    breadcrumbs: [
      { text: 'Home', href: '/' },
      { text: 'Committees', href: '/committees' },
      { text: committee.name, href: `/committees/${committee.slug}` },
    ],
    committee,
  });

  app.get('/committees/:committee/decisions', async (request, reply) => {
    const committee = await committeeFrom(request.params);
    const query = parseListQuery({}, request.query);
    const rows = await listDecisions(db, committee.id);
    if (query.format === 'csv') return sendCsv(reply, `${committee.slug}-decisions.csv`, decisionsCsv, rows);
    return reply.view('decisions.njk', { ...pageOf(committee, 'Decisions'), meetings: groupDecisions(rows), csvHref: csvHref(request.url.split('?')[0]!, {}) });
  });

  app.get('/committees/:committee/actions', async (request, reply) => {
    const committee = await committeeFrom(request.params);
    const query = parseListQuery({ status: z.enum(actionStates).optional() }, request.query);
    const log = buildActionLog(await listActionLog(db, committee.id), today(), query.status);
    if (query.format === 'csv') return sendCsv(reply, `${committee.slug}-actions.csv`, actionLogCsv, log.entries);
    return reply.view('actions.njk', {
      ...pageOf(committee, 'Action log'),
      ...log,
      status: query.status,
      statuses: actionStates.map((value) => ({ value, text: `${actionStateLabels[value]} (${log.counts[value]})`, selected: value === query.status })),
      csvHref: csvHref(request.url.split('?')[0]!, { status: query.status }),
    });
  });

  app.get('/committees/:committee/recommendations', async (request, reply) => {
    const committee = await committeeFrom(request.params);
    const query = parseListQuery(
      { status: z.enum(responseStates).optional(), response: z.enum(responseFilters).optional(), late: z.enum(['yes']).optional() },
      Object.fromEntries(Object.entries(request.query as Record<string, unknown>).filter(([, v]) => v !== '')),
    );
    const filter = { state: query.status, response: query.response, late: query.late === 'yes' };
    const all = buildRecommendations(await listRecommendations(db, committee.id), today());
    const entries = all.filter((e) => matchesResponseFilter({ state: e.responseState, response: e.response }, filter));
    if (query.format === 'csv') return sendCsv(reply, `${committee.slug}-recommendations.csv`, recommendationsCsv, entries);
    return reply.view('recommendations.njk', {
      ...pageOf(committee, 'Recommendations'),
      entries,
      total: all.length,
      filtered: entries.length !== all.length,
      late: query.late === 'yes',
      statusItems: [{ value: '', text: 'Any status' }, ...responseStates.map((s) => ({ value: s, text: responseStateLabels[s], selected: s === query.status }))],
      responseItems: [{ value: '', text: 'Any response' }, ...responseFilters.map((r) => ({ value: r, text: r === 'none' ? 'No response yet' : responseLabels[r], selected: r === query.response }))],
      csvHref: csvHref(request.url.split('?')[0]!, { status: query.status, response: query.response, late: query.late }),
    });
  });
}
