import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { requirePermission, staffOf } from '../accounts/access.ts';
import { withAudit } from '../audit/with-audit.ts';
import { describeMembership } from '../committees/membership.ts';
import type { Services } from '../services.ts';
import { formErrors, noErrors, zodFormErrors, type FormErrors } from '../web/form-errors.ts';
import { formatDateLong } from '../web/format.ts';
import { idSchema, notFound, parseParams } from '../web/params.ts';
import { CHAIR_FIELD, chairCandidates, memberField, readAttendanceForm, substituteField } from './attendance-form.ts';
import {
  addInAttendance,
  insertAttendee,
  listPeopleForAttendance,
  listRecordedAttendance,
  markMeetingHeld,
  removeInAttendance,
  saveMemberAttendance,
  type RecordedAttendee,
} from './attendance-repository.ts';
import { attendanceChoiceLabels, attendanceChoiceOf, attendanceChoices, remoteAttendanceExplanation } from './attendance-status.ts';
import { listRoster, type MeetingRecord, type Roster } from './meeting-record-repository.ts';
import { loadMeetingRecord, meetingRecordFrame, refuseLockedRecord } from './meeting-record-page.ts';
import { checkQuorum, quorumRequired } from './quorum.ts';

const OtherAttendeeForm = z
  .object({
    personId: z.union([z.literal(''), idSchema]).optional().transform((v) => (v === '' || v === undefined ? null : v)),
    newName: z.string().trim().max(200, 'The name must be 200 characters or fewer').optional().transform((v) => v || null),
    newKind: z.enum(['officer', 'public']).optional(),
    capacity: z.string().trim().max(300, 'The capacity must be 300 characters or fewer').optional().transform((v) => v || null),
  })
  .superRefine((form, ctx) => {
    if (form.personId === null && form.newName === null) ctx.addIssue({ code: 'custom', path: ['personId'], message: 'Select who attended, or enter the name of someone not listed' });
    if (form.personId !== null && form.newName !== null) ctx.addIssue({ code: 'custom', path: ['newName'], message: 'Select someone from the list or enter a new name, not both' });
    if (form.newName !== null && !form.newKind) ctx.addIssue({ code: 'custom', path: ['newKind'], message: 'Select whether they are a council officer or someone else' });
  });

/** Attendance at a meeting: the committee's members and substitutes, who chaired, and officers and others in attendance. */
export function registerAttendanceRoutes(app: FastifyInstance, { db, today }: Services): void {
  const guard = { preHandler: requirePermission('meetings:manage') };

  const snapshot = (rows: readonly RecordedAttendee[]) =>
    rows.map((r) => ({ person: r.name, status: r.status, attendedRemotely: r.attendedRemotely, substituteFor: r.substituteForPersonId, chair: r.isChairOfMeeting, capacity: r.capacity }));

  async function showPage(request: FastifyRequest, reply: FastifyReply, record: MeetingRecord, view: { values?: Record<string, string>; errors?: FormErrors; otherValues?: Record<string, unknown>; otherErrors?: FormErrors; saved?: string } = {}, status = 200) {
    const { meeting, committee, nation } = record;
    const [roster, recorded] = await Promise.all([listRoster(db, committee.id, meeting.date), listRecordedAttendance(db, meeting.id)]);
    const people = await listPeopleForAttendance(db, [...roster.members, ...roster.pool, ...recorded].map((p) => p.personId));
    const errors = view.errors ?? noErrors;
    const values = view.values ?? savedValues(roster, recorded);
    const rosterIds = new Set([...roster.members, ...roster.pool].map((p) => p.personId));
    const hasVote = new Map([...roster.members, ...roster.pool].map((p) => [p.personId, p.hasVote]));
    const quorum = checkQuorum(recorded.filter((r) => rosterIds.has(r.personId)).map((r) => ({ ...r, hasVote: hasVote.get(r.personId) ?? false })), quorumRequired(committee.quorum, roster.members.filter((m) => m.hasVote).length));
    const chairs = chairCandidates(roster, values, nation);
    const errorCount = errors.summary.length + (view.otherErrors?.summary.length ?? 0);
    return reply.code(status).view('minutes-attendance.njk', {
      pageTitle: `${errorCount ? 'Error: ' : ''}Attendance - ${committee.name}, ${formatDateLong(meeting.date)}`,
      pageHeading: 'Attendance',
      ...meetingRecordFrame(request, record, 'attendance'),
      errors: { summary: [...errors.summary, ...(view.otherErrors?.summary ?? [])], fields: errors.fields },
      saved: view.saved,
      recorded: recorded.some((r) => rosterIds.has(r.personId)),
      quorum,
      remoteExplanation: remoteAttendanceExplanation(nation),
      committeeSetsQuorum: committee.quorum !== null,
      members: roster.members.map((m) => ({
        ...m,
        description: describeMembership(m) + (m.groupName ? `, ${m.groupName}` : ''),
        field: memberField(m.personId),
        error: errors.fields[memberField(m.personId)],
        items: attendanceChoices.map((choice) => ({ value: choice, text: attendanceChoiceLabels[choice], checked: values[memberField(m.personId)] === choice })),
      })),
      pool: roster.pool.map((s) => ({
        ...s,
        description: describeMembership(s) + (s.groupName ? `, ${s.groupName}` : ''),
        field: substituteField(s.personId),
        error: errors.fields[substituteField(s.personId)],
        items: [{ value: '', text: 'Did not attend' }, ...roster.members.map((m) => ({ value: String(m.personId), text: `In place of ${m.name}`, selected: values[substituteField(s.personId)] === String(m.personId) }))],
      })),
      chairItems: [
        { value: '', text: 'Not recorded', checked: !values[CHAIR_FIELD] },
        ...chairs.map((p) => ({ value: String(p.personId), text: p.name, checked: values[CHAIR_FIELD] === String(p.personId) })),
      ],
      chairError: errors.fields[CHAIR_FIELD],
      chairsPresentOnly: chairs.length < roster.members.length + roster.pool.length,
      others: recorded.filter((r) => r.status === 'in-attendance'),
      unlisted: recorded.filter((r) => !rosterIds.has(r.personId) && r.status !== 'in-attendance'),
      people: [{ value: '', text: 'Select a person' }, ...people.map((p) => ({ value: String(p.id), text: `${p.name}${p.jobTitle ? `, ${p.jobTitle}` : ''} (${p.kind})`, selected: String(view.otherValues?.personId ?? '') === String(p.id) }))],
      otherValues: view.otherValues ?? {},
      otherErrors: view.otherErrors ?? noErrors,
    });
  }

  app.get('/manage/meetings/:id/attendance', guard, async (request, reply) => {
    const record = await loadMeetingRecord(db, request);
    const saved = (request.query as { saved?: string }).saved;
    return showPage(request, reply, record, { saved: saved === 'attendance' ? 'Attendance saved' : saved === 'other' ? 'Attendance updated' : undefined });
  });

  app.post('/manage/meetings/:id/attendance', guard, async (request, reply) => {
    const record = await loadMeetingRecord(db, request);
    const locked = meetingRecordFrame(request, record, 'attendance').lockedReason;
    if (locked) return refuseLockedRecord(request, reply, record, 'attendance', locked);
    const { meeting, committee, nation } = record;
    const roster = await listRoster(db, committee.id, meeting.date);
    const form = readAttendanceForm((request.body ?? {}) as Record<string, unknown>, roster, nation);
    if (Object.keys(form.problems).length > 0) return showPage(request, reply, record, { values: form.values, errors: formErrors(form.problems) }, 400);
    await withAudit(db, staffOf(request), async (trx, audit) => {
      const before = await listRecordedAttendance(trx, meeting.id);
      await saveMemberAttendance(trx, meeting.id, [...roster.members, ...roster.pool].map((p) => p.personId), form.entries);
      const held = await markMeetingHeld(trx, meeting.id, today());
      const after = await listRecordedAttendance(trx, meeting.id);
      await audit({
        action: 'record-attendance',
        entity: 'meeting',
        entityId: meeting.id,
        summary: `Recorded attendance at ${committee.name} on ${formatDateLong(meeting.date)}${held ? ', and marked the meeting held' : ''}`,
        before: { attendance: snapshot(before) },
        after: { attendance: snapshot(after) },
      });
    });
    return reply.redirect(`/manage/meetings/${meeting.id}/attendance?saved=attendance`, 303);
  });

  app.post('/manage/meetings/:id/attendance/others', guard, async (request, reply) => {
    const record = await loadMeetingRecord(db, request);
    const locked = meetingRecordFrame(request, record, 'attendance').lockedReason;
    if (locked) return refuseLockedRecord(request, reply, record, 'attendance', locked);
    const { meeting, committee } = record;
    const form = OtherAttendeeForm.safeParse(request.body ?? {});
    if (!form.success) return showPage(request, reply, record, { otherValues: request.body as Record<string, unknown>, otherErrors: zodFormErrors(form.error) }, 400);
    const roster = await listRoster(db, committee.id, meeting.date);
    const onRoster = [...roster.members, ...roster.pool].find((p) => p.personId === form.data.personId);
    if (onRoster) return showPage(request, reply, record, { otherValues: form.data, otherErrors: formErrors({ personId: `${onRoster.name} is on the committee: record their attendance above` }) }, 400);
    const problem = await withAudit(db, staffOf(request), async (trx, audit) => {
      const personId = form.data.personId ?? (await insertAttendee(trx, { fullName: form.data.newName!, kind: form.data.newKind!, jobTitle: form.data.capacity }));
      const person = await trx.selectFrom('person').select(['fullName']).where('id', '=', personId).executeTakeFirst();
      if (!person) return 'Select who attended from the list';
      if (!(await addInAttendance(trx, meeting.id, personId, form.data.capacity))) return `${person.fullName} is already recorded for this meeting`;
      await audit({
        action: 'add-in-attendance',
        entity: 'attendance',
        entityId: `${meeting.id}:${personId}`,
        summary: `Recorded ${person.fullName} as in attendance at ${committee.name} on ${formatDateLong(meeting.date)}`,
        after: { person: person.fullName, capacity: form.data.capacity, newPerson: form.data.personId === null },
      });
      return null;
    });
    if (problem) return showPage(request, reply, record, { otherValues: form.data, otherErrors: formErrors({ personId: problem }) }, 400);
    return reply.redirect(`/manage/meetings/${meeting.id}/attendance?saved=other`, 303);
  });

  app.post('/manage/meetings/:id/attendance/others/:person/remove', guard, async (request, reply) => {
    const record = await loadMeetingRecord(db, request);
    const locked = meetingRecordFrame(request, record, 'attendance').lockedReason;
    if (locked) return refuseLockedRecord(request, reply, record, 'attendance', locked);
    const { person: personId } = parseParams({ id: idSchema, person: idSchema }, request.params);
    const { meeting, committee } = record;
    await withAudit(db, staffOf(request), async (trx, audit) => {
      const row = (await listRecordedAttendance(trx, meeting.id)).find((r) => r.personId === personId && r.status === 'in-attendance') ?? notFound('attendance');
      await removeInAttendance(trx, meeting.id, personId);
      await audit({
        action: 'remove-in-attendance',
        entity: 'attendance',
        entityId: `${meeting.id}:${personId}`,
        summary: `Removed ${row.name} from those in attendance at ${committee.name} on ${formatDateLong(meeting.date)}`,
        before: { person: row.name, capacity: row.capacity },
      });
    });
    return reply.redirect(`/manage/meetings/${meeting.id}/attendance?saved=other`, 303);
  });
}

/** The form's values from what is stored. */
function savedValues(roster: Roster, recorded: readonly RecordedAttendee[]): Record<string, string> {
  const values: Record<string, string> = {};
  for (const member of roster.members) {
    const row = recorded.find((r) => r.personId === member.personId);
    values[memberField(member.personId)] = (row && attendanceChoiceOf(row)) ?? '';
  }
  for (const substitute of roster.pool) {
    const row = recorded.find((r) => r.personId === substitute.personId && r.status === 'substitute');
    values[substituteField(substitute.personId)] = row?.substituteForPersonId ? String(row.substituteForPersonId) : '';
  }
  const chair = recorded.find((r) => r.isChairOfMeeting);
  values[CHAIR_FIELD] = chair ? String(chair.personId) : '';
  return values;
}
