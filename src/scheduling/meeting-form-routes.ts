import type { FastifyInstance, FastifyReply } from 'fastify';
import { z } from 'zod';
import { requirePermission, staffOf } from '../accounts/access.ts';
import { withAudit } from '../audit/with-audit.ts';
import { listCommitteeNodes } from '../committees/committee-admin-repository.ts';
import { findCommitteeById, listMunicipalYears } from '../committees/committee-repository.ts';
import {
  clockTimeInputValue,
  confirmWarningsMessage,
  dateInputValues,
  dateParts,
  type FormWarning,
  linkDateErrorsToDayBox,
  optionalId,
  warningsConfirmation,
  warningsFingerprint,
} from '../committees/manage-form-fields.ts';
import { municipalYearOf } from '../committees/municipal-year-admin-rules.ts';
import { londonClockOf } from '../deadlines/london-time.ts';
import type { Services } from '../services.ts';
import { formatDateLong } from '../web/format.ts';
import { formErrors, type FormErrors, noErrors, zodFormErrors } from '../web/form-errors.ts';
import { idSchema, notFound, parseParams } from '../web/params.ts';
import { timeAndVenueNeedAMove, whyMeetingCannotChange } from './meeting-change-rules.ts';
import { checkMeetingSlots } from './scheduling-checks.ts';
import { meetingKinds, meetingKindSchema, meetingSnapshot, readMeetingTimes, remoteLinkSchema, venueSchema } from './scheduling-forms.ts';
import { findScheduledMeeting, insertScheduledMeetings, type ScheduledMeeting, updateMeetingDetails } from './scheduling-repository.ts';

const MeetingForm = z.object({
  committeeId: optionalId('Choose the committee').refine((v) => v !== null, 'Choose the committee'),
  kind: meetingKindSchema,
  venue: venueSchema,
  remoteLink: remoteLinkSchema,
});

const EditForm = MeetingForm.omit({ committeeId: true });

const fieldMessages = (error: z.ZodError) => Object.fromEntries(Object.entries(zodFormErrors(error).fields).map(([k, v]) => [k, v.text]));

/** One meeting at a time: scheduling it, and changing its details before anything is published about it. */
export function registerMeetingFormRoutes(app: FastifyInstance, { db, today }: Services): void {
  const guard = { preHandler: requirePermission('meetings:manage') };

  const showForm = async (
    reply: FastifyReply,
    view: { meeting?: ScheduledMeeting; values: Record<string, unknown>; errors: FormErrors; warnings?: FormWarning[] },
    status = 200,
  ) => {
    const committees = view.meeting ? [] : (await listCommitteeNodes(db)).filter((c) => c.isActive);
    const chosen = view.meeting ? await findCommitteeById(db, view.meeting.committeeId) : undefined;
    const warnings = view.warnings ?? [];
    return reply.code(status).view('scheduling-meeting-form.njk', {
      pageTitle: `${view.errors.summary.length ? 'Error: ' : ''}${view.meeting ? 'Change the meeting’s details' : 'Add a meeting'}`,
      meeting: view.meeting,
      values: view.values,
      errors: view.errors,
      warnings,
      warningsShown: warningsFingerprint(warnings),
      committeeItems: [
        { value: '', text: 'Choose a committee' },
        ...committees.map((c) => ({ value: String(c.id), text: c.name, selected: String(c.id) === String(view.values.committeeId ?? '') })),
      ],
      kindItems: meetingKinds.map((k) => ({ value: k.value, text: k.text, hint: { text: k.hint }, checked: k.value === (view.values.kind ?? 'ordinary') })),
      date: view.values.date ?? dateInputValues(null),
      lockedTimeAndVenue: view.meeting ? timeAndVenueNeedAMove(view.meeting.status) : false,
      defaultVenue: chosen?.defaultVenue ?? null,
    });
  };

  const formValues = (body: Record<string, unknown>) => ({ ...body, date: dateParts(body, 'date') });

  app.get('/manage/meetings/new', guard, async (request, reply) => {
    const committeeId = idSchema.safeParse((request.query as Record<string, unknown>).committee);
    const committee = committeeId.success ? await findCommitteeById(db, committeeId.data) : undefined;
    return showForm(reply, { values: { committeeId: committee?.id, kind: 'ordinary', venue: committee?.defaultVenue ?? '' }, errors: noErrors });
  });

  app.post('/manage/meetings', guard, async (request, reply) => {
    const body = request.body as Record<string, unknown>;
    const values = formValues(body);
    const form = MeetingForm.safeParse(body);
    const read = readMeetingTimes(body);
    const committee = form.success ? await findCommitteeById(db, form.data.committeeId!) : undefined;
    const fields = { ...(form.success ? {} : fieldMessages(form.error)), ...(read.errors ?? {}), ...(form.success && !committee ? { committeeId: 'Choose the committee' } : {}) };
    if (!form.success || !read.times || !committee) return showForm(reply, { values, errors: linkDateErrorsToDayBox(formErrors(fields), ['date']) }, 400);

    const { times } = read;
    const venue = form.data.venue;
    const year = municipalYearOf(await listMunicipalYears(db), times.date);
    const [found] = await checkMeetingSlots(db, [{ ref: 'new', committeeId: committee.id, committeeName: committee.name, date: times.date, startsAt: times.startsAt, endsAt: times.endsAt, venue: venue ?? committee.defaultVenue }], { today: today() });
    const warnings: FormWarning[] = [...found!];
    if (!year) warnings.push({ key: `no-year:${times.date}`, text: `No municipal year covers ${formatDateLong(times.date)}: the meeting will not be listed under a year until one is added.` });
    const decision = warningsConfirmation(warnings, body);
    if (decision === 'show') return showForm(reply, { values, errors: noErrors, warnings });
    if (decision === 'unconfirmed') return showForm(reply, { values, errors: formErrors({ confirmWarnings: confirmWarningsMessage }), warnings }, 400);

    const meeting = await withAudit(db, staffOf(request), async (trx, audit) => {
      const [created] = await insertScheduledMeetings(trx, [
        { committeeId: committee.id, municipalYearId: year?.id ?? null, date: times.date, startsAt: times.startsAt, endsAt: times.endsAt, kind: form.data.kind, venue, remoteLink: form.data.remoteLink },
      ]);
      await audit({ action: 'create', entity: 'meeting', entityId: created!.id, summary: `Scheduled ${committee.name} for ${formatDateLong(times.date)}`, after: meetingSnapshot(created!) });
      return created!;
    });
    return reply.redirect(`/manage/meetings?committee=${committee.id}&done=scheduled&count=1&meeting=${meeting.id}`, 303);
  });

  const loadMeeting = async (params: unknown) => {
    const { id } = parseParams({ id: idSchema }, params);
    return (await findScheduledMeeting(db, id)) ?? notFound('meeting');
  };

  app.get('/manage/meetings/:id/edit', guard, async (request, reply) => {
    const meeting = await loadMeeting(request.params);
    return showForm(reply, {
      meeting,
      values: {
        kind: meeting.kind,
        venue: meeting.venue ?? '',
        remoteLink: meeting.remoteLink ?? '',
        startTime: meeting.startsAt ? clockTimeInputValue(londonClockOf(meeting.startsAt)) : '',
        endTime: meeting.endsAt ? clockTimeInputValue(londonClockOf(meeting.endsAt)) : '',
      },
      errors: noErrors,
    });
  });

  app.post('/manage/meetings/:id/edit', guard, async (request, reply) => {
    const meeting = await loadMeeting(request.params);
    const body = request.body as Record<string, unknown>;
    if (meeting.status === 'cancelled') return showForm(reply, { meeting, values: body, errors: formErrors({ kind: whyMeetingCannotChange('cancelled') }) }, 400);
    const locked = timeAndVenueNeedAMove(meeting.status);
    const form = EditForm.safeParse(body);
    // Once the agenda is out, the start and the room change only by moving the meeting, with a notice.
    const read = locked ? null : readMeetingTimes(body, { date: 'date', startTime: 'startTime', endTime: 'endTime' }, meeting.date);
    if (!form.success || (read && !read.times)) {
      return showForm(reply, { meeting, values: body, errors: formErrors({ ...(form.success ? {} : fieldMessages(form.error)), ...(read?.errors ?? {}) }) }, 400);
    }
    const startsAt = read?.times ? read.times.startsAt : meeting.startsAt;
    const endsAt = read?.times ? read.times.endsAt : meeting.endsAt;
    const venue = locked ? meeting.venue : form.data.venue;
    let warnings: FormWarning[] = [];
    if (!locked) {
      const [found] = await checkMeetingSlots(
        db,
        [{ ref: `meeting-${meeting.id}`, committeeId: meeting.committeeId, committeeName: meeting.committeeName, date: meeting.date, startsAt, endsAt, venue: venue ?? meeting.committeeDefaultVenue }],
        { excludeMeetingIds: [meeting.id] },
      );
      // A clerk correcting the kind or the link is not told again about the day it already falls on.
      warnings = found!.filter((w) => !w.key.includes('|day:') && !w.key.includes('|no-council'));
    }
    const decision = warningsConfirmation(warnings, body);
    if (decision === 'show') return showForm(reply, { meeting, values: body, errors: noErrors, warnings });
    if (decision === 'unconfirmed') return showForm(reply, { meeting, values: body, errors: formErrors({ confirmWarnings: confirmWarningsMessage }), warnings }, 400);

    await withAudit(db, staffOf(request), async (trx, audit) => {
      const after = await updateMeetingDetails(trx, meeting.id, { kind: form.data.kind, startsAt, endsAt, venue, remoteLink: form.data.remoteLink });
      await audit({ action: 'update', entity: 'meeting', entityId: meeting.id, summary: `Changed the details of ${meeting.committeeName}, ${formatDateLong(meeting.date)}`, before: meetingSnapshot(meeting), after: meetingSnapshot(after) });
    });
    return reply.redirect(`/manage/meetings?committee=${meeting.committeeId}&done=updated&meeting=${meeting.id}`, 303);
  });
}
