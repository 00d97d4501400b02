import type { FastifyInstance, FastifyReply } from 'fastify';
import { z } from 'zod';
import { requirePermission, staffOf } from '../accounts/access.ts';
import { withAudit } from '../audit/with-audit.ts';
import { dateParts, linkDateErrorsToDayBox, optionalEmail, optionalText, readDateInput } from '../committees/manage-form-fields.ts';
import { bankHolidays } from '../deadlines/bank-holidays.ts';
import { addDays, yearOf } from '../deadlines/days.ts';
import { deleteClosureDay, listClosureDays, saveClosureDay } from '../deadlines/working-calendar-repository.ts';
import type { Services } from '../services.ts';
import { formatDateLong } from '../web/format.ts';
import { formErrors, type FormErrors, noErrors, zodFormErrors } from '../web/form-errors.ts';
import { findCouncil } from './council-repository.ts';
import { brandColourProblem, normaliseBrandColour } from './council-settings.ts';
import { saveCouncilSettings } from './council-settings-repository.ts';
import type { Nation } from './council-tables.ts';

const nations: { value: Nation; text: string }[] = [
  { value: 'england', text: 'England' },
  { value: 'wales', text: 'Wales' },
  { value: 'scotland', text: 'Scotland' },
  { value: 'northern-ireland', text: 'Northern Ireland' },
];

const SettingsForm = z.object({
  name: z.string().trim().min(1, 'Enter the council’s name').max(200, 'The council’s name must be 200 characters or fewer'),
  shortName: z.string().trim().min(1, 'Enter a short name, like the town or district').max(60, 'The short name must be 60 characters or fewer'),
  nation: z.enum(['england', 'wales', 'scotland', 'northern-ireland'], { error: 'Select the nation the council is in' }),
  website: z
    .string()
    .trim()
    .optional()
    .transform((v) => (v ? v : null))
    .refine((v) => v === null || /^https?:\/\/[^\s/]+\.[^\s]+$/.test(v), 'Enter the website address in the correct format, like https://www.northwold.gov.uk'),
  email: optionalEmail('Enter an email address in the correct format, like democratic.services@northwold.gov.uk'),
  phone: optionalText(40, 'The phone number must be 40 characters or fewer'),
  address: optionalText(500, 'The address must be 500 characters or fewer'),
  brandColour: z
    .string()
    .optional()
    .transform((v) => normaliseBrandColour(v ?? ''))
    .superRefine((colour, context) => {
      const problem = brandColourProblem(colour);
      if (problem) context.addIssue({ code: 'custom', message: problem });
    }),
});

const ClosureDayForm = z.object({
  reason: z.string().trim().min(1, 'Enter why the offices are closed, like “Offices closed between Christmas and New Year”').max(200, 'The reason must be 200 characters or fewer'),
});

const RemoveClosureDayForm = z.object({ date: z.iso.date() });

const banners: Record<string, string> = {
  saved: 'The council’s details are saved.',
  'closure-added': 'The closure day is added: deadlines now skip it.',
  'closure-removed': 'The closure day is removed.',
};

/**
 * The council's own details, in the back office: name, nation (bank
 * holidays follow it), contact details, brand colour, and its closure days.
 * A fresh instance that holds only imported papers has no council yet; this
 * page creates it.
 */
export function registerCouncilSettingsRoutes(app: FastifyInstance, { db, today }: Services): void {
  const guard = { preHandler: requirePermission('committees:manage') };

  const showPage = async (
    reply: FastifyReply,
    view: { values?: Record<string, unknown>; errors?: FormErrors; closureValues?: Record<string, unknown>; closureErrors?: FormErrors; banner?: string },
    status = 200,
  ) => {
    const council = await findCouncil(db);
    const values = view.values ?? council ?? { nation: 'england', brandColour: '#1d70b8' };
    const errors = view.errors ?? noErrors;
    const closureErrors = view.closureErrors ?? noErrors;
    const nation = (council?.nation ?? 'england') as Nation;
    const year = yearOf(today());
    const closureDays = await listClosureDays(db, { from: addDays(today(), -366) });
    const hasErrors = errors.summary.length + closureErrors.summary.length > 0;
    return reply.code(status).view('council-settings.njk', {
      pageTitle: `${hasErrors ? 'Error: ' : ''}Council settings`,
      isNew: !council,
      values,
      errors,
      nationItems: nations.map((n) => ({ ...n, checked: n.value === values.nation })),
      closureValues: view.closureValues ?? {},
      closureErrors,
      closureDays: closureDays.map((d) => ({ ...d, isPast: d.date < today() })),
      bankHolidayYears: [year, year + 1].map((y) => ({ year: y, days: bankHolidays(nation, y) })),
      nationName: nations.find((n) => n.value === nation)!.text,
      banner: view.banner,
    });
  };

  app.get('/manage/council', guard, async (request, reply) => {
    const done = String((request.query as Record<string, unknown>).done ?? '');
    return showPage(reply, { banner: banners[done] });
  });

  app.post('/manage/council', guard, async (request, reply) => {
    const body = request.body as Record<string, unknown>;
    const form = SettingsForm.safeParse(body);
    if (!form.success) return showPage(reply, { values: body, errors: zodFormErrors(form.error) }, 400);
    await withAudit(db, staffOf(request), async (trx, audit) => {
      const { before, after } = await saveCouncilSettings(trx, form.data);
      await audit({
        action: before ? 'update' : 'create',
        entity: 'council',
        entityId: after.id,
        summary: before ? `Changed the council’s details` : `Set up ${after.name}`,
        before,
        after,
      });
    });
    return reply.redirect('/manage/council?done=saved', 303);
  });

  app.post('/manage/council/closure-days', guard, async (request, reply) => {
    const body = request.body as Record<string, unknown>;
    const date = readDateInput(body, 'date', 'Date');
    const form = ClosureDayForm.safeParse(body);
    if (date.error || !form.success) {
      const errors = formErrors({ date: date.error, reason: form.success ? null : zodFormErrors(form.error).fields.reason?.text });
      return showPage(reply, { closureValues: { reason: body.reason, date: dateParts(body, 'date') }, closureErrors: linkDateErrorsToDayBox(errors, ['date']) }, 400);
    }
    const day = date.value!;
    await withAudit(db, staffOf(request), async (trx, audit) => {
      const before = (await listClosureDays(trx, { from: day, to: day }))[0];
      await saveClosureDay(trx, { date: day, reason: form.data.reason });
      await audit({
        action: before ? 'update' : 'create',
        entity: 'council_closure_day',
        entityId: day,
        summary: `Marked ${formatDateLong(day)} as a closure day: ${form.data.reason}`,
        before,
        after: { date: day, reason: form.data.reason },
      });
    });
    return reply.redirect('/manage/council?done=closure-added#closure-days', 303);
  });

  app.post('/manage/council/closure-days/remove', guard, async (request, reply) => {
    const form = RemoveClosureDayForm.safeParse(request.body);
    if (!form.success) return reply.redirect('/manage/council#closure-days', 303);
    const day = form.data.date;
    await withAudit(db, staffOf(request), async (trx, audit) => {
      const before = (await listClosureDays(trx, { from: day, to: day }))[0];
      if (!(await deleteClosureDay(trx, day))) return;
      await audit({ action: 'delete', entity: 'council_closure_day', entityId: day, summary: `Removed ${formatDateLong(day)} from the closure days`, before });
    });
    return reply.redirect('/manage/council?done=closure-removed#closure-days', 303);
  });
}

