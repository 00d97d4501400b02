import type { WorkProgrammeKind, WorkProgrammeStatus } from '../tracking/tracking-tables.ts';

/** An item as the programme prints it: no history, no one's contact details. */
export interface ProgrammeEntry {
  id: number;
  kind: WorkProgrammeKind;
  status: WorkProgrammeStatus;
  title: string;
  purpose: string | null;
  scrutinyType: string | null;
  /** Where it came from, as printed: "Requested at the meeting on …". */
  origin: string | null;
  leadOfficerName: string | null;
  currentPosition: string | null;
  meetingId: number | null;
  sessionOn: string | null;
  sessionStartsAt: string | null;
  sessionEndsAt: string | null;
  group: { slug: string; name: string } | null;
  position: number | null;
}

export interface ProgrammeMeeting {
  id: number;
  slug: string;
  date: string;
  status: string;
}

export type AppendixSectionKey = 'annual' | 'potential' | 'task-and-finish' | 'workshops' | 'briefing-notes' | 'suggestions';

/** What arranging needs of an item: the appendix prints ProgrammeEntry, the back office its own rows. */
export type Arrangeable = Pick<ProgrammeEntry, 'id' | 'kind' | 'status' | 'meetingId' | 'sessionOn' | 'position'>;

export interface AppendixSection<T extends Arrangeable = ProgrammeEntry> {
  key: AppendixSectionKey;
  title: string;
  items: T[];
}

export interface WorkProgrammeAppendix<T extends Arrangeable = ProgrammeEntry> {
  meetings: { meeting: ProgrammeMeeting; items: T[] }[];
  /** Every section in print order, empty ones included: a view decides whether to print "None". */
  sections: AppendixSection<T>[];
  /** Items printed, in meetings and sections. */
  count: number;
}

export const appendixSectionTitles: Record<AppendixSectionKey, string> = {
  annual: 'Annual items',
  potential: 'Potential items: to be scheduled',
  'task-and-finish': 'Task and finish groups',
  workshops: 'Workshops',
  'briefing-notes': 'Briefing notes',
  suggestions: 'Suggestions from the public',
};

/** Kinds that sit on a meeting's agenda when they have a meeting. */
const AGENDA_KINDS: readonly WorkProgrammeKind[] = ['scheduled', 'annual', 'potential'];

/**
 * Whether an item belongs in the programme as published (the portal, the
 * agenda pack's appendix): not a suggestion still waiting for the scrutiny
 * officer, nor one merged into another item. A rejected suggestion stays,
 * with its reason, so the resident can see what became of it; another
 * rejected item has left the programme.
 */
export function isPublished(item: Pick<ProgrammeEntry, 'kind' | 'status'>): boolean {
  if (item.status === 'suggested' || item.status === 'merged') return false;
  if (item.status === 'rejected') return item.kind === 'public-suggestion';
  return true;
}

/**
 * The work programme grouped as councils print it in the agenda pack:
 * each meeting of the year with the items planned for it (a meeting with
 * none still shows, so gaps are visible), then annual items not yet given a
 * meeting, potential items, task and finish groups, workshops and briefing
 * notes by date, and suggestions from the public. A task and finish review
 * stays under its group even when it reports to a meeting. Items keep the
 * committee's order (position, then the order they were added).
 *
 * @example
 * arrangeAppendix(entries, meetings).sections.map((s) => s.key);
 * // ['annual', 'potential', 'task-and-finish', 'workshops', 'briefing-notes', 'suggestions']
 */
export function arrangeAppendix<T extends Arrangeable>(entries: readonly T[], meetings: readonly ProgrammeMeeting[]): WorkProgrammeAppendix<T> {
  const items = [...entries].filter(isPublished).sort(byCommitteeOrder);
  const byMeeting = new Map<number, T[]>();
  const sections = new Map<AppendixSectionKey, T[]>((Object.keys(appendixSectionTitles) as AppendixSectionKey[]).map((key) => [key, []]));
  const known = new Set(meetings.map((m) => m.id));
  for (const item of items) {
    if (AGENDA_KINDS.includes(item.kind) && item.meetingId !== null && known.has(item.meetingId)) {
      byMeeting.set(item.meetingId, [...(byMeeting.get(item.meetingId) ?? []), item]);
    } else {
      sections.get(sectionOf(item.kind))!.push(item);
    }
  }
  for (const key of ['workshops', 'briefing-notes'] as const) sections.get(key)!.sort(bySessionDate);
  const printed = [...meetings]
    .sort((a, b) => a.date.localeCompare(b.date) || a.slug.localeCompare(b.slug))
    .filter((m) => m.status !== 'cancelled' || byMeeting.has(m.id))
    .map((meeting) => ({ meeting, items: byMeeting.get(meeting.id) ?? [] }));
  return {
    meetings: printed,
    sections: [...sections].map(([key, list]) => ({ key, title: appendixSectionTitles[key], items: list })),
    count: items.length,
  };
}

function sectionOf(kind: WorkProgrammeKind): AppendixSectionKey {
  switch (kind) {
    case 'annual':
      return 'annual';
    case 'task-and-finish':
      return 'task-and-finish';
    case 'workshop':
      return 'workshops';
    case 'briefing-note':
      return 'briefing-notes';
    case 'public-suggestion':
      return 'suggestions';
    default:
      // A scheduled item without a meeting (or with one from another year) is waiting to be scheduled.
      return 'potential';
  }
}

function byCommitteeOrder(a: Arrangeable, b: Arrangeable): number {
  return (a.position ?? Number.MAX_SAFE_INTEGER) - (b.position ?? Number.MAX_SAFE_INTEGER) || a.id - b.id;
}

function bySessionDate(a: Arrangeable, b: Arrangeable): number {
  if (a.sessionOn === b.sessionOn) return byCommitteeOrder(a, b);
  if (a.sessionOn === null) return 1;
  if (b.sessionOn === null) return -1;
  return a.sessionOn.localeCompare(b.sessionOn);
}
