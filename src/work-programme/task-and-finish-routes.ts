import path from 'node:path';
import fastifyMultipart, { type MultipartFile } from '@fastify/multipart';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { requirePermission, staffOf } from '../accounts/access.ts';
import { hasPermission } from '../accounts/roles.ts';
import { withAudit } from '../audit/with-audit.ts';
import { findCommitteeById, findCommitteeBySlug } from '../committees/committee-repository.ts';
import { dateInputValues } from '../committees/manage-form-fields.ts';
import { isGavelError } from '../errors.ts';
import { nextRecommendationLetter } from '../minutes/recommendation-letters.ts';
import type { Services } from '../services.ts';
import { responseState, responseStateLabels } from '../tracking/recommendation-response.ts';
import { formErrors, type FormErrors, noErrors } from '../web/form-errors.ts';
import { formatDateLong } from '../web/format.ts';
import { idSchema, notFound, parseParams, slugSchema } from '../web/params.ts';
import { storeFinalReport } from './final-report-document.ts';
import { readMilestoneForm, readRecommendationForm, readReportForm, readScopeForm } from './task-and-finish-forms.ts';
import { taskAndFinishMembershipWarnings } from './task-and-finish-membership.ts';
import {
  deleteMilestone,
  findMilestone,
  findReview,
  findReviewItemOfGroup,
  insertMilestone,
  insertReviewRecommendation,
  listCurrentMembers,
  listMilestones,
  listReviewRecommendations,
  listUsedLetters,
  saveReview,
  setMilestoneCompleted,
} from './task-and-finish-repository.ts';
import { findItem, listCommitteeMeetings, type ManagedItem } from './work-programme-repository.ts';
import { itemRow } from './work-programme-views.ts';

/** The file field as the multipart parser leaves it on the body. */
interface FilePart {
  filename: string;
  bytes: Buffer;
  tooLarge: boolean;
}

const FINAL_REPORT_MAX_BYTES = 50 * 1024 * 1024;

const banners: Record<string, string> = {
  scope: 'The scope is saved.',
  milestone: 'The timetable is saved.',
  report: 'The final report is saved.',
  document: 'The final report document is uploaded and published.',
  recommendation: 'The recommendation is added. The recommendations tracker follows it from here.',
};

type Forms = Partial<Record<'scope' | 'milestone' | 'report' | 'recommendation', { errors: FormErrors; values: Record<string, unknown> }>>;

/**
 * A task and finish group's review, on its work programme item: the
 * members (the group committee's memberships, with warnings when it falls
 * short of the constitution), the scope, a timetable of milestones, the
 * final report (text, a document, or both) and its recommendations to the
 * executive, which are recommendation rows so the tracker chases the
 * response. The public see the same review on the group's own page.
 */
export function registerTaskAndFinishRoutes(app: FastifyInstance, { db, today }: Services): void {
  const readGuard = { preHandler: requirePermission('back-office:read') };
  const manageGuard = { preHandler: requirePermission('tracking:manage') };

  const reviewFrom = async (params: unknown): Promise<ManagedItem & { taskAndFinishCommitteeId: number }> => {
    const { item: id } = parseParams({ item: idSchema }, params);
    const item = await findItem(db, id);
    if (!item || item.kind !== 'task-and-finish' || item.taskAndFinishCommitteeId === null) notFound('task and finish review');
    return item as ManagedItem & { taskAndFinishCommitteeId: number };
  };
  const reviewHref = (item: { id: number }, anchor = '') => `/manage/work-programme/${item.id}/review${anchor}`;

  async function reviewView(item: ManagedItem & { taskAndFinishCommitteeId: number }) {
    const [review, milestones, recommendations, members, parentMembers, group] = await Promise.all([
      findReview(db, item.id),
      listMilestones(db, item.id),
      listReviewRecommendations(db, item.id),
      listCurrentMembers(db, item.taskAndFinishCommitteeId, today()),
      listCurrentMembers(db, item.committeeId, today()),
      findCommitteeById(db, item.taskAndFinishCommitteeId),
    ]);
    const parentIds = new Set(parentMembers.filter((m) => !m.isSubstitute).map((m) => m.personId));
    return {
      review,
      milestones: milestones.map((m) => ({ ...m, overdue: m.completedOn === null && m.dueOn < today() })),
      recommendations: recommendations.map((r) => {
        const { state, dueOn } = responseState(r, today());
        return { ...r, stateLabel: responseStateLabels[state], responseDueOn: dueOn, late: state === 'overdue' || state === 'responded-late' };
      }),
      members: members.map((m) => ({ ...m, onParent: parentIds.has(m.personId) })),
      warnings: taskAndFinishMembershipWarnings(members, parentIds),
      group: group!,
    };
  }

  const showReview = async (request: FastifyRequest, reply: FastifyReply, item: ManagedItem & { taskAndFinishCommitteeId: number }, forms: Forms = {}, status = 200) => {
    const view = await reviewView(item);
    const meetings = await listCommitteeMeetings(db, item.committeeId);
    const saved = (request.query as { saved?: string } | undefined)?.saved;
    const reportValues = forms.report?.values ?? { ...view.review, finalReportOnParts: dateInputValues(view.review.finalReportOn) };
    const anyErrors = Object.values(forms).some((f) => f && f.errors.summary.length);
    const used = await listUsedLetters(db, item.taskAndFinishCommitteeId);
    return reply.code(status).view('task-and-finish-review.njk', {
      pageTitle: `${anyErrors ? 'Error: ' : ''}${item.title}: task and finish review`,
      item: itemRow(item),
      ...view,
      mayManage: hasPermission(staffOf(request).role, 'tracking:manage'),
      banner: saved ? banners[saved] : undefined,
      forms: {
        scope: forms.scope ?? { errors: noErrors, values: view.review },
        milestone: forms.milestone ?? { errors: noErrors, values: {} },
        report: { errors: forms.report?.errors ?? noErrors, values: reportValues },
        recommendation: forms.recommendation ?? { errors: noErrors, values: { addresseeName: 'Cabinet' } },
      },
      errorSummary: Object.values(forms).flatMap((f) => f?.errors.summary ?? []),
      nextLetter: nextRecommendationLetter(used),
      meetingItems: [
        { value: '', text: 'Not yet decided' },
        ...meetings.filter((m) => m.status !== 'cancelled').map((m) => ({ value: String(m.id), text: formatDateLong(m.date), selected: String(reportValues.reportedToMeetingId ?? '') === String(m.id) })),
      ],
      maxSize: `${FINAL_REPORT_MAX_BYTES / (1024 * 1024)} MB`,
    });
  };

  app.get('/manage/work-programme/:item/review', readGuard, async (request, reply) => showReview(request, reply, await reviewFrom(request.params)));

  app.post('/manage/work-programme/:item/review/scope', manageGuard, async (request, reply) => {
    const item = await reviewFrom(request.params);
    const body = (request.body ?? {}) as Record<string, unknown>;
    const form = readScopeForm(body);
    if (!form.ok) return showReview(request, reply, item, { scope: { errors: form.errors, values: body } }, 400);
    await withAudit(db, staffOf(request), async (trx, audit) => {
      const before = await findReview(trx, item.id);
      await saveReview(trx, item.id, form.values);
      await audit({ action: 'update', entity: 'task_and_finish_review', entityId: item.id, summary: `Saved the scope of the review “${item.title}”`, before: pick(before, ['scope', 'desiredOutcomes', 'exclusions']), after: form.values });
    });
    return reply.redirect(reviewHref(item, '?saved=scope#scope'), 303);
  });

  app.post('/manage/work-programme/:item/review/milestones', manageGuard, async (request, reply) => {
    const item = await reviewFrom(request.params);
    const body = (request.body ?? {}) as Record<string, unknown>;
    const form = readMilestoneForm(body);
    if (!form.ok) return showReview(request, reply, item, { milestone: { errors: form.errors, values: body } }, 400);
    await withAudit(db, staffOf(request), async (trx, audit) => {
      const id = await insertMilestone(trx, item.id, form.values);
      await audit({ action: 'create', entity: 'task_and_finish_milestone', entityId: id, summary: `Added “${form.values.title}” (${formatDateLong(form.values.dueOn)}) to the timetable of the review “${item.title}”`, after: form.values });
    });
    return reply.redirect(reviewHref(item, '?saved=milestone#timetable'), 303);
  });

  app.post('/manage/work-programme/:item/review/milestones/:milestone', manageGuard, async (request, reply) => {
    const item = await reviewFrom(request.params);
    const { milestone: milestoneId } = parseParams({ item: idSchema, milestone: idSchema }, request.params);
    const milestone = (await findMilestone(db, item.id, milestoneId)) ?? notFound('milestone');
    const action = String((request.body as Record<string, unknown> | undefined)?.action ?? '');
    if (!['complete', 'reopen', 'remove'].includes(action)) return showReview(request, reply, item, { milestone: { errors: formErrors({ title: 'Choose what to do with the milestone' }), values: {} } }, 400);
    await withAudit(db, staffOf(request), async (trx, audit) => {
      if (action === 'remove') await deleteMilestone(trx, milestone.id);
      else await setMilestoneCompleted(trx, milestone.id, action === 'complete' ? today() : null);
      const verb = { complete: 'Marked as done', reopen: 'Reopened', remove: 'Removed' }[action];
      await audit({ action: action === 'remove' ? 'delete' : 'update', entity: 'task_and_finish_milestone', entityId: milestone.id, summary: `${verb}: “${milestone.title}” in the timetable of the review “${item.title}”`, before: milestone, after: action === 'remove' ? null : { ...milestone, completedOn: action === 'complete' ? today() : null } });
    });
    return reply.redirect(reviewHref(item, '?saved=milestone#timetable'), 303);
  });

  app.post('/manage/work-programme/:item/review/report', manageGuard, async (request, reply) => {
    const item = await reviewFrom(request.params);
    const body = (request.body ?? {}) as Record<string, unknown>;
    const form = readReportForm(body);
    const reportValues = { ...body, finalReportOnParts: { day: body['finalReportOn-day'], month: body['finalReportOn-month'], year: body['finalReportOn-year'] } };
    if (!form.ok) return showReview(request, reply, item, { report: { errors: form.errors, values: reportValues } }, 400);
    if (form.values.reportedToMeetingId !== null && !(await listCommitteeMeetings(db, item.committeeId)).some((m) => m.id === form.values.reportedToMeetingId)) {
      return showReview(request, reply, item, { report: { errors: formErrors({ reportedToMeetingId: `Choose a meeting of the ${item.committeeName}` }), values: reportValues } }, 400);
    }
    await withAudit(db, staffOf(request), async (trx, audit) => {
      const before = await findReview(trx, item.id);
      await saveReview(trx, item.id, form.values);
      await audit({ action: 'update', entity: 'task_and_finish_review', entityId: item.id, summary: `Saved the final report of the review “${item.title}”`, before: pick(before, ['finalReportText', 'finalReportOn', 'reportedToMeetingId']), after: form.values });
    });
    return reply.redirect(reviewHref(item, '?saved=report#final-report'), 303);
  });

  app.post('/manage/work-programme/:item/review/recommendations', manageGuard, async (request, reply) => {
    const item = await reviewFrom(request.params);
    const body = (request.body ?? {}) as Record<string, unknown>;
    const form = readRecommendationForm(body);
    if (!form.ok) return showReview(request, reply, item, { recommendation: { errors: form.errors, values: body } }, 400);
    await withAudit(db, staffOf(request), async (trx, audit) => {
      const letter = nextRecommendationLetter(await listUsedLetters(trx, item.taskAndFinishCommitteeId));
      const id = await insertReviewRecommendation(trx, item.id, { committeeId: item.taskAndFinishCommitteeId, letter, ...form.values });
      await audit({ action: 'create', entity: 'recommendation', entityId: id, summary: `Added recommendation (${letter}) of the review “${item.title}” to the executive`, after: { letter, ...form.values } });
    });
    return reply.redirect(reviewHref(item, '?saved=recommendation#recommendations'), 303);
  });

  // The final report as a document: multipart parsed in this plugin alone, after the sign-in check.
  app.register(async (uploads) => {
    await uploads.register(fastifyMultipart, {
      attachFieldsToBody: 'keyValues',
      limits: { fileSize: FINAL_REPORT_MAX_BYTES, files: 1, fields: 5, parts: 6 },
      async onFile(part: MultipartFile) {
        const value: FilePart = { filename: part.filename, bytes: Buffer.alloc(0), tooLarge: false };
        try {
          value.bytes = await part.toBuffer();
        } catch (error) {
          if (!(error instanceof uploads.multipartErrors.RequestFileTooLargeError)) throw error;
          value.tooLarge = true;
        }
        part.value = value;
      },
    });
    uploads.post('/manage/work-programme/:item/review/report-document', { onRequest: requirePermission('tracking:manage') }, async (request, reply) => {
      const item = await reviewFrom(request.params);
      const file = (request.body as Record<string, unknown> | undefined)?.file as FilePart | undefined;
      const problem = (text: string, status: number) => showReview(request, reply, item, { report: { errors: formErrors({ file: text }), values: { ...(request.body as object) } } }, status);
      if (!file || typeof file !== 'object' || !('bytes' in file) || file.bytes.length === 0) return problem('Select the final report to upload', 400);
      if (file.tooLarge) return problem(`${path.basename(file.filename)}: the file is larger than ${FINAL_REPORT_MAX_BYTES / (1024 * 1024)} MB`, 413);
      try {
        await withAudit(db, staffOf(request), async (trx, audit) => {
          const stored = await storeFinalReport(trx, { itemId: item.id, title: `${item.title}: final report`, groupCommitteeId: item.taskAndFinishCommitteeId }, { filename: file.filename, bytes: file.bytes });
          await audit({ action: 'upload', entity: 'task_and_finish_review', entityId: item.id, summary: `Uploaded the final report of the review “${item.title}” (${path.basename(file.filename)})`, after: stored });
        });
      } catch (error) {
        if (isGavelError(error)) return problem(error.message, 400);
        throw error;
      }
      return reply.redirect(reviewHref(item, '?saved=document#final-report'), 303);
    });
  });

  // ── The public page of a group's review ──

  app.get('/committees/:committee/review', async (request, reply) => {
    const { committee: slug } = parseParams({ committee: slugSchema }, request.params);
    const group = await findCommitteeBySlug(db, slug);
    if (!group || group.kind !== 'task-and-finish') notFound('task and finish group');
    const found = (await findReviewItemOfGroup(db, group.id)) ?? notFound('task and finish review');
    const item = (await findItem(db, found.id)) as ManagedItem & { taskAndFinishCommitteeId: number };
    const view = await reviewView(item);
    return reply.view('task-and-finish-group.njk', {
      pageTitle: `${item.title}: ${group.name}`,
      breadcrumbs: [
        { text: 'Home', href: '/' },
        { text: 'Committees', href: '/committees' },
        { text: item.committeeName, href: `/committees/${item.committeeSlug}` },
        { text: 'Work programme', href: `/committees/${item.committeeSlug}/work-programme` },
      ],
      item: itemRow(item),
      ...view,
    });
  });
}

function pick<T extends object, K extends keyof T>(object: T, keys: readonly K[]): Pick<T, K> {
  return Object.fromEntries(keys.map((k) => [k, object[k]])) as Pick<T, K>;
}
