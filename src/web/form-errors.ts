import type { z } from 'zod';

/**
 * Form errors the GOV.UK way: one list for the error summary at the top of
 * the page, each linking to its field, and the same message beside the
 * field. Templates pass `errors.summary` to govukErrorSummary and
 * `errors.fields.name` as a component's errorMessage.
 */
export interface FormErrors {
  summary: { text: string; href: string }[];
  fields: Record<string, { text: string }>;
}

export const noErrors: FormErrors = { summary: [], fields: {} };

export function formErrors(messages: Record<string, string | null | undefined | false>): FormErrors {
  const summary: FormErrors['summary'] = [];
  const fields: FormErrors['fields'] = {};
  for (const [field, text] of Object.entries(messages)) {
    if (!text || fields[field]) continue;
    fields[field] = { text };
    summary.push({ text, href: `#${field}` });
  }
  return { summary, fields };
}

/** The first message for each field of a failed zod parse; write the messages in the schema for people. */
export function zodFormErrors(error: z.ZodError): FormErrors {
  const messages: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = issue.path.map(String).join('-') || 'form';
    messages[field] ??= issue.message;
  }
  return formErrors(messages);
}

export function hasErrors(errors: FormErrors): boolean {
  return errors.summary.length > 0;
}
