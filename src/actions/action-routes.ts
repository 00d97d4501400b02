import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { refuse, requirePermission, staffOf } from '../accounts/access.ts';
import { hasPermission, mayUpdateAction } from '../accounts/roles.ts';
import { withAudit } from '../audit/with-audit.ts';
import { findCommitteeBySlug } from '../committees/committee-repository.ts';
import { dateInputValues } from '../committees/manage-form-fields.ts';
import { actionNumberProblem, nextActionNumber } from '../minutes/action-numbering.ts';
import type { Services } from '../services.ts';
import { actionStateLabels, type ActionState, actionStatusLabels } from '../tracking/action-status.ts';
import { parseListQuery } from '../tracking/list-query.ts';
import { formErrors, type FormErrors, noErrors } from '../web/form-errors.ts';
import { paginationView } from '../web/pagination.ts';
import { idSchema, notFound, parseParams, slugSchema } from '../web/params.ts';
import { readActionDetails, readProgressReport } from './action-forms.ts';
import { emailActionLink } from './action-link-email.ts';
import { deleteActionLinks, listLiveActionLinks } from './action-link-repository.ts';
import { actionSnapshot, type ActionDetail, countActionStates, findAction, insertAction, listActionNumbers, listActionOwners, listActions, listActionUpdates, updateActionDetails } from './action-repository.ts';
import { actionView, minuteChoiceItems, minuteChoiceValue, originLabels, ownerItems } from './action-views.ts';
import { findMinuteOfCommittee, findPersonOption, listCommitteeOptions, listMinuteOptions, listOwnerOptions } from './follow-through-options-repository.ts';
import { listSentReminders } from './reminder-log-repository.ts';
import { describeReminderSettings, nextReminderOn } from './reminder-schedule.ts';
import { findReminderSettings } from './reminder-settings-repository.ts';
import { reportProgress } from './report-progress.ts';

const PER_PAGE = 50;
const states = Object.keys(actionStateLabels) as ActionState[];
const statusFilters = ['outstanding', ...states] as const;
const statusFilterLabels: Record<(typeof statusFilters)[number], string> = { outstanding: 'Not completed', ...actionStateLabels };

/** Empty select values ("All committees") mean no filter. */
const blankToUndefined = (query: unknown) => Object.fromEntries(Object.entries((query ?? {}) as Record<string, unknown>).filter(([, v]) => v !== ''));

/**
 * The back office's action log: every committee's actions, filtered; one
 * action with its history, progress reports and reminders; adding and
 * changing actions. Those who keep the log (tracking:manage) see and change
 * everything; an action's owner (actions:update-own, e.g. a report author)
 * sees and reports on their own actions only.
 */
export function registerActionRoutes(app: FastifyInstance, { db, today, config }: Services): void {
  const anyActionGuard = { preHandler: requirePermission('actions:update-own') };
  const managerGuard = { preHandler: requirePermission('tracking:manage') };

  const loadAction = async (params: unknown): Promise<ActionDetail> => {
    const { id } = parseParams({ id: idSchema }, params);
    return (await findAction(db, id)) ?? notFound('action');
  };

  app.get('/manage/actions', anyActionGuard, async (request, reply) => {
    const staff = staffOf(request);
    const query = parseListQuery(
      { committee: slugSchema.optional(), status: z.enum(statusFilters).optional(), owner: idSchema.optional(), page: z.coerce.number().int().min(1).max(100_000).optional(), saved: z.string().optional() },
      blankToUndefined(request.query),
    );
    const keepsLog = hasPermission(staff.role, 'tracking:manage');
    const committee = query.committee ? ((await findCommitteeBySlug(db, query.committee)) ?? notFound('committee')) : undefined;
    // An owner sees their own actions; an account not linked to a person owns none.
    const ownerPersonId = keepsLog ? query.owner : (staff.personId ?? -1);
    const page = query.page ?? 1;
    const filter = { committeeId: committee?.id, state: query.status, ownerPersonId, today: today(), limit: PER_PAGE, offset: (page - 1) * PER_PAGE };
    const [{ rows, total }, counts, committees, owners] = await Promise.all([
      listActions(db, filter),
      countActionStates(db, today(), { committeeId: committee?.id, ownerPersonId }),
      keepsLog ? listCommitteeOptions(db) : Promise.resolve([]),
      keepsLog ? listActionOwners(db, committee?.id) : Promise.resolve([]),
    ]);
    const hrefFor = (n: number) => {
      const params = new URLSearchParams();
      if (query.committee) params.set('committee', query.committee);
      if (query.status) params.set('status', query.status);
      if (query.owner && keepsLog) params.set('owner', String(query.owner));
      if (n > 1) params.set('page', String(n));
      const search = params.toString();
      return `/manage/actions${search ? `?${search}` : ''}`;
    };
    const outstanding = counts.open + counts['in-progress'] + counts.overdue;
    const countOf = (s: (typeof statusFilters)[number]) => (s === 'outstanding' ? outstanding : counts[s]);
    return reply.view('manage-actions.njk', {
      pageTitle: committee ? `Actions: ${committee.name}` : keepsLog ? 'Actions' : 'Your actions',
      keepsLog,
      linkedToPerson: staff.personId !== null,
      committee,
      actions: rows.map((row) => actionView(row, today())),
      total,
      filters: query,
      committeeItems: [{ value: '', text: 'All committees' }, ...committees.map((c) => ({ value: c.slug, text: c.isActive ? c.name : `${c.name} (inactive)`, selected: c.slug === query.committee }))],
      statusItems: [{ value: '', text: 'Any status' }, ...statusFilters.map((s) => ({ value: s, text: `${statusFilterLabels[s]} (${countOf(s)})`, selected: s === query.status }))],
      ownerItems: [{ value: '', text: 'Anyone' }, ...owners.map((o) => ({ value: String(o.personId), text: `${o.name} (${o.outstanding} not completed)`, selected: o.personId === query.owner }))],
      pagination: paginationView(page, Math.ceil(total / PER_PAGE), hrefFor),
      firstShown: total === 0 ? 0 : (page - 1) * PER_PAGE + 1,
      lastShown: Math.min(total, page * PER_PAGE),
    });
  });

  // ── Adding an action: first the committee, then the meeting and the details ──

  const showDetailsForm = async (
    reply: FastifyReply,
    view: { committeeId: number; committeeName: string; committeeSlug: string; actionId?: number; noMeeting?: boolean; values: Record<string, unknown>; errors: FormErrors },
    status = 200,
  ) => {
    const [minutes, people] = await Promise.all([listMinuteOptions(db, view.committeeId, '9999-12-31'), listOwnerOptions(db)]);
    const values = view.values;
    return reply.code(status).view('manage-action-form.njk', {
      pageTitle: `${view.errors.summary.length ? 'Error: ' : ''}${view.actionId ? 'Change the action' : 'Add an action'}`,
      ...view,
      minuteItems: minuteChoiceItems(minutes, typeof values.minute === 'string' ? values.minute : null, view.noMeeting ? 'Not recorded (as imported)' : undefined),
      ownerItems: ownerItems(people, values.ownerPersonId ? Number(values.ownerPersonId) : null),
      dueOnParts: values.dueOnParts ?? { day: values['dueOn-day'] ?? '', month: values['dueOn-month'] ?? '', year: values['dueOn-year'] ?? '' },
    });
  };

  app.get('/manage/actions/new', managerGuard, async (request, reply) => {
    const { committee: slug } = parseListQuery({ committee: slugSchema.optional() }, blankToUndefined(request.query));
    if (!slug) {
      const committees = await listCommitteeOptions(db);
      return reply.view('manage-action-committee.njk', {
        pageTitle: 'Add an action',
        committeeItems: committees.filter((c) => c.isActive).map((c) => ({ value: c.slug, text: c.name })),
      });
    }
    const committee = (await findCommitteeBySlug(db, slug)) ?? notFound('committee');
    const number = nextActionNumber(await listActionNumbers(db, committee.id));
    return showDetailsForm(reply, { committeeId: committee.id, committeeName: committee.name, committeeSlug: committee.slug, values: { number }, errors: noErrors });
  });

  app.post('/manage/actions', managerGuard, async (request, reply) => {
    const body = (request.body ?? {}) as Record<string, unknown>;
    const committee = (await findCommitteeBySlug(db, String(body.committee ?? ''))) ?? notFound('committee');
    const form = await checkedDetails(body, committee.id, null);
    const view = { committeeId: committee.id, committeeName: committee.name, committeeSlug: committee.slug };
    if (!form.ok) return showDetailsForm(reply, { ...view, values: body, errors: form.errors }, 400);
    const numbers = await listActionNumbers(db, committee.id);
    const number = form.values.number ?? nextActionNumber(numbers);
    const id = await withAudit(db, staffOf(request), async (trx, audit) => {
      const id = await insertAction(trx, { ...form.values, committeeId: committee.id, number });
      await audit({ action: 'create', entity: 'action', entityId: id, summary: `Added action ${number} to the ${committee.name} action log`, after: await actionSnapshot(trx, id) });
      return id;
    });
    return reply.redirect(`/manage/actions/${id}?saved=added`, 303);
  });

  /** The details form, checked against the database: the meeting is the committee's, the number is free, the owner exists. */
  async function checkedDetails(body: Record<string, unknown>, committeeId: number, action: ActionDetail | null) {
    const actionId = action?.id ?? null;
    // An imported action that names no meeting may keep none; a new one must say where it was agreed.
    const form = readActionDetails(body, { minuteRequired: action === null || action.meetingId !== null });
    if (form.errors) return { ok: false as const, errors: form.errors };
    const data = form.data;
    const noMeeting = { meetingId: null, agendaItemId: null };
    const choice = data.minute === null ? null : data.minute.kind === 'meeting' ? { meetingId: data.minute.id, agendaItemId: null } : await itemChoice(data.minute.id);
    const minute = data.minute === null ? noMeeting : choice && (await findMinuteOfCommittee(db, committeeId, choice));
    const owner = data.ownerPersonId === null ? null : await findPersonOption(db, data.ownerPersonId);
    const numbers = data.number ? (await db.selectFrom('action').select(['id', 'number']).where('committeeId', '=', committeeId).execute()).filter((a) => a.id !== actionId).map((a) => a.number) : [];
    const errors = formErrors({
      minute: minute ? null : 'Select the meeting and item that raised the action',
      ownerPersonId: data.ownerPersonId !== null && !owner ? 'Choose an owner from the list' : null,
      number: data.number ? actionNumberProblem(data.number, numbers) : null,
    });
    if (errors.summary.length > 0 || !minute) return { ok: false as const, errors };
    return {
      ok: true as const,
      values: {
        meetingId: minute.meetingId,
        agendaItemId: minute.agendaItemId,
        number: data.number,
        description: data.description,
        ownerPersonId: owner?.id ?? null,
        // The name as typed when no person is chosen ("Clerk to the committee"); the person's own name otherwise.
        ownerName: owner ? owner.fullName : data.ownerName,
        directorate: data.directorate ?? owner?.directorate ?? null,
        dueOn: data.dueOn,
        dueText: data.dueText,
      },
    };
  }

  async function itemChoice(agendaItemId: number) {
    const item = await db.selectFrom('agendaItem').select(['id', 'meetingId']).where('id', '=', agendaItemId).executeTakeFirst();
    return item ? { meetingId: item.meetingId, agendaItemId: item.id } : undefined;
  }

  // ── One action ──

  const showAction = async (request: FastifyRequest, reply: FastifyReply, action: ActionDetail, progress: { values: Record<string, unknown>; errors: FormErrors }, status = 200) => {
    const staff = staffOf(request);
    const now = new Date();
    const [updates, settings, sent, links] = await Promise.all([
      listActionUpdates(db, action.id),
      findReminderSettings(db, action.committeeId),
      listSentReminders(db, 'action', [action.id]),
      listLiveActionLinks(db, action.id, now),
    ]);
    const view = actionView(action, today());
    const saved = (request.query as { saved?: string }).saved;
    return reply.code(status).view('manage-action.njk', {
      pageTitle: `${progress.errors.summary.length ? 'Error: ' : ''}Action ${action.number ?? ''}: ${action.committeeName}`.replace('Action : ', 'Action: '),
      action: view,
      keepsLog: hasPermission(staff.role, 'tracking:manage'),
      updates,
      originLabel: originLabels[action.origin],
      reminders: {
        description: describeReminderSettings(settings.actions),
        isDefault: settings.isDefault,
        next: action.ownerEmail ? nextReminderOn({ dueOn: action.dueOn, done: action.status === 'completed' }, today(), settings.actions) : null,
        sent: (sent.get(action.id) ?? []).slice().reverse(),
      },
      links,
      progress,
      statusItems: (['open', 'in-progress', 'completed'] as const).map((s) => ({ value: s, text: actionStatusLabels[s], checked: (progress.values.status ?? action.status) === s })),
      completedOnParts: progress.values.completedOnParts ?? dateInputValues(action.completedOn ?? (action.status === 'completed' ? null : today())),
      saved: saved === 'added' ? 'Action added' : saved === 'changed' ? 'Action changed' : saved === 'progress' ? 'Progress recorded' : saved === 'link' ? 'Email sent to the owner' : null,
    });
  };

  app.get('/manage/actions/:id', anyActionGuard, async (request, reply) => {
    const action = await loadAction(request.params);
    if (!mayUpdateAction(staffOf(request), action)) return refuse(reply);
    return showAction(request, reply, action, { values: {}, errors: noErrors });
  });

  app.post('/manage/actions/:id/progress', anyActionGuard, async (request, reply) => {
    const action = await loadAction(request.params);
    const staff = staffOf(request);
    if (!mayUpdateAction(staff, action)) return refuse(reply);
    const form = readProgressReport(request.body, action, today());
    if (form.errors) {
      const body = request.body as Record<string, unknown>;
      const values = { ...body, completedOnParts: { day: body['completedOn-day'] ?? '', month: body['completedOn-month'] ?? '', year: body['completedOn-year'] ?? '' } };
      return showAction(request, reply, action, { values, errors: form.errors }, 400);
    }
    await reportProgress(db, action, form.data, { kind: 'staff', actor: staff, personId: staff.personId }, today());
    return reply.redirect(`/manage/actions/${action.id}?saved=progress`, 303);
  });

  app.get('/manage/actions/:id/edit', managerGuard, async (request, reply) => {
    const action = await loadAction(request.params);
    return showDetailsForm(reply, {
      committeeId: action.committeeId,
      committeeName: action.committeeName,
      committeeSlug: action.committeeSlug,
      actionId: action.id,
      noMeeting: action.meetingId === null,
      values: {
        minute: action.meetingId ? minuteChoiceValue({ meetingId: action.meetingId, agendaItemId: action.agendaItemId }) : '',
        number: action.number,
        description: action.description,
        ownerPersonId: action.ownerPersonId,
        ownerName: action.ownerPersonId ? '' : action.recordedOwnerName,
        directorate: action.directorate,
        dueOnParts: dateInputValues(action.dueOn),
        dueText: action.dueText,
      },
      errors: noErrors,
    });
  });

  app.post('/manage/actions/:id', managerGuard, async (request, reply) => {
    const action = await loadAction(request.params);
    const body = (request.body ?? {}) as Record<string, unknown>;
    const form = await checkedDetails(body, action.committeeId, action);
    const view = { committeeId: action.committeeId, committeeName: action.committeeName, committeeSlug: action.committeeSlug, actionId: action.id, noMeeting: action.meetingId === null };
    if (!form.ok) return showDetailsForm(reply, { ...view, values: body, errors: form.errors }, 400);
    const number = form.values.number ?? action.number ?? nextActionNumber(await listActionNumbers(db, action.committeeId));
    await withAudit(db, staffOf(request), async (trx, audit) => {
      const before = await actionSnapshot(trx, action.id);
      await updateActionDetails(trx, action.id, { ...form.values, number });
      // A link names the person it was sent to: it must not outlive their ownership.
      const withdrawn = form.values.ownerPersonId !== action.ownerPersonId ? await deleteActionLinks(trx, action.id) : 0;
      await audit({
        action: 'update',
        entity: 'action',
        entityId: action.id,
        summary: `Changed action ${number} of the ${action.committeeName} action log${withdrawn ? `; withdrew ${withdrawn} update ${withdrawn === 1 ? 'link' : 'links'} sent to the previous owner` : ''}`,
        before,
        after: await actionSnapshot(trx, action.id),
      });
    });
    return reply.redirect(`/manage/actions/${action.id}?saved=changed`, 303);
  });

  app.post('/manage/actions/:id/link', managerGuard, async (request, reply) => {
    const action = await loadAction(request.params);
    const staff = staffOf(request);
    const result = await withAudit(db, staff, async (trx, audit) => {
      const sent = await emailActionLink(trx, action, { publicUrl: config.publicUrl, now: new Date(), today: today() });
      if ('sentTo' in sent) {
        await audit({ action: 'send-link', entity: 'action', entityId: action.id, summary: `Emailed ${action.ownerName ?? 'the owner'} a link to update action ${action.number ?? action.id}`, after: { sentTo: sent.sentTo, expiresAt: sent.expiresAt } });
      }
      return sent;
    });
    if ('problem' in result) {
      const message = result.problem === 'no-owner' ? 'Choose a person as the owner before sending them a link' : `${action.ownerName} has no email address in Gavel: add one to their record first`;
      return showAction(request, reply, action, { values: {}, errors: formErrors({ link: message }) }, 400);
    }
    return reply.redirect(`/manage/actions/${action.id}?saved=link`, 303);
  });
}
