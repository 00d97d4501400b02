import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { MeetingStatus } from '../meetings/meeting-tables.ts';
import { minutesAreLocked, recordLockedReason } from './minutes-lock.ts';

const meeting = (status: MeetingStatus, minutesApprovedAt: Date | null = null) => ({ status, minutesApprovedAt });

describe('minutesAreLocked', () => {
  it('locks approved minutes', () => {
    assert.equal(minutesAreLocked(meeting('minutes-approved', new Date('2026-02-10T15:00:00Z'))), true);
  });

  it('locks minutes with an approval date whatever the status says', () => {
    assert.equal(minutesAreLocked(meeting('draft-minutes', new Date('2026-02-10T15:00:00Z'))), true);
  });

  it('leaves draft, held and earlier meetings open', () => {
    for (const status of ['scheduled', 'agenda-published', 'held', 'draft-minutes'] as const) assert.equal(minutesAreLocked(meeting(status)), false);
  });
});

describe('recordLockedReason', () => {
  it('names the day the minutes were approved, in London', () => {
    assert.equal(
      recordLockedReason(meeting('minutes-approved', new Date('2026-06-09T23:30:00Z'))),
      'These minutes were approved as a correct record on Wednesday 10 June 2026, so they can no longer be changed.',
    );
  });

  it('names the day of the meeting that approved them, though the clerk recorded it later', () => {
    assert.equal(
      recordLockedReason(meeting('minutes-approved', new Date('2026-06-11T09:15:00Z')), '2026-06-09'),
      'These minutes were approved as a correct record on Tuesday 9 June 2026, so they can no longer be changed.',
    );
  });

  it('refuses to record a cancelled meeting', () => {
    assert.match(recordLockedReason(meeting('cancelled'))!, /cancelled/);
  });

  it('has no reason for a meeting still being minuted', () => {
    assert.equal(recordLockedReason(meeting('held')), null);
  });
});
