import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { groupCommitteesByKind, groupMeetingsByYear } from './committee-views.ts';

describe('groupCommitteesByKind', () => {
  it('lists full council and cabinet before scrutiny, and leaves out empty groups', () => {
    const groups = groupCommitteesByKind([
      { name: 'Adults Scrutiny', kind: 'scrutiny' as const },
      { name: 'Cabinet', kind: 'cabinet' as const },
      { name: 'Council', kind: 'full-council' as const },
    ]);
    assert.deepEqual(groups.map((g) => g.label), ['Full council', 'Cabinet', 'Scrutiny committees']);
  });
});

describe('groupMeetingsByYear', () => {
  it('puts the newest municipal year first with its meetings in date order', () => {
    const years = groupMeetingsByYear([
      { municipalYear: '2024/25', date: '2024-09-01' },
      { municipalYear: '2025/26', date: '2026-01-10' },
      { municipalYear: '2025/26', date: '2025-06-10' },
    ]);
    assert.deepEqual(years.map((y) => y.label), ['2025/26', '2024/25']);
    assert.deepEqual(years[0]!.meetings.map((m) => m.date), ['2025-06-10', '2026-01-10']);
  });
});
