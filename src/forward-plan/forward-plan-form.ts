import { z } from 'zod';
import { dateParts, linkDateErrorsToDayBox, optionalId, optionalText, readDateInput } from '../committees/manage-form-fields.ts';
import type { ExemptParagraph } from '../meetings/meeting-tables.ts';
import type { DecisionKind } from '../tracking/tracking-tables.ts';
import { formErrors, type FormErrors, zodFormErrors } from '../web/form-errors.ts';
import { checkForwardPlanNotice, type UrgencyRoute } from './forward-plan-notice.ts';
import type { EntryStatus } from './forward-plan-admin-repository.ts';

const Fields = z.object({
  reference: optionalText(50, 'The reference must be 50 characters or fewer'),
  title: z.string({ error: 'Enter the decision’s title' }).trim().min(1, 'Enter the decision’s title').max(300, 'The title must be 300 characters or fewer'),
  purpose: optionalText(5000, 'The purpose must be 5,000 characters or fewer'),
  decisionMakerChoice: z.string({ error: 'Choose who takes the decision' }).regex(/^((committee|person):\d{1,9}|other)$/, 'Choose who takes the decision'),
  decisionMakerName: optionalText(200, 'The decision maker must be 200 characters or fewer'),
  decisionKind: z.enum(['key', 'non-key', 'budget-and-policy-framework'], { error: 'Select whether it is a key decision' }),
  directorate: optionalText(200, 'The directorate must be 200 characters or fewer'),
  leadOfficerPersonId: optionalId('Choose the lead officer from the list'),
  leadOfficerName: optionalText(200, 'The lead officer’s name must be 200 characters or fewer'),
  portfolioHolderName: optionalText(200, 'The portfolio holder must be 200 characters or fewer'),
  wardIds: z.union([z.string(), z.array(z.string())]).optional().transform((v) => [v ?? []].flat().filter((s) => s !== '')),
  allWards: z.literal('yes').optional(),
  isExempt: z.literal('yes').optional(),
  exemptParagraph: z.union([z.literal(''), z.enum(['1', '2', '3', '4', '5', '6', '7'])], { error: 'Choose the paragraph of Schedule 12A' }).optional(),
  status: z.enum(['planned', 'decided', 'deferred', 'withdrawn'], { error: 'Select the decision’s status' }),
  decision: optionalText(5000, 'The decision must be 5,000 characters or fewer'),
  urgencyRoute: z.union([z.literal(''), z.enum(['general-exception', 'special-urgency'])], { error: 'Choose the route the decision takes' }).optional(),
  urgencyAgreedBy: optionalText(200, 'Who agreed must be 200 characters or fewer'),
});

export interface EntryForm {
  reference: string | null;
  title: string;
  purpose: string | null;
  /** 'committee:4', 'person:12', or 'other' with decisionMakerName. */
  decisionMakerChoice: string;
  decisionMakerName: string | null;
  decisionKind: DecisionKind;
  decisionDueOn: string | null;
  decisionDueMonth: string | null;
  firstPublishedOn: string | null;
  directorate: string | null;
  leadOfficerPersonId: number | null;
  leadOfficerName: string | null;
  portfolioHolderName: string | null;
  wardIds: number[];
  allWards: boolean;
  isExempt: boolean;
  exemptParagraph: ExemptParagraph | null;
  status: EntryStatus;
  decidedOn: string | null;
  decision: string | null;
  urgencyRoute: UrgencyRoute | null;
  scrutinyChairNotifiedOn: string | null;
  exceptionNoticePublishedOn: string | null;
  urgencyAgreedBy: string | null;
  urgencyAgreedOn: string | null;
}

const dateFields = ['decisionDueOn', 'firstPublishedOn', 'decidedOn', 'scrutinyChairNotifiedOn', 'exceptionNoticePublishedOn', 'urgencyAgreedOn'];

/**
 * The forward plan entry form, checked on its own: a decision date, or a
 * month while the date is not known; the paragraph of Schedule 12A when it
 * is to be taken in private; the date it was taken once decided; and, for a
 * key decision given less than 28 clear days' notice, the route it takes
 * with the dates that show it was followed. `today` is the first
 * publication date of a new entry that gives none.
 *
 * @example
 * readEntryForm({ title: 'Bus contracts', decisionMakerChoice: 'committee:2', decisionKind: 'key', 'decisionDueOn-day': '28', … }, '2026-03-02');
 */
export function readEntryForm(body: Record<string, unknown>, today: string): { ok: true; values: EntryForm } | { ok: false; errors: FormErrors } {
  const parsed = Fields.safeParse(body);
  const date = (name: string, label: string) => readDateInput(body, name, label, { required: false });
  const dueOn = date('decisionDueOn', 'Decision date');
  const firstPublishedOn = date('firstPublishedOn', 'Date first published');
  const decidedOn = date('decidedOn', 'Date decided');
  const notifiedOn = date('scrutinyChairNotifiedOn', 'Date the scrutiny chair was told');
  const noticeOn = date('exceptionNoticePublishedOn', 'Date the notice was published');
  const agreedOn = date('urgencyAgreedOn', 'Date of the agreement');
  const month = readMonth(body, 'decisionDueMonth');
  const messages: Record<string, string | null> = {
    decisionDueOn: dueOn.error ?? (!dueOn.value && !month.value && !month.error ? 'Enter the decision date, or the month if the date is not yet known' : null),
    decisionDueMonth: dueOn.value ? null : month.error,
    firstPublishedOn: firstPublishedOn.error,
    decidedOn: decidedOn.error,
    scrutinyChairNotifiedOn: notifiedOn.error,
    exceptionNoticePublishedOn: noticeOn.error,
    urgencyAgreedOn: agreedOn.error,
  };
  if (parsed.success) {
    const data = parsed.data;
    if (data.decisionMakerChoice === 'other' && !data.decisionMakerName) messages.decisionMakerName = 'Enter who takes the decision';
    if (data.isExempt && !data.exemptParagraph) messages.exemptParagraph = 'Choose the paragraph of Schedule 12A that makes it exempt';
    if (data.status === 'decided' && !decidedOn.value && !decidedOn.error) messages.decidedOn = 'Enter the date the decision was taken';
  }
  const zodMessages: Record<string, string> = parsed.success ? {} : Object.fromEntries(zodFormErrors(parsed.error).summary.map((s) => [s.href.slice(1), s.text]));
  let errors = formErrors({ ...messages, ...zodMessages });
  if (!parsed.success || errors.summary.length) return { ok: false, errors: linkDateErrors(errors) };

  const data = parsed.data;
  const route = data.urgencyRoute || null;
  const values: EntryForm = {
    ...data,
    decisionDueOn: dueOn.value,
    // A date, once known, replaces the month.
    decisionDueMonth: dueOn.value ? null : month.value,
    firstPublishedOn: firstPublishedOn.value ?? today,
    wardIds: data.allWards ? [] : [...new Set(data.wardIds.map(Number).filter((n) => Number.isInteger(n) && n > 0))],
    allWards: data.allWards === 'yes',
    isExempt: data.isExempt === 'yes',
    exemptParagraph: data.isExempt && data.exemptParagraph ? (Number(data.exemptParagraph) as ExemptParagraph) : null,
    decidedOn: data.status === 'decided' ? decidedOn.value : null,
    urgencyRoute: route,
    // Only the chosen route's record is kept, so the page never shows dates for a route not taken.
    scrutinyChairNotifiedOn: route === 'general-exception' ? notifiedOn.value : null,
    exceptionNoticePublishedOn: route === 'general-exception' ? noticeOn.value : null,
    urgencyAgreedBy: route === 'special-urgency' ? data.urgencyAgreedBy : null,
    urgencyAgreedOn: route === 'special-urgency' ? agreedOn.value : null,
  };
  const notice = checkForwardPlanNotice(values);
  errors = formErrors(notice.problems);
  if (errors.summary.length) return { ok: false, errors: linkDateErrors(errors) };
  return { ok: true, values };
}

/** Date errors link to their day box; the month's (it has no day) to its month box. */
function linkDateErrors(errors: FormErrors): FormErrors {
  const linked = linkDateErrorsToDayBox(errors, dateFields);
  return { ...linked, summary: linked.summary.map((s) => (s.href === '#decisionDueMonth' ? { ...s, href: '#decisionDueMonth-month' } : s)) };
}

/** A month from two boxes, month and year: "2026-07"; null when both are empty. */
export function readMonth(body: Record<string, unknown>, name: string): { value: string | null; error: string | null } {
  const { month, year } = dateParts(body, name);
  if (!month && !year) return { value: null, error: null };
  if (!/^\d{1,2}$/.test(month) || Number(month) < 1 || Number(month) > 12 || !/^\d{4}$/.test(year)) return { value: null, error: 'The decision month must be a real month, like 7 2026' };
  return { value: `${year}-${month.padStart(2, '0')}`, error: null };
}
