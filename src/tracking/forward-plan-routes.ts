import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Services } from '../services.ts';
import { type CsvColumn, sendCsv } from '../web/csv.ts';
import { formatDateLong } from '../web/format.ts';
import { listForwardPlan, listForwardPlanMonths } from './forward-plan-repository.ts';
import { decisionKindLabels, describeForwardPlanEntry, type ForwardPlanEntry, formatMonth } from './forward-plan-views.ts';
import { csvHref, parseListQuery } from './list-query.ts';
import type { DecisionKind } from './tracking-tables.ts';

const kinds = Object.keys(decisionKindLabels) as [DecisionKind, ...DecisionKind[]];

const forwardPlanCsv: CsvColumn<ForwardPlanEntry>[] = [
  { header: 'Reference', value: (r) => r.reference },
  { header: 'Decision due', value: (r) => r.decisionDueOn ?? r.decisionDueMonth },
  { header: 'Decision maker', value: (r) => r.decisionMaker },
  { header: 'Kind', value: (r) => r.kindLabel },
  { header: 'Title', value: (r) => r.title },
  { header: 'Exempt', value: (r) => (r.isExempt ? `Exempt: Schedule 12A paragraph ${r.exemptParagraph}` : '') },
  { header: 'Purpose', value: (r) => r.purpose },
  { header: 'Directorate', value: (r) => r.directorate },
  { header: 'Lead officer', value: (r) => r.leadOfficerName },
  { header: 'Portfolio holder', value: (r) => r.portfolioHolderName },
  { header: 'Wards', value: (r) => r.wards.join('; ') },
];

export function registerForwardPlanRoutes(app: FastifyInstance, { db, today }: Services): void {
  app.get('/forward-plan', async (request, reply) => {
    const query = parseListQuery({ kind: z.enum(kinds).optional(), month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/).optional() }, request.query);
    const [rows, months] = await Promise.all([listForwardPlan(db, { from: today(), kind: query.kind, month: query.month }), listForwardPlanMonths(db, today())]);
    const entries = rows.map((row) => describeForwardPlanEntry(row, formatDateLong));
    if (query.format === 'csv') return sendCsv(reply, 'forward-plan.csv', forwardPlanCsv, entries);
    return reply.view('forward-plan.njk', {
      pageTitle: 'Forward plan of executive decisions',
      breadcrumbs: [{ text: 'Home', href: '/' }],
      entries,
      filtered: Boolean(query.kind || query.month),
      kinds: [{ value: '', text: 'All decisions' }, ...kinds.map((value) => ({ value, text: decisionKindLabels[value], selected: value === query.kind }))],
      months: [{ value: '', text: 'Any month' }, ...months.map((value) => ({ value, text: formatMonth(value), selected: value === query.month }))],
      csvHref: csvHref('/forward-plan', { kind: query.kind, month: query.month }),
    });
  });
}
