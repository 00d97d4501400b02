import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { describeOrigin, describeSession } from './work-programme-views.ts';

describe('describeOrigin', () => {
  it('prints the words written, with the meeting that asked for it', () => {
    assert.equal(describeOrigin({ raisedByKind: 'meeting', raisedBy: 'Committee recommendation', raisedAtMeetingOn: '2026-02-10' }), 'Committee recommendation (meeting on 10 February 2026)');
    assert.equal(describeOrigin({ raisedByKind: 'member', raisedBy: 'Councillor Ash', raisedAtMeetingOn: null }), 'Councillor Ash');
  });

  it('falls back on the kind of origin', () => {
    assert.equal(describeOrigin({ raisedByKind: 'meeting', raisedBy: null, raisedAtMeetingOn: '2026-02-10' }), 'Requested at the meeting on 10 February 2026');
    assert.equal(describeOrigin({ raisedByKind: 'forward-plan', raisedBy: null, raisedAtMeetingOn: null }), 'Forward plan (pre-decision scrutiny)');
    assert.equal(describeOrigin({ raisedByKind: null, raisedBy: null, raisedAtMeetingOn: null }), null);
  });
});

describe('describeSession', () => {
  it('gives a workshop’s day and times as councils print them', () => {
    assert.equal(describeSession({ kind: 'workshop', sessionOn: '2026-05-19', sessionStartsAt: '11:00:00', sessionEndsAt: '13:00:00' }), 'Tuesday 19 May 2026, 11am to 1pm');
    assert.equal(describeSession({ kind: 'workshop', sessionOn: '2026-05-19', sessionStartsAt: '14:30:00', sessionEndsAt: null }), 'Tuesday 19 May 2026, 2.30pm');
  });

  it('gives a briefing note’s target date, and nothing without a date', () => {
    assert.equal(describeSession({ kind: 'briefing-note', sessionOn: '2026-09-04', sessionStartsAt: null, sessionEndsAt: null }), 'Target date: 4 September 2026');
    assert.equal(describeSession({ kind: 'workshop', sessionOn: null, sessionStartsAt: null, sessionEndsAt: null }), null);
  });
});
