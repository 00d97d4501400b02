import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { findCommitteeBySlug } from '../committees/committee-repository.ts';
import type { Committee } from '../committees/committee-tables.ts';
import type { Services } from '../services.ts';
import { sendCsv } from '../web/csv.ts';
import { notFound, parseParams, slugSchema } from '../web/params.ts';
import { actionStateLabels, type ActionState } from './action-status.ts';
import { csvHref, parseListQuery } from './list-query.ts';
import { listActionLog, listDecisions, listRecommendations, listWorkProgramme, listWorkProgrammeYears } from './tracking-repository.ts';
import { actionLogCsv, decisionsCsv, recommendationsCsv, workProgrammeCsv } from './tracking-csv.ts';
import { arrangeWorkProgramme, buildActionLog, buildRecommendations, groupDecisions } from './tracking-views.ts';

const actionStates = Object.keys(actionStateLabels) as [ActionState, ...ActionState[]];
/** "2025-26" in the address stands for the municipal year "2025/26". */
const yearSchema = z.string().regex(/^\d{4}-\d{2}$/);

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
    const query = parseListQuery({}, request.query);
    const entries = buildRecommendations(await listRecommendations(db, committee.id), today());
    if (query.format === 'csv') return sendCsv(reply, `${committee.slug}-recommendations.csv`, recommendationsCsv, entries);
    return reply.view('recommendations.njk', { ...pageOf(committee, 'Recommendations'), entries, csvHref: csvHref(request.url.split('?')[0]!, {}) });
  });

  app.get('/committees/:committee/work-programme', async (request, reply) => {
    const committee = await committeeFrom(request.params);
    const query = parseListQuery({ year: yearSchema.optional() }, request.query);
    const years = await listWorkProgrammeYears(db, committee.id);
    // Without a choice, the year we are in (or the latest there is).
    const year = query.year
      ? (years.find((y) => y.label.replace('/', '-') === query.year) ?? notFound('work programme year'))
      : (years.find((y) => y.startsOn <= today() && today() <= y.endsOn) ?? years[0]);
    const rows = year ? await listWorkProgramme(db, committee.id, year.id) : [];
    if (query.format === 'csv') return sendCsv(reply, `${committee.slug}-work-programme-${year?.label.replace('/', '-') ?? 'none'}.csv`, workProgrammeCsv, rows);
    return reply.view('work-programme.njk', {
      ...pageOf(committee, year ? `Work programme ${year.label}` : 'Work programme'),
      year,
      years: years.map((y) => ({ label: y.label, value: y.label.replace('/', '-'), current: y.id === year?.id })),
      programme: arrangeWorkProgramme(rows),
      count: rows.length,
      csvHref: csvHref(request.url.split('?')[0]!, { year: year?.label.replace('/', '-') }),
    });
  });
}
