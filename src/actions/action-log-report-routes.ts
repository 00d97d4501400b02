import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { requirePermission } from '../accounts/access.ts';
import { findCommitteeBySlug } from '../committees/committee-repository.ts';
import type { Committee } from '../committees/committee-tables.ts';
import { dateInputValues, readDateInput } from '../committees/manage-form-fields.ts';
import { findCouncil } from '../council/council-repository.ts';
import { isDay } from '../deadlines/days.ts';
import type { Services } from '../services.ts';
import { notFound, parseParams, slugSchema } from '../web/params.ts';
import { actionLogPdf } from './action-log-pdf.ts';
import { buildActionLogReport, reportColumns, reportIntroduction, restrictedNotice, type ReportVersion } from './action-log-report.ts';
import { listActionLogReportRows, previousMeetingDate } from './action-log-report-repository.ts';
import { actionLogXlsx } from './action-log-xlsx.ts';
import { actionStateTagClasses } from './action-views.ts';

const formats = { html: null, pdf: 'application/pdf', xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' } as const;
type Format = keyof typeof formats;

const ReportQuery = z.object({
  committee: slugSchema.optional(),
  version: z.enum(['public', 'restricted']).optional(),
  since: z.string().refine(isDay).optional(),
  'since-day': z.string().optional(),
  'since-month': z.string().optional(),
  'since-year': z.string().optional(),
});

/**
 * The committee's action log report, for agenda packs and residents: an
 * HTML page, a PDF and a spreadsheet of the same lines. Staff may choose
 * the restricted version, with actions on exempt items; the public routes
 * only ever build the public one.
 */
export function registerActionLogReportRoutes(app: FastifyInstance, { db, today }: Services): void {
  async function report(committee: Committee, version: ReportVersion, since: string | null | undefined) {
    const completedSince = since === undefined ? await previousMeetingDate(db, committee.id, today()) : since;
    const [council, rows] = await Promise.all([findCouncil(db), listActionLogReportRows(db, committee.id, version)]);
    return {
      report: buildActionLogReport({ councilName: council?.name ?? 'Council', committeeName: committee.name, version, today: today(), completedSince, rows }),
      brandColour: council?.brandColour ?? '#1d70b8',
    };
  }

  function readQuery(query: unknown) {
    const parsed = ReportQuery.safeParse(Object.fromEntries(Object.entries((query ?? {}) as Record<string, unknown>).filter(([, v]) => v !== '')));
    if (!parsed.success) throw Object.assign(new Error(`the ${parsed.error.issues[0]?.path.join('.') ?? 'query'} is not one this report offers`), { statusCode: 400 });
    const typed = readDateInput(parsed.data as Record<string, unknown>, 'since', 'Completed since', { required: false });
    return { ...parsed.data, since: parsed.data.since ?? typed.value ?? undefined, sinceError: typed.error };
  }

  async function send(reply: FastifyReply, format: Exclude<Format, 'html'>, committee: Committee, version: ReportVersion, since: string | null | undefined) {
    const { report: built, brandColour } = await report(committee, version, since);
    const name = `${committee.slug}-action-log${version === 'restricted' ? '-restricted' : ''}-${today()}.${format}`;
    const body = format === 'pdf' ? Buffer.from(await actionLogPdf(built, { brandColour })) : await actionLogXlsx(built);
    if (version === 'restricted') reply.header('Cache-Control', 'no-store, private');
    return reply.type(formats[format]).header('Content-Disposition', `attachment; filename="${name}"`).send(body);
  }

  const hrefs = (base: string, params: Record<string, string | null | undefined>) => {
    const search = new URLSearchParams(Object.entries(params).filter((e): e is [string, string] => Boolean(e[1]))).toString();
    return { pdf: `${base}.pdf${search ? `?${search}` : ''}`, xlsx: `${base}.xlsx${search ? `?${search}` : ''}` };
  };

  async function showPage(request: FastifyRequest, reply: FastifyReply, committee: Committee, options: { version: ReportVersion; since: string | null | undefined; backOffice: boolean; sinceError: string | null }) {
    const { report: built } = await report(committee, options.version, options.since);
    const base = options.backOffice ? '/manage/actions/report' : `/committees/${committee.slug}/actions/report`;
    const params = options.backOffice ? { committee: committee.slug, version: options.version, since: built.completedSince } : { since: options.since ? built.completedSince : null };
    return reply.code(options.sinceError ? 400 : 200).view('action-log-report.njk', {
      pageTitle: `${options.sinceError ? 'Error: ' : ''}Action log report: ${committee.name}`,
      layout: options.backOffice ? 'manage-layout.njk' : 'layout.njk',
      backOffice: options.backOffice,
      committee,
      report: built,
      introduction: reportIntroduction(built),
      restrictedNotice,
      columns: reportColumns,
      tagClasses: actionStateTagClasses,
      downloads: hrefs(base, params),
      sinceParts: dateInputValues(built.completedSince),
      sinceError: options.sinceError ? { text: options.sinceError } : undefined,
      breadcrumbs: options.backOffice
        ? [
            { text: 'Back office', href: '/manage' },
            { text: 'Actions', href: `/manage/actions?committee=${committee.slug}` },
          ]
        : [
            { text: 'Home', href: '/' },
            { text: 'Committees', href: '/committees' },
            { text: committee.name, href: `/committees/${committee.slug}` },
            { text: 'Action log', href: `/committees/${committee.slug}/actions` },
          ],
      path: request.url.split('?')[0],
    });
  }

  const backOffice = { preHandler: requirePermission('back-office:read') };
  const committeeFromQuery = async (slug: string | undefined) => (slug ? ((await findCommitteeBySlug(db, slug)) ?? notFound('committee')) : notFound('committee'));

  app.get('/manage/actions/report', backOffice, async (request, reply) => {
    const query = readQuery(request.query);
    const committee = await committeeFromQuery(query.committee);
    return showPage(request, reply, committee, { version: query.version ?? 'public', since: query.sinceError ? undefined : query.since, backOffice: true, sinceError: query.sinceError });
  });
  for (const format of ['pdf', 'xlsx'] as const) {
    app.get(`/manage/actions/report.${format}`, backOffice, async (request, reply) => {
      const query = readQuery(request.query);
      return send(reply, format, await committeeFromQuery(query.committee), query.version ?? 'public', query.since);
    });
  }

  // The public routes take no version: theirs is always the public one.
  const publicCommittee = async (params: unknown) => {
    const { committee } = parseParams({ committee: slugSchema }, params);
    return (await findCommitteeBySlug(db, committee)) ?? notFound('committee');
  };
  app.get('/committees/:committee/actions/report', async (request, reply) => {
    const query = readQuery(request.query);
    return showPage(request, reply, await publicCommittee(request.params), { version: 'public', since: query.sinceError ? undefined : query.since, backOffice: false, sinceError: query.sinceError });
  });
  for (const format of ['pdf', 'xlsx'] as const) {
    app.get(`/committees/:committee/actions/report.${format}`, async (request, reply) => {
      const query = readQuery(request.query);
      return send(reply, format, await publicCommittee(request.params), 'public', query.since);
    });
  }
}
