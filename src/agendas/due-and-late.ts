import type { CommitteeDeadlineRules } from '../deadlines/deadline-rules.ts';
import { type MeetingDeadlineKind, meetingDeadlines } from '../deadlines/meeting-deadlines.ts';
import type { WorkingCalendar } from '../deadlines/working-calendar.ts';
import type { MeetingStatus } from '../meetings/meeting-tables.ts';
import type { ReportStatus } from './reports/report-status.ts';

export interface ReportForDashboard {
  id: number;
  title: string;
  status: ReportStatus;
  authorPersonId: number | null;
  leadOfficerPersonId: number | null;
}

export interface MeetingForDashboard {
  id: number;
  date: string;
  startsAt: Date | null;
  status: MeetingStatus;
  agendaPublishedAt: Date | null;
  committeeName: string;
  rules: CommitteeDeadlineRules;
  reports: readonly ReportForDashboard[];
}

export type Urgency = 'late' | 'due-soon' | 'upcoming';

export interface DueItem {
  meetingId: number;
  meetingDate: string;
  committeeName: string;
  kind: MeetingDeadlineKind;
  dueAt: Date;
  /** Null for "by the end of the day" (the agenda). */
  dueTime: string | null;
  dueOn: string;
  urgency: Urgency;
  /** For the report deadline: the reports not yet in, or in but not yet signed off. */
  reports: { id: number; title: string; status: 'draft' | 'submitted' }[];
}

export interface DueAndLateOptions {
  calendar: WorkingCalendar;
  now: Date;
  /** A report author's own view: only the reports naming this person, and no agenda or question deadlines. */
  personId?: number | null;
}

/**
 * What is due and what is late for a set of meetings, most urgent first:
 * late (the deadline has gone and it is still not done), then due soon,
 * then upcoming, each earliest deadline first. A report counts as
 * outstanding until democratic services confirm it is signed off; an
 * agenda until it is published; questions until they close. What is done
 * is left out.
 *
 * @example
 * dueAndLate(meetings, { calendar, now: new Date('2026-03-02T09:00:00Z') });
 * // [{ kind: 'report', urgency: 'late', reports: [{ title: 'Library strategy', status: 'draft' }], … },
 * //  { kind: 'agenda-publication', urgency: 'due-soon', … }, …]
 */
export function dueAndLate(meetings: readonly MeetingForDashboard[], options: DueAndLateOptions): DueItem[] {
  const personal = options.personId !== undefined;
  const items: DueItem[] = [];
  for (const meeting of meetings) {
    const mine = personal ? meeting.reports.filter((r) => options.personId !== null && (r.authorPersonId === options.personId || r.leadOfficerPersonId === options.personId)) : meeting.reports;
    const outstanding = mine.flatMap((r) => (r.status === 'draft' || r.status === 'submitted' ? [{ id: r.id, title: r.title, status: r.status }] : []));
    const deadlines = meetingDeadlines({ ...meeting, reportsOutstanding: outstanding.length }, { calendar: options.calendar, rules: meeting.rules, now: options.now });
    for (const deadline of deadlines) {
      if (personal && deadline.kind !== 'report') continue;
      const urgency = deadline.status === 'missed' ? 'late' : deadline.status === 'due-soon' || deadline.status === 'upcoming' ? deadline.status : null;
      if (urgency === null) continue;
      items.push({
        meetingId: meeting.id,
        meetingDate: meeting.date,
        committeeName: meeting.committeeName,
        kind: deadline.kind,
        dueAt: deadline.dueAt,
        dueTime: deadline.dueTime,
        dueOn: deadline.dueOn,
        urgency,
        reports: deadline.kind === 'report' ? outstanding : [],
      });
    }
  }
  const rank: Record<Urgency, number> = { late: 0, 'due-soon': 1, upcoming: 2 };
  return items.sort((a, b) => rank[a.urgency] - rank[b.urgency] || a.dueAt.getTime() - b.dueAt.getTime() || a.meetingId - b.meetingId);
}
