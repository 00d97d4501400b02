import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { callInStatus } from './call-in.ts';
import { workingCalendar } from './working-calendar.ts';

const england = workingCalendar('england');

describe('callInStatus', () => {
  it('closes at 5pm on the fifth working day after the notice, then the decision can be implemented', () => {
    const decision = { noticePublishedOn: '2026-03-02' }; // a Monday
    const open = callInStatus(england, decision, new Date('2026-03-09T16:59:00Z'));
    assert.deepEqual(open, { closesOn: '2026-03-09', closesAt: new Date('2026-03-09T17:00:00Z'), state: 'open', canBeImplemented: false });
    assert.equal(callInStatus(england, decision, new Date('2026-03-09T17:00:00Z')).state, 'open', 'still open at 5pm itself');
    const after = callInStatus(england, decision, new Date('2026-03-09T17:01:00Z'));
    assert.equal(after.state, 'implementable');
    assert.equal(after.canBeImplemented, true);
  });

  it('skips Easter and keeps 5pm on the London clock in BST', () => {
    const status = callInStatus(england, { noticePublishedOn: '2026-03-30' }, new Date('2026-04-07T12:00:00Z'));
    assert.equal(status.closesOn, '2026-04-08');
    assert.equal(status.closesAt.toISOString(), '2026-04-08T16:00:00.000Z');
    assert.equal(status.state, 'open');
  });

  it("skips Christmas and the council's closure days", () => {
    const closed = workingCalendar('england', ['2026-12-29', '2026-12-30', '2026-12-31'].map((date) => ({ date, reason: 'Offices closed' })));
    assert.equal(callInStatus(england, { noticePublishedOn: '2026-12-22' }, new Date('2026-12-22T12:00:00Z')).closesOn, '2026-12-31');
    assert.equal(callInStatus(closed, { noticePublishedOn: '2026-12-22' }, new Date('2026-12-22T12:00:00Z')).closesOn, '2027-01-06');
  });

  it('keeps a called-in decision from being implemented, and lets an urgent exempt one go ahead at once', () => {
    const calledIn = callInStatus(england, { noticePublishedOn: '2026-03-02', calledIn: true }, new Date('2026-04-30T12:00:00Z'));
    assert.equal(calledIn.state, 'called-in');
    assert.equal(calledIn.canBeImplemented, false);
    const urgent = callInStatus(england, { noticePublishedOn: '2026-03-02', exemptFromCallIn: true }, new Date('2026-03-02T12:00:00Z'));
    assert.equal(urgent.state, 'exempt');
    assert.equal(urgent.canBeImplemented, true);
  });

  it("takes a constitution's own period", () => {
    const status = callInStatus(england, { noticePublishedOn: '2026-03-02' }, new Date('2026-03-02T12:00:00Z'), { workingDays: 3, time: '12:00:00' });
    assert.equal(status.closesAt.toISOString(), '2026-03-05T12:00:00.000Z');
    assert.throws(() => callInStatus(england, { noticePublishedOn: '2026-03-02' }, new Date(), { workingDays: 0, time: '17:00' }), /at least 1: 0/);
  });
});
