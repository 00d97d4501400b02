import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { requirePermission, staffOf } from '../accounts/access.ts';
import { hasPermission } from '../accounts/roles.ts';
import { withAudit } from '../audit/with-audit.ts';
import { committeeDeadlineRules } from '../deadlines/deadline-rules.ts';
import type { Services } from '../services.ts';
import { formErrors, type FormErrors, noErrors, zodFormErrors } from '../web/form-errors.ts';
import { idSchema, notFound, parseParams } from '../web/params.ts';
import { committeeProblems, committeeWarnings } from './committee-admin-rules.ts';
import {
  type CommitteeValues,
  countUpcomingMeetings,
  createCommittee,
  listCommitteeNodes,
  listCommitteesForManage,
  setCommitteeActive,
  updateCommittee,
} from './committee-admin-repository.ts';
import { findCommitteeById } from './committee-repository.ts';
import type { Committee, CommitteeKind } from './committee-tables.ts';
import { committeeKindLabels } from './committee-views.ts';
import { clockTimeInputValue, optionalEmail, optionalId, optionalText, optionalWholeNumber, readClockTime } from './manage-form-fields.ts';
import { listCommitteeMemberships } from './membership-admin-repository.ts';
import { arrangeMembership, describeMembership } from './membership.ts';

const kinds: { value: CommitteeKind; text: string; hint: string }[] = [
  { value: 'full-council', text: 'Full council', hint: 'All councillors' },
  { value: 'cabinet', text: 'Cabinet', hint: 'The executive: the leader and cabinet members' },
  { value: 'scrutiny', text: 'Scrutiny committee', hint: 'Holds the executive to account and makes recommendations' },
  { value: 'regulatory', text: 'Regulatory committee', hint: 'Planning, licensing, audit, standards' },
  { value: 'sub-committee', text: 'Sub-committee', hint: 'Reports to another committee' },
  { value: 'task-and-finish', text: 'Task and finish group', hint: 'A small, time-limited review set up by a scrutiny committee' },
  { value: 'other', text: 'Other', hint: 'Any other committee, board or panel' },
];

const CommitteeForm = z.object({
  name: z.string().trim().min(1, 'Enter the committee’s name').max(200, 'The name must be 200 characters or fewer'),
  kind: z.enum(['full-council', 'cabinet', 'scrutiny', 'regulatory', 'sub-committee', 'task-and-finish', 'other'], { error: 'Select what kind of committee it is' }),
  parentCommitteeId: optionalId('Choose a committee from the list'),
  purpose: optionalText(2000, 'The purpose must be 2,000 characters or fewer'),
  quorum: optionalWholeNumber(1, 200, 'Quorum must be a whole number of members, like 3'),
  contactName: optionalText(200, 'The contact’s name must be 200 characters or fewer'),
  contactEmail: optionalEmail('Enter the contact email address in the correct format, like democratic.services@northwold.gov.uk'),
  contactPhone: optionalText(40, 'The contact phone number must be 40 characters or fewer'),
  defaultVenue: optionalText(200, 'The venue must be 200 characters or fewer'),
  reportDeadlineWorkingDays: optionalWholeNumber(0, 60, 'Report deadline must be a whole number of working days from 0 to 60'),
  questionDeadlineWorkingDays: optionalWholeNumber(0, 30, 'Question deadline must be a whole number of working days from 0 to 30'),
});

const ActiveForm = z.object({ active: z.enum(['true', 'false']) });

const banners: Record<string, string> = {
  created: 'The committee is added.',
  saved: 'The committee’s details are saved.',
  deactivated: 'The committee is deactivated. Its past meetings stay on the public website.',
  reactivated: 'The committee is active again.',
  'member-added': 'The member is added.',
  'member-saved': 'The membership is saved.',
  'member-ended': 'The membership is ended. It stays in the committee’s history.',
};

/** A committee as its audit entries record it. */
function committeeSnapshot(committee: Committee) {
  return Object.fromEntries(Object.entries(committee).filter(([key]) => key !== 'createdAt'));
}

/**
 * Committees in the back office: the list, adding one, its page with its
 * members, changing its details and deadline rules, winding it up.
 */
export function registerCommitteeAdminRoutes(app: FastifyInstance, { db, today }: Services): void {
  const guard = { preHandler: requirePermission('committees:manage') };

  const showForm = async (reply: FastifyReply, view: { committee?: Committee; values: Record<string, unknown>; errors: FormErrors }, status = 200) => {
    const nodes = await listCommitteeNodes(db);
    const selectedParent = String(view.values.parentCommitteeId ?? '');
    const defaults = committeeDeadlineRules({ reportDeadlineWorkingDays: null, questionDeadlineWorkingDays: null, questionDeadlineTime: null });
    return reply.code(status).view('manage/committee-form.njk', {
      pageTitle: `${view.errors.summary.length ? 'Error: ' : ''}${view.committee ? `Change ${view.committee.name}` : 'Add a committee'}`,
      committee: view.committee,
      values: view.values,
      errors: view.errors,
      kindItems: kinds.map((k) => ({ value: k.value, text: k.text, hint: { text: k.hint }, checked: k.value === view.values.kind })),
      parentItems: [
        { value: '', text: 'None' },
        ...nodes
          .filter((c) => c.id !== view.committee?.id && (c.isActive || String(c.id) === selectedParent))
          .map((c) => ({ value: String(c.id), text: `${c.name} (${committeeKindLabels[c.kind].toLowerCase()})`, selected: String(c.id) === selectedParent })),
      ],
      defaults: { report: defaults.report.workingDaysBefore, questionDays: defaults.question.workingDaysBefore, questionTime: clockTimeInputValue(defaults.question.time) },
    });
  };

  /** The form's values checked against the schema and the rules; errors by field, or what to save. */
  const readForm = async (body: Record<string, unknown>, committeeId?: number): Promise<{ errors: FormErrors } | { values: CommitteeValues }> => {
    const form = CommitteeForm.safeParse(body);
    const time = readClockTime(body.questionDeadlineTime, 'Question deadline time');
    // The rules run on what could be read even when another field is wrong, so every problem shows at once.
    const kind = CommitteeForm.shape.kind.safeParse(body.kind);
    const parent = CommitteeForm.shape.parentCommitteeId.safeParse(body.parentCommitteeId);
    const problems = kind.success
      ? committeeProblems(
          { kind: kind.data, parentCommitteeId: parent.success ? parent.data : null, purpose: String(body.purpose ?? '').trim() || null },
          { committeeId, committees: await listCommitteeNodes(db) },
        )
      : {};
    if (!form.success || time.error || Object.keys(problems).length) {
      const fieldErrors = form.success ? {} : Object.fromEntries(Object.entries(zodFormErrors(form.error).fields).map(([k, v]) => [k, v.text]));
      return { errors: formErrors({ ...fieldErrors, ...problems, questionDeadlineTime: time.error }) };
    }
    return { values: { ...form.data, questionDeadlineTime: time.value } };
  };

  app.get('/manage/committees', guard, async (request, reply) => {
    const committees = await listCommitteesForManage(db, today());
    const done = String((request.query as Record<string, unknown>).done ?? '');
    const withLabel = (c: (typeof committees)[number]) => ({ ...c, kindLabel: kinds.find((k) => k.value === c.kind)!.text });
    return reply.view('manage/committee-list.njk', {
      pageTitle: 'Committees',
      active: committees.filter((c) => c.isActive).map(withLabel),
      inactive: committees.filter((c) => !c.isActive).map(withLabel),
      banner: banners[done],
    });
  });

  app.get('/manage/committees/new', guard, async (_request, reply) => showForm(reply, { values: {}, errors: noErrors }));

  app.post('/manage/committees', guard, async (request, reply) => {
    const body = request.body as Record<string, unknown>;
    const result = await readForm(body);
    if ('errors' in result) return showForm(reply, { values: body, errors: result.errors }, 400);
    const committee = await withAudit(db, staffOf(request), async (trx, audit) => {
      const created = await createCommittee(trx, result.values);
      await audit({ action: 'create', entity: 'committee', entityId: created.id, summary: `Added ${created.name}`, after: committeeSnapshot(created) });
      return created;
    });
    return reply.redirect(`/manage/committees/${committee.id}?done=created`, 303);
  });

  const showOverview = async (request: FastifyRequest, reply: FastifyReply, committee: Committee, extra: { errors?: FormErrors; banner?: string } = {}, status = 200) => {
    const id = committee.id;
    const [memberships, parent, nodes, upcoming] = await Promise.all([
      listCommitteeMemberships(db, id),
      committee.parentCommitteeId ? findCommitteeById(db, committee.parentCommitteeId) : undefined,
      listCommitteeNodes(db),
      countUpcomingMeetings(db, id, today()),
    ]);
    const day = today();
    const rows = memberships.map((m) => ({ ...m, roleLabel: describeMembership(m) }));
    const current = rows.filter((m) => (m.startsOn === null || m.startsOn <= day) && (m.endsOn === null || m.endsOn >= day));
    const future = rows.filter((m) => m.startsOn !== null && m.startsOn > day);
    const past = rows.filter((m) => m.endsOn !== null && m.endsOn < day).sort((a, b) => b.endsOn!.localeCompare(a.endsOn!));
    const arranged = arrangeMembership(current);
    const sitting = [...arranged.members, ...arranged.coOptees];
    const rules = committeeDeadlineRules(committee);
    const errors = extra.errors ?? noErrors;
    return reply.code(status).view('manage/committee-overview.njk', {
      pageTitle: `${errors.summary.length ? 'Error: ' : ''}${committee.name}`,
      committee,
      kindLabel: kinds.find((k) => k.value === committee.kind)!.text,
      parent,
      groups: nodes.filter((c) => c.parentCommitteeId === id),
      members: sitting,
      substitutes: arranged.substitutes,
      future,
      past,
      warnings: committeeWarnings(committee, { current: sitting.length, hasChair: sitting.some((m) => m.role === 'chair') }),
      deadlines: {
        report: `${rules.report.workingDaysBefore} working days before the meeting, by ${clockTimeInputValue(rules.report.time)}${committee.reportDeadlineWorkingDays === null ? ' (the council default)' : ''}`,
        question: `${rules.question.workingDaysBefore} working days before the meeting, by ${clockTimeInputValue(rules.question.time)}${committee.questionDeadlineWorkingDays === null && committee.questionDeadlineTime === null ? ' (the council default)' : ''}`,
      },
      contact: [committee.contactName, committee.contactEmail, committee.contactPhone].filter(Boolean).join(', '),
      today: day,
      upcoming,
      maySchedule: hasPermission(staffOf(request).role, 'meetings:manage'),
      errors,
      banner: extra.banner,
    });
  };

  app.get('/manage/committees/:id', guard, async (request, reply) => {
    const { id } = parseParams({ id: idSchema }, request.params);
    const committee = (await findCommitteeById(db, id)) ?? notFound('committee');
    const done = String((request.query as Record<string, unknown>).done ?? '');
    return showOverview(request, reply, committee, { banner: banners[done] });
  });

  app.get('/manage/committees/:id/edit', guard, async (request, reply) => {
    const { id } = parseParams({ id: idSchema }, request.params);
    const committee = (await findCommitteeById(db, id)) ?? notFound('committee');
    return showForm(reply, {
      committee,
      values: {
        ...committee,
        parentCommitteeId: committee.parentCommitteeId ?? '',
        quorum: committee.quorum ?? '',
        reportDeadlineWorkingDays: committee.reportDeadlineWorkingDays ?? '',
        questionDeadlineWorkingDays: committee.questionDeadlineWorkingDays ?? '',
        questionDeadlineTime: clockTimeInputValue(committee.questionDeadlineTime),
      },
      errors: noErrors,
    });
  });

  app.post('/manage/committees/:id', guard, async (request, reply) => {
    const { id } = parseParams({ id: idSchema }, request.params);
    const before = (await findCommitteeById(db, id)) ?? notFound('committee');
    const body = request.body as Record<string, unknown>;
    const result = await readForm(body, id);
    if ('errors' in result) return showForm(reply, { committee: before, values: body, errors: result.errors }, 400);
    await withAudit(db, staffOf(request), async (trx, audit) => {
      const after = await updateCommittee(trx, id, result.values);
      await audit({ action: 'update', entity: 'committee', entityId: id, summary: `Changed the details of ${after.name}`, before: committeeSnapshot(before), after: committeeSnapshot(after) });
    });
    return reply.redirect(`/manage/committees/${id}?done=saved`, 303);
  });

  app.post('/manage/committees/:id/active', guard, async (request, reply) => {
    const { id } = parseParams({ id: idSchema }, request.params);
    const before = (await findCommitteeById(db, id)) ?? notFound('committee');
    const form = ActiveForm.safeParse(request.body);
    if (!form.success) return reply.redirect(`/manage/committees/${id}`, 303);
    const isActive = form.data.active === 'true';
    if (!isActive) {
      // A committee wound up with meetings still ahead would leave them on the public calendar with no one to hold them.
      const upcoming = await countUpcomingMeetings(db, id, today());
      if (upcoming > 0) {
        const message = `Cancel the committee’s ${upcoming === 1 ? 'upcoming meeting' : `${upcoming} upcoming meetings`} before deactivating it`;
        return showOverview(request, reply, before, { errors: { summary: [{ text: message, href: '#meetings' }], fields: { active: { text: message } } } }, 400);
      }
    }
    await withAudit(db, staffOf(request), async (trx, audit) => {
      const after = await setCommitteeActive(trx, id, isActive);
      await audit({
        action: isActive ? 'reactivate' : 'deactivate',
        entity: 'committee',
        entityId: id,
        summary: `${isActive ? 'Reactivated' : 'Deactivated'} ${after.name}`,
        before: committeeSnapshot(before),
        after: committeeSnapshot(after),
      });
    });
    return reply.redirect(`/manage/committees/${id}?done=${isActive ? 'reactivated' : 'deactivated'}`, 303);
  });
}
