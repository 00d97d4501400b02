import type { FastifyInstance, FastifyReply } from 'fastify';
import { z } from 'zod';
import { findCommitteeBySlug } from '../committees/committee-repository.ts';
import type { Committee } from '../committees/committee-tables.ts';
import { findCouncil } from '../council/council-repository.ts';
import type { Services } from '../services.ts';
import { csvHref, parseListQuery } from '../tracking/list-query.ts';
import { type CsvColumn, sendCsv } from '../web/csv.ts';
import { notFound, parseParams, slugSchema } from '../web/params.ts';
import { appendixBlocks, type AppendixMeta } from './appendix-blocks.ts';
import { appendixPdf } from './appendix-pdf.ts';
import { appendixXlsx } from './appendix-xlsx.ts';
import { listPublishedProgramme, listPublishedYears, listYearMeetings } from './programme-repository.ts';
import { appendixSectionTitles, arrangeAppendix, type ProgrammeEntry } from './work-programme-appendix.ts';
import { chooseYear, describeSession, kindLabels, yearParam } from './work-programme-views.ts';

const yearQuery = { year: z.string().regex(/^\d{4}-\d{2}$/).optional() };

type Row = ProgrammeEntry & { section: string; meetingDate: string | null };

const programmeCsv: CsvColumn<Row>[] = [
  { header: 'Section', value: (r) => r.section },
  { header: 'Meeting', value: (r) => r.meetingDate },
  { header: 'Item', value: (r) => r.title },
  { header: 'Kind', value: (r) => kindLabels[r.kind] },
  { header: 'Type of scrutiny', value: (r) => r.scrutinyType },
  { header: 'Purpose', value: (r) => r.purpose },
  { header: 'Origin', value: (r) => r.origin },
  { header: 'Lead officer', value: (r) => r.leadOfficerName },
  { header: 'Current position', value: (r) => r.currentPosition },
  { header: 'Date', value: (r) => describeSession(r) },
  { header: 'Group', value: (r) => r.group?.name ?? null },
];

/**
 * The work programme as the public see it, with no history and nobody's
 * contact details: the committee's page (with its CSV), and the appendix
 * that goes into agenda packs as a page, a PDF and a spreadsheet.
 *
 *   /committees/{committee}/work-programme[?year=2025-26][&format=csv]
 *   /committees/{committee}/work-programme/appendix[.pdf|.xlsx][?year=2025-26]
 */
export function registerProgrammeRoutes(app: FastifyInstance, { db, today }: Services): void {
  async function programmeOf(params: unknown, query: unknown) {
    const { committee: slug } = parseParams({ committee: slugSchema }, params);
    const committee: Committee = (await findCommitteeBySlug(db, slug)) ?? notFound('committee');
    const asked = parseListQuery(yearQuery, query);
    const years = await listPublishedYears(db, committee.id);
    const year = chooseYear(years, asked.year, today());
    if (year === null) notFound('work programme year');
    const [entries, meetings] = year ? await Promise.all([listPublishedProgramme(db, committee.id, year), listYearMeetings(db, committee.id, year)]) : [[], []];
    return { committee, years, year, format: asked.format, appendix: arrangeAppendix(entries.map((e) => ({ ...e, sessionText: describeSession(e) })), meetings) };
  }

  app.get('/committees/:committee/work-programme', async (request, reply) => {
    const { committee, years, year, format, appendix } = await programmeOf(request.params, request.query);
    const yearValue = year ? yearParam(year.label) : undefined;
    if (format === 'csv') {
      const rows: Row[] = [
        ...appendix.meetings.flatMap(({ meeting, items }) => items.map((i) => ({ ...i, section: 'Items by meeting', meetingDate: meeting.date }))),
        ...appendix.sections.flatMap((s) => s.items.map((i) => ({ ...i, section: appendixSectionTitles[s.key], meetingDate: null }))),
      ];
      return sendCsv(reply, `${committee.slug}-work-programme-${yearValue ?? 'none'}.csv`, programmeCsv, rows);
    }
    const suffix = yearValue ? `?year=${yearValue}` : '';
    return reply.view('work-programme-public.njk', {
      pageTitle: `Work programme${year ? ` ${year.label}` : ''}: ${committee.name}`,
      breadcrumbs: [
        { text: 'Home', href: '/' },
        { text: 'Committees', href: '/committees' },
        { text: committee.name, href: `/committees/${committee.slug}` },
      ],
      committee,
      year,
      years: years.map((y) => ({ label: y.label, value: yearParam(y.label), current: y.id === year?.id })),
      programme: appendix,
      takesSuggestions: committee.kind === 'scrutiny' && committee.isActive,
      downloads: year
        ? {
            pdf: `/committees/${committee.slug}/work-programme/appendix.pdf${suffix}`,
            xlsx: `/committees/${committee.slug}/work-programme/appendix.xlsx${suffix}`,
            html: `/committees/${committee.slug}/work-programme/appendix${suffix}`,
            csv: csvHref(`/committees/${committee.slug}/work-programme`, { year: yearValue }),
          }
        : null,
    });
  });

  const metaOf = async (committee: Committee, yearLabel: string): Promise<AppendixMeta & { brandColour: string }> => {
    const council = await findCouncil(db);
    return { council: council?.name ?? 'Council', committeeName: committee.name, yearLabel, asAt: today(), brandColour: council?.brandColour ?? '#1d70b8' };
  };
  const fileName = (committee: Committee, yearLabel: string, ending: string) => `${committee.slug}-work-programme-${yearParam(yearLabel)}.${ending}`;
  const download = (reply: FastifyReply, type: string, name: string, body: Buffer | Uint8Array) =>
    reply.type(type).header('Content-Disposition', `attachment; filename="${name}"`).header('Cache-Control', 'public, max-age=300').send(Buffer.from(body));

  app.get('/committees/:committee/work-programme/appendix', async (request, reply) => {
    const { committee, year, appendix } = await programmeOf(request.params, request.query);
    if (!year) notFound('work programme');
    const meta = await metaOf(committee, year.label);
    return reply.view('work-programme-appendix.njk', {
      pageTitle: `Work programme ${year.label}: ${committee.name}`,
      breadcrumbs: [
        { text: 'Home', href: '/' },
        { text: committee.name, href: `/committees/${committee.slug}` },
        { text: 'Work programme', href: `/committees/${committee.slug}/work-programme?year=${yearParam(year.label)}` },
      ],
      blocks: appendixBlocks(appendix, meta),
      committee,
      year,
    });
  });

  app.get('/committees/:committee/work-programme/appendix.pdf', async (request, reply) => {
    const { committee, year, appendix } = await programmeOf(request.params, request.query);
    if (!year) notFound('work programme');
    const meta = await metaOf(committee, year.label);
    return download(reply, 'application/pdf', fileName(committee, year.label, 'pdf'), await appendixPdf(appendixBlocks(appendix, meta), meta, meta.brandColour));
  });

  app.get('/committees/:committee/work-programme/appendix.xlsx', async (request, reply) => {
    const { committee, year, appendix } = await programmeOf(request.params, request.query);
    if (!year) notFound('work programme');
    const meta = await metaOf(committee, year.label);
    return download(reply, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', fileName(committee, year.label, 'xlsx'), await appendixXlsx(appendix, meta));
  });
}
