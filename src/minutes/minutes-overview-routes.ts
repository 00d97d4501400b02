import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { requirePermission, staffOf } from '../accounts/access.ts';
import { hasPermission } from '../accounts/roles.ts';
import { withAudit } from '../audit/with-audit.ts';
import type { Services } from '../services.ts';
import { formErrors, noErrors, type FormErrors } from '../web/form-errors.ts';
import { formatDateLong } from '../web/format.ts';
import { listCommitteeMeetingsForApproval, listMeetingsApprovedBy, listMinutesAmendments, publishDraftMinutes } from './approval-repository.ts';
import type { MeetingRecord } from './meeting-record-repository.ts';
import { loadMeetingRecord, meetingRecordFrame, refuseLockedRecord } from './meeting-record-page.ts';
import { minutesAwaitingApproval } from './minutes-approval.ts';
import { minutesAreLocked } from './minutes-lock.ts';
import { draftPublicationProblem } from './minute-record-rules.ts';
import { findMinutesItem, listMinuteItems } from './minutes-repository.ts';

/** The minutes as a whole: their items, and publishing the draft. */
export function registerMinutesOverviewRoutes(app: FastifyInstance, { db, today }: Services): void {
  const manage = { preHandler: requirePermission('meetings:manage') };
  const publish = { preHandler: requirePermission('meetings:publish') };

  async function showOverview(request: FastifyRequest, reply: FastifyReply, record: MeetingRecord, view: { errors?: FormErrors; saved?: string } = {}, status = 200) {
    const { meeting, committee } = record;
    const [items, meetings, amendments, approvedByUs, minutesItem] = await Promise.all([
      listMinuteItems(db, meeting.id),
      listCommitteeMeetingsForApproval(db, committee.id),
      listMinutesAmendments(db, meeting.id),
      listMeetingsApprovedBy(db, meeting.id),
      findMinutesItem(db, meeting.id),
    ]);
    const approver = meetings.find((m) => m.id === meeting.minutesApprovedByMeetingId);
    const errors = view.errors ?? noErrors;
    return reply.code(status).view('minutes-overview.njk', {
      pageTitle: `${errors.summary.length ? 'Error: ' : ''}Minutes - ${committee.name}, ${formatDateLong(meeting.date)}`,
      pageHeading: 'Minutes',
      ...meetingRecordFrame(request, record, 'minutes'),
      errors,
      saved: view.saved,
      items: items.map((i) => ({ ...i, href: `/manage/meetings/${meeting.id}/minutes/${i.id}`, recorded: recordedSummary(i) })),
      mayPublish: hasPermission(staffOf(request).role, 'meetings:publish'),
      publicationProblem: draftPublicationProblem(meeting, today()),
      approver: approver ? { ...approver, href: `/manage/meetings/${approver.id}/minutes` } : null,
      amendments,
      awaiting: minutesAwaitingApproval(meetings, meeting),
      approvedByUs,
      minutesItem,
    });
  }

  app.get('/manage/meetings/:id/minutes', manage, async (request, reply) => {
    const record = await loadMeetingRecord(db, request);
    const saved = (request.query as { saved?: string }).saved;
    return showOverview(request, reply, record, { saved: saved === 'published' ? 'Draft minutes published: the public page shows them, marked as a draft' : undefined });
  });

  app.post('/manage/meetings/:id/minutes/publish', publish, async (request, reply) => {
    const record = await loadMeetingRecord(db, request);
    const { meeting, committee } = record;
    if (minutesAreLocked(meeting) || meeting.status === 'cancelled') return refuseLockedRecord(request, reply, record, 'minutes', meetingRecordFrame(request, record, 'minutes').lockedReason!);
    const problem = draftPublicationProblem(meeting, today());
    if (problem) return showOverview(request, reply, record, { errors: formErrors({ publish: problem }) }, 400);
    if (meeting.status !== 'draft-minutes') {
      await withAudit(db, staffOf(request), async (trx, audit) => {
        const after = await publishDraftMinutes(trx, meeting.id, new Date());
        await audit({
          action: 'publish-draft-minutes',
          entity: 'meeting',
          entityId: meeting.id,
          summary: `Published the draft minutes of ${committee.name} on ${formatDateLong(meeting.date)}`,
          before: { status: meeting.status, minutesPublishedAt: meeting.minutesPublishedAt },
          after: { status: after.status, minutesPublishedAt: after.minutesPublishedAt },
        });
      });
    }
    return reply.redirect(`/manage/meetings/${meeting.id}/minutes?saved=published`, 303);
  });
}

/** "Minute, 1 resolution, 2 actions": what an item's minutes hold so far; empty when nothing. */
function recordedSummary(item: { hasMinutes: boolean; resolutions: number; recommendations: number; actions: number }): string {
  const count = (n: number, what: string) => (n ? `${n} ${what}${n === 1 ? '' : 's'}` : null);
  const parts = [item.hasMinutes ? 'minute' : null, count(item.resolutions, 'resolution'), count(item.recommendations, 'recommendation'), count(item.actions, 'action')].filter(Boolean) as string[];
  const text = parts.join(', ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}
