import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { findCommitteeBySlug, listCommittees } from '../committees/committee-repository.ts';
import type { Services } from '../services.ts';
import { csvHref, parseListQuery } from '../tracking/list-query.ts';
import { sendCsv } from '../web/csv.ts';
import { notFound, parseParams, slugSchema } from '../web/params.ts';
import { calendarCsv, describeMeeting } from './calendar-entries.ts';
import { addMonths, buildMonthGrid, groupByMonth, monthKey, monthName, monthOf, monthRange, type Month } from './calendar-month.ts';
import { listCalendarMeetings } from './calendar-repository.ts';

/** How far ahead the list looks when no month is chosen. */
const UPCOMING_MONTHS = 6;
const monthSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/);

export function registerCalendarRoutes(app: FastifyInstance, { db, today }: Services): void {
  async function committeeFilter(slug: string | undefined) {
    if (!slug) return undefined;
    return (await findCommitteeBySlug(db, slug)) ?? notFound('committee');
  }
  async function committeeChoices(selected: string | undefined) {
    const committees = await listCommittees(db, today());
    return [{ value: '', text: 'All committees' }, ...committees.map((c) => ({ value: c.slug, text: c.name, selected: c.slug === selected }))];
  }

  app.get('/calendar', async (request, reply) => {
    const query = parseListQuery({ committee: slugSchema.optional(), month: monthSchema.optional() }, request.query);
    const committee = await committeeFilter(query.committee);
    const chosen = query.month ? monthOf(`${query.month}-01`) : undefined;
    const range = chosen ? monthRange(chosen) : { from: today(), to: monthRange(addMonths(monthOf(today()), UPCOMING_MONTHS - 1)).to };
    const meetings = (await listCalendarMeetings(db, { ...range, committeeId: committee?.id })).map(describeMeeting);
    if (query.format === 'csv') return sendCsv(reply, `meetings-${range.from}-to-${range.to}.csv`, calendarCsv, meetings);
    const gridMonth = chosen ?? monthOf(today());
    return reply.view('calendar.njk', {
      pageTitle: chosen ? `Meetings in ${monthName(chosen)}` : 'Meeting calendar',
      breadcrumbs: [{ text: 'Home', href: '/' }],
      heading: chosen ? `Meetings in ${monthName(chosen)}` : 'Meeting calendar',
      range,
      chosen: Boolean(chosen),
      committee,
      committees: await committeeChoices(query.committee),
      months: groupByMonth(meetings),
      monthsAround: Array.from({ length: 12 }, (_, i) => addMonths(monthOf(today()), i - 3)).map((m) => ({ value: monthKey(m), text: monthName(m), selected: monthKey(m) === query.month })),
      gridHref: monthHref(gridMonth, query.committee),
      csvHref: csvHref('/calendar', { committee: query.committee, month: query.month }),
    });
  });

  app.get('/calendar/:year/:month', async (request, reply) => {
    const params = parseParams({ year: z.string().regex(/^\d{4}$/), month: z.string().regex(/^(0[1-9]|1[0-2])$/) }, request.params);
    const query = parseListQuery({ committee: slugSchema.optional() }, request.query);
    const committee = await committeeFilter(query.committee);
    const month: Month = { year: Number(params.year), month: Number(params.month) };
    const meetings = (await listCalendarMeetings(db, { ...monthRange(month), committeeId: committee?.id })).map(describeMeeting);
    return reply.view('calendar-month.njk', {
      pageTitle: `${monthName(month)}: meeting calendar`,
      breadcrumbs: [
        { text: 'Home', href: '/' },
        { text: 'Meeting calendar', href: '/calendar' },
      ],
      monthName: monthName(month),
      committee,
      committees: await committeeChoices(query.committee),
      weeks: buildMonthGrid(month, meetings, today()),
      meetings,
      previous: { href: monthHref(addMonths(month, -1), query.committee), text: monthName(addMonths(month, -1)) },
      next: { href: monthHref(addMonths(month, 1), query.committee), text: monthName(addMonths(month, 1)) },
      formAction: `/calendar/${params.year}/${params.month}`,
      listHref: `/calendar?${new URLSearchParams({ month: monthKey(month), ...(query.committee ? { committee: query.committee } : {}) }).toString()}`,
    });
  });
}

function monthHref(m: Month, committee: string | undefined): string {
  return `/calendar/${monthKey(m).replace('-', '/')}${committee ? `?committee=${encodeURIComponent(committee)}` : ''}`;
}
