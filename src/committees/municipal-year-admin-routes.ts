import type { FastifyInstance, FastifyReply } from 'fastify';
import { z } from 'zod';
import { requirePermission, staffOf } from '../accounts/access.ts';
import { withAudit } from '../audit/with-audit.ts';
import type { Services } from '../services.ts';
import { formatDateShort } from '../web/format.ts';
import { formErrors, type FormErrors, noErrors } from '../web/form-errors.ts';
import { countMeetingsByMunicipalYear, insertMunicipalYear } from './committee-admin-repository.ts';
import { listMunicipalYears } from './committee-repository.ts';
import { dateInputValues, dateParts, linkDateErrorsToDayBox, readDateInput } from './manage-form-fields.ts';
import { municipalYearProblems, suggestNextMunicipalYear } from './municipal-year-admin-rules.ts';

const LabelForm = z.object({ label: z.string().trim().min(1, 'Enter the year, like 2026/27').max(7, 'Enter the year as the two years it spans, like 2026/27') });

/**
 * Municipal years, which run from one annual meeting of the council in May
 * to the next: listed, and added one at a time, the next one suggested.
 */
export function registerMunicipalYearAdminRoutes(app: FastifyInstance, { db, today }: Services): void {
  const guard = { preHandler: requirePermission('committees:manage') };

  const showPage = async (reply: FastifyReply, view: { values?: Record<string, unknown>; errors?: FormErrors; banner?: string }, status = 200) => {
    const [years, meetings] = await Promise.all([listMunicipalYears(db), countMeetingsByMunicipalYear(db)]);
    const suggestion = suggestNextMunicipalYear(years, today());
    const errors = view.errors ?? noErrors;
    return reply.code(status).view('manage/municipal-years.njk', {
      pageTitle: `${errors.summary.length ? 'Error: ' : ''}Municipal years`,
      years: years.map((y) => ({ ...y, meetings: meetings.get(y.id) ?? 0, isCurrent: y.startsOn <= today() && today() <= y.endsOn })),
      values: view.values ?? { label: suggestion.label, startsOn: dateInputValues(suggestion.startsOn), endsOn: dateInputValues(suggestion.endsOn) },
      errors,
      banner: view.banner,
    });
  };

  app.get('/manage/municipal-years', guard, async (request, reply) => {
    const added = String((request.query as Record<string, unknown>).added ?? '');
    return showPage(reply, { banner: /^\d{4}\/\d{2}$/.test(added) ? `The municipal year ${added} is added.` : undefined });
  });

  app.post('/manage/municipal-years', guard, async (request, reply) => {
    const body = request.body as Record<string, unknown>;
    const values = { label: body.label, startsOn: dateParts(body, 'startsOn'), endsOn: dateParts(body, 'endsOn') };
    const label = LabelForm.safeParse(body);
    const startsOn = readDateInput(body, 'startsOn', 'Start date');
    const endsOn = readDateInput(body, 'endsOn', 'End date');
    const fail = (messages: Record<string, string | null | undefined>) =>
      showPage(reply, { values, errors: linkDateErrorsToDayBox(formErrors(messages), ['startsOn', 'endsOn']) }, 400);
    if (!label.success || startsOn.error || endsOn.error) {
      return fail({ label: label.success ? null : label.error.issues[0]?.message, startsOn: startsOn.error, endsOn: endsOn.error });
    }
    const year = { label: label.data.label, startsOn: startsOn.value!, endsOn: endsOn.value! };
    const problems = municipalYearProblems(year, await listMunicipalYears(db));
    if (Object.keys(problems).length) return fail(problems);
    await withAudit(db, staffOf(request), async (trx, audit) => {
      const added = await insertMunicipalYear(trx, year);
      await audit({ action: 'create', entity: 'municipal_year', entityId: added.id, summary: `Added the municipal year ${added.label}, ${formatDateShort(added.startsOn)} to ${formatDateShort(added.endsOn)}`, after: added });
    });
    return reply.redirect(`/manage/municipal-years?added=${encodeURIComponent(year.label)}`, 303);
  });
}
