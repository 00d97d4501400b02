import type { Day } from './days.ts';
import { type ClockTime, londonDayOf, londonInstant, normaliseClockTime } from './london-time.ts';
import { addWorkingDays, type WorkingCalendar } from './working-calendar.ts';

/**
 * A deadline set in the constitution as a clock time on a working day
 * before the meeting: "5pm, two working days before the meeting" is
 * `{ workingDaysBefore: 2, time: '17:00' }`, which for a Thursday meeting is
 * 5pm on the Tuesday (the meeting day is not counted; weekends, bank
 * holidays and closure days are skipped).
 */
export interface WorkingDayRule {
  workingDaysBefore: number;
  /** London wall-clock time, "HH:MM". */
  time: ClockTime;
}

/**
 * Questions from the public and councillors when a committee sets none:
 * 5pm, four working days before. That falls after the agenda is out (six
 * working days before at the latest), so a resident can ask about what is
 * on it, and leaves officers three working days before the meeting to
 * prepare answers for the supplement. The demo council uses the same default.
 */
export const DEFAULT_QUESTION_DEADLINE: WorkingDayRule = Object.freeze({ workingDaysBefore: 4, time: '17:00' });

/**
 * Reports to democratic services when a committee sets none: noon, ten
 * working days before, which leaves about four working days to check
 * sign-offs and build the pack before the agenda must go out (six working
 * days before, at the latest).
 */
export const DEFAULT_REPORT_DEADLINE: WorkingDayRule = Object.freeze({ workingDaysBefore: 10, time: '12:00' });

export interface CommitteeDeadlineRules {
  report: WorkingDayRule;
  question: WorkingDayRule;
}

/** The committee columns that set its deadlines; null means the council default. */
export interface CommitteeDeadlineSettings {
  reportDeadlineWorkingDays: number | null;
  questionDeadlineWorkingDays: number | null;
  /** "17:00" or "17:00:00", as PostgreSQL returns a `time`. */
  questionDeadlineTime: string | null;
}

/**
 * A committee's deadlines, its own settings over the defaults. The
 * committee table has no report deadline time, so reports are due at the
 * default's.
 *
 * @example
 * committeeDeadlineRules({ reportDeadlineWorkingDays: 12, questionDeadlineWorkingDays: null, questionDeadlineTime: '12:00:00' });
 * // { report: { workingDaysBefore: 12, time: '12:00' }, question: { workingDaysBefore: 4, time: '12:00' } }
 */
export function committeeDeadlineRules(
  committee: CommitteeDeadlineSettings,
  defaults: CommitteeDeadlineRules = { report: DEFAULT_REPORT_DEADLINE, question: DEFAULT_QUESTION_DEADLINE },
): CommitteeDeadlineRules {
  return {
    report: rule(committee.reportDeadlineWorkingDays ?? defaults.report.workingDaysBefore, defaults.report.time, 'reportDeadlineWorkingDays'),
    question: rule(
      committee.questionDeadlineWorkingDays ?? defaults.question.workingDaysBefore,
      committee.questionDeadlineTime ?? defaults.question.time,
      'questionDeadlineWorkingDays',
    ),
  };
}

function rule(workingDaysBefore: number, time: string, field: string): WorkingDayRule {
  if (!Number.isInteger(workingDaysBefore) || workingDaysBefore < 0) {
    throw new RangeError(`${field} must be a whole number of working days, 0 or more: ${workingDaysBefore}`);
  }
  return { workingDaysBefore, time: normaliseClockTime(time) };
}

/**
 * The instant a rule's deadline falls for a meeting, in London time: the
 * same "5pm" is 16:00 UTC in summer and 17:00 UTC in winter.
 *
 * @example
 * deadlineFor(workingCalendar('england'), '2025-10-30', { workingDaysBefore: 2, time: '17:00' }).toISOString();
 * // '2025-10-28T17:00:00.000Z' (the clocks went back on 26 October)
 */
export function deadlineFor(calendar: WorkingCalendar, meetingOn: Day, rule: WorkingDayRule): Date {
  if (rule.workingDaysBefore < 0) throw new RangeError(`a deadline comes before the meeting: ${rule.workingDaysBefore} working days`);
  return londonInstant(addWorkingDays(calendar, meetingOn, -rule.workingDaysBefore), rule.time);
}

export type DeadlineWindow = 'open' | 'closes-today' | 'passed';

/**
 * Whether a deadline is still open at `now`: 'closes-today' when it falls
 * later on the same London day, 'passed' once the instant has gone (a
 * submission at exactly the deadline is in time).
 *
 * @example
 * deadlineWindow(new Date('2025-10-28T17:00:00Z'), new Date('2025-10-28T09:00:00Z')); // 'closes-today'
 */
export function deadlineWindow(dueAt: Date, now: Date): DeadlineWindow {
  if (now.getTime() > dueAt.getTime()) return 'passed';
  return londonDayOf(now) === londonDayOf(dueAt) ? 'closes-today' : 'open';
}
