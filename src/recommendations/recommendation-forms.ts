import { z } from 'zod';
import { linkDateErrorsToDayBox, readDateInput } from '../committees/manage-form-fields.ts';
import { executiveResponseDueOn } from '../deadlines/executive-response.ts';
import { isMailbox } from '../email/mailbox.ts';
import { hasStatutoryResponseDate } from '../tracking/recommendation-response.ts';
import { formErrors, type FormErrors } from '../web/form-errors.ts';
import type { ImplementationValues, ReceiptValues, ResponseValues, ReviewValues } from './recommendation-repository.ts';

/**
 * The four forms of a recommendation's life after the meeting: sent and
 * received, answered, implemented, reviewed. Each reads what was posted
 * and returns the values to save or a message per field.
 */

type Result<T> = { data: T; errors: null } | { data: null; errors: FormErrors };
type Body = Record<string, unknown>;

const text = (raw: unknown) => String(raw ?? '').trim();
const finish = <T>(messages: Record<string, string | null>, dates: string[], data: () => T): Result<T> => {
  const errors = linkDateErrorsToDayBox(formErrors(messages), dates);
  return errors.summary.length > 0 ? { data: null, errors } : { data: data(), errors: null };
};
const notFuture = (day: string | null, label: string, today: string) => (day && day > today ? `${label} must be today or in the past` : null);

const addressees = ['executive', 'council', 'partner', 'officers', 'committee'] as const;

export function readReceiptForm(body: unknown, today: string): Result<ReceiptValues> {
  const raw = (body ?? {}) as Body;
  const addressedTo = z.enum(addressees).safeParse(raw.addressedTo);
  const sentOn = readDateInput(raw, 'sentOn', 'Date sent', { required: false });
  const receivedOn = readDateInput(raw, 'receivedOn', 'Date received', { required: false });
  const statutory = addressedTo.success && hasStatutoryResponseDate(addressedTo.data);
  const dueOn = statutory ? { value: null, error: null } : readDateInput(raw, 'responseDueOn', 'Response due date', { required: false });
  const email = text(raw.addresseeEmail);
  const name = text(raw.addresseeName);
  return finish(
    {
      addressedTo: addressedTo.success ? null : 'Choose who the recommendation is addressed to',
      addresseeName: name.length > 200 ? 'The name must be 200 characters or fewer' : null,
      addresseeEmail: email && !isMailbox(email) ? 'Enter the contact’s email address in the correct format, like cabinet.support@council.gov.uk' : null,
      sentOn: sentOn.error ?? notFuture(sentOn.value, 'Date sent', today),
      receivedOn:
        receivedOn.error ??
        notFuture(receivedOn.value, 'Date received', today) ??
        (receivedOn.value && sentOn.value && receivedOn.value < sentOn.value ? 'Date received must be the same as or after the date sent' : null),
      responseDueOn: dueOn.error,
    },
    ['sentOn', 'receivedOn', 'responseDueOn'],
    () => ({
      addressedTo: addressedTo.data!,
      addresseeName: name || null,
      addresseeEmail: email || null,
      sentOn: sentOn.value,
      receivedOn: receivedOn.value,
      // Two months beginning with receipt for the executive and council (s.9FE); the date set, for anyone else.
      responseDueOn: statutory ? (receivedOn.value ? executiveResponseDueOn(receivedOn.value) : null) : dueOn.value,
    }),
  );
}

const responses = ['accepted', 'partly-accepted', 'rejected', 'noted'] as const;

export function readResponseForm(body: unknown, today: string, meetingIds: readonly number[]): Result<ResponseValues> {
  const raw = (body ?? {}) as Body;
  const response = z.enum(responses).safeParse(raw.response);
  const respondedOn = readDateInput(raw, 'respondedOn', 'Date of the response');
  const responseText = text(raw.responseText);
  const reference = text(raw.responseDecisionReference);
  const url = text(raw.responseDecisionUrl);
  const meeting = text(raw.responseMeetingId);
  const meetingId = meeting ? Number(meeting) : null;
  return finish(
    {
      response: response.success ? null : 'Choose whether the recommendation was accepted, partly accepted, rejected or noted',
      responseText: !responseText ? 'Enter the response, as the executive gave it' : responseText.length > 10_000 ? 'The response must be 10,000 characters or fewer' : null,
      respondedOn: respondedOn.error ?? notFuture(respondedOn.value, 'Date of the response', today),
      responseDecisionReference: reference.length > 100 ? 'The decision reference must be 100 characters or fewer' : null,
      responseDecisionUrl: url && !/^https?:\/\/\S+$/.test(url) ? 'Enter a link to the decision starting https://' : null,
      responseMeetingId: meetingId !== null && !meetingIds.includes(meetingId) ? 'Choose a meeting from the list' : null,
    },
    ['respondedOn'],
    () => ({
      response: response.data!,
      responseText,
      respondedOn: respondedOn.value!,
      responseDecisionReference: reference || null,
      responseDecisionUrl: url || null,
      responseMeetingId: meetingId,
    }),
  );
}

const implementationStatuses = ['not-started', 'in-progress', 'implemented', 'not-implemented'] as const;

export function readImplementationForm(body: unknown, today: string): Result<ImplementationValues> {
  const raw = (body ?? {}) as Body;
  const status = z.enum(implementationStatuses).safeParse(raw.implementationStatus);
  const dueOn = readDateInput(raw, 'implementationDueOn', 'Implementation due date', { required: false });
  const implemented = status.success && status.data === 'implemented';
  const implementedOn = implemented ? readDateInput(raw, 'implementedOn', 'Date implemented') : { value: null, error: null };
  return finish(
    {
      implementationStatus: status.success ? null : 'Choose how far the recommendation has been implemented',
      implementationDueOn: dueOn.error,
      implementedOn: implementedOn.error ?? notFuture(implementedOn.value, 'Date implemented', today),
    },
    ['implementationDueOn', 'implementedOn'],
    () => ({ implementationStatus: status.data!, implementationDueOn: dueOn.value, implementedOn: implementedOn.value }),
  );
}

export function readReviewForm(body: unknown, today: string, meetingIds: readonly number[]): Result<ReviewValues> {
  const raw = (body ?? {}) as Body;
  const reviewOn = readDateInput(raw, 'reviewOn', 'Review date');
  const outcome = text(raw.reviewOutcome);
  const meeting = text(raw.reviewMeetingId);
  const meetingId = meeting ? Number(meeting) : null;
  return finish(
    {
      reviewOn: reviewOn.error,
      // An outcome is what the committee found: it cannot come before the review.
      reviewOutcome: outcome && reviewOn.value && reviewOn.value > today ? 'Record the outcome once the review has taken place, or change the review date' : outcome.length > 10_000 ? 'The outcome must be 10,000 characters or fewer' : null,
      reviewMeetingId: meetingId !== null && !meetingIds.includes(meetingId) ? 'Choose a meeting from the list' : null,
    },
    ['reviewOn'],
    () => ({ reviewOn: reviewOn.value!, reviewOutcome: outcome || null, reviewMeetingId: meetingId }),
  );
}
