import type { CommitteeKind } from './committee-tables.ts';

export const committeeKindLabels: Record<CommitteeKind, string> = {
  'full-council': 'Full council',
  cabinet: 'Cabinet',
  scrutiny: 'Scrutiny committees',
  regulatory: 'Regulatory committees',
  'sub-committee': 'Sub-committees',
  'task-and-finish': 'Task and finish groups',
  other: 'Other committees',
};

const kindOrder: CommitteeKind[] = ['full-council', 'cabinet', 'scrutiny', 'regulatory', 'sub-committee', 'task-and-finish', 'other'];

/** Committees grouped the way councils list them: council, cabinet, scrutiny, regulatory, then the rest. */
export function groupCommitteesByKind<T extends { kind: CommitteeKind }>(committees: readonly T[]): { kind: CommitteeKind; label: string; committees: T[] }[] {
  return kindOrder
    .map((kind) => ({ kind, label: committeeKindLabels[kind], committees: committees.filter((c) => c.kind === kind) }))
    .filter((group) => group.committees.length > 0);
}

/** Meetings under their municipal year, newest year first, meetings in date order within it. */
export function groupMeetingsByYear<T extends { municipalYear: string | null; date: string }>(meetings: readonly T[]): { label: string; meetings: T[] }[] {
  const years = new Map<string, T[]>();
  for (const meeting of [...meetings].sort((a, b) => a.date.localeCompare(b.date))) {
    const label = meeting.municipalYear ?? 'Other meetings';
    years.set(label, [...(years.get(label) ?? []), meeting]);
  }
  return [...years.entries()].map(([label, ms]) => ({ label, meetings: ms })).sort((a, b) => b.label.localeCompare(a.label));
}
