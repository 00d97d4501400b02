import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Services } from '../services.ts';
import { type CsvColumn, sendCsv } from '../web/csv.ts';
import { formatDateLong } from '../web/format.ts';
import { listForwardPlan, listForwardPlanDecisionMakers, listForwardPlanMonths } from './forward-plan-repository.ts';
import { decisionKindLabels, describeForwardPlanEntry, type ForwardPlanEntry, formatMonth } from './forward-plan-views.ts';
import { csvHref, parseListQuery } from './list-query.ts';
import type { DecisionKind } from './tracking-tables.ts';

const kinds = Object.keys(decisionKindLabels) as [DecisionKind, ...DecisionKind[]];

const forwardPlanCsv: CsvColumn<ForwardPlanEntry>[] = [
  { header: 'Reference', value: (r) => r.reference },
  { header: 'Decision due', value: (r) => r.decisionDueOn ?? r.decisionDueMonth },
  { header: 'Decision maker', value: (r) => r.decisionMaker },
  // An exempt entry is published by its title, decision maker, date and paragraph alone.
  { header: 'Kind', value: (r) => (r.isExempt ? '' : r.kindLabel) },
  { header: 'Title', value: (r) => r.title },
  { header: 'Exempt', value: (r) => (r.isExempt ? `Exempt: Schedule 12A paragraph ${r.exemptParagraph}` : '') },
  { header: 'Purpose', value: (r) => r.purpose },
  { header: 'Directorate', value: (r) => r.directorate },
  { header: 'Lead officer', value: (r) => r.leadOfficerName },
  { header: 'Portfolio holder', value: (r) => r.portfolioHolderName },
  { header: 'Wards', value: (r) => (r.allWards ? 'All wards' : r.wards.join('; ')) },
  { header: 'Notice', value: (r) => r.noticeText },
  { header: 'Page', value: (r) => `/forward-plan/${r.id}` },
];

export function registerForwardPlanRoutes(app: FastifyInstance, { db, today }: Services): void {
  app.get('/forward-plan', async (request, reply) => {
    const query = parseListQuery(
      { kind: z.enum(kinds).optional(), month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/).optional(), maker: z.string().trim().min(1).max(200).optional() },
      Object.fromEntries(Object.entries((request.query ?? {}) as Record<string, unknown>).filter(([, v]) => v !== '')),
    );
    const [rows, months, makers] = await Promise.all([
      listForwardPlan(db, { from: today(), kind: query.kind, month: query.month, decisionMaker: query.maker }),
      listForwardPlanMonths(db, today()),
      listForwardPlanDecisionMakers(db, today()),
    ]);
    const entries = rows.map((row) => describeForwardPlanEntry(row, formatDateLong));
    if (query.format === 'csv') return sendCsv(reply, 'forward-plan.csv', forwardPlanCsv, entries);
    return reply.view('forward-plan.njk', {
      pageTitle: 'Forward plan of executive decisions',
      breadcrumbs: [{ text: 'Home', href: '/' }],
      entries,
      filtered: Boolean(query.kind || query.month || query.maker),
      kinds: [{ value: '', text: 'All decisions' }, ...kinds.map((value) => ({ value, text: value === 'key' ? 'Key decisions only' : decisionKindLabels[value], selected: value === query.kind }))],
      months: [{ value: '', text: 'Any month' }, ...months.map((value) => ({ value, text: formatMonth(value), selected: value === query.month }))],
      makers: [{ value: '', text: 'Any decision maker' }, ...makers.map((value) => ({ value, text: value, selected: value === query.maker }))],
      csvHref: csvHref('/forward-plan', { kind: query.kind, month: query.month, maker: query.maker }),
      feedUrl: '/forward-plan/feed.xml',
      feedTitle: 'New and changed entries on the forward plan',
    });
  });
}
