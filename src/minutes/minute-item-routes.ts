import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { requirePermission, staffOf } from '../accounts/access.ts';
import { withAudit } from '../audit/with-audit.ts';
import { readDateInput } from '../committees/manage-form-fields.ts';
import { queueEmail } from '../email/queue-email.ts';
import type { AgendaItem, ResolutionOutcome } from '../meetings/meeting-tables.ts';
import type { Services } from '../services.ts';
import { formErrors, noErrors, zodFormErrors, type FormErrors } from '../web/form-errors.ts';
import { formatDateLong } from '../web/format.ts';
import { idSchema, notFound, parseParams } from '../web/params.ts';
import { actionNumberProblem, nextActionNumber } from './action-numbering.ts';
import { listCommitteeMeetingsForApproval, listMeetingsApprovedBy } from './approval-repository.ts';
import type { MeetingRecord } from './meeting-record-repository.ts';
import { loadMeetingRecord, meetingRecordFrame, refuseLockedRecord } from './meeting-record-page.ts';
import { approvalProblem, minutesAwaitingApproval } from './minutes-approval.ts';
import { recordApproval } from './record-approval.ts';
import { actionRemovalProblem, recommendationRemovalProblem, recommendationResponseDue, resolutionWording } from './minute-record-rules.ts';
import {
  type Addressee,
  deleteAction,
  deleteRecommendation,
  findItemAction,
  findItemRecommendation,
  findPerson,
  insertAction,
  insertRecommendation,
  listActionOwners,
  listCommitteeActionNumbers,
  listItemActions,
  listItemRecommendations,
} from './minute-records-repository.ts';
import { findMeetingItem, insertResolution, listItemResolutions, saveMinuteText } from './minutes-repository.ts';
import { nextRecommendationLetter, recommendationLetterProblem } from './recommendation-letters.ts';

export const outcomes: readonly ResolutionOutcome[] = ['carried', 'lost', 'noted', 'deferred', 'withdrawn'];
export const outcomeLabels: Record<ResolutionOutcome, string> = { carried: 'Carried', lost: 'Lost', noted: 'Noted', deferred: 'Deferred', withdrawn: 'Withdrawn' };
const addressees: readonly Addressee[] = ['executive', 'council', 'partner', 'officers', 'committee'];
export const addresseeLabels: Record<Addressee, { text: string; hint: string }> = {
  executive: { text: 'The executive', hint: 'The leader or cabinet must respond within two months of receiving it' },
  council: { text: 'Full council', hint: 'The council must respond within two months of receiving it' },
  partner: { text: 'A partner', hint: 'Such as the NHS, the police or a housing association' },
  officers: { text: 'Council officers', hint: 'Such as a director or service' },
  committee: { text: 'Another committee', hint: 'Such as a task and finish group or the audit committee' },
};

const optionalText = (max: number, label: string) =>
  z
    .string()
    .trim()
    .max(max, `${label} must be ${max.toLocaleString('en-GB')} characters or fewer`)
    .optional()
    .transform((v) => v || null);

const MinuteForm = z.object({ minutes: optionalText(50_000, 'The minute') });

export const ResolutionForm = z.object({
  resolutionText: z.string({ error: 'Enter what was resolved' }).transform(resolutionWording).pipe(z.string().min(1, 'Enter what was resolved').max(5000, 'The resolution must be 5,000 characters or fewer')),
  resolutionOutcome: z.union([z.literal(''), z.enum(outcomes as [ResolutionOutcome, ...ResolutionOutcome[]])], { error: 'Select the outcome' }).optional().transform((v) => (v ? v : null)),
});

const RecommendationForm = z.object({
  recommendationLetter: z.string().trim().toLowerCase().optional().transform((v) => v || null),
  recommendationText: z.string({ error: 'Enter the recommendation' }).trim().min(1, 'Enter the recommendation').max(3000, 'The recommendation must be 3,000 characters or fewer'),
  addressedTo: z.enum(addressees as [Addressee, ...Addressee[]], { error: 'Select whom the recommendation is to' }),
  addresseeName: optionalText(200, 'The name'),
});

const ApprovalForm = z.object({
  meeting: idSchema,
  corrections: optionalText(5000, 'Corrections'),
});

const ActionForm = z.object({
  actionNumber: optionalText(30, 'The number'),
  actionDescription: z.string({ error: 'Enter the action' }).trim().min(1, 'Enter the action').max(2000, 'The action must be 2,000 characters or fewer'),
  owner: z.union([z.literal(''), idSchema]).optional().transform((v) => (v === '' || v === undefined ? null : v)),
  ownerName: optionalText(200, 'The owner'),
  directorate: optionalText(200, 'The directorate'),
  dueText: optionalText(100, 'The description of when it is due'),
});

/** A failed parse's messages by field, to merge with checks zod cannot make. */
function fieldMessages(error: z.ZodError): Record<string, string> {
  return Object.fromEntries(Object.entries(zodFormErrors(error).fields).map(([field, { text }]) => [field, text]));
}

type ItemForm = 'minute' | 'resolution' | 'recommendation' | 'action' | 'approval';

export interface ItemPageView {
  form?: ItemForm;
  values?: Record<string, unknown>;
  errors?: FormErrors;
  saved?: string;
}

const savedMessages: Record<string, string> = {
  minute: 'Minute saved',
  resolution: 'Resolution added',
  'resolution-removed': 'Resolution removed',
  recommendation: 'Recommendation added; the recommendations tracker follows it from here',
  'recommendation-removed': 'Recommendation removed',
  action: 'Action added to the action log',
  'action-removed': 'Action removed',
  approval: 'Approval recorded: those minutes are now the record and can no longer be changed',
};

/** The minute of one agenda item: its text, resolutions, lettered recommendations and actions. */
export function registerMinuteItemRoutes(app: FastifyInstance, { db, config, today }: Services): void {
  const guard = { preHandler: requirePermission('meetings:manage') };

  async function loadItem(request: FastifyRequest) {
    const record = await loadMeetingRecord(db, request);
    const { item: itemId } = parseParams({ id: idSchema, item: idSchema }, { id: record.meeting.id, item: (request.params as { item?: unknown }).item });
    const item = (await findMeetingItem(db, record.meeting.id, itemId)) ?? notFound('agenda item');
    return { record, item };
  }

  async function showItemPage(request: FastifyRequest, reply: FastifyReply, record: MeetingRecord, item: AgendaItem, view: ItemPageView = {}, status = 200) {
    const { meeting, committee } = record;
    const [resolutions, recommendations, actions, owners, actionNumbers] = await Promise.all([
      listItemResolutions(db, item.id),
      listItemRecommendations(db, item.id),
      listItemActions(db, item.id),
      listActionOwners(db),
      listCommitteeActionNumbers(db, committee.id),
    ]);
    const approval = item.standardKind === 'minutes' ? await approvalView(record) : null;
    const errors = view.errors ?? noErrors;
    const values = (form: ItemForm) => (view.form === form ? (view.values ?? {}) : {});
    const recommendationValues = { recommendationLetter: nextRecommendationLetter(recommendations.map((r) => r.letter)), ...values('recommendation') };
    const actionValues = { actionNumber: nextActionNumber(actionNumbers), ...values('action') };
    const heading = `${item.minuteNumber ? `${item.minuteNumber}. ` : item.number ? `${item.number}. ` : ''}${item.title}`;
    return reply.code(status).view('minutes-item.njk', {
      pageTitle: `${errors.summary.length ? 'Error: ' : ''}${heading} - Minutes - ${committee.name}, ${formatDateLong(meeting.date)}`,
      pageHeading: heading,
      ...meetingRecordFrame(request, record, 'minutes'),
      errors,
      saved: view.saved ?? savedMessages[(request.query as { saved?: string }).saved ?? ''],
      item,
      base: `/manage/meetings/${meeting.id}/minutes/${item.id}`,
      minuteValue: view.form === 'minute' ? view.values?.minutes : item.minutes,
      resolutions: resolutions.map((r) => ({ ...r, outcomeLabel: r.outcome ? outcomeLabels[r.outcome] : null })),
      recommendations: recommendations.map((r) => ({ ...r, addressee: addresseeLabels[r.addressedTo].text, removable: recommendationRemovalProblem({ ...r, implementationStatus: null }) === null })),
      actions: actions.map((a) => ({ ...a, removable: actionRemovalProblem({ status: a.status, completedOn: null }, a.updates) === null })),
      actionHref: request.server.hasRoute({ method: 'GET', url: '/manage/actions/:id' }) ? '/manage/actions/' : null,
      resolutionValues: values('resolution'),
      outcomeItems: (selected: unknown) => [{ value: '', text: 'Select an outcome' }, ...outcomes.map((o) => ({ value: o, text: outcomeLabels[o], selected: selected === o }))],
      recommendationValues,
      addresseeItems: addressees.map((a) => ({ value: a, text: addresseeLabels[a].text, hint: { text: addresseeLabels[a].hint }, checked: (recommendationValues as Record<string, unknown>).addressedTo === a })),
      actionValues,
      ownerItems: [
        { value: '', text: 'Select the owner' },
        ...owners.map((o) => ({ value: String(o.id), text: `${o.name}${o.jobTitle ? `, ${o.jobTitle}` : ''}`, selected: String((actionValues as Record<string, unknown>).owner ?? '') === String(o.id) })),
      ],
      approval,
      approvalValues: values('approval'),
    });
  }

  async function approvalView(record: MeetingRecord) {
    const [meetings, approved] = await Promise.all([listCommitteeMeetingsForApproval(db, record.committee.id), listMeetingsApprovedBy(db, record.meeting.id)]);
    return {
      awaiting: minutesAwaitingApproval(meetings, record.meeting),
      approved: approved.map((m) => ({ ...m, href: `/committees/${record.committee.slug}/meetings/${m.slug}` })),
    };
  }

  /** Every change here is refused once the minutes are approved (or the meeting was cancelled). */
  async function unlessLocked(request: FastifyRequest, reply: FastifyReply, change: (context: { record: MeetingRecord; item: AgendaItem }) => Promise<FastifyReply>) {
    const context = await loadItem(request);
    const locked = meetingRecordFrame(request, context.record, 'minutes').lockedReason;
    if (locked) return refuseLockedRecord(request, reply, context.record, 'minutes', locked);
    return change(context);
  }

  const itemLabel = (record: MeetingRecord, item: AgendaItem) => `item ${item.number ?? item.title} at ${record.committee.name} on ${formatDateLong(record.meeting.date)}`;
  const backTo = (reply: FastifyReply, record: MeetingRecord, item: AgendaItem, saved: string, anchor = '') =>
    reply.redirect(`/manage/meetings/${record.meeting.id}/minutes/${item.id}?saved=${saved}${anchor}`, 303);

  app.get('/manage/meetings/:id/minutes/:item', guard, async (request, reply) => {
    const { record, item } = await loadItem(request);
    return showItemPage(request, reply, record, item);
  });

  app.post('/manage/meetings/:id/minutes/:item', guard, (request, reply) =>
    unlessLocked(request, reply, async ({ record, item }) => {
      const form = MinuteForm.safeParse(request.body ?? {});
      if (!form.success) return showItemPage(request, reply, record, item, { form: 'minute', values: request.body as Record<string, unknown>, errors: zodFormErrors(form.error) }, 400);
      await withAudit(db, staffOf(request), async (trx, audit) => {
        await saveMinuteText(trx, item.id, form.data.minutes);
        await audit({ action: 'update-minute', entity: 'agenda_item', entityId: item.id, summary: `Wrote the minute of ${itemLabel(record, item)}`, before: { minutes: item.minutes }, after: { minutes: form.data.minutes } });
      });
      return backTo(reply, record, item, 'minute');
    }),
  );

  app.post('/manage/meetings/:id/minutes/:item/resolutions', guard, (request, reply) =>
    unlessLocked(request, reply, async ({ record, item }) => {
      const form = ResolutionForm.safeParse(request.body ?? {});
      if (!form.success) return showItemPage(request, reply, record, item, { form: 'resolution', values: request.body as Record<string, unknown>, errors: zodFormErrors(form.error) }, 400);
      await withAudit(db, staffOf(request), async (trx, audit) => {
        const row = await insertResolution(trx, item.id, { text: form.data.resolutionText, outcome: form.data.resolutionOutcome });
        await audit({ action: 'create', entity: 'resolution', entityId: row.id, summary: `Recorded a resolution under ${itemLabel(record, item)}`, after: row });
      });
      return backTo(reply, record, item, 'resolution', '#resolutions');
    }),
  );

  app.post('/manage/meetings/:id/minutes/:item/recommendations', guard, (request, reply) =>
    unlessLocked(request, reply, async ({ record, item }) => {
      const body = (request.body ?? {}) as Record<string, unknown>;
      const form = RecommendationForm.safeParse(body);
      const sentOn = readDateInput(body, 'sentOn', 'Date sent', { required: false });
      const receivedOn = readDateInput(body, 'receivedOn', 'Date received', { required: false });
      const existing = await listItemRecommendations(db, item.id);
      const letter = form.success ? (form.data.recommendationLetter ?? nextRecommendationLetter(existing.map((r) => r.letter))) : null;
      const problems = {
        ...(form.success ? {} : fieldMessages(form.error)),
        recommendationLetter: letter ? recommendationLetterProblem(letter, existing.map((r) => r.letter)) : null,
        sentOn: sentOn.error,
        receivedOn: receivedOn.error ?? (sentOn.value && receivedOn.value && receivedOn.value < sentOn.value ? 'Date received must be the same as or after the date sent' : null),
      };
      const errors = formErrors(problems);
      if (!form.success || errors.summary.length) return showItemPage(request, reply, record, item, { form: 'recommendation', values: body, errors }, 400);
      await withAudit(db, staffOf(request), async (trx, audit) => {
        const row = await insertRecommendation(trx, {
          committeeId: record.committee.id,
          meetingId: record.meeting.id,
          agendaItemId: item.id,
          letter: letter!,
          text: form.data.recommendationText,
          addressedTo: form.data.addressedTo,
          addresseeName: form.data.addresseeName,
          sentOn: sentOn.value,
          receivedOn: receivedOn.value,
          responseDueOn: recommendationResponseDue(form.data.addressedTo, receivedOn.value),
        });
        await audit({ action: 'create', entity: 'recommendation', entityId: row.id, summary: `Recorded recommendation (${row.letter}) under ${itemLabel(record, item)}`, after: row });
      });
      return backTo(reply, record, item, 'recommendation', '#recommendations');
    }),
  );

  app.post('/manage/meetings/:id/minutes/:item/recommendations/:recommendation/remove', guard, (request, reply) =>
    unlessLocked(request, reply, async ({ record, item }) => {
      const { recommendation: id } = parseParams({ recommendation: idSchema }, { recommendation: (request.params as { recommendation?: unknown }).recommendation });
      const row = (await findItemRecommendation(db, item.id, id)) ?? notFound('recommendation');
      const problem = recommendationRemovalProblem(row);
      if (problem) return showItemPage(request, reply, record, item, { errors: formErrors({ recommendations: problem }) }, 409);
      await withAudit(db, staffOf(request), async (trx, audit) => {
        await deleteRecommendation(trx, id);
        await audit({ action: 'delete', entity: 'recommendation', entityId: id, summary: `Removed recommendation (${row.letter ?? '?'}) from ${itemLabel(record, item)}`, before: row });
      });
      return backTo(reply, record, item, 'recommendation-removed', '#recommendations');
    }),
  );

  app.post('/manage/meetings/:id/minutes/:item/actions', guard, (request, reply) =>
    unlessLocked(request, reply, async ({ record, item }) => {
      const body = (request.body ?? {}) as Record<string, unknown>;
      const form = ActionForm.safeParse(body);
      const dueOn = readDateInput(body, 'dueOn', 'Due date', { required: false });
      const numbers = await listCommitteeActionNumbers(db, record.committee.id);
      const owner = form.success && form.data.owner !== null ? await findPerson(db, form.data.owner) : undefined;
      const number = form.success ? (form.data.actionNumber ?? nextActionNumber(numbers)) : null;
      const problems = {
        ...(form.success ? {} : fieldMessages(form.error)),
        actionNumber: number ? actionNumberProblem(number, numbers) : null,
        owner: form.success && form.data.owner !== null && !owner ? 'Select the owner from the list' : form.success && form.data.owner !== null && form.data.ownerName ? 'Select an owner from the list or enter a name, not both' : null,
        dueOn: dueOn.error,
      };
      const errors = formErrors(problems);
      if (!form.success || errors.summary.length) return showItemPage(request, reply, record, item, { form: 'action', values: body, errors }, 400);
      await withAudit(db, staffOf(request), async (trx, audit) => {
        const row = await insertAction(trx, {
          committeeId: record.committee.id,
          meetingId: record.meeting.id,
          agendaItemId: item.id,
          number: number!,
          description: form.data.actionDescription,
          ownerPersonId: owner?.id ?? null,
          ownerName: owner ? owner.fullName : form.data.ownerName,
          directorate: form.data.directorate ?? owner?.directorate ?? null,
          dueOn: dueOn.value,
          dueText: form.data.dueText,
        });
        await audit({ action: 'create', entity: 'action', entityId: row.id, summary: `Recorded action ${row.number} under ${itemLabel(record, item)}`, after: row });
        if (owner?.email) {
          await queueEmail(
            trx,
            {
              to: owner.email,
              subject: `Action ${row.number} from ${record.committee.name} has been assigned to you`,
              template: 'emails/action-assigned',
              context: {
                ownerName: owner.fullName,
                action: row,
                committee: record.committee,
                meetingDate: record.meeting.date,
                item: { number: item.number, title: item.title, isExempt: item.isExempt, exemptParagraph: item.exemptParagraph },
                // The owner's own page for the action, where the action log provides one; otherwise the public log.
                // An action on an exempt item is confidential: the email says where to find it, not what it is.
                actionUrl: request.server.hasRoute({ method: 'GET', url: '/manage/actions/:id' }) ? `${config.publicUrl}/manage/actions/${row.id}` : null,
                actionLogUrl: item.isExempt ? null : `${config.publicUrl}/committees/${record.committee.slug}/actions`,
              },
              ...(record.committee.contactEmail ? { replyTo: record.committee.contactEmail } : {}),
            },
            { dedupeKey: `action-assigned:${row.id}:${owner.id}` },
          );
        }
      });
      return backTo(reply, record, item, 'action', '#actions');
    }),
  );

  app.post('/manage/meetings/:id/minutes/:item/actions/:action/remove', guard, (request, reply) =>
    unlessLocked(request, reply, async ({ record, item }) => {
      const { action: id } = parseParams({ action: idSchema }, { action: (request.params as { action?: unknown }).action });
      const row = (await findItemAction(db, item.id, id)) ?? notFound('action');
      const updates = (await listItemActions(db, item.id)).find((a) => a.id === id)?.updates ?? 0;
      const problem = actionRemovalProblem(row, updates);
      if (problem) return showItemPage(request, reply, record, item, { errors: formErrors({ actions: problem }) }, 409);
      await withAudit(db, staffOf(request), async (trx, audit) => {
        await deleteAction(trx, id);
        await audit({ action: 'delete', entity: 'action', entityId: id, summary: `Removed action ${row.number ?? ''} from ${itemLabel(record, item)}`.replace('  ', ' '), before: row });
      });
      return backTo(reply, record, item, 'action-removed', '#actions');
    }),
  );


  app.post('/manage/meetings/:id/minutes/:item/approve-earlier', guard, (request, reply) =>
    unlessLocked(request, reply, async ({ record, item }) => {
      const body = (request.body ?? {}) as Record<string, unknown>;
      const form = ApprovalForm.safeParse(body);
      const earlier = form.success ? (await listCommitteeMeetingsForApproval(db, record.committee.id)).find((m) => m.id === form.data.meeting) : undefined;
      const problem =
        item.standardKind !== 'minutes'
          ? 'Approval of earlier minutes is recorded under the item “Minutes of the previous meeting”'
          : !form.success
            ? (form.error.issues[0]?.message ?? 'Choose the minutes that were approved')
            : !earlier
              ? 'Only a meeting of the same committee can approve these minutes'
              : approvalProblem(earlier, record.meeting, today());
      if (problem) {
        const field = form.success ? `corrections-${form.data.meeting}` : 'approval';
        return showItemPage(request, reply, record, item, { form: 'approval', values: body, errors: formErrors({ [field]: problem }) }, 400);
      }
      await recordApproval(db, { actor: staffOf(request), approving: record, minutesItem: item, earlier: earlier!, corrections: form.data!.corrections, at: new Date() });
      return backTo(reply, record, item, 'approval', '#approval');
    }),
  );
}
