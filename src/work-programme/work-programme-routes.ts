import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { requirePermission, staffOf } from '../accounts/access.ts';
import { hasPermission } from '../accounts/roles.ts';
import { withAudit } from '../audit/with-audit.ts';
import { findCommitteeBySlug } from '../committees/committee-repository.ts';
import type { Committee } from '../committees/committee-tables.ts';
import { clockTimeInputValue, confirmWarningsMessage, dateInputValues, warningsConfirmation, warningsFingerprint } from '../committees/manage-form-fields.ts';
import type { Services } from '../services.ts';
import { parseListQuery } from '../tracking/list-query.ts';
import { formErrors, type FormErrors, noErrors } from '../web/form-errors.ts';
import { formatDateLong } from '../web/format.ts';
import { idSchema, notFound, parseParams, slugSchema } from '../web/params.ts';
import { findSuggestionSender, listSuggestionsAwaiting } from './suggestion-repository.ts';
import { readTriageForm } from './suggestion-triage.ts';
import { listCurrentMembers } from './task-and-finish-repository.ts';
import { triageSuggestion } from './triage-suggestion.ts';
import { taskAndFinishMembershipWarnings, type MembershipWarning } from './task-and-finish-membership.ts';
import { arrangeAppendix } from './work-programme-appendix.ts';
import { describeChange } from './work-programme-history.ts';
import { addableKinds, type ItemFormValues, originKinds, readItemForm, readMoveForm, readPositionForm } from './work-programme-item-form.ts';
import { planMove, SESSION_KINDS } from './work-programme-move.ts';
import {
  findItem,
  findMeetingChoice,
  findOfficer,
  insertChange,
  insertItem,
  itemSnapshot,
  listChanges,
  listCommitteeMeetings,
  listGroupChoices,
  listOfficers,
  listOpenItems,
  listProgrammeCommittees,
  listProgrammeItems,
  listYears,
  type ManagedItem,
  updateItemDetails,
  updateItemPlace,
  updateItemStanding,
} from './work-programme-repository.ts';
import { chooseYear, itemRow, kindLabels, originLabels, statusLabels, yearParam } from './work-programme-views.ts';

const banners: Record<string, string> = {
  added: 'The item is added to the work programme.',
  saved: 'The item’s details are saved.',
  moved: 'The item is moved. The move is in its history.',
  position: 'The current position is saved.',
  accepted: 'The suggestion is accepted as a potential item, and the resident has been emailed.',
  rejected: 'The suggestion is not taken forward, and the resident has been emailed the reason.',
  merged: 'The suggestion is merged, and the resident has been emailed.',
};

const positionStatuses = ['planned', 'in-progress', 'completed', 'deferred', 'rejected'] as const;

/**
 * The back office's work programmes: every committee's, one committee's
 * year, adding and changing items, moving them between meetings (each move
 * kept in the item's history), and recording where each stands. Staff who
 * read the back office see them; those who keep the programme
 * (tracking:manage) change them.
 */
export function registerWorkProgrammeRoutes(app: FastifyInstance, { db, today, config }: Services): void {
  const readGuard = { preHandler: requirePermission('back-office:read') };
  const manageGuard = { preHandler: requirePermission('tracking:manage') };

  const committeeFrom = async (params: unknown): Promise<Committee> => {
    const { committee } = parseParams({ committee: slugSchema }, params);
    return (await findCommitteeBySlug(db, committee)) ?? notFound('committee');
  };
  const itemFrom = async (params: unknown): Promise<ManagedItem> => {
    const { item } = parseParams({ item: idSchema }, params);
    return (await findItem(db, item)) ?? notFound('work programme item');
  };
  const programmeHref = (item: { committeeSlug: string; yearLabel: string | null }) =>
    `/manage/committees/${item.committeeSlug}/work-programme${item.yearLabel ? `?year=${yearParam(item.yearLabel)}` : ''}`;

  app.get('/manage/work-programme', readGuard, async (_request, reply) => {
    const committees = await listProgrammeCommittees(db);
    return reply.view('work-programme-index.njk', { pageTitle: 'Work programmes', committees });
  });

  app.get('/manage/committees/:committee/work-programme', readGuard, async (request, reply) => {
    const committee = await committeeFrom(request.params);
    const query = parseListQuery({ year: z.string().regex(/^\d{4}-\d{2}$/).optional(), saved: z.string().optional() }, request.query);
    const years = await listYears(db);
    const year = chooseYear(years, query.year, today());
    if (year === null) notFound('municipal year');
    const [items, meetings, awaiting] = await Promise.all([
      year ? listProgrammeItems(db, committee.id, year) : Promise.resolve([]),
      year ? listCommitteeMeetings(db, committee.id, { from: year.startsOn, to: year.endsOn }) : Promise.resolve([]),
      listSuggestionsAwaiting(db, committee.id),
    ]);
    const rows = items.map(itemRow);
    const programme = arrangeAppendix(rows, meetings);
    const yearQuery = year ? `?year=${yearParam(year.label)}` : '';
    return reply.view('work-programme-manage.njk', {
      pageTitle: `Work programme${year ? ` ${year.label}` : ''}: ${committee.name}`,
      committee,
      year,
      yearQuery,
      years: years.map((y) => ({ label: y.label, href: `?year=${yearParam(y.label)}`, current: y.id === year?.id })),
      programme,
      awaiting,
      closed: rows.filter((r) => r.status === 'merged' || (r.status === 'rejected' && r.kind !== 'public-suggestion')),
      mayManage: hasPermission(staffOf(request).role, 'tracking:manage'),
      banner: query.saved ? banners[query.saved] : undefined,
      addKinds: addableKinds.map((kind) => ({ kind, text: kindLabels[kind] })),
    });
  });

  // ── Adding and changing an item ──

  interface FormView {
    committee: { id: number; slug: string; name: string };
    yearId: number | null;
    yearLabel: string | null;
    item?: ManagedItem;
    values: Record<string, unknown>;
    errors: FormErrors;
    warnings?: MembershipWarning[];
  }

  const showForm = async (reply: FastifyReply, view: FormView, status = 200) => {
    const [meetings, officers, groups, pastMeetings] = await Promise.all([
      listCommitteeMeetings(db, view.committee.id, { from: today() }),
      listOfficers(db),
      listGroupChoices(db, view.committee.id),
      listCommitteeMeetings(db, view.committee.id, { to: today() }),
    ]);
    const v = view.values;
    const selected = (name: string) => String(v[name] ?? '');
    const option = (value: string, text: string, name: string) => ({ value, text, selected: selected(name) === value });
    const editing = Boolean(view.item);
    return reply.code(status).view('work-programme-item-form.njk', {
      pageTitle: `${view.errors.summary.length ? 'Error: ' : ''}${editing ? `Change ${view.item!.title}` : 'Add an item to the work programme'}`,
      ...view,
      editing,
      action: editing ? `/manage/work-programme/${view.item!.id}` : `/manage/committees/${view.committee.slug}/work-programme`,
      backHref: editing ? `/manage/work-programme/${view.item!.id}` : `/manage/committees/${view.committee.slug}/work-programme${view.yearLabel ? `?year=${yearParam(view.yearLabel)}` : ''}`,
      kindItems: addableKinds.map((kind) => ({ value: kind, text: kindLabels[kind], checked: selected('kind') === kind })),
      originItems: [{ value: '', text: 'Not recorded' }, ...originKinds.map((kind) => option(kind, originLabels[kind], 'raisedByKind'))],
      meetingItems: [{ value: '', text: 'No meeting yet' }, ...meetings.filter((m) => m.status !== 'cancelled').map((m) => option(String(m.id), formatDateLong(m.date), 'meetingId'))],
      pastMeetingItems: [{ value: '', text: 'None' }, ...pastMeetings.reverse().map((m) => option(String(m.id), formatDateLong(m.date), 'raisedAtMeetingId'))],
      officerItems: [{ value: '', text: 'Not in the list' }, ...officers.map((o) => option(String(o.id), o.jobTitle ? `${o.fullName}, ${o.jobTitle}` : o.fullName, 'leadOfficerPersonId'))],
      groupItems: [{ value: '', text: 'Choose a group' }, ...groups.map((g) => option(String(g.id), g.isActive ? g.name : `${g.name} (inactive)`, 'taskAndFinishCommitteeId'))],
      sessionOnParts: v.sessionOnParts ?? { day: v['sessionOn-day'] ?? '', month: v['sessionOn-month'] ?? '', year: v['sessionOn-year'] ?? '' },
      warningsShown: view.warnings ? warningsFingerprint(view.warnings) : '',
    });
  };

  /** The form checked against the database: the meeting is the committee's and still to come, the officer and group exist. */
  async function checkedItem(body: Record<string, unknown>, committee: Committee, existing: ManagedItem | undefined) {
    const form = readItemForm(body);
    if (!form.ok) return { ok: false as const, errors: form.errors };
    const values = form.values;
    const messages: Record<string, string | null> = {};
    let kind = values.kind;
    let municipalYearId: number | null = null;
    if (!existing) {
      const meeting = values.meetingId === null ? null : await findMeetingChoice(db, values.meetingId);
      if (values.meetingId !== null && !meeting) messages.meetingId = 'Choose the meeting from the list';
      else if (meeting) {
        const move = planMove({ committeeId: committee.id, kind, status: 'planned', municipalYearId: null, meetingId: null, meetingOn: null }, meeting, today());
        if (move.ok) ({ kind, municipalYearId } = move.move);
        else messages.meetingId = move.problem;
      } else if (kind === 'scheduled') {
        messages.meetingId = 'Choose the meeting it is scheduled for, or add it as a potential item';
      }
    }
    if (values.raisedAtMeetingId !== null) {
      const raisedAt = await findMeetingChoice(db, values.raisedAtMeetingId);
      if (raisedAt?.committeeId !== committee.id) messages.raisedAtMeetingId = 'Choose the meeting from the list';
    }
    const officer = values.leadOfficerPersonId === null ? null : await findOfficer(db, values.leadOfficerPersonId);
    if (values.leadOfficerPersonId !== null && !officer) messages.leadOfficerPersonId = 'Choose the lead officer from the list';
    let warnings: MembershipWarning[] = [];
    if (values.taskAndFinishCommitteeId !== null) {
      const group = (await listGroupChoices(db, committee.id)).find((g) => g.id === values.taskAndFinishCommitteeId);
      if (!group) messages.taskAndFinishCommitteeId = 'Choose the group from the list';
      else {
        const [members, parent] = await Promise.all([listCurrentMembers(db, group.id, today()), listCurrentMembers(db, committee.id, today())]);
        warnings = taskAndFinishMembershipWarnings(members, new Set(parent.filter((m) => !m.isSubstitute).map((m) => m.personId)));
      }
    }
    const errors = formErrors(messages);
    if (errors.summary.length) return { ok: false as const, errors };
    const item: ItemFormValues & { municipalYearId: number | null } = {
      ...values,
      kind,
      municipalYearId,
      // The person's own name when one is chosen; the name as typed otherwise ("Clerk to the committee").
      leadOfficerName: officer ? officer.fullName : values.leadOfficerName,
    };
    return { ok: true as const, item, warnings };
  }

  const formYear = async (query: unknown) => {
    const { year: asked } = parseListQuery({ year: z.string().regex(/^\d{4}-\d{2}$/).optional(), kind: z.enum(addableKinds).optional() }, query);
    const year = chooseYear(await listYears(db), asked, today());
    if (year === null) notFound('municipal year');
    return year;
  };

  app.get('/manage/committees/:committee/work-programme/new', manageGuard, async (request, reply) => {
    const committee = await committeeFrom(request.params);
    const year = await formYear(request.query);
    const kind = (request.query as { kind?: string }).kind;
    return showForm(reply, { committee, yearId: year?.id ?? null, yearLabel: year?.label ?? null, values: { kind: kind ?? '' }, errors: noErrors });
  });

  app.post('/manage/committees/:committee/work-programme', manageGuard, async (request, reply) => {
    const committee = await committeeFrom(request.params);
    const body = (request.body ?? {}) as Record<string, unknown>;
    const year = chooseYear(await listYears(db), String(body.year ?? '') || undefined, today()) ?? undefined;
    const view = { committee, yearId: year?.id ?? null, yearLabel: year?.label ?? null, values: body };
    const checked = await checkedItem(body, committee, undefined);
    if (!checked.ok) return showForm(reply, { ...view, errors: checked.errors }, 400);
    const decision = warningsConfirmation(checked.warnings, body);
    if (decision === 'show') return showForm(reply, { ...view, errors: noErrors, warnings: checked.warnings });
    if (decision === 'unconfirmed') return showForm(reply, { ...view, errors: formErrors({ confirmWarnings: confirmWarningsMessage }), warnings: checked.warnings }, 400);
    const staff = staffOf(request);
    const { currentPosition, meetingId, municipalYearId, ...details } = checked.item;
    const id = await withAudit(db, staff, async (trx, audit) => {
      const id = await insertItem(trx, { ...details, committeeId: committee.id, municipalYearId: municipalYearId ?? year?.id ?? null, meetingId, currentPosition, status: 'planned', forwardPlanEntryId: null });
      const meeting = meetingId === null ? null : await findMeetingChoice(trx, meetingId);
      await insertChange(trx, { workProgrammeItemId: id, changedOn: today(), changedByStaffUserId: staff.id, changedByName: staff.name, change: 'added', toMeetingId: meeting?.id ?? null, toMeetingOn: meeting?.date ?? null, currentPosition, status: 'planned' });
      await audit({ action: 'create', entity: 'work_programme_item', entityId: id, summary: `Added “${details.title}” to the ${committee.name} work programme`, after: await itemSnapshot(trx, id) });
      return id;
    });
    return reply.redirect(`/manage/work-programme/${id}?saved=added`, 303);
  });

  const suggestionsAreTriaged = (request: FastifyRequest, reply: FastifyReply, item: ManagedItem) =>
    showItem(request, reply, item, { errors: formErrors({ decision: 'A suggestion from the public is triaged rather than changed: accept it, and then change the item' }), values: {} }, 409);

  app.get('/manage/work-programme/:item/edit', manageGuard, async (request, reply) => {
    const item = await itemFrom(request.params);
    if (item.kind === 'public-suggestion') return suggestionsAreTriaged(request, reply, item);
    return showForm(reply, {
      committee: { id: item.committeeId, slug: item.committeeSlug, name: item.committeeName },
      yearId: item.municipalYearId,
      yearLabel: item.yearLabel,
      item,
      values: {
        ...item,
        sessionOnParts: dateInputValues(item.sessionOn),
        sessionStartsAt: clockTimeInputValue(item.sessionStartsAt?.slice(0, 5)),
        sessionEndsAt: clockTimeInputValue(item.sessionEndsAt?.slice(0, 5)),
      },
      errors: noErrors,
    });
  });

  app.post('/manage/work-programme/:item', manageGuard, async (request, reply) => {
    const item = await itemFrom(request.params);
    if (item.kind === 'public-suggestion') return suggestionsAreTriaged(request, reply, item);
    const committee = (await findCommitteeBySlug(db, item.committeeSlug))!;
    const body = (request.body ?? {}) as Record<string, unknown>;
    // The meeting changes only by moving, so that every move is in the history.
    const values = { ...body, meetingId: '' };
    const view = { committee, yearId: item.municipalYearId, yearLabel: item.yearLabel, item, values: body };
    const checked = await checkedItem(values, committee, item);
    if (!checked.ok) return showForm(reply, { ...view, errors: checked.errors }, 400);
    if (SESSION_KINDS.includes(checked.item.kind) && item.meetingId !== null) {
      return showForm(reply, { ...view, errors: formErrors({ kind: 'Take the item off its meeting before making it a workshop or briefing note' }) }, 400);
    }
    if (checked.item.kind === 'scheduled' && item.meetingId === null) {
      return showForm(reply, { ...view, errors: formErrors({ kind: 'Move the item to a meeting to schedule it: an item without a meeting is a potential item' }) }, 400);
    }
    const decision = warningsConfirmation(checked.warnings, body);
    if (decision === 'show') return showForm(reply, { ...view, errors: noErrors, warnings: checked.warnings });
    if (decision === 'unconfirmed') return showForm(reply, { ...view, errors: formErrors({ confirmWarnings: confirmWarningsMessage }), warnings: checked.warnings }, 400);
    const staff = staffOf(request);
    const { kind, title, purpose, scrutinyType, raisedByKind, raisedBy, raisedAtMeetingId, leadOfficerName, leadOfficerPersonId, sessionOn, sessionStartsAt, sessionEndsAt, taskAndFinishCommitteeId } = checked.item;
    const details = { kind, title, purpose, scrutinyType, raisedByKind, raisedBy, raisedAtMeetingId, leadOfficerName, leadOfficerPersonId, sessionOn, sessionStartsAt, sessionEndsAt, taskAndFinishCommitteeId };
    await withAudit(db, staff, async (trx, audit) => {
      const before = await itemSnapshot(trx, item.id);
      await updateItemDetails(trx, item.id, details);
      const after = await itemSnapshot(trx, item.id);
      const changed = changedFields(before, after);
      if (changed.length) {
        await insertChange(trx, { workProgrammeItemId: item.id, changedOn: today(), changedByStaffUserId: staff.id, changedByName: staff.name, change: 'details', note: `Changed: ${changed.join(', ')}` });
      }
      await audit({ action: 'update', entity: 'work_programme_item', entityId: item.id, summary: `Changed “${details.title}” on the ${item.committeeName} work programme`, before, after });
    });
    return reply.redirect(`/manage/work-programme/${item.id}?saved=saved`, 303);
  });

  // ── One item: its place, its position, its history ──

  const showItem = async (request: FastifyRequest, reply: FastifyReply, item: ManagedItem, forms: { errors: FormErrors; values: Record<string, unknown> } = { errors: noErrors, values: {} }, status = 200) => {
    const [history, meetings, sender, mergeTargets] = await Promise.all([
      listChanges(db, item.id),
      listCommitteeMeetings(db, item.committeeId, { from: today() }),
      hasPermission(staffOf(request).role, 'tracking:manage') ? findSuggestionSender(db, item.id) : Promise.resolve(undefined),
      item.status === 'suggested' ? listOpenItems(db, item.committeeId) : Promise.resolve([]),
    ]);
    const saved = (request.query as { saved?: string }).saved;
    const movable = !SESSION_KINDS.includes(item.kind) && !['completed', 'rejected', 'merged', 'suggested'].includes(item.status);
    const selectedTo = String(forms.values.to ?? '');
    return reply.code(status).view('work-programme-item.njk', {
      pageTitle: `${forms.errors.summary.length ? 'Error: ' : ''}${item.title}: ${item.committeeName} work programme`,
      item: itemRow(item),
      programmeHref: programmeHref(item),
      mayManage: hasPermission(staffOf(request).role, 'tracking:manage'),
      banner: saved ? banners[saved] : undefined,
      errors: forms.errors,
      values: forms.values,
      movable,
      moveItems: [
        { value: '', text: 'Choose a meeting' },
        ...meetings.filter((m) => m.id !== item.meetingId && m.status !== 'cancelled').map((m) => ({ value: String(m.id), text: formatDateLong(m.date), selected: selectedTo === String(m.id) })),
        ...(item.meetingId !== null ? [{ value: 'none', text: 'No meeting: not yet scheduled', selected: selectedTo === 'none' }] : []),
      ],
      statusItems: positionStatuses.map((s) => ({ value: s, text: statusLabels[s], checked: String(forms.values.status ?? item.status) === s })),
      history: history.map((h) => ({ ...h, text: describeChange(h) })),
      sender,
      mergeItems: [
        { value: '', text: 'Choose an item' },
        ...mergeTargets.map((t) => ({ value: String(t.id), text: t.yearLabel ? `${t.title} (${t.yearLabel})` : t.title, selected: String(forms.values.mergeInto ?? '') === String(t.id) })),
      ],
    });
  };

  app.get('/manage/work-programme/:item', readGuard, async (request, reply) => showItem(request, reply, await itemFrom(request.params)));

  app.post('/manage/work-programme/:item/move', manageGuard, async (request, reply) => {
    const item = await itemFrom(request.params);
    const body = (request.body ?? {}) as Record<string, unknown>;
    const form = readMoveForm(body);
    if (!form.ok) return showItem(request, reply, item, { errors: form.errors, values: body }, 400);
    const to = form.to === null ? null : await findMeetingChoice(db, form.to);
    if (form.to !== null && !to) return showItem(request, reply, item, { errors: formErrors({ to: 'Choose the meeting to move the item to' }), values: body }, 400);
    const plan = planMove({ ...item, meetingOn: item.meetingDate }, to ?? null, today());
    if (!plan.ok) return showItem(request, reply, item, { errors: formErrors({ to: plan.problem }), values: body }, 400);
    const staff = staffOf(request);
    const { change, ...place } = plan.move;
    await withAudit(db, staff, async (trx, audit) => {
      const before = await itemSnapshot(trx, item.id);
      await updateItemPlace(trx, item.id, place);
      await insertChange(trx, { workProgrammeItemId: item.id, changedOn: today(), changedByStaffUserId: staff.id, changedByName: staff.name, ...change, note: form.note });
      const summary = describeChange({ ...change, currentPosition: null, status: null });
      await audit({ action: 'move', entity: 'work_programme_item', entityId: item.id, summary: `${summary}: “${item.title}” (${item.committeeName})`, before, after: await itemSnapshot(trx, item.id) });
    });
    return reply.redirect(`/manage/work-programme/${item.id}?saved=moved#history`, 303);
  });

  app.post('/manage/work-programme/:item/position', manageGuard, async (request, reply) => {
    const item = await itemFrom(request.params);
    const body = (request.body ?? {}) as Record<string, unknown>;
    if (item.status === 'suggested' || item.status === 'merged') {
      return showItem(request, reply, item, { errors: formErrors({ currentPosition: 'Decide on the suggestion first' }), values: body }, 409);
    }
    const form = readPositionForm(body);
    if (!form.ok) return showItem(request, reply, item, { errors: form.errors, values: body }, 400);
    const { currentPosition, status, note } = form.values;
    if (currentPosition === item.currentPosition && status === item.status) {
      return showItem(request, reply, item, { errors: formErrors({ currentPosition: 'Change the current position or the status to record an update' }), values: body }, 400);
    }
    const staff = staffOf(request);
    await withAudit(db, staff, async (trx, audit) => {
      const before = await itemSnapshot(trx, item.id);
      await updateItemStanding(trx, item.id, { currentPosition, status });
      await insertChange(trx, { workProgrammeItemId: item.id, changedOn: today(), changedByStaffUserId: staff.id, changedByName: staff.name, change: 'position', currentPosition, status, note });
      await audit({ action: 'update', entity: 'work_programme_item', entityId: item.id, summary: `Updated the position of “${item.title}” (${item.committeeName}): ${statusLabels[status]}`, before, after: await itemSnapshot(trx, item.id) });
    });
    return reply.redirect(`/manage/work-programme/${item.id}?saved=position#history`, 303);
  });

  app.post('/manage/work-programme/:item/triage', manageGuard, async (request, reply) => {
    const item = await itemFrom(request.params);
    const body = (request.body ?? {}) as Record<string, unknown>;
    const sender = await findSuggestionSender(db, item.id);
    if (!sender || item.status !== 'suggested') {
      const message = sender ? 'A decision on this suggestion has been recorded already' : 'Only a suggestion from the public is triaged';
      return showItem(request, reply, item, { errors: formErrors({ decision: message }), values: body }, 409);
    }
    const form = readTriageForm(body);
    if (!form.ok) return showItem(request, reply, item, { errors: form.errors, values: body }, 400);
    let target: ManagedItem | undefined;
    if (form.form.decision === 'merge') {
      target = await findItem(db, form.form.mergeInto!);
      const open = target && target.committeeId === item.committeeId && target.id !== item.id && ['planned', 'in-progress', 'deferred'].includes(target.status) && target.kind !== 'public-suggestion';
      if (!open) return showItem(request, reply, item, { errors: formErrors({ mergeInto: 'Choose an item of this committee’s work programme that is still open' }), values: body }, 400);
    }
    const outcome = await triageSuggestion(db, staffOf(request), { item, sender, form: form.form, target, today: today(), publicUrl: config.publicUrl });
    return reply.redirect(`/manage/work-programme/${item.id}?saved=${outcome.decision}`, 303);
  });
}

const fieldNames: Record<string, string> = {
  kind: 'kind',
  title: 'title',
  purpose: 'purpose',
  scrutinyType: 'type of scrutiny',
  raisedByKind: 'origin',
  raisedBy: 'who raised it',
  raisedAtMeetingId: 'meeting that asked for it',
  leadOfficerName: 'lead officer',
  sessionOn: 'date',
  sessionStartsAt: 'start time',
  sessionEndsAt: 'end time',
  taskAndFinishCommitteeId: 'group',
};

/** The fields an edit changed, in words, for the history. */
function changedFields(before: Record<string, unknown> | null, after: Record<string, unknown> | null): string[] {
  if (!before || !after) return [];
  return Object.keys(fieldNames).filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key])).map((key) => fieldNames[key]!);
}
