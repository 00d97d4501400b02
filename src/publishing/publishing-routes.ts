import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { requirePermission, staffOf } from '../accounts/access.ts';
import { hasPermission } from '../accounts/roles.ts';
import { agendaPublicationDeadline } from '../deadlines/agenda-publication.ts';
import { addDays } from '../deadlines/days.ts';
import { loadWorkingCalendar } from '../deadlines/working-calendar-repository.ts';
import type { Services } from '../services.ts';
import { formErrors, noErrors, type FormErrors } from '../web/form-errors.ts';
import { formatDateLong } from '../web/format.ts';
import { idSchema, notFound, parseParams } from '../web/params.ts';
import { agendaPublishedRecipients } from './agenda-recipients-repository.ts';
import { publicationCheck, publicationRow } from './publication-check.ts';
import { loadPublicationSource } from './publication-source.ts';
import { buildPublicationPacks, publishPapers } from './publish-papers.ts';
import { findGeneratedPack, findMeetingForPublishing, listPublications, listUpcomingForPublishing } from './publishing-repository.ts';

const PublishForm = z.object({
  lateReason: z.string().max(2000, 'The reason must be 2,000 characters or fewer').optional().default(''),
  checked: z.string().regex(/^[0-9a-f]{64}$/).optional(),
});

const PreviewQuery = z.object({ pack: z.enum(['public', 'restricted']).default('public') });

/**
 * Publishing a meeting's papers: the check page and the publish button
 * (democratic services alone, `meetings:publish`), a preview of the
 * packs, the publications and their packs for any signed-in staff (the
 * restricted papers included), and a list of meetings with their
 * publication deadlines.
 */
export function registerPublishingRoutes(app: FastifyInstance, { db, config, today }: Services): void {
  const publisher = { preHandler: requirePermission('meetings:publish') };
  const staff = { preHandler: requirePermission('back-office:read') };

  // The meeting's own back-office page, where the agenda is built, when the app has one.
  const meetingCrumb = (meeting: { id: number; date: string; committee: { name: string } }) =>
    app.hasRoute({ method: 'GET', url: '/manage/meetings/:id' }) ? [{ text: `${meeting.committee.name}, ${formatDateLong(meeting.date)}`, href: `/manage/meetings/${meeting.id}` }] : [];

  const showCheck = async (reply: FastifyReply, meetingId: number, view: { errors: FormErrors; values: Record<string, unknown> }, status = 200) => {
    const source = (await loadPublicationSource(db, meetingId, { now: new Date(), publicUrl: config.publicUrl, withFiles: false })) ?? notFound('meeting');
    const check = publicationCheck(source, source.kind ? await agendaPublishedRecipients(db, meetingId) : []);
    const { meeting } = source;
    return reply.code(status).view('publish-papers.njk', {
      pageTitle: `${view.errors.summary.length ? 'Error: ' : ''}${check.heading}: ${meeting.committee.name}, ${formatDateLong(meeting.date)}`,
      breadcrumbs: [{ text: 'Back office', href: '/manage' }, { text: 'Publishing', href: '/manage/publishing' }, ...meetingCrumb(meeting)],
      meeting,
      meetingHref: `/committees/${meeting.committee.slug}/meetings/${meeting.slug}`,
      check,
      fingerprint: source.fingerprint,
      ...view,
    });
  };

  app.get('/manage/meetings/:id/publish', publisher, async (request, reply) => {
    const { id } = parseParams({ id: idSchema }, request.params);
    return showCheck(reply, id, { errors: noErrors, values: {} });
  });

  app.post('/manage/meetings/:id/publish', publisher, async (request, reply) => {
    const { id } = parseParams({ id: idSchema }, request.params);
    const form = PublishForm.safeParse(request.body ?? {});
    if (!form.success) return showCheck(reply, id, { errors: formErrors({ lateReason: form.error.issues[0]!.message }), values: request.body as Record<string, unknown> }, 400);
    const outcome = await publishPapers(db, {
      meetingId: id,
      actor: staffOf(request),
      now: new Date(),
      lateReason: form.data.lateReason,
      publicUrl: config.publicUrl,
      ...(form.data.checked ? { checked: form.data.checked } : {}),
    });
    if (outcome.status === 'refused') {
      const errors = outcome.field === 'lateReason' ? formErrors({ lateReason: outcome.message }) : { summary: [{ text: outcome.message, href: '#papers' }], fields: {} };
      return showCheck(reply, id, { errors, values: form.data }, 400);
    }
    return reply.redirect(`/manage/meetings/${id}/papers?published=${outcome.publication.number}`, 303);
  });

  // The packs as they would be published now, built afresh and stored nowhere.
  app.get('/manage/meetings/:id/publish/preview', publisher, async (request, reply) => {
    const { id } = parseParams({ id: idSchema }, request.params);
    const { pack } = PreviewQuery.catch({ pack: 'public' }).parse(request.query);
    const source = (await loadPublicationSource(db, id, { now: new Date(), publicUrl: config.publicUrl, withFiles: true })) ?? notFound('meeting');
    const packs = await buildPublicationPacks(source, { now: new Date(), lateReason: null });
    const built = pack === 'restricted' ? packs.restricted : packs.public;
    if (!built) return notFound('pack');
    return reply
      .type('application/pdf')
      .header('Cache-Control', 'private, no-store')
      .header('Content-Disposition', `inline; filename="preview-${pack === 'restricted' ? packs.filenames.restricted : packs.filenames.public}"`)
      .send(Buffer.from(built.bytes));
  });

  app.get('/manage/meetings/:id/papers', staff, async (request, reply) => {
    const { id } = parseParams({ id: idSchema }, request.params);
    const meeting = (await findMeetingForPublishing(db, id)) ?? notFound('meeting');
    const publications = (await listPublications(db, id)).map(publicationRow);
    const published = z.coerce.number().int().min(0).optional().catch(undefined).parse((request.query as { published?: string }).published);
    return reply.view('meeting-papers.njk', {
      pageTitle: `Papers: ${meeting.committee.name}, ${formatDateLong(meeting.date)}`,
      breadcrumbs: [{ text: 'Back office', href: '/manage' }, ...(hasPublish(request) ? [{ text: 'Publishing', href: '/manage/publishing' }] : []), ...meetingCrumb(meeting)],
      meeting,
      meetingHref: `/committees/${meeting.committee.slug}/meetings/${meeting.slug}`,
      publications,
      justPublished: publications.find((p) => (published === 0 ? p.label === 'Agenda' : p.label === `Supplement ${published}`)) ?? null,
      canPublish: hasPublish(request),
    });
  });

  // Generated packs, restricted papers included: staff only, never cached, never from a public address.
  app.get('/manage/packs/:id', staff, async (request, reply) => {
    const { id } = parseParams({ id: idSchema }, request.params);
    const pack = (await findGeneratedPack(db, id)) ?? notFound('pack');
    return reply
      .type('application/pdf')
      .header('Cache-Control', 'private, no-store')
      .header('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(pack.filename)}`)
      .send(pack.original);
  });

  app.get('/manage/publishing', publisher, async (_request, reply) => {
    const from = today();
    const [meetings, calendar] = await Promise.all([listUpcomingForPublishing(db, from, addDays(from, 8 * 7)), loadWorkingCalendar(db)]);
    return reply.view('publishing-meetings.njk', {
      pageTitle: 'Publishing',
      meetings: meetings.map((m) => {
        const deadline = agendaPublicationDeadline(calendar, m.date);
        const state = m.agendaPublishedAt ? 'published' : deadline.latestOn < from ? 'late' : deadline.lastWorkingDay <= addDays(from, 2) ? 'due-soon' : 'upcoming';
        return { ...m, publishBy: deadline.lastWorkingDay, state };
      }),
    });
  });
}

function hasPublish(request: FastifyRequest): boolean {
  return Boolean(request.staff && hasPermission(request.staff.role, 'meetings:publish'));
}
