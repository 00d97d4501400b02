import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { SourcedRecordRow } from './document-repository.ts';
import { documentLines, lineRange, recordGroups, recordHref } from './document-views.ts';

const row = (overrides: Partial<SourcedRecordRow>): SourcedRecordRow => ({
  kind: 'resolution',
  text: 'That the report be noted.',
  committeeSlug: 'audit',
  meetingSlug: '2025-06-17',
  itemNumber: '13',
  itemPosition: 2,
  personSlug: null,
  lineFrom: 12,
  lineTo: 14,
  ...overrides,
});

describe('document page view model', () => {
  it('numbers lines from 1 and marks the line each page starts on', () => {
    const lines = documentLines('a\nb\nc', [1, 3]);
    assert.deepEqual(lines.map((l) => [l.number, l.pageStart]), [[1, 1], [2, null], [3, 2]]);
  });

  it('links a resolution to its minute on the meeting page, and an attendance record to the attendance', () => {
    assert.equal(recordHref(row({})), '/committees/audit/meetings/2025-06-17#minute-item-13');
    assert.equal(recordHref(row({ kind: 'agenda-item', itemNumber: '4a.' })), '/committees/audit/meetings/2025-06-17#item-4a');
    assert.equal(recordHref(row({ kind: 'attendance' })), '/committees/audit/meetings/2025-06-17#attendance');
    assert.equal(recordHref(row({ kind: 'person', personSlug: 'ada-lane' })), '/people/ada-lane');
    assert.equal(recordHref(row({ kind: 'action', meetingSlug: null, itemNumber: null, itemPosition: null })), '/committees/audit');
    assert.equal(recordHref(row({ kind: 'forward-plan', committeeSlug: null })), null);
  });

  it('says "line 12" for one line and "lines 12–14" for several', () => {
    assert.equal(lineRange(12, 12), 'line 12');
    assert.equal(lineRange(12, 14), 'lines 12–14');
    assert.equal(lineRange(null, null), null);
  });

  it('groups records by kind in reading order and leaves out empty groups', () => {
    const groups = recordGroups([row({ lineFrom: 30 }), row({ kind: 'meeting', text: 'Audit, 17 June 2025' }), row({ lineFrom: 20 })]);
    assert.deepEqual(groups.map((g) => g.heading), ['Meetings', 'Resolutions']);
    assert.deepEqual(groups[1]!.records.map((r) => r.linesHref), ['#L20', '#L30']);
  });
});
