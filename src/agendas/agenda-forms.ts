import { z } from 'zod';
import type { ExemptParagraph } from '../meetings/meeting-tables.ts';
import { idSchema } from '../web/params.ts';

/** An optional select: the empty option means none. */
export const optionalId = z.union([z.literal(''), idSchema]).optional().transform((v) => (v === '' || v === undefined ? null : v));

const optionalText = (max: number, message: string) =>
  z
    .string()
    .trim()
    .max(max, message)
    .optional()
    .transform((v) => v || null);

/** Open or exempt: an exempt item also needs its Schedule 12A paragraph (requireParagraph). */
export const classificationField = z.enum(['open', 'exempt'], { error: 'Select whether it is open to the public or exempt' });
export const paragraphField = z.union([z.literal(''), z.coerce.number().int().min(1).max(7)], { error: 'Select a paragraph from 1 to 7' }).optional();

/**
 * The paragraph an exempt item needs, as an issue on the paragraph field.
 * `prefix` names the form's fields (itemClassification, itemParagraph), so
 * two forms on one page keep their errors apart.
 */
export function requireParagraph(prefix: string) {
  return (form: Record<string, unknown>, context: z.RefinementCtx) => {
    const paragraph = form[`${prefix}Paragraph`];
    if (form[`${prefix}Classification`] === 'exempt' && (paragraph === '' || paragraph === undefined)) {
      context.addIssue({ code: 'custom', path: [`${prefix}Paragraph`], message: 'Select the paragraph of Schedule 12A that makes it exempt' });
    }
  };
}

export function exemption(classification: 'open' | 'exempt', paragraph: number | '' | undefined): { isExempt: boolean; exemptParagraph: ExemptParagraph | null } {
  const isExempt = classification === 'exempt';
  return { isExempt, exemptParagraph: isExempt && typeof paragraph === 'number' ? (paragraph as ExemptParagraph) : null };
}

export const AddItemForm = z
  .object({
    itemTitle: z.string().trim().min(1, 'Enter the item’s title').max(300, 'The title must be 300 characters or fewer'),
    itemDescription: optionalText(5000, 'The description must be 5,000 characters or fewer'),
    itemClassification: classificationField,
    itemParagraph: paragraphField,
  })
  .superRefine(requireParagraph('item'));

export const AddReportForm = z
  .object({
    reportTitle: z.string().trim().min(1, 'Enter the report’s title').max(300, 'The title must be 300 characters or fewer'),
    reportAuthor: optionalId,
    reportLeadOfficer: optionalId,
    reportClassification: classificationField,
    reportParagraph: paragraphField,
  })
  .superRefine(requireParagraph('report'));

export const EditItemForm = z
  .object({
    itemTitle: z.string().trim().min(1, 'Enter the item’s title').max(300, 'The title must be 300 characters or fewer'),
    itemDescription: optionalText(5000, 'The description must be 5,000 characters or fewer'),
    itemClassification: classificationField.optional(),
    itemParagraph: paragraphField,
  })
  .superRefine(requireParagraph('item'));

export const NumberingForm = z.object({
  firstMinuteNumber: z.coerce
    .number({ error: 'Enter the first minute number as a whole number, like 72' })
    .int('Enter the first minute number as a whole number, like 72')
    .min(1, 'The first minute number must be 1 or more')
    .max(9999, 'The first minute number must be 9999 or less'),
});

export const MoveForm = z.object({ direction: z.enum(['up', 'down']) });
