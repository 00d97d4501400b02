import type { FastifyInstance, FastifyReply } from 'fastify';
import { requirePermission, staffOf } from '../accounts/access.ts';
import { withAudit } from '../audit/with-audit.ts';
import { findCommitteeBySlug } from '../committees/committee-repository.ts';
import type { Committee } from '../committees/committee-tables.ts';
import type { Services } from '../services.ts';
import { type FormErrors, noErrors } from '../web/form-errors.ts';
import { notFound, parseParams, slugSchema } from '../web/params.ts';
import { listCommitteeOptions } from './follow-through-options-repository.ts';
import { defaultActionReminders, defaultResponseReminders, describeReminderSettings } from './reminder-schedule.ts';
import { readReminderSettingsForm, reminderSettingsValues } from './reminder-settings-form.ts';
import { deleteReminderSettings, findReminderSettings, listReminderSettings, saveReminderSettings } from './reminder-settings-repository.ts';

/** Each committee's reminder intervals for actions and responses, and who is chased about responses. */
export function registerReminderSettingsRoutes(app: FastifyInstance, { db }: Services): void {
  const guard = { preHandler: requirePermission('tracking:manage') };

  app.get('/manage/reminders', guard, async (request, reply) => {
    const committees = await listCommitteeOptions(db);
    const settings = await listReminderSettings(db, committees.map((c) => c.id));
    return reply.view('reminder-settings-list.njk', {
      pageTitle: 'Reminder settings',
      defaults: { actions: describeReminderSettings(defaultActionReminders), responses: describeReminderSettings(defaultResponseReminders) },
      committees: committees.map((c) => {
        const s = settings.get(c.id)!;
        return { ...c, isDefault: s.isDefault, actions: describeReminderSettings(s.actions), responses: describeReminderSettings(s.responses) };
      }),
      saved: (request.query as { saved?: string }).saved ?? null,
    });
  });

  const committeeFrom = async (params: unknown): Promise<Committee> => {
    const { committee } = parseParams({ committee: slugSchema }, params);
    return (await findCommitteeBySlug(db, committee)) ?? notFound('committee');
  };

  const showForm = (reply: FastifyReply, committee: Committee, values: Record<string, unknown>, errors: FormErrors, isDefault: boolean, status = 200) =>
    reply.code(status).view('reminder-settings-form.njk', {
      pageTitle: `${errors.summary.length ? 'Error: ' : ''}Reminders: ${committee.name}`,
      committee,
      values,
      errors,
      isDefault,
    });

  app.get('/manage/reminders/:committee', guard, async (request, reply) => {
    const committee = await committeeFrom(request.params);
    const settings = await findReminderSettings(db, committee.id);
    return showForm(reply, committee, reminderSettingsValues(settings), noErrors, settings.isDefault);
  });

  app.post('/manage/reminders/:committee', guard, async (request, reply) => {
    const committee = await committeeFrom(request.params);
    const form = readReminderSettingsForm(request.body, committee.id);
    const before = await findReminderSettings(db, committee.id);
    if (form.errors) {
      const body = (request.body ?? {}) as Record<string, unknown>;
      return showForm(reply, committee, { ...body, actionsOnDueDate: body.actionsOnDueDate === 'yes', responsesOnDueDate: body.responsesOnDueDate === 'yes' }, form.errors, before.isDefault, 400);
    }
    await withAudit(db, staffOf(request), async (trx, audit) => {
      await saveReminderSettings(trx, form.data);
      await audit({ action: 'update', entity: 'follow_through_settings', entityId: committee.id, summary: `Changed the reminders of the ${committee.name}`, before, after: form.data });
    });
    return reply.redirect(`/manage/reminders?saved=${committee.slug}`, 303);
  });

  app.post('/manage/reminders/:committee/defaults', guard, async (request, reply) => {
    const committee = await committeeFrom(request.params);
    const before = await findReminderSettings(db, committee.id);
    await withAudit(db, staffOf(request), async (trx, audit) => {
      await deleteReminderSettings(trx, committee.id);
      await audit({ action: 'delete', entity: 'follow_through_settings', entityId: committee.id, summary: `Put the reminders of the ${committee.name} back to the defaults`, before });
    });
    return reply.redirect(`/manage/reminders?saved=${committee.slug}`, 303);
  });
}
