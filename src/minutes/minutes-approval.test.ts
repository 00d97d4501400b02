import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { MeetingStatus } from '../meetings/meeting-tables.ts';
import { approvalProblem, approvalResolutionText, minutesAwaitingApproval } from './minutes-approval.ts';

const meeting = (id: number, date: string, status: MeetingStatus, committeeId = 1, minutesApprovedAt: Date | null = null) => ({ id, committeeId, date, status, minutesApprovedAt });
const today = '2026-03-02';

describe('approvalProblem', () => {
  const next = meeting(2, '2026-03-02', 'held');

  it('lets the next meeting approve published draft minutes', () => {
    assert.equal(approvalProblem(meeting(1, '2026-01-12', 'draft-minutes'), next, today), null);
  });

  it('requires the draft minutes to be published first', () => {
    assert.match(approvalProblem(meeting(1, '2026-01-12', 'held'), next, today)!, /Publish the draft minutes of the meeting on Monday 12 January 2026/);
  });

  it('refuses minutes already approved', () => {
    assert.match(approvalProblem(meeting(1, '2026-01-12', 'minutes-approved', 1, new Date('2026-02-01T12:00:00Z')), next, today)!, /already been approved/);
  });

  it('refuses a meeting of another committee', () => {
    assert.match(approvalProblem(meeting(1, '2026-01-12', 'draft-minutes', 9), next, today)!, /same committee/);
  });

  it('refuses an earlier or the same meeting as the approver', () => {
    assert.match(approvalProblem(meeting(1, '2026-03-02', 'draft-minutes'), next, today)!, /later meeting/);
    assert.match(approvalProblem(meeting(3, '2026-04-01', 'draft-minutes'), next, today)!, /later meeting/);
  });

  it('waits until the approving meeting has been held', () => {
    assert.match(approvalProblem(meeting(1, '2026-01-12', 'draft-minutes'), meeting(2, '2026-03-09', 'agenda-published'), today)!, /once the meeting on Monday 9 March 2026 has been held/);
  });

  it('refuses a cancelled approver', () => {
    assert.match(approvalProblem(meeting(1, '2026-01-12', 'draft-minutes'), meeting(2, '2026-03-02', 'cancelled'), today)!, /cancelled/);
  });
});

describe('minutesAwaitingApproval', () => {
  it("lists the committee's earlier published drafts, latest first", () => {
    const meetings = [
      meeting(1, '2025-11-10', 'draft-minutes'),
      meeting(2, '2026-01-12', 'draft-minutes'),
      meeting(3, '2025-09-08', 'minutes-approved', 1, new Date()),
      meeting(4, '2026-01-20', 'draft-minutes', 2),
      meeting(5, '2026-02-09', 'held'),
      meeting(6, '2026-04-01', 'draft-minutes'),
    ];
    assert.deepEqual(minutesAwaitingApproval(meetings, meeting(7, '2026-03-02', 'held')).map((m) => m.id), [2, 1]);
  });
});

describe('approvalResolutionText', () => {
  it('reads as minutes record it', () => {
    assert.equal(approvalResolutionText('2026-01-12', null), 'That the minutes of the meeting held on 12 January 2026 be approved as a correct record and signed by the chair.');
  });

  it('includes the corrections agreed', () => {
    assert.equal(
      approvalResolutionText('2026-01-12', 'Minute 14: Councillor Ames sent apologies.'),
      'That the minutes of the meeting held on 12 January 2026 be approved as a correct record, subject to the following correction, and signed by the chair:\n\nMinute 14: Councillor Ames sent apologies.',
    );
  });
});
