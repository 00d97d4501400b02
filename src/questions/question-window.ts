import { deadlineFor, deadlineWindow, type WorkingDayRule } from '../deadlines/deadline-rules.ts';
import type { WorkingCalendar } from '../deadlines/working-calendar.ts';
import type { MeetingStatus } from '../meetings/meeting-tables.ts';

export type QuestionWindowState = 'open' | 'closes-today' | 'closed';

export interface QuestionWindow {
  /** The last instant a question is in time. */
  closesAt: Date;
  state: QuestionWindowState;
}

const stillToCome: ReadonlySet<MeetingStatus> = new Set(['scheduled', 'agenda-published']);

/**
 * Whether residents may still ask a question at a meeting: until the
 * committee's question deadline ("5pm, four working days before"), never
 * after the meeting has begun, and not at all once it is cancelled or held.
 *
 * @example
 * questionWindow({ date: '2026-03-12', startsAt: null, status: 'agenda-published' }, { workingDaysBefore: 4, time: '17:00' }, calendar, now);
 * // { closesAt: 2026-03-06T17:00:00.000Z, state: 'open' }
 */
export function questionWindow(
  meeting: { date: string; startsAt: Date | null; status: MeetingStatus },
  rule: WorkingDayRule,
  calendar: WorkingCalendar,
  now: Date,
): QuestionWindow {
  const deadline = deadlineFor(calendar, meeting.date, rule);
  // A same-day rule ("noon on the day") cannot stay open after the meeting has begun.
  const closesAt = meeting.startsAt && meeting.startsAt.getTime() < deadline.getTime() ? meeting.startsAt : deadline;
  if (!stillToCome.has(meeting.status)) return { closesAt, state: 'closed' };
  const window = deadlineWindow(closesAt, now);
  return { closesAt, state: window === 'passed' ? 'closed' : window };
}
