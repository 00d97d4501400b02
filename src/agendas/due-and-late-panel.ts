import type { Kysely } from 'kysely';
import { hasPermission, type Actor } from '../accounts/roles.ts';
import type { Database } from '../db/database.ts';
import { addDays } from '../deadlines/days.ts';
import { committeeDeadlineRules } from '../deadlines/deadline-rules.ts';
import { loadWorkingCalendar } from '../deadlines/working-calendar-repository.ts';
import { dueAndLate, type DueItem, type Urgency } from './due-and-late.ts';
import { listMeetingsWithReports } from './due-and-late-repository.ts';
import { momentOf } from './moment.ts';

/** How far ahead the dashboard looks: eight weeks, two committee cycles at most councils. */
export const DUE_WINDOW_DAYS = 56;

const urgencyTags: Record<Urgency, { text: string; classes: string }> = {
  late: { text: 'Late', classes: 'govuk-tag--red' },
  'due-soon': { text: 'Due soon', classes: 'govuk-tag--yellow' },
  upcoming: { text: 'Coming up', classes: 'govuk-tag--grey' },
};

export interface DueRow extends DueItem {
  what: string;
  href: string;
  tag: { text: string; classes: string };
}

export interface DuePanel {
  /** A report author's own reports, rather than every deadline. */
  own: boolean;
  rows: DueRow[];
  lateCount: number;
}

/**
 * The dashboard's "due and late" panel for whoever is signed in: democratic
 * services and other staff see every meeting's report, agenda and question
 * deadlines in the next eight weeks; a report author sees their own reports.
 */
export async function dueAndLatePanel(db: Kysely<Database>, actor: Actor, today: string): Promise<DuePanel> {
  const own = !hasPermission(actor.role, 'reports:edit-any') && hasPermission(actor.role, 'reports:edit-assigned');
  const [meetings, calendar] = await Promise.all([listMeetingsWithReports(db, today, addDays(today, DUE_WINDOW_DAYS)), loadWorkingCalendar(db)]);
  const items = dueAndLate(
    meetings.map(({ committee, ...m }) => ({ ...m, rules: committeeDeadlineRules(committee) })),
    { calendar, now: momentOf(today), ...(own ? { personId: actor.personId } : {}) },
  );
  const mayBuild = hasPermission(actor.role, 'meetings:manage');
  const rows = items.map((item) => ({ ...item, what: describe(item, own), href: hrefFor(item, own, mayBuild), tag: urgencyTags[item.urgency] }));
  return { own, rows, lateCount: rows.filter((r) => r.urgency === 'late').length };
}

function describe(item: DueItem, own: boolean): string {
  if (item.kind === 'agenda-publication') return 'Publish the agenda';
  if (item.kind === 'question') return 'Questions close';
  const drafts = item.reports.filter((r) => r.status === 'draft').length;
  const awaiting = item.reports.length - drafts;
  const parts = [drafts && `${drafts} not yet submitted`, awaiting && `${awaiting} awaiting sign-off`].filter(Boolean);
  return `${own ? 'Your reports' : 'Reports'}: ${parts.join(', ')}`;
}

function hrefFor(item: DueItem, own: boolean, mayBuild: boolean): string {
  if (own && item.reports.length === 1) return `/manage/reports/${item.reports[0]!.id}`;
  if (own) return '/manage/reports';
  if (item.kind === 'agenda-publication' && mayBuild) return `/manage/meetings/${item.meetingId}/agenda`;
  return `/manage/meetings/${item.meetingId}`;
}
