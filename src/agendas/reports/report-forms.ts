import { z } from 'zod';
import { isDay } from '../../deadlines/days.ts';
import type { DecisionType } from '../../meetings/meeting-tables.ts';
import { idSchema } from '../../web/params.ts';
import { classificationField, optionalId, paragraphField, requireParagraph } from '../agenda-forms.ts';
import { requiredSignOffRoles } from './report-status.ts';

const decisionTypes = ['executive', 'council', 'committee', 'officer', 'scrutiny', 'for-information'] as const satisfies readonly DecisionType[];

/** A form field that may be sent once or several times (checkboxes): always a list. */
const manyIds = z.preprocess((v) => (v === undefined || v === '' ? [] : Array.isArray(v) ? v : [v]), z.array(idSchema, { error: 'Select wards from the list' }));

/** A report's details, as its edit page sends them. */
export const ReportForm = z
  .object({
    reportTitle: z.string().trim().min(1, 'Enter the report’s title').max(300, 'The title must be 300 characters or fewer'),
    summary: z
      .string()
      .trim()
      .max(5000, 'The summary must be 5,000 characters or fewer')
      .optional()
      .transform((v) => v || null),
    author: optionalId,
    leadOfficer: optionalId,
    directorate: z
      .string()
      .trim()
      .max(200, 'The directorate must be 200 characters or fewer')
      .optional()
      .transform((v) => v || null),
    reportClassification: classificationField,
    reportParagraph: paragraphField,
    decisionType: z.union([z.literal(''), z.enum(decisionTypes)], { error: 'Select the kind of decision from the list' }).optional().transform((v) => v || null),
    keyDecision: z.enum(['yes', 'no'], { error: 'Select whether the report asks for a key decision' }),
    forwardPlanEntry: optionalId,
    wardScope: z.enum(['all', 'some', 'none'], { error: 'Select which wards the report affects' }),
    wards: manyIds,
  })
  .superRefine(requireParagraph('report'))
  .superRefine((form, context) => {
    // A key decision is an executive decision by definition (Local Authorities (Executive Arrangements) Regulations 2012, reg 8).
    if (form.keyDecision === 'yes' && form.decisionType !== 'executive') {
      context.addIssue({ code: 'custom', path: ['keyDecision'], message: 'A key decision is an executive decision: choose “Executive decision” as the kind of decision, or answer no' });
    }
    if (form.wardScope === 'some' && form.wards.length === 0) context.addIssue({ code: 'custom', path: ['wards'], message: 'Select the wards the report affects' });
  });

export type ReportFormValues = z.infer<typeof ReportForm>;

export const SignOffForm = z
  .object({
    reviewerRole: z.enum(requiredSignOffRoles, { error: 'Select who signed the report off: legal, finance or governance' }),
    reviewerName: z.string().trim().min(1, 'Enter the reviewer’s name').max(200, 'The name must be 200 characters or fewer'),
    'signedOffOn-day': z.string().trim().optional(),
    'signedOffOn-month': z.string().trim().optional(),
    'signedOffOn-year': z.string().trim().optional(),
    comment: z
      .string()
      .trim()
      .max(2000, 'The comment must be 2,000 characters or fewer')
      .optional()
      .transform((v) => v || null),
  })
  .transform((form, context) => {
    const signedOffOn = dayFrom(form['signedOffOn-day'], form['signedOffOn-month'], form['signedOffOn-year']);
    if (signedOffOn === null) {
      context.addIssue({ code: 'custom', path: ['signedOffOn'], message: 'Enter the date it was signed off, like 27 2 2026' });
      return z.NEVER;
    }
    return { reviewerRole: form.reviewerRole, reviewerName: form.reviewerName, signedOffOn, comment: form.comment };
  });

export const StepForm = z.object({ step: z.enum(['submit', 'return-to-draft', 'confirm-sign-off']) });

/** A GOV.UK date input's three fields as YYYY-MM-DD, or null when they do not make a real date. */
export function dayFrom(day: string | undefined, month: string | undefined, year: string | undefined): string | null {
  if (!/^\d{1,2}$/.test(day ?? '') || !/^\d{1,2}$/.test(month ?? '') || !/^\d{4}$/.test(year ?? '')) return null;
  const iso = `${year}-${month!.padStart(2, '0')}-${day!.padStart(2, '0')}`;
  return isDay(iso) ? iso : null;
}
