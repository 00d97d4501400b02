import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { londonInstant } from '../deadlines/london-time.ts';
import { meetingAddressParts } from './moved-meeting-address.ts';
import { noticeText } from './meeting-notice.ts';
import { meetingSlugFor } from './meeting-slug.ts';

const moved = {
  kind: 'moved' as const,
  reason: 'The chair is unwell.',
  previousDate: '2027-03-03',
  previousStartsAt: londonInstant('2027-03-03', '18:00'),
  previousVenue: 'Committee Room 1',
  newDate: '2027-03-10',
  newStartsAt: londonInstant('2027-03-10', '18:00'),
  newVenue: 'Committee Room 1',
};

describe('noticeText', () => {
  it('names the old and new dates of a moved meeting and why', () => {
    assert.equal(noticeText(moved), 'This meeting was moved from Wednesday 3 March 2027 to Wednesday 10 March 2027: The chair is unwell.');
  });

  it('names the times when the time changed too', () => {
    assert.equal(
      noticeText({ ...moved, newStartsAt: londonInstant('2027-03-10', '10:00') }),
      'This meeting was moved from 6pm on Wednesday 3 March 2027 to 10am on Wednesday 10 March 2027: The chair is unwell.',
    );
  });

  it('names only the room when only the room changed', () => {
    assert.equal(
      noticeText({ ...moved, newDate: '2027-03-03', newStartsAt: moved.previousStartsAt, newVenue: 'Council Chamber' }),
      'This meeting was moved from Committee Room 1 to Council Chamber: The chair is unwell.',
    );
  });

  it('says when a cancelled meeting was to be held', () => {
    assert.equal(
      noticeText({ ...moved, kind: 'cancelled', newDate: null, newStartsAt: null, newVenue: null, reason: 'There is no business' }),
      'The meeting on Wednesday 3 March 2027 was cancelled: There is no business.',
    );
  });
});

describe('meetingSlugFor', () => {
  it('uses the date, then -2, -3 for more meetings that day', () => {
    assert.equal(meetingSlugFor('2027-03-09', new Set()), '2027-03-09');
    assert.equal(meetingSlugFor('2027-03-09', new Set(['2027-03-09', '2027-03-09-2'])), '2027-03-09-3');
  });
});

describe('meetingAddressParts', () => {
  it('finds the committee and meeting in a meeting page address and what follows', () => {
    assert.deepEqual(meetingAddressParts('/committees/audit/meetings/2027-03-03'), { committee: 'audit', meeting: '2027-03-03', rest: '' });
    assert.deepEqual(meetingAddressParts('/committees/audit/meetings/2027-03-03-2/calendar.ics?x=1'), { committee: 'audit', meeting: '2027-03-03-2', rest: '/calendar.ics?x=1' });
  });

  it('ignores other addresses', () => {
    assert.equal(meetingAddressParts('/committees/audit'), null);
    assert.equal(meetingAddressParts('/committees/audit/meetings/2027-03-033'), null);
    assert.equal(meetingAddressParts('/committees/Audit/meetings/2027-03-03'), null);
  });
});
