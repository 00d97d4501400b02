import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { requirePermission, staffOf } from '../accounts/access.ts';
import { hasPermission } from '../accounts/roles.ts';
import { withAudit } from '../audit/with-audit.ts';
import { findCommitteeById } from '../committees/committee-repository.ts';
import { dateInputValues } from '../committees/manage-form-fields.ts';
import { decisionDay } from '../deadlines/key-decision-notice.ts';
import type { Services } from '../services.ts';
import { decisionKindLabels } from '../tracking/forward-plan-views.ts';
import { parseListQuery } from '../tracking/list-query.ts';
import { formErrors, type FormErrors, noErrors } from '../web/form-errors.ts';
import { formatDateLong } from '../web/format.ts';
import { idSchema, notFound, parseParams } from '../web/params.ts';
import { findOfficer, findYearOn, insertChange, insertItem, itemSnapshot, listOfficers } from '../work-programme/work-programme-repository.ts';
import {
  entrySnapshot,
  type EntryValues,
  findManagedEntry,
  insertEntry,
  listDecisionMakers,
  listEntryWardIds,
  listManagedEntries,
  listScrutinyPickups,
  listScrutinyTargets,
  listWardChoices,
  type ManagedEntry,
  updateEntry,
} from './forward-plan-admin-repository.ts';
import { entryStatusLabels, entryView, urgencyRouteLabels } from './forward-plan-entry-views.ts';
import { type EntryForm, readEntryForm } from './forward-plan-form.ts';
import { planPreDecisionScrutiny } from './pre-decision-scrutiny.ts';

const views = {
  upcoming: 'Planned and deferred',
  'short-notice': 'Short notice',
  'not-picked-up': 'Not on a work programme',
  decided: 'Decided',
  withdrawn: 'Withdrawn',
} as const;
type View = keyof typeof views;

const banners: Record<string, string> = {
  added: 'The entry is added to the forward plan and published.',
  saved: 'The entry is saved.',
  scrutiny: 'The decision is on the work programme for pre-decision scrutiny.',
};

const ScrutinyForm = z.object({ target: z.string({ error: 'Choose the committee and meeting' }).regex(/^(committee|meeting):\d{1,9}$/, 'Choose the committee and meeting') });

/**
 * The forward plan in the back office: the entries with their notice
 * flagged, adding and changing them, and taking one onto a scrutiny
 * committee's work programme for pre-decision scrutiny in one step.
 */
export function registerForwardPlanAdminRoutes(app: FastifyInstance, { db, today }: Services): void {
  const readGuard = { preHandler: requirePermission('back-office:read') };
  const manageGuard = { preHandler: requirePermission('tracking:manage') };

  const entryFrom = async (params: unknown): Promise<ManagedEntry> => {
    const { entry } = parseParams({ entry: idSchema }, params);
    return (await findManagedEntry(db, entry)) ?? notFound('forward plan entry');
  };

  app.get('/manage/forward-plan', readGuard, async (request, reply) => {
    const query = parseListQuery({ show: z.enum(Object.keys(views) as [View, ...View[]]).optional(), saved: z.string().optional() }, request.query);
    const show = query.show ?? 'upcoming';
    const statuses = show === 'decided' ? (['decided'] as const) : show === 'withdrawn' ? (['withdrawn'] as const) : (['planned', 'deferred'] as const);
    const rows = (await listManagedEntries(db, { statuses, ...(statuses.length === 2 ? { from: today() } : {}) })).map(entryView);
    const entries = show === 'short-notice' ? rows.filter((r) => r.notice.shortNotice) : show === 'not-picked-up' ? rows.filter((r) => r.scrutinyItems === 0) : rows;
    return reply.view('forward-plan-manage.njk', {
      pageTitle: `Forward plan: ${views[show].toLowerCase()}`,
      entries: show === 'decided' || show === 'withdrawn' ? entries.reverse() : entries,
      show,
      views: (Object.keys(views) as View[]).map((key) => ({ key, text: views[key], href: key === 'upcoming' ? '/manage/forward-plan' : `/manage/forward-plan?show=${key}`, current: key === show })),
      missingRoutes: rows.filter((r) => r.routeMissing).length,
      mayManage: hasPermission(staffOf(request).role, 'tracking:manage'),
      banner: query.saved ? banners[query.saved] : undefined,
    });
  });

  // ── Adding and changing an entry ──

  const showForm = async (reply: FastifyReply, view: { entry?: ManagedEntry; values: Record<string, unknown>; errors: FormErrors }, status = 200) => {
    const [makers, officers, wards] = await Promise.all([listDecisionMakers(db, today()), listOfficers(db), listWardChoices(db)]);
    const v = view.values;
    const picked = (name: string) => String(v[name] ?? '');
    const chosenWards = new Set([v.wardIds ?? []].flat().map(String));
    return reply.code(status).view('forward-plan-entry-form.njk', {
      pageTitle: `${view.errors.summary.length ? 'Error: ' : ''}${view.entry ? `Change ${view.entry.title}` : 'Add a decision to the forward plan'}`,
      ...view,
      action: view.entry ? `/manage/forward-plan/${view.entry.id}` : '/manage/forward-plan',
      backHref: view.entry ? `/manage/forward-plan/${view.entry.id}` : '/manage/forward-plan',
      makerItems: [
        { value: '', text: 'Choose who takes the decision' },
        ...makers.committees.map((m) => ({ value: m.value, text: m.name, selected: picked('decisionMakerChoice') === m.value })),
        ...makers.people.map((m) => ({ value: m.value, text: `${m.name} (cabinet member, alone)`, selected: picked('decisionMakerChoice') === m.value })),
        { value: 'other', text: 'Someone else (type below)', selected: picked('decisionMakerChoice') === 'other' },
      ],
      kindItems: (Object.keys(decisionKindLabels) as (keyof typeof decisionKindLabels)[]).map((value) => ({ value, text: decisionKindLabels[value], checked: picked('decisionKind') === value })),
      statusItems: Object.entries(entryStatusLabels).map(([value, text]) => ({ value, text, checked: (picked('status') || 'planned') === value })),
      routeItems: [{ value: '', text: 'Not needed: 28 clear days’ notice given, or not a key decision' }, ...Object.entries(urgencyRouteLabels).map(([value, text]) => ({ value, text }))].map((i) => ({ ...i, checked: picked('urgencyRoute') === i.value })),
      officerItems: [{ value: '', text: 'Not in the list' }, ...officers.map((o) => ({ value: String(o.id), text: o.jobTitle ? `${o.fullName}, ${o.jobTitle}` : o.fullName, selected: picked('leadOfficerPersonId') === String(o.id) }))],
      wardItems: wards.map((w) => ({ value: String(w.id), text: w.name, checked: chosenWards.has(String(w.id)) })),
      paragraphItems: [{ value: '', text: 'Choose a paragraph' }, ...[1, 2, 3, 4, 5, 6, 7].map((n) => ({ value: String(n), text: `Paragraph ${n}`, selected: picked('exemptParagraph') === String(n) }))],
      parts: Object.fromEntries(
        ['decisionDueOn', 'firstPublishedOn', 'decidedOn', 'scrutinyChairNotifiedOn', 'exceptionNoticePublishedOn', 'urgencyAgreedOn', 'decisionDueMonth'].map((name) => [
          name,
          (v[`${name}Parts`] as object | undefined) ?? { day: v[`${name}-day`] ?? '', month: v[`${name}-month`] ?? '', year: v[`${name}-year`] ?? '' },
        ]),
      ),
    });
  };

  /** The form checked against the database: the decision maker, officer and wards exist. */
  async function checkedEntry(body: Record<string, unknown>): Promise<{ ok: true; values: EntryValues; wardIds: number[] } | { ok: false; errors: FormErrors }> {
    const form = readEntryForm(body, today());
    if (!form.ok) return form;
    const f: EntryForm = form.values;
    const messages: Record<string, string | null> = {};
    let maker: Pick<EntryValues, 'decisionMaker' | 'decisionMakerCommitteeId' | 'decisionMakerPersonId'> = { decisionMaker: f.decisionMakerName ?? '', decisionMakerCommitteeId: null, decisionMakerPersonId: null };
    const [kind, id] = f.decisionMakerChoice.split(':') as ['committee' | 'person' | 'other', string | undefined];
    if (kind === 'committee') {
      const committee = await findCommitteeById(db, Number(id));
      if (!committee) messages.decisionMakerChoice = 'Choose who takes the decision';
      else maker = { decisionMaker: f.decisionMakerName ?? committee.name, decisionMakerCommitteeId: committee.id, decisionMakerPersonId: null };
    } else if (kind === 'person') {
      const people = (await listDecisionMakers(db, today())).people;
      const person = people.find((p) => p.value === f.decisionMakerChoice);
      if (!person) messages.decisionMakerChoice = 'Choose who takes the decision';
      else maker = { decisionMaker: f.decisionMakerName ?? person.name, decisionMakerCommitteeId: null, decisionMakerPersonId: Number(id) };
    }
    const officer = f.leadOfficerPersonId === null ? null : await findOfficer(db, f.leadOfficerPersonId);
    if (f.leadOfficerPersonId !== null && !officer) messages.leadOfficerPersonId = 'Choose the lead officer from the list';
    const known = new Set((await listWardChoices(db)).map((w) => w.id));
    if (f.wardIds.some((w) => !known.has(w))) messages.wardIds = 'Choose the wards from the list';
    const errors = formErrors(messages);
    if (errors.summary.length) return { ok: false, errors };
    const values: EntryValues = {
      reference: f.reference, title: f.title, purpose: f.purpose, ...maker, decisionKind: f.decisionKind, decisionDueOn: f.decisionDueOn, decisionDueMonth: f.decisionDueMonth,
      firstPublishedOn: f.firstPublishedOn, directorate: f.directorate, leadOfficerPersonId: f.leadOfficerPersonId, leadOfficerName: officer ? officer.fullName : f.leadOfficerName,
      portfolioHolderName: f.portfolioHolderName, allWards: f.allWards, isExempt: f.isExempt, exemptParagraph: f.exemptParagraph, urgencyRoute: f.urgencyRoute,
      scrutinyChairNotifiedOn: f.scrutinyChairNotifiedOn, exceptionNoticePublishedOn: f.exceptionNoticePublishedOn, urgencyAgreedBy: f.urgencyAgreedBy, urgencyAgreedOn: f.urgencyAgreedOn,
      status: f.status, decidedOn: f.decidedOn, decision: f.decision,
    };
    return { ok: true, wardIds: f.wardIds, values };
  }

  app.get('/manage/forward-plan/new', manageGuard, async (_request, reply) => showForm(reply, { values: { status: 'planned', firstPublishedOnParts: dateInputValues(today()) }, errors: noErrors }));

  app.post('/manage/forward-plan', manageGuard, async (request, reply) => {
    const body = (request.body ?? {}) as Record<string, unknown>;
    const checked = await checkedEntry(body);
    if (!checked.ok) return showForm(reply, { values: body, errors: checked.errors }, 400);
    const id = await withAudit(db, staffOf(request), async (trx, audit) => {
      const id = await insertEntry(trx, checked.values, checked.wardIds);
      await audit({ action: 'create', entity: 'forward_plan_entry', entityId: id, summary: `Added “${checked.values.title}” to the forward plan`, after: await entrySnapshot(trx, id) });
      return id;
    });
    return reply.redirect(`/manage/forward-plan/${id}?saved=added`, 303);
  });

  app.get('/manage/forward-plan/:entry/edit', manageGuard, async (request, reply) => {
    const entry = await entryFrom(request.params);
    const choice = entry.decisionMakerCommitteeId ? `committee:${entry.decisionMakerCommitteeId}` : entry.decisionMakerPersonId ? `person:${entry.decisionMakerPersonId}` : 'other';
    const month = entry.decisionDueMonth?.split('-');
    return showForm(reply, {
      entry,
      values: {
        ...entry,
        decisionMakerChoice: choice,
        decisionMakerName: entry.decisionMaker,
        wardIds: (await listEntryWardIds(db, entry.id)).map(String),
        allWards: entry.allWards ? 'yes' : undefined,
        isExempt: entry.isExempt ? 'yes' : undefined,
        exemptParagraph: entry.exemptParagraph ? String(entry.exemptParagraph) : '',
        urgencyRoute: entry.urgencyRoute ?? '',
        decisionDueOnParts: dateInputValues(entry.decisionDueOn),
        decisionDueMonthParts: { day: '', month: month ? String(Number(month[1])) : '', year: month?.[0] ?? '' },
        firstPublishedOnParts: dateInputValues(entry.firstPublishedOn),
        decidedOnParts: dateInputValues(entry.decidedOn),
        scrutinyChairNotifiedOnParts: dateInputValues(entry.scrutinyChairNotifiedOn),
        exceptionNoticePublishedOnParts: dateInputValues(entry.exceptionNoticePublishedOn),
        urgencyAgreedOnParts: dateInputValues(entry.urgencyAgreedOn),
      },
      errors: noErrors,
    });
  });

  app.post('/manage/forward-plan/:entry', manageGuard, async (request, reply) => {
    const entry = await entryFrom(request.params);
    const body = (request.body ?? {}) as Record<string, unknown>;
    const checked = await checkedEntry(body);
    if (!checked.ok) return showForm(reply, { entry, values: body, errors: checked.errors }, 400);
    await withAudit(db, staffOf(request), async (trx, audit) => {
      const before = await entrySnapshot(trx, entry.id);
      await updateEntry(trx, entry.id, checked.values, checked.wardIds);
      await audit({ action: 'update', entity: 'forward_plan_entry', entityId: entry.id, summary: `Changed “${checked.values.title}” on the forward plan`, before, after: await entrySnapshot(trx, entry.id) });
    });
    return reply.redirect(`/manage/forward-plan/${entry.id}?saved=saved`, 303);
  });

  // ── One entry, and taking it for pre-decision scrutiny ──

  const showEntry = async (request: FastifyRequest, reply: FastifyReply, entry: ManagedEntry, errors: FormErrors = noErrors, status = 200) => {
    const decisionOn = entry.decisionDueOn ?? (entry.decisionDueMonth ? decisionDay(entry.decisionDueMonth).day : null);
    const [pickups, targets, wardIds, wards] = await Promise.all([listScrutinyPickups(db, entry.id), listScrutinyTargets(db, today(), decisionOn), listEntryWardIds(db, entry.id), listWardChoices(db)]);
    const taken = new Set(pickups.map((p) => p.committeeSlug));
    const saved = (request.query as { saved?: string; item?: string }).saved;
    return reply.code(status).view('forward-plan-entry.njk', {
      pageTitle: `${errors.summary.length ? 'Error: ' : ''}${entry.title}: forward plan`,
      entry: entryView(entry),
      wards: entry.allWards ? ['All wards'] : wards.filter((w) => wardIds.includes(w.id)).map((w) => w.name),
      pickups,
      targets: targets
        .filter((t) => !taken.has(t.slug))
        .map((t) => ({ name: t.name, options: [{ value: `committee:${t.id}`, text: `${t.name}: a potential item, no meeting yet` }, ...t.meetings.map((m) => ({ value: `meeting:${m.id}`, text: `${t.name}: ${formatDateLong(m.date)}` }))] })),
      mayManage: hasPermission(staffOf(request).role, 'tracking:manage'),
      open: entry.status === 'planned' || entry.status === 'deferred',
      banner: saved ? banners[saved] : undefined,
      newItemId: (request.query as { item?: string }).item,
      errors,
    });
  };

  app.get('/manage/forward-plan/:entry', readGuard, async (request, reply) => showEntry(request, reply, await entryFrom(request.params)));

  app.post('/manage/forward-plan/:entry/scrutiny', manageGuard, async (request, reply) => {
    const entry = await entryFrom(request.params);
    const parsed = ScrutinyForm.safeParse(request.body ?? {});
    if (!parsed.success) return showEntry(request, reply, entry, formErrors({ target: 'Choose the committee and meeting' }), 400);
    const [kind, id] = parsed.data.target.split(':') as ['committee' | 'meeting', string];
    const meeting = kind === 'meeting' ? await db.selectFrom('meeting').select(['id', 'committeeId', 'date', 'status', 'municipalYearId']).where('id', '=', Number(id)).executeTakeFirst() : null;
    const committee = await findCommitteeById(db, kind === 'meeting' ? (meeting?.committeeId ?? -1) : Number(id));
    if (!committee || (kind === 'meeting' && !meeting)) return showEntry(request, reply, entry, formErrors({ target: 'Choose the committee and meeting' }), 400);
    const alreadyOnProgramme = (await listScrutinyPickups(db, entry.id)).some((p) => p.committeeSlug === committee.slug);
    const plan = planPreDecisionScrutiny(entry, { committee, meeting: meeting ?? null, currentYearId: (await findYearOn(db, today()))?.id ?? null, alreadyOnProgramme }, today());
    if (!plan.ok) return showEntry(request, reply, entry, formErrors({ target: plan.problem }), 400);
    const staff = staffOf(request);
    const itemId = await withAudit(db, staff, async (trx, audit) => {
      const { currentPosition, meetingId, municipalYearId, committeeId, forwardPlanEntryId, ...details } = plan.item;
      const itemId = await insertItem(trx, { ...details, raisedAtMeetingId: null, sessionOn: null, sessionStartsAt: null, sessionEndsAt: null, taskAndFinishCommitteeId: null, committeeId, municipalYearId, meetingId, currentPosition, status: 'planned', forwardPlanEntryId });
      await insertChange(trx, { workProgrammeItemId: itemId, changedOn: today(), changedByStaffUserId: staff.id, changedByName: staff.name, change: 'added', toMeetingId: meeting?.id ?? null, toMeetingOn: meeting?.date ?? null, currentPosition, status: 'planned', note: `Taken from the forward plan for pre-decision scrutiny${entry.reference ? ` (${entry.reference})` : ''}` });
      const where = meeting ? `the meeting on ${formatDateLong(meeting.date)}` : 'its potential items';
      await audit({ action: 'create', entity: 'work_programme_item', entityId: itemId, summary: `Added the forward plan decision “${entry.title}” to the ${committee.name} work programme for pre-decision scrutiny, at ${where}`, after: await itemSnapshot(trx, itemId) });
      return itemId;
    });
    return reply.redirect(`/manage/forward-plan/${entry.id}?saved=scrutiny&item=${itemId}#scrutiny`, 303);
  });
}
