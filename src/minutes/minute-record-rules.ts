import { executiveResponseDueOn } from '../deadlines/executive-response.ts';
import type { MeetingStatus } from '../meetings/meeting-tables.ts';
import { formatDateLong } from '../web/format.ts';
import type { Addressee } from './minute-records-repository.ts';

/**
 * A resolution as stored: its words from "That …", without the "RESOLVED:"
 * that clerks type from habit, since pages print that heading themselves.
 *
 * @example
 * resolutionWording('RESOLVED: That the report be noted.'); // 'That the report be noted.'
 */
export function resolutionWording(text: string): string {
  return text.trim().replace(/^resolved\s*[:.\-–—]?\s*/i, '').trim();
}

/**
 * When the response to a recommendation is due: two months beginning with
 * the day the executive or the council received it (Local Government Act
 * 2000 s.9FE); null for partners and officers, whom the section does not
 * bind, and until it has been received.
 */
export function recommendationResponseDue(addressedTo: Addressee, receivedOn: string | null): string | null {
  if (!receivedOn || (addressedTo !== 'executive' && addressedTo !== 'council')) return null;
  return executiveResponseDueOn(receivedOn);
}

/** Why a recommendation cannot be taken out of the minutes, or null: once responded to, it belongs to the tracker. */
export function recommendationRemovalProblem(rec: { response: string | null; respondedOn: string | null; implementationStatus: string | null }): string | null {
  return rec.response !== null || rec.respondedOn !== null || rec.implementationStatus !== null
    ? 'The response to this recommendation is already on the tracker, so it cannot be removed from the minutes'
    : null;
}

/** Why an action cannot be taken out of the minutes, or null: once progress is logged, it belongs to the action log. */
export function actionRemovalProblem(action: { status: string; completedOn: string | null }, updates: number): string | null {
  return action.status !== 'open' || action.completedOn !== null || updates > 0 ? 'This action has progress in the action log, so it cannot be removed from the minutes' : null;
}

/** Why a meeting's minutes cannot be published as a draft now, or null. */
export function draftPublicationProblem(meeting: { date: string; status: MeetingStatus }, today: string): string | null {
  if (meeting.status === 'cancelled') return 'This meeting was cancelled, so it has no minutes';
  if (meeting.status === 'minutes-approved') return 'These minutes have been approved; they are published as the record';
  if (meeting.date > today) return `Minutes can be published once the meeting on ${formatDateLong(meeting.date)} has been held`;
  return null;
}
