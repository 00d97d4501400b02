import type { FastifyInstance, FastifyReply } from 'fastify';
import { z } from 'zod';
import { requirePermission, staffOf } from '../accounts/access.ts';
import { withAudit } from '../audit/with-audit.ts';
import { listCommitteeNodes } from '../committees/committee-admin-repository.ts';
import { findCommitteeById, listMunicipalYears } from '../committees/committee-repository.ts';
import type { Committee, MunicipalYear } from '../committees/committee-tables.ts';
import {
  confirmWarningsMessage,
  dateInputValues,
  dateParts,
  type FormWarning,
  linkDateErrorsToDayBox,
  optionalId,
  readClockTime,
  readDateInput,
  warningsConfirmation,
  warningsFingerprint,
} from '../committees/manage-form-fields.ts';
import type { Day } from '../deadlines/days.ts';
import { londonInstant } from '../deadlines/london-time.ts';
import type { Services } from '../services.ts';
import { formatDateLong, formatDateShort } from '../web/format.ts';
import { formErrors, type FormErrors, noErrors, zodFormErrors } from '../web/form-errors.ts';
import { idSchema } from '../web/params.ts';
import { describePattern, type MeetingPattern, patternDates } from './meeting-pattern.ts';
import { checkMeetingSlots } from './scheduling-checks.ts';
import { meetingKinds, meetingKindSchema, meetingSnapshot, venueSchema } from './scheduling-forms.ts';
import { insertScheduledMeetings, type NewScheduledMeeting } from './scheduling-repository.ts';

const monthNames = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const weekdays = [
  { value: '1', text: 'Monday' },
  { value: '2', text: 'Tuesday' },
  { value: '3', text: 'Wednesday' },
  { value: '4', text: 'Thursday' },
  { value: '5', text: 'Friday' },
  { value: '6', text: 'Saturday' },
  { value: '0', text: 'Sunday' },
];
const weeks = [
  { value: '1', text: 'First' },
  { value: '2', text: 'Second' },
  { value: '3', text: 'Third' },
  { value: '4', text: 'Fourth' },
  { value: 'last', text: 'Last' },
];

/** The fields common to the pattern and the preview: which committee, which year, what kind of meeting. */
const ScheduleForm = z.object({
  committeeId: optionalId('Choose the committee').refine((v) => v !== null, 'Choose the committee'),
  municipalYearId: optionalId('Choose the municipal year').refine((v) => v !== null, 'Choose the municipal year'),
  kind: meetingKindSchema,
});

const exceptMonthsSchema = z.preprocess((v) => (v === undefined ? [] : [v].flat()), z.array(z.coerce.number().int().min(1).max(12)));

const PatternForm = z.discriminatedUnion(
  'patternKind',
  [
    z.object({
      patternKind: z.literal('monthly'),
      week: z.enum(['1', '2', '3', '4', 'last'], { error: 'Choose which week of the month' }),
      weekday: z.enum(['0', '1', '2', '3', '4', '5', '6'], { error: 'Choose the day of the week' }),
      exceptMonths: exceptMonthsSchema,
    }),
    z.object({
      patternKind: z.literal('every-weeks'),
      weeks: z.coerce.number({ error: 'Enter how many weeks apart, like 6' }).int('Enter a whole number of weeks, like 6').min(1, 'Meetings must be at least a week apart').max(26, 'Meetings must be at most 26 weeks apart'),
      exceptMonths: exceptMonthsSchema,
    }),
  ],
  { error: 'Choose how the meetings repeat' },
);

/** The most rows a preview takes: a meeting every week of the year. */
const MAX_ROWS = 60;
/** Blank rows under the preview, for dates the pattern did not give. */
const EXTRA_ROWS = 2;

interface PreviewRow {
  index: number;
  include: boolean;
  date: { day: string; month: string; year: string };
  startTime: string;
  venue: string;
  isExtra: boolean;
  heading: string;
  warnings: FormWarning[];
}

const fieldMessages = (error: z.ZodError) => Object.fromEntries(Object.entries(zodFormErrors(error).fields).map(([k, v]) => [k, v.text]));

/**
 * A municipal year's meetings for a committee at once: the clerk picks a
 * repeating pattern ("the second Tuesday of every month except August"),
 * sees the dates with any warnings, moves, removes or adds dates, and
 * schedules them all in one go.
 */
export function registerYearScheduleRoutes(app: FastifyInstance, { db, today }: Services): void {
  const guard = { preHandler: requirePermission('meetings:manage') };

  const choices = async (values: Record<string, unknown>) => {
    const [committees, years] = await Promise.all([listCommitteeNodes(db), listMunicipalYears(db)]);
    return {
      committeeItems: [
        { value: '', text: 'Choose a committee' },
        ...committees.filter((c) => c.isActive).map((c) => ({ value: String(c.id), text: c.name, selected: String(c.id) === String(values.committeeId ?? '') })),
      ],
      yearItems: [
        { value: '', text: 'Choose a year' },
        ...years.map((y) => ({ value: String(y.id), text: `${y.label} (${formatDateShort(y.startsOn)} to ${formatDateShort(y.endsOn)})`, selected: String(y.id) === String(values.municipalYearId ?? '') })),
      ],
      hasYears: years.length > 0,
      kindItems: meetingKinds.map((k) => ({ value: k.value, text: k.text, checked: k.value === (values.kind ?? 'ordinary') })),
    };
  };

  const showPatternForm = async (reply: FastifyReply, values: Record<string, unknown>, errors: FormErrors, status = 200) => {
    const excepted = new Set([values.exceptMonths ?? []].flat().map(String));
    return reply.code(status).view('scheduling-year.njk', {
      pageTitle: `${errors.summary.length ? 'Error: ' : ''}Schedule a year of meetings`,
      values,
      errors,
      ...(await choices(values)),
      weekItems: weeks.map((w) => ({ ...w, selected: w.value === String(values.week ?? '2') })),
      weekdayItems: weekdays.map((d) => ({ ...d, selected: d.value === String(values.weekday ?? '2') })),
      monthItems: monthNames.map((text, i) => ({ value: String(i + 1), text, checked: excepted.has(String(i + 1)) })),
      firstDate: values.firstDate ?? dateInputValues(null),
    });
  };

  const showPreview = async (
    reply: FastifyReply,
    view: { values: Record<string, unknown>; committee: Committee; year: MunicipalYear; rows: PreviewRow[]; errors: FormErrors; warnings: FormWarning[]; patternText: string },
    status = 200,
  ) =>
    reply.code(status).view('scheduling-year-preview.njk', {
      pageTitle: `${view.errors.summary.length ? 'Error: ' : ''}Check the dates for ${view.committee.name}`,
      ...view,
      kindText: meetingKinds.find((k) => k.value === view.values.kind)?.text ?? 'Ordinary',
      warningsShown: warningsFingerprint(view.warnings),
      dateCount: view.rows.filter((r) => !r.isExtra).length,
      included: view.rows.filter((r) => r.include && !r.isExtra).length + view.rows.filter((r) => r.isExtra && r.date.day).length,
      hidden: hiddenPatternFields(view.values),
    });

  app.get('/manage/meetings/schedule', guard, async (request, reply) => {
    const query = request.query as Record<string, unknown>;
    const committee = idSchema.safeParse(query.committee).success ? await findCommitteeById(db, Number(query.committee)) : undefined;
    const years = await listMunicipalYears(db);
    // The year after today's is the one clerks usually plan; otherwise the current one.
    const year = years.find((y) => y.startsOn > today()) ?? years.find((y) => y.startsOn <= today() && today() <= y.endsOn);
    return showPatternForm(
      reply,
      { committeeId: committee?.id, municipalYearId: year?.id, kind: 'ordinary', patternKind: 'monthly', week: '2', weekday: '2', exceptMonths: ['8'], venue: committee?.defaultVenue ?? '' },
      noErrors,
    );
  });

  app.post('/manage/meetings/schedule', guard, async (request, reply) => {
    const body = request.body as Record<string, unknown>;
    const action = String(body.action ?? 'preview');
    const schedule = ScheduleForm.safeParse(body);
    const [committee, year] = schedule.success
      ? await Promise.all([findCommitteeById(db, schedule.data.committeeId!), (await listMunicipalYears(db)).find((y) => y.id === schedule.data.municipalYearId)])
      : [undefined, undefined];

    if (action === 'change-pattern') return showPatternForm(reply, { ...body, firstDate: dateParts(body, 'firstDate') }, noErrors);

    if (action === 'preview') {
      const pattern = PatternForm.safeParse(body);
      const firstDate = body.patternKind === 'every-weeks' ? readDateInput(body, 'firstDate', 'First meeting date') : { value: null, error: null };
      const start = readClockTime(body.startTime, 'Start time', { required: true });
      const venue = venueSchema.safeParse(body.venue);
      const fields: Record<string, string | null | undefined> = {
        ...(schedule.success ? {} : fieldMessages(schedule.error)),
        ...(schedule.success && !committee ? { committeeId: 'Choose the committee' } : {}),
        ...(schedule.success && !year ? { municipalYearId: 'Choose the municipal year' } : {}),
        ...(pattern.success ? {} : fieldMessages(pattern.error)),
        firstDate: firstDate.error,
        startTime: start.error,
        ...(venue.success ? {} : fieldMessages(venue.error)),
      };
      if (fields.form) fields.patternKind = fields.form;
      delete fields.form;
      if (year && firstDate.value && (firstDate.value < year.startsOn || firstDate.value > year.endsOn)) {
        fields.firstDate = `First meeting date must be within ${year.label}, ${formatDateShort(year.startsOn)} to ${formatDateShort(year.endsOn)}`;
      }
      if (!schedule.success || !committee || !year || !pattern.success || Object.values(fields).some(Boolean)) {
        return showPatternForm(reply, { ...body, firstDate: dateParts(body, 'firstDate') }, linkDateErrorsToDayBox(formErrors(fields), ['firstDate']), 400);
      }
      const meetingPattern: MeetingPattern =
        pattern.data.patternKind === 'monthly'
          ? { kind: 'monthly', week: pattern.data.week === 'last' ? 'last' : (Number(pattern.data.week) as 1 | 2 | 3 | 4), weekday: Number(pattern.data.weekday), exceptMonths: pattern.data.exceptMonths }
          : { kind: 'every-weeks', weeks: pattern.data.weeks, firstDate: firstDate.value!, exceptMonths: pattern.data.exceptMonths };
      const dates = patternDates(meetingPattern, year.startsOn, year.endsOn).slice(0, MAX_ROWS);
      const rows: PreviewRow[] = [
        ...dates.map((date, index) => ({ index, include: true, date: dateInputValues(date), startTime: String(body.startTime ?? '').trim(), venue: venue.data ?? '', isExtra: false, heading: formatDateLong(date), warnings: [] })),
        ...extraRows(dates.length),
      ];
      const values = { ...body, patternText: describePattern(meetingPattern), rowCount: String(rows.length) };
      const checked = await checkRows(rows, committee);
      return showPreview(reply, { values, committee, year, rows: checked.rows, errors: noErrors, warnings: checked.warnings, patternText: values.patternText });
    }

    // 'check' and 'create' read the preview's rows as the clerk left them.
    if (!schedule.success || !committee || !year) return reply.redirect('/manage/meetings/schedule', 303);
    const rowCount = Math.min(Number(body.rowCount) || 0, MAX_ROWS + EXTRA_ROWS);
    const read = readRows(body, rowCount, year);
    const patternText = String(body.patternText ?? '');
    if (read.errors.summary.length) return showPreview(reply, { values: body, committee, year, rows: read.rows, errors: read.errors, warnings: [], patternText }, 400);
    const checked = await checkRows(read.rows, committee);
    const chosen = read.meetings;
    if (action !== 'create') return showPreview(reply, { values: body, committee, year, rows: checked.rows, errors: noErrors, warnings: checked.warnings, patternText });
    if (chosen.length === 0) {
      return showPreview(reply, { values: body, committee, year, rows: checked.rows, errors: formErrors({ 'row-0-include': 'Choose at least one date to schedule' }), warnings: checked.warnings, patternText }, 400);
    }
    const decision = warningsConfirmation(checked.warnings, body);
    if (decision !== 'go') {
      const errors = decision === 'unconfirmed' ? formErrors({ confirmWarnings: confirmWarningsMessage }) : noErrors;
      return showPreview(reply, { values: body, committee, year, rows: checked.rows, errors, warnings: checked.warnings, patternText }, decision === 'unconfirmed' ? 400 : 200);
    }

    const kind = schedule.data.kind;
    const created = await withAudit(db, staffOf(request), async (trx, audit) => {
      const meetings = await insertScheduledMeetings(
        trx,
        chosen.map((m): NewScheduledMeeting => ({ committeeId: committee.id, municipalYearId: year.id, date: m.date, startsAt: m.startsAt, endsAt: null, kind, venue: m.venue, remoteLink: null })),
      );
      for (const meeting of meetings) {
        await audit({ action: 'create', entity: 'meeting', entityId: meeting.id, summary: `Scheduled ${committee.name} for ${formatDateLong(meeting.date)} (${year.label} schedule)`, after: meetingSnapshot(meeting) });
      }
      return meetings;
    });
    return reply.redirect(`/manage/meetings?committee=${committee.id}&year=${year.id}&done=scheduled&count=${created.length}${created.length === 1 ? `&meeting=${created[0]!.id}` : ''}`, 303);
  });

  /** Warnings for the rows that will be scheduled, placed under each row and gathered for the confirmation. */
  async function checkRows(rows: PreviewRow[], committee: Committee): Promise<{ rows: PreviewRow[]; warnings: FormWarning[] }> {
    const slots = rows.flatMap((row) => {
      const meeting = rowMeeting(row);
      if (!meeting) return [];
      return [{ row, slot: { ref: `row-${row.index}`, committeeId: committee.id, committeeName: committee.name, date: meeting.date, startsAt: meeting.startsAt, endsAt: null, venue: meeting.venue ?? committee.defaultVenue } }];
    });
    const found = await checkMeetingSlots(db, slots.map((s) => s.slot), { today: today() });
    const byRow = new Map(slots.map((s, i) => [s.row.index, found[i]!]));
    const checked = rows.map((row) => ({ ...row, warnings: byRow.get(row.index) ?? [] }));
    return { rows: checked, warnings: checked.flatMap((r) => r.warnings) };
  }
}

/** A row's meeting when it is to be scheduled and its fields read. */
function rowMeeting(row: PreviewRow): { date: Day; startsAt: Date; venue: string | null } | null {
  if (!row.include) return null;
  const date = readDateInput({ 'row-day': row.date.day, 'row-month': row.date.month, 'row-year': row.date.year }, 'row', 'Date');
  const start = readClockTime(row.startTime, 'Start time', { required: true });
  if (!date.value || !start.value) return null;
  return { date: date.value, startsAt: londonInstant(date.value, start.value), venue: row.venue.trim() || null };
}

function extraRows(after: number): PreviewRow[] {
  return Array.from({ length: EXTRA_ROWS }, (_, i) => ({
    index: after + i,
    include: false,
    date: { day: '', month: '', year: '' },
    startTime: '',
    venue: '',
    isExtra: true,
    heading: `Another date${EXTRA_ROWS > 1 ? ` (${i + 1})` : ''}`,
    warnings: [],
  }));
}

/**
 * The preview's rows as posted: pattern rows are scheduled when ticked;
 * the blank rows at the end when a date is filled in. Each error names the
 * meeting it is about.
 */
function readRows(body: Record<string, unknown>, rowCount: number, year: MunicipalYear) {
  const rows: PreviewRow[] = [];
  const messages: Record<string, string | null> = {};
  const meetings: { date: Day; startsAt: Date; venue: string | null }[] = [];
  for (let index = 0; index < rowCount; index++) {
    const prefix = `row-${index}`;
    const isExtra = body[`${prefix}-extra`] === 'yes';
    const date = dateParts(body, `${prefix}-date`);
    const include = isExtra ? Boolean(date.day || date.month || date.year) : [body[`${prefix}-include`]].flat().includes('yes');
    const row: PreviewRow = {
      index,
      include,
      date,
      startTime: String(body[`${prefix}-startTime`] ?? '').trim(),
      venue: String(body[`${prefix}-venue`] ?? '').trim(),
      isExtra,
      heading: String(body[`${prefix}-heading`] ?? `Meeting ${index + 1}`),
      warnings: [],
    };
    rows.push(row);
    if (!include) continue;
    const label = `meeting ${index + 1}`;
    const day = readDateInput(body, `${prefix}-date`, `Date of ${label}`);
    const start = readClockTime(row.startTime, `Start time of ${label}`, { required: true });
    const venue = venueSchema.safeParse(row.venue);
    messages[`${prefix}-date`] = day.error;
    messages[`${prefix}-startTime`] = start.error;
    if (!venue.success) messages[`${prefix}-venue`] = `The venue of ${label} must be 200 characters or fewer`;
    if (day.value && (day.value < year.startsOn || day.value > year.endsOn)) {
      messages[`${prefix}-date`] = `Date of ${label} must be within ${year.label}, ${formatDateShort(year.startsOn)} to ${formatDateShort(year.endsOn)}`;
    }
    if (day.value && start.value && !messages[`${prefix}-date`] && venue.success) meetings.push({ date: day.value, startsAt: londonInstant(day.value, start.value), venue: venue.data });
  }
  const errors = linkDateErrorsToDayBox(formErrors(messages), rows.map((r) => `row-${r.index}-date`));
  return { rows, errors, meetings };
}

/** The pattern form's fields, carried through the preview so the clerk can go back and change the pattern. */
function hiddenPatternFields(values: Record<string, unknown>): { name: string; value: string }[] {
  const names = ['committeeId', 'municipalYearId', 'kind', 'patternKind', 'week', 'weekday', 'weeks', 'firstDate-day', 'firstDate-month', 'firstDate-year', 'startTime', 'venue', 'patternText'];
  const fields = names.filter((name) => values[name] !== undefined).map((name) => ({ name, value: String(values[name]) }));
  for (const month of [values.exceptMonths ?? []].flat()) fields.push({ name: 'exceptMonths', value: String(month) });
  return fields;
}
