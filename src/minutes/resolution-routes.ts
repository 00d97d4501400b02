import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { requirePermission, staffOf } from '../accounts/access.ts';
import { withAudit } from '../audit/with-audit.ts';
import type { AgendaItem, Resolution } from '../meetings/meeting-tables.ts';
import type { Services } from '../services.ts';
import { formErrors, noErrors, zodFormErrors, type FormErrors } from '../web/form-errors.ts';
import { formatDateLong } from '../web/format.ts';
import { idSchema, notFound, parseParams } from '../web/params.ts';
import { listRecordedAttendance } from './attendance-repository.ts';
import { listWithdrawnFromItem } from './declaration-repository.ts';
import { listRoster, type MeetingRecord } from './meeting-record-repository.ts';
import { loadMeetingRecord, meetingRecordFrame, refuseLockedRecord } from './meeting-record-page.ts';
import { outcomeLabels, outcomes, ResolutionForm } from './minute-item-routes.ts';
import { deleteResolution, findItemResolution, findMeetingItem, listVotes, replaceVotes, updateResolution } from './minutes-repository.ts';
import { type MeetingAttendee, outcomeProblem, tallyVotes, type Vote, voteProblems, votes, whyNotEligibleToVote } from './voting.ts';

const voteLabels: Record<Vote, string> = { for: 'For', against: 'Against', abstain: 'Abstained' };
const voteField = (personId: number) => `vote-${personId}`;

/** One resolution: its wording and outcome, and the recorded vote where one was taken. */
export function registerResolutionRoutes(app: FastifyInstance, { db }: Services): void {
  const guard = { preHandler: requirePermission('meetings:manage') };

  async function load(request: FastifyRequest) {
    const record = await loadMeetingRecord(db, request);
    const params = parseParams({ item: idSchema, resolution: idSchema }, request.params);
    const item = (await findMeetingItem(db, record.meeting.id, params.item)) ?? notFound('agenda item');
    const resolution = (await findItemResolution(db, item.id, params.resolution)) ?? notFound('resolution');
    return { record, item, resolution };
  }

  /** Everyone at the meeting who might vote, each with a vote or the reason they have none. */
  async function attendees(record: MeetingRecord, item: AgendaItem): Promise<{ attendees: MeetingAttendee[]; withdrawn: Set<number> }> {
    const [roster, recorded, withdrawn] = await Promise.all([listRoster(db, record.committee.id, record.meeting.date), listRecordedAttendance(db, record.meeting.id), listWithdrawnFromItem(db, item.id)]);
    const hasVote = new Map([...roster.members, ...roster.pool].map((p) => [p.personId, p.hasVote]));
    return { attendees: recorded.map((r) => ({ ...r, hasVote: hasVote.get(r.personId) ?? false })), withdrawn };
  }

  async function showPage(request: FastifyRequest, reply: FastifyReply, context: { record: MeetingRecord; item: AgendaItem; resolution: Resolution }, view: { values?: Record<string, unknown>; votes?: Map<number, string>; errors?: FormErrors; saved?: string } = {}, status = 200) {
    const { record, item, resolution } = context;
    const [{ attendees: everyone, withdrawn }, recordedVotes] = await Promise.all([attendees(record, item), listVotes(db, resolution.id)]);
    const shownVotes = view.votes ?? new Map([...recordedVotes].map(([id, v]) => [id, v as string]));
    const errors = view.errors ?? noErrors;
    const values = view.values ?? { resolutionText: resolution.text, resolutionOutcome: resolution.outcome ?? '' };
    const voters = everyone.filter((a) => whyNotEligibleToVote(a, withdrawn.has(a.personId)) === null);
    const members = everyone.filter((a) => a.status !== 'in-attendance');
    const itemHeading = `${item.minuteNumber ?? item.number ?? ''}${item.minuteNumber || item.number ? '. ' : ''}${item.title}`;
    return reply.code(status).view('minutes-resolution.njk', {
      pageTitle: `${errors.summary.length ? 'Error: ' : ''}Resolution - ${itemHeading} - ${record.committee.name}, ${formatDateLong(record.meeting.date)}`,
      pageHeading: 'Resolution',
      ...meetingRecordFrame(request, record, 'minutes'),
      breadcrumbs: [...meetingRecordFrame(request, record, 'minutes').breadcrumbs, { text: itemHeading, href: `/manage/meetings/${record.meeting.id}/minutes/${item.id}` }],
      errors,
      saved: view.saved,
      item,
      itemHeading,
      resolution,
      base: `/manage/meetings/${record.meeting.id}/minutes/${item.id}/resolutions/${resolution.id}`,
      values,
      outcomeItems: [{ value: '', text: 'Select an outcome' }, ...outcomes.map((o) => ({ value: o, text: outcomeLabels[o], selected: values.resolutionOutcome === o }))],
      tally: tallyVotes([...recordedVotes.values()]),
      voters: voters.map((v) => ({
        ...v,
        field: voteField(v.personId),
        error: errors.fields[voteField(v.personId)],
        items: [...votes.map((vote) => ({ value: vote, text: voteLabels[vote], checked: shownVotes.get(v.personId) === vote })), { value: '', text: 'Did not vote', checked: !shownVotes.get(v.personId) }],
        vote: recordedVotes.get(v.personId) ? voteLabels[recordedVotes.get(v.personId)!] : 'Did not vote',
      })),
      nonVoters: members.filter((a) => !voters.includes(a)).map((a) => ({ name: a.name, reason: whyNotEligibleToVote(a, withdrawn.has(a.personId)) })),
      attendanceRecorded: members.length > 0,
    });
  }

  app.get('/manage/meetings/:id/minutes/:item/resolutions/:resolution', guard, async (request, reply) => {
    const context = await load(request);
    const saved = (request.query as { saved?: string }).saved;
    return showPage(request, reply, context, { saved: saved === 'vote' ? 'Vote recorded' : saved === 'resolution' ? 'Resolution saved' : undefined });
  });

  async function unlessLocked(request: FastifyRequest, reply: FastifyReply, change: (context: Awaited<ReturnType<typeof load>>) => Promise<FastifyReply>) {
    const context = await load(request);
    const locked = meetingRecordFrame(request, context.record, 'minutes').lockedReason;
    if (locked) return refuseLockedRecord(request, reply, context.record, 'minutes', locked);
    return change(context);
  }
  const label = (record: MeetingRecord, item: AgendaItem) => `item ${item.number ?? item.title} at ${record.committee.name} on ${formatDateLong(record.meeting.date)}`;

  app.post('/manage/meetings/:id/minutes/:item/resolutions/:resolution', guard, (request, reply) =>
    unlessLocked(request, reply, async (context) => {
      const form = ResolutionForm.safeParse(request.body ?? {});
      if (!form.success) return showPage(request, reply, context, { values: request.body as Record<string, unknown>, errors: zodFormErrors(form.error) }, 400);
      const tally = tallyVotes((await listVotes(db, context.resolution.id)).values());
      const problem = outcomeProblem(tally, form.data.resolutionOutcome);
      if (problem) return showPage(request, reply, context, { values: request.body as Record<string, unknown>, errors: formErrors({ resolutionOutcome: problem }) }, 400);
      await withAudit(db, staffOf(request), async (trx, audit) => {
        const after = await updateResolution(trx, context.resolution.id, { text: form.data.resolutionText, outcome: form.data.resolutionOutcome });
        await audit({ action: 'update', entity: 'resolution', entityId: after.id, summary: `Changed a resolution under ${label(context.record, context.item)}`, before: context.resolution, after });
      });
      return reply.redirect(`/manage/meetings/${context.record.meeting.id}/minutes/${context.item.id}/resolutions/${context.resolution.id}?saved=resolution`, 303);
    }),
  );

  app.post('/manage/meetings/:id/minutes/:item/resolutions/:resolution/votes', guard, (request, reply) =>
    unlessLocked(request, reply, async (context) => {
      const body = (request.body ?? {}) as Record<string, unknown>;
      const recorded = new Map<number, Vote>();
      const posted = new Map<number, string>();
      const problems: Record<string, string> = {};
      for (const [key, value] of Object.entries(body)) {
        const match = /^vote-(\d{1,10})$/.exec(key);
        if (!match || value === '' || value === undefined) continue;
        const personId = Number(match[1]);
        posted.set(personId, String(value));
        if (votes.includes(value as Vote)) recorded.set(personId, value as Vote);
        else problems[key] = 'Select for, against, abstained or did not vote';
      }
      const { attendees: everyone, withdrawn } = await attendees(context.record, context.item);
      for (const [personId, problem] of voteProblems(recorded, everyone, withdrawn)) problems[voteField(personId)] = problem;
      const outcome = outcomeProblem(tallyVotes(recorded.values()), context.resolution.outcome);
      if (outcome) problems.resolutionOutcome = `${outcome}: change the outcome first, or check the votes`;
      if (Object.keys(problems).length) return showPage(request, reply, context, { votes: posted, errors: formErrors(problems) }, 400);
      await withAudit(db, staffOf(request), async (trx, audit) => {
        const before = await listVotes(trx, context.resolution.id);
        await replaceVotes(trx, context.resolution.id, recorded);
        const names = new Map(everyone.map((a) => [a.personId, a.name]));
        const asList = (m: ReadonlyMap<number, Vote>) => [...m].map(([id, vote]) => ({ member: names.get(id) ?? String(id), vote }));
        const tally = tallyVotes(recorded.values());
        await audit({
          action: 'record-vote',
          entity: 'resolution',
          entityId: context.resolution.id,
          summary: `Recorded the vote on a resolution under ${label(context.record, context.item)}: ${tally.for} for, ${tally.against} against, ${tally.abstain} abstained`,
          before: { votes: asList(before) },
          after: { votes: asList(recorded) },
        });
      });
      return reply.redirect(`/manage/meetings/${context.record.meeting.id}/minutes/${context.item.id}/resolutions/${context.resolution.id}?saved=vote`, 303);
    }),
  );

  app.post('/manage/meetings/:id/minutes/:item/resolutions/:resolution/remove', guard, (request, reply) =>
    unlessLocked(request, reply, async ({ record, item, resolution }) => {
      await withAudit(db, staffOf(request), async (trx, audit) => {
        const votesBefore = await listVotes(trx, resolution.id);
        await deleteResolution(trx, resolution.id);
        await audit({ action: 'delete', entity: 'resolution', entityId: resolution.id, summary: `Removed a resolution from ${label(record, item)}`, before: { ...resolution, votes: Object.fromEntries(votesBefore) } });
      });
      return reply.redirect(`/manage/meetings/${record.meeting.id}/minutes/${item.id}?saved=resolution-removed#resolutions`, 303);
    }),
  );
}
