import type { MeetingStatus } from '../meetings/meeting-tables.ts';
import { agendaPublicationDeadline, AGENDA_CLEAR_WORKING_DAYS } from './agenda-publication.ts';
import { type CommitteeDeadlineRules, deadlineFor, type WorkingDayRule } from './deadline-rules.ts';
import type { Day } from './days.ts';
import { type ClockTime, londonClockOf, londonDayOf } from './london-time.ts';
import { addWorkingDays, type WorkingCalendar } from './working-calendar.ts';

/**
 * Where a meeting's deadline stands at a moment:
 * - 'upcoming': not yet due, and not within the due-soon window;
 * - 'due-soon': due today or within the next few working days, not yet done;
 * - 'met': done by the deadline;
 * - 'missed': the deadline has gone and it is still not done;
 * - 'late': done, but after the deadline;
 * - 'passed': the deadline has gone and Gavel cannot say whether it was met
 *   (questions simply close; reports when the caller does not say how many
 *   are outstanding; an agenda recorded as published without a time);
 * - 'no-reports': the report deadline of an agenda with no reports on it,
 *   when the caller says so: nothing was due, so nothing was met.
 */
export type DeadlineStatus = 'upcoming' | 'due-soon' | 'met' | 'missed' | 'late' | 'passed' | 'no-reports';

export type MeetingDeadlineKind = 'report' | 'agenda-publication' | 'question';

export interface MeetingDeadline {
  kind: MeetingDeadlineKind;
  /** The London day it falls on. */
  dueOn: Day;
  /** The London clock time, or null for "by the end of the day" (the agenda). */
  dueTime: ClockTime | null;
  /** The last instant at which it is in time. */
  dueAt: Date;
  status: DeadlineStatus;
  /** When it was done, where Gavel records it (the agenda's publication). */
  doneAt: Date | null;
}

export interface MeetingForDeadlines {
  date: Day;
  startsAt: Date | null;
  agendaPublishedAt: Date | null;
  status: MeetingStatus;
  /** Reports not yet in for the agenda; leave out when not known. */
  reportsOutstanding?: number;
  /** Reports on the agenda, in or not; leave out when not known. None makes the report deadline 'no-reports'. */
  reportsOnAgenda?: number;
}

/** A deadline is "due soon" from two working days ahead: time for a clerk to chase it. */
export const DEFAULT_DUE_SOON_WORKING_DAYS = 2;

export interface MeetingDeadlinesContext {
  calendar: WorkingCalendar;
  rules: CommitteeDeadlineRules;
  now: Date;
  /** Clear working days for the agenda; AGENDA_CLEAR_WORKING_DAYS unless the constitution says more. */
  agendaClearDays?: number;
  dueSoonWorkingDays?: number;
}

const publishedStatuses: ReadonlySet<MeetingStatus> = new Set(['agenda-published', 'held', 'draft-minutes', 'minutes-approved']);

/**
 * A meeting's deadlines (reports in, agenda published, questions closed),
 * earliest first, each with where it stands at `now`. A cancelled meeting
 * has none.
 *
 * @example
 * meetingDeadlines(
 *   { date: '2026-03-12', startsAt: londonInstant('2026-03-12', '18:30'), agendaPublishedAt: null, status: 'scheduled' },
 *   { calendar: workingCalendar('england'), rules: committeeDeadlineRules(committee), now: new Date('2026-03-03T10:00:00Z') },
 * );
 * // [ { kind: 'report', dueOn: '2026-02-26', dueTime: '12:00', status: 'passed', … },
 * //   { kind: 'agenda-publication', dueOn: '2026-03-04', dueTime: null, status: 'due-soon', … },
 * //   { kind: 'question', dueOn: '2026-03-06', dueTime: '17:00', status: 'upcoming', … } ]
 */
export function meetingDeadlines(meeting: MeetingForDeadlines, context: MeetingDeadlinesContext): MeetingDeadline[] {
  if (meeting.status === 'cancelled') return [];
  const { calendar, now } = context;
  const soonUntil = addWorkingDays(calendar, londonDayOf(now), context.dueSoonWorkingDays ?? DEFAULT_DUE_SOON_WORKING_DAYS);
  const timing = (dueAt: Date): Timing => (now.getTime() > dueAt.getTime() ? 'gone' : londonDayOf(dueAt) <= soonUntil ? 'due-soon' : 'upcoming');

  const reportDueAt = ruleDueAt(meeting, context.rules.report, calendar);
  const report = atInstant('report', reportDueAt, reportStatus(timing(reportDueAt), meeting));

  const { latestOn, dueAt: agendaDueAt } = agendaPublicationDeadline(calendar, meeting.date, context.agendaClearDays ?? AGENDA_CLEAR_WORKING_DAYS);
  const agenda: MeetingDeadline = {
    kind: 'agenda-publication',
    dueOn: latestOn,
    dueTime: null,
    dueAt: agendaDueAt,
    status: agendaStatus(timing(agendaDueAt), meeting, agendaDueAt),
    doneAt: meeting.agendaPublishedAt,
  };

  const questionDueAt = ruleDueAt(meeting, context.rules.question, calendar);
  const questionTiming = timing(questionDueAt);
  const question = atInstant('question', questionDueAt, questionTiming === 'gone' ? 'passed' : questionTiming);

  return [report, agenda, question].sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime());
}

type Timing = 'upcoming' | 'due-soon' | 'gone';

function reportStatus(timing: Timing, { reportsOutstanding: outstanding, reportsOnAgenda }: MeetingForDeadlines): DeadlineStatus {
  if (reportsOnAgenda === 0) return 'no-reports';
  if (outstanding === 0) return 'met';
  if (timing !== 'gone') return timing;
  return outstanding === undefined ? 'passed' : 'missed';
}

function agendaStatus(timing: Timing, meeting: MeetingForDeadlines, dueAt: Date): DeadlineStatus {
  const published = meeting.agendaPublishedAt;
  if (published) return published.getTime() <= dueAt.getTime() ? 'met' : 'late';
  // Published, but when is not recorded (imported meetings): in time if it is not yet due.
  if (publishedStatuses.has(meeting.status)) return timing === 'gone' ? 'passed' : 'met';
  return timing === 'gone' ? 'missed' : timing;
}

function ruleDueAt(meeting: MeetingForDeadlines, rule: WorkingDayRule, calendar: WorkingCalendar): Date {
  const dueAt = deadlineFor(calendar, meeting.date, rule);
  // A same-day rule ("noon on the day") cannot close after the meeting has begun.
  return meeting.startsAt && meeting.startsAt.getTime() < dueAt.getTime() ? meeting.startsAt : dueAt;
}

function atInstant(kind: MeetingDeadlineKind, dueAt: Date, status: DeadlineStatus): MeetingDeadline {
  return { kind, dueOn: londonDayOf(dueAt), dueTime: londonClockOf(dueAt), dueAt, status, doneAt: null };
}
