import { z } from 'zod';
import { readClockTime, readDateInput } from '../committees/manage-form-fields.ts';
import type { Day } from '../deadlines/days.ts';
import { londonInstant } from '../deadlines/london-time.ts';
import type { Meeting, MeetingKind } from '../meetings/meeting-tables.ts';

export const meetingKinds: { value: MeetingKind; text: string; hint: string }[] = [
  { value: 'ordinary', text: 'Ordinary', hint: 'One of the year’s scheduled meetings' },
  { value: 'extraordinary', text: 'Extraordinary', hint: 'Called outside the schedule for particular business' },
  { value: 'annual', text: 'Annual', hint: 'The annual meeting of the council in May' },
  { value: 'budget', text: 'Budget', hint: 'To set the budget and council tax' },
  { value: 'special', text: 'Special', hint: 'Any other meeting called for one purpose' },
];

export const meetingKindSchema = z.enum(['ordinary', 'extraordinary', 'annual', 'budget', 'special'], { error: 'Select the kind of meeting' });

export const venueSchema = z.string().trim().max(200, 'The venue must be 200 characters or fewer').optional().transform((v) => (v ? v : null));

export const remoteLinkSchema = z
  .string()
  .trim()
  .optional()
  .transform((v) => (v ? v : null))
  .refine((v) => v === null || /^https:\/\/[^\s/]+\.[^\s]+$/.test(v), 'Enter the webcast link as a full address starting https://, like https://www.youtube.com/@northwold');

export const reasonSchema = z.string().trim().min(1, 'Enter the reason, as the public notice will give it').max(500, 'The reason must be 500 characters or fewer');

export interface MeetingTimes {
  date: Day;
  startsAt: Date;
  endsAt: Date | null;
}

/**
 * A meeting's day and times from its form: a date input named `dateName`,
 * and start and end times typed as clerks write them, turned into instants
 * on the London clock. Errors are by field.
 */
export function readMeetingTimes(
  body: Record<string, unknown>,
  names: { date: string; startTime: string; endTime?: string } = { date: 'date', startTime: 'startTime', endTime: 'endTime' },
  fixedDate?: Day,
): { times: MeetingTimes; errors: null } | { times: null; errors: Record<string, string | null> } {
  const date = fixedDate ? { value: fixedDate, error: null } : readDateInput(body, names.date, 'Date');
  const start = readClockTime(body[names.startTime], 'Start time', { required: true });
  const end = names.endTime ? readClockTime(body[names.endTime], 'End time') : { value: null, error: null };
  const errors: Record<string, string | null> = { [names.date]: date.error, [names.startTime]: start.error, ...(names.endTime ? { [names.endTime]: end.error } : {}) };
  if (date.error || start.error || end.error) return { times: null, errors };
  const startsAt = londonInstant(date.value!, start.value!);
  const endsAt = end.value ? londonInstant(date.value!, end.value) : null;
  if (endsAt && endsAt <= startsAt) return { times: null, errors: { [names.endTime!]: 'End time must be after the start time' } };
  return { times: { date: date.value!, startsAt, endsAt }, errors: null };
}

/** A meeting as its audit entries record it. */
export function meetingSnapshot(meeting: Meeting) {
  return {
    committeeId: meeting.committeeId,
    municipalYearId: meeting.municipalYearId,
    slug: meeting.slug,
    date: meeting.date,
    startsAt: meeting.startsAt,
    endsAt: meeting.endsAt,
    kind: meeting.kind,
    venue: meeting.venue,
    remoteLink: meeting.remoteLink,
    status: meeting.status,
    cancellationReason: meeting.cancellationReason,
  };
}
