import type { FastifyInstance, FastifyReply } from 'fastify';
import { z } from 'zod';
import { requirePermission, staffOf } from '../accounts/access.ts';
import { withAudit } from '../audit/with-audit.ts';
import { listMunicipalYears } from '../committees/committee-repository.ts';
import {
  clockTimeInputValue,
  confirmWarningsMessage,
  dateInputValues,
  dateParts,
  type FormWarning,
  linkDateErrorsToDayBox,
  warningsConfirmation,
  warningsFingerprint,
} from '../committees/manage-form-fields.ts';
import { municipalYearOf } from '../committees/municipal-year-admin-rules.ts';
import { londonClockOf } from '../deadlines/london-time.ts';
import type { Services } from '../services.ts';
import { formatDateLong } from '../web/format.ts';
import { formErrors, type FormErrors, noErrors, zodFormErrors } from '../web/form-errors.ts';
import { idSchema, notFound, parseParams } from '../web/params.ts';
import { agendaNoticeWarning, whyMeetingCannotChange } from './meeting-change-rules.ts';
import { noticeText } from './meeting-notice.ts';
import { checkMeetingSlots, schedulingCalendar } from './scheduling-checks.ts';
import { meetingSnapshot, readMeetingTimes, reasonSchema, venueSchema } from './scheduling-forms.ts';
import { cancelMeeting, findScheduledMeeting, moveMeeting, type ScheduledMeeting } from './scheduling-repository.ts';

const CancelForm = z.object({ reason: reasonSchema });
const MoveForm = z.object({ reason: reasonSchema, venue: venueSchema });

const fieldMessages = (error: z.ZodError) => Object.fromEntries(Object.entries(zodFormErrors(error).fields).map(([k, v]) => [k, v.text]));

/**
 * Cancelling and moving a meeting. Each leaves a dated public notice on the
 * meeting page and the committee page, changes the calendar feeds, goes in
 * the audit trail, and waits for the committee's followers to be told
 * (meeting_notice.subscribers_notified_at). A moved meeting keeps its old
 * address, which redirects to the new one.
 */
export function registerMeetingChangeRoutes(app: FastifyInstance, { db, today }: Services): void {
  const guard = { preHandler: requirePermission('meetings:manage') };

  const loadMeeting = async (params: unknown) => {
    const { id } = parseParams({ id: idSchema }, params);
    return (await findScheduledMeeting(db, id)) ?? notFound('meeting');
  };

  const page = (meeting: ScheduledMeeting) => ({
    meeting,
    meetingName: `${meeting.committeeName}, ${formatDateLong(meeting.date)}`,
    publicHref: `/committees/${meeting.committeeSlug}/meetings/${meeting.slug}`,
    cannotChange: whyMeetingCannotChange(meeting.status),
  });

  const showCancel = (reply: FastifyReply, meeting: ScheduledMeeting, values: Record<string, unknown>, errors: FormErrors, status = 200) =>
    reply.code(status).view('scheduling-cancel.njk', {
      pageTitle: `${errors.summary.length ? 'Error: ' : ''}Cancel the meeting`,
      ...page(meeting),
      values,
      errors,
    });

  app.get('/manage/meetings/:id/cancel', guard, async (request, reply) => showCancel(reply, await loadMeeting(request.params), {}, noErrors));

  app.post('/manage/meetings/:id/cancel', guard, async (request, reply) => {
    const meeting = await loadMeeting(request.params);
    const body = request.body as Record<string, unknown>;
    const cannot = whyMeetingCannotChange(meeting.status);
    if (cannot) return showCancel(reply, meeting, body, formErrors({ reason: cannot }), 400);
    const form = CancelForm.safeParse(body);
    if (!form.success) return showCancel(reply, meeting, body, zodFormErrors(form.error), 400);
    const staff = staffOf(request);
    await withAudit(db, staff, async (trx, audit) => {
      const { meeting: after, notice } = await cancelMeeting(trx, meeting, form.data.reason, staff.id, meeting.committeeDefaultVenue);
      await audit({ action: 'cancel', entity: 'meeting', entityId: meeting.id, summary: `Cancelled ${meeting.committeeName}, ${formatDateLong(meeting.date)}: ${notice.reason}`, before: meetingSnapshot(meeting), after: meetingSnapshot(after) });
    });
    return reply.redirect(`/manage/meetings?committee=${meeting.committeeId}&done=cancelled&meeting=${meeting.id}`, 303);
  });

  const showMove = (
    reply: FastifyReply,
    meeting: ScheduledMeeting,
    view: { values: Record<string, unknown>; errors: FormErrors; warnings?: FormWarning[]; preview?: string },
    status = 200,
  ) => {
    const shown = view.warnings ?? [];
    return reply.code(status).view('scheduling-move.njk', {
      pageTitle: `${view.errors.summary.length ? 'Error: ' : ''}Move the meeting`,
      ...page(meeting),
      values: view.values,
      date: view.values.date ?? dateInputValues(null),
      errors: view.errors,
      warnings: shown.filter((w) => w.key !== 'notice'),
      warningsShown: warningsFingerprint(shown),
      preview: view.preview,
    });
  };

  app.get('/manage/meetings/:id/move', guard, async (request, reply) => {
    const meeting = await loadMeeting(request.params);
    return showMove(reply, meeting, {
      values: {
        date: dateInputValues(meeting.date),
        startTime: meeting.startsAt ? clockTimeInputValue(londonClockOf(meeting.startsAt)) : '',
        endTime: meeting.endsAt ? clockTimeInputValue(londonClockOf(meeting.endsAt)) : '',
        venue: meeting.venue ?? meeting.committeeDefaultVenue ?? '',
      },
      errors: noErrors,
    });
  });

  app.post('/manage/meetings/:id/move', guard, async (request, reply) => {
    const meeting = await loadMeeting(request.params);
    const body = request.body as Record<string, unknown>;
    const values = { ...body, date: dateParts(body, 'date') };
    const cannot = whyMeetingCannotChange(meeting.status);
    if (cannot) return showMove(reply, meeting, { values, errors: linkDateErrorsToDayBox(formErrors({ date: cannot }), ['date']) }, 400);
    const form = MoveForm.safeParse(body);
    const read = readMeetingTimes(body);
    if (!form.success || !read.times) {
      const fields = { ...(read.errors ?? {}), ...(form.success ? {} : fieldMessages(form.error)) };
      return showMove(reply, meeting, { values, errors: linkDateErrorsToDayBox(formErrors(fields), ['date']) }, 400);
    }
    const { times } = read;
    // The form shows the committee's usual venue when the meeting has none; leaving it so is no change of room.
    const venue = meeting.venue === null && form.data.venue === meeting.committeeDefaultVenue ? null : form.data.venue;
    const unchanged =
      times.date === meeting.date &&
      times.startsAt.getTime() === meeting.startsAt?.getTime() &&
      (times.endsAt?.getTime() ?? null) === (meeting.endsAt?.getTime() ?? null) &&
      (venue ?? meeting.committeeDefaultVenue ?? '') === (meeting.venue ?? meeting.committeeDefaultVenue ?? '');
    if (unchanged) return showMove(reply, meeting, { values, errors: linkDateErrorsToDayBox(formErrors({ date: 'Change the date, time or venue to move the meeting' }), ['date']) }, 400);

    const [{ calendar }, [found], years] = await Promise.all([
      schedulingCalendar(db),
      checkMeetingSlots(db, [{ ref: `meeting-${meeting.id}`, committeeId: meeting.committeeId, committeeName: meeting.committeeName, date: times.date, startsAt: times.startsAt, endsAt: times.endsAt, venue: venue ?? meeting.committeeDefaultVenue }], {
        excludeMeetingIds: [meeting.id],
        today: today(),
      }),
      listMunicipalYears(db),
    ]);
    const warnings: FormWarning[] = [...found!];
    const notice = agendaNoticeWarning(calendar, meeting.agendaPublishedAt, times.date);
    if (notice) warnings.push(notice);
    const year = municipalYearOf(years, times.date);
    if (!year) warnings.push({ key: `no-year:${times.date}`, text: `No municipal year covers ${formatDateLong(times.date)}: the meeting will not be listed under a year until one is added.` });
    const move = { date: times.date, startsAt: times.startsAt, endsAt: times.endsAt, venue, municipalYearId: year?.id ?? null, reason: form.data.reason, defaultVenue: meeting.committeeDefaultVenue };
    const preview = noticeText({ kind: 'moved', reason: move.reason, previousDate: meeting.date, previousStartsAt: meeting.startsAt, previousVenue: meeting.venue ?? meeting.committeeDefaultVenue, newDate: move.date, newStartsAt: move.startsAt, newVenue: venue ?? meeting.committeeDefaultVenue });
    // The clerk always sees the public notice before it goes out, as with warnings.
    const shown = [{ key: 'notice', text: preview }, ...warnings];
    const decision = warningsConfirmation(shown, body);
    if (decision === 'show') return showMove(reply, meeting, { values, errors: noErrors, warnings: shown, preview });
    if (decision === 'unconfirmed') return showMove(reply, meeting, { values, errors: formErrors({ confirmWarnings: confirmWarningsMessage }), warnings: shown, preview }, 400);

    const staff = staffOf(request);
    const after = await withAudit(db, staff, async (trx, audit) => {
      const moved = await moveMeeting(trx, meeting, move, staff.id);
      await audit({ action: 'move', entity: 'meeting', entityId: meeting.id, summary: `${meeting.committeeName}: ${noticeText(moved.notice)}`, before: meetingSnapshot(meeting), after: meetingSnapshot(moved.meeting) });
      return moved.meeting;
    });
    return reply.redirect(`/manage/meetings?committee=${after.committeeId}&done=moved&meeting=${after.id}`, 303);
  });
}
