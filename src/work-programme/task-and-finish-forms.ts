import { z } from 'zod';
import { linkDateErrorsToDayBox, optionalId, optionalText, readDateInput } from '../committees/manage-form-fields.ts';
import { formErrors, type FormErrors, zodFormErrors } from '../web/form-errors.ts';

type Result<T> = { ok: true; values: T } | { ok: false; errors: FormErrors };

const ScopeFields = z.object({
  scope: optionalText(5000, 'The scope must be 5,000 characters or fewer'),
  desiredOutcomes: optionalText(5000, 'The desired outcomes must be 5,000 characters or fewer'),
  exclusions: optionalText(5000, 'What the review leaves out must be 5,000 characters or fewer'),
});

/** The review's scope as the parent committee agreed it: what it covers, what it hopes for, what it leaves out. */
export function readScopeForm(body: Record<string, unknown>): Result<z.infer<typeof ScopeFields>> {
  const parsed = ScopeFields.safeParse(body);
  return parsed.success ? { ok: true, values: parsed.data } : { ok: false, errors: zodFormErrors(parsed.error) };
}

const MilestoneFields = z.object({
  title: z.string({ error: 'Enter the milestone' }).trim().min(1, 'Enter the milestone').max(300, 'The milestone must be 300 characters or fewer'),
});

/** A step in the review's timetable: "Evidence from bus operators", by a date. */
export function readMilestoneForm(body: Record<string, unknown>): Result<{ title: string; dueOn: string }> {
  const parsed = MilestoneFields.safeParse(body);
  const dueOn = readDateInput(body, 'dueOn', 'Date');
  const errors = formErrors({ ...(parsed.success ? {} : { title: parsed.error.issues[0]!.message }), dueOn: dueOn.error });
  if (!parsed.success || dueOn.value === null || errors.summary.length) return { ok: false, errors: linkDateErrorsToDayBox(errors, ['dueOn']) };
  return { ok: true, values: { title: parsed.data.title, dueOn: dueOn.value } };
}

const ReportFields = z.object({
  finalReportText: optionalText(100_000, 'The report must be 100,000 characters or fewer: upload it as a document instead'),
  reportedToMeetingId: optionalId('Choose the meeting from the list'),
});

export interface ReportValues {
  finalReportText: string | null;
  finalReportOn: string | null;
  reportedToMeetingId: number | null;
}

/** The final report as text, the day the group agreed it, and the parent committee's meeting that receives it. */
export function readReportForm(body: Record<string, unknown>): Result<ReportValues> {
  const parsed = ReportFields.safeParse(body);
  const on = readDateInput(body, 'finalReportOn', 'Date the group agreed the report', { required: false });
  const messages: Record<string, string | null> = parsed.success ? {} : Object.fromEntries(zodFormErrors(parsed.error).summary.map((s) => [s.href.slice(1), s.text]));
  const errors = formErrors({ ...messages, finalReportOn: on.error });
  if (!parsed.success || errors.summary.length) return { ok: false, errors: linkDateErrorsToDayBox(errors, ['finalReportOn']) };
  return { ok: true, values: { ...parsed.data, finalReportOn: on.value } };
}

const RecommendationFields = z.object({
  text: z.string({ error: 'Enter the recommendation' }).trim().min(1, 'Enter the recommendation').max(2000, 'The recommendation must be 2,000 characters or fewer'),
  addresseeName: optionalText(200, 'Who it is sent to must be 200 characters or fewer'),
});

export interface RecommendationValues {
  text: string;
  addresseeName: string | null;
  sentOn: string | null;
  receivedOn: string | null;
}

/**
 * A recommendation of the final report, to the executive: sent on a day,
 * received on a day (the two months for the executive's response run from
 * receipt, s.9FE), which cannot come before it was sent.
 */
export function readRecommendationForm(body: Record<string, unknown>): Result<RecommendationValues> {
  const parsed = RecommendationFields.safeParse(body);
  const sentOn = readDateInput(body, 'sentOn', 'Date sent', { required: false });
  const receivedOn = readDateInput(body, 'receivedOn', 'Date received', { required: false });
  const messages: Record<string, string | null> = parsed.success ? {} : Object.fromEntries(zodFormErrors(parsed.error).summary.map((s) => [s.href.slice(1), s.text]));
  const order = sentOn.value && receivedOn.value && receivedOn.value < sentOn.value ? 'The date received must be the same as or after the date sent' : null;
  const errors = formErrors({ ...messages, sentOn: sentOn.error, receivedOn: receivedOn.error ?? order });
  if (!parsed.success || errors.summary.length) return { ok: false, errors: linkDateErrorsToDayBox(errors, ['sentOn', 'receivedOn']) };
  return { ok: true, values: { ...parsed.data, sentOn: sentOn.value, receivedOn: receivedOn.value } };
}
