import { clockTimeInputValue } from '../committees/manage-form-fields.ts';
import type { WorkProgrammeKind, WorkProgrammeOrigin, WorkProgrammeStatus } from '../tracking/tracking-tables.ts';
import { formatDateLong, formatDateShort } from '../web/format.ts';

export const kindLabels: Record<WorkProgrammeKind, string> = {
  scheduled: 'Scheduled item',
  annual: 'Annual item',
  potential: 'Potential item',
  'task-and-finish': 'Task and finish group',
  workshop: 'Workshop',
  'briefing-note': 'Briefing note',
  'public-suggestion': 'Suggestion from the public',
};

export const statusLabels: Record<WorkProgrammeStatus, string> = {
  suggested: 'Awaiting triage',
  planned: 'Planned',
  'in-progress': 'In progress',
  completed: 'Completed',
  rejected: 'Not taken forward',
  deferred: 'Deferred',
  merged: 'Merged',
};

export const originLabels: Record<WorkProgrammeOrigin, string> = {
  member: 'Raised by a member',
  officer: 'Raised by an officer',
  public: 'Suggested by a member of the public',
  meeting: 'Requested at a meeting',
  'forward-plan': 'Forward plan (pre-decision scrutiny)',
  standing: 'Standard annual item',
  other: 'Other',
};

/**
 * The origin column as work programmes print it: the words the officer
 * wrote, else the kind of origin; a meeting that asked for the item is
 * named by its date.
 *
 * @example
 * describeOrigin({ raisedByKind: 'meeting', raisedBy: null, raisedAtMeetingOn: '2026-02-10' }); // 'Requested at the meeting on 10 February 2026'
 */
export function describeOrigin(item: { raisedByKind: WorkProgrammeOrigin | null; raisedBy: string | null; raisedAtMeetingOn: string | null }): string | null {
  const at = item.raisedAtMeetingOn ? formatDateShort(item.raisedAtMeetingOn) : null;
  if (item.raisedBy) return at ? `${item.raisedBy} (meeting on ${at})` : item.raisedBy;
  if (item.raisedByKind === 'meeting' && at) return `Requested at the meeting on ${at}`;
  return item.raisedByKind ? originLabels[item.raisedByKind] : null;
}

/**
 * A workshop's or briefing note's date as printed: "Tuesday 17 May 2026,
 * 11am to 1pm" for a workshop; "Target date: 4 September 2026" for a
 * briefing note.
 */
export function describeSession(item: { kind: WorkProgrammeKind; sessionOn: string | null; sessionStartsAt: string | null; sessionEndsAt: string | null }): string | null {
  if (!item.sessionOn) return null;
  if (item.kind === 'briefing-note') return `Target date: ${formatDateShort(item.sessionOn)}`;
  const from = clockTimeInputValue(item.sessionStartsAt?.slice(0, 5));
  const to = clockTimeInputValue(item.sessionEndsAt?.slice(0, 5));
  const times = from && to ? `, ${from} to ${to}` : from ? `, ${from}` : '';
  return `${formatDateLong(item.sessionOn)}${times}`;
}

/** "2025/26" ⇄ "2025-26": the municipal year as an address segment. */
export function yearParam(label: string): string {
  return label.replace('/', '-');
}

export const statusTagClasses: Record<WorkProgrammeStatus, string> = {
  suggested: 'govuk-tag--yellow',
  planned: 'govuk-tag--blue',
  'in-progress': 'govuk-tag--turquoise',
  completed: 'govuk-tag--green',
  rejected: 'govuk-tag--grey',
  deferred: 'govuk-tag--orange',
  merged: 'govuk-tag--grey',
};

export interface ItemRowSource {
  id: number;
  kind: WorkProgrammeKind;
  status: WorkProgrammeStatus;
  title: string;
  purpose: string | null;
  scrutinyType: string | null;
  raisedByKind: WorkProgrammeOrigin | null;
  raisedBy: string | null;
  raisedAtMeetingOn: string | null;
  leadOfficerName: string | null;
  currentPosition: string | null;
  meetingDate: string | null;
  sessionOn: string | null;
  sessionStartsAt: string | null;
  sessionEndsAt: string | null;
  groupName: string | null;
  forwardPlanEntryId: number | null;
}

/** An item as the back office lists it: labels and the words for its origin and date. */
export function itemRow<T extends ItemRowSource>(item: T) {
  return {
    ...item,
    href: `/manage/work-programme/${item.id}`,
    kindLabel: kindLabels[item.kind],
    statusLabel: statusLabels[item.status],
    statusTag: statusTagClasses[item.status],
    originText: describeOrigin(item),
    sessionText: describeSession(item),
  };
}

export type ItemRow<T extends ItemRowSource = ItemRowSource> = ReturnType<typeof itemRow<T>>;

/** A year from the address ("2025-26"), else the one running today, else the latest. */
export function chooseYear<Y extends { label: string; startsOn: string; endsOn: string }>(years: readonly Y[], asked: string | undefined, today: string): Y | undefined | null {
  if (asked) return years.find((y) => yearParam(y.label) === asked) ?? null;
  return years.find((y) => y.startsOn <= today && today <= y.endsOn) ?? years[0];
}
