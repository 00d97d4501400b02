import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { matchesResponseFilter, responseDueOn, responseState, reviewState } from './recommendation-response.ts';

describe('responseState', () => {
  const base = { receivedOn: '2026-01-15', responseDueOn: null, response: null, respondedOn: null };

  it('is awaiting until the due date, on the due date too, and overdue the day after', () => {
    assert.deepEqual(responseState(base, '2026-03-13'), { state: 'awaiting', dueOn: '2026-03-14' });
    assert.deepEqual(responseState(base, '2026-03-14'), { state: 'awaiting', dueOn: '2026-03-14' });
    assert.equal(responseState(base, '2026-03-15').state, 'overdue');
  });

  it('flags a response given after the due date as late', () => {
    assert.equal(responseState({ ...base, response: 'accepted', respondedOn: '2026-03-20' }, '2026-04-01').state, 'responded-late');
    assert.equal(responseState({ ...base, response: 'accepted', respondedOn: '2026-03-14' }, '2026-04-01').state, 'responded');
  });

  it('counts a response with no date recorded as on time: nobody can say it was late', () => {
    assert.equal(responseState({ ...base, response: 'rejected' }, '2026-06-01').state, 'responded');
  });

  it('computes the due date from receipt when none is stored, to the end of a short month', () => {
    assert.deepEqual(responseState({ ...base, receivedOn: '2025-12-31' }, '2026-02-28'), { state: 'awaiting', dueOn: '2026-02-28' });
    assert.equal(responseState({ ...base, receivedOn: '2025-12-31' }, '2026-03-01').state, 'overdue');
  });

  it('prefers the stored due date to the computed one', () => {
    assert.deepEqual(responseState({ ...base, responseDueOn: '2026-03-31' }, '2026-03-20'), { state: 'awaiting', dueOn: '2026-03-31' });
  });

  it('has no due date before the executive receives the recommendation', () => {
    assert.deepEqual(responseState({ ...base, receivedOn: null }, '2026-03-20'), { state: 'not-received', dueOn: null });
  });

  it('gives a partner no statutory date: awaiting without a deadline until the committee sets one', () => {
    assert.deepEqual(responseState({ ...base, addressedTo: 'partner' }, '2026-06-20'), { state: 'awaiting', dueOn: null });
    assert.deepEqual(responseState({ ...base, addressedTo: 'partner', responseDueOn: '2026-02-12' }, '2026-02-13'), { state: 'overdue', dueOn: '2026-02-12' });
  });

  it('gives the executive and full council the two months of s.9FE', () => {
    assert.equal(responseState({ ...base, addressedTo: 'executive' }, '2026-03-15').state, 'overdue');
    assert.equal(responseState({ ...base, addressedTo: 'council' }, '2026-03-15').state, 'overdue');
  });
});

describe('responseDueOn', () => {
  it('is two months beginning with receipt for the executive, nothing without a receipt date', () => {
    assert.equal(responseDueOn({ receivedOn: '2026-03-01', responseDueOn: null, addressedTo: 'executive' }), '2026-04-30');
    assert.equal(responseDueOn({ receivedOn: null, responseDueOn: null, addressedTo: 'executive' }), null);
    assert.equal(responseDueOn({ receivedOn: '2026-03-01', responseDueOn: null, addressedTo: 'officers' }), null);
  });
});

describe('reviewState', () => {
  const today = '2026-03-10';
  it('is planned before the review date, due from it until an outcome is recorded, then reviewed', () => {
    assert.equal(reviewState({ reviewOn: null, reviewOutcome: null }, today), 'not-planned');
    assert.equal(reviewState({ reviewOn: '2026-03-11', reviewOutcome: null }, today), 'planned');
    assert.equal(reviewState({ reviewOn: today, reviewOutcome: null }, today), 'due');
    assert.equal(reviewState({ reviewOn: '2026-03-01', reviewOutcome: 'Implemented in full; no further scrutiny needed.' }, today), 'reviewed');
  });
});

describe('matchesResponseFilter', () => {
  const overdue = { state: 'overdue' as const, response: null };
  const lateYes = { state: 'responded-late' as const, response: 'accepted' as const };
  const onTime = { state: 'responded' as const, response: 'rejected' as const };

  it('passes everything without filters', () => {
    for (const rec of [overdue, lateYes, onTime]) assert.equal(matchesResponseFilter(rec, {}), true);
  });

  it('filters by status, by response (none for not yet answered) and by lateness, together', () => {
    assert.deepEqual([overdue, lateYes, onTime].map((r) => matchesResponseFilter(r, { late: true })), [true, true, false]);
    assert.deepEqual([overdue, lateYes, onTime].map((r) => matchesResponseFilter(r, { response: 'none' })), [true, false, false]);
    assert.deepEqual([overdue, lateYes, onTime].map((r) => matchesResponseFilter(r, { response: 'accepted', late: true })), [false, true, false]);
    assert.deepEqual([overdue, lateYes, onTime].map((r) => matchesResponseFilter(r, { state: 'responded' })), [false, false, true]);
    assert.equal(matchesResponseFilter(onTime, { state: 'overdue' }, { ignoreState: true }), true);
  });
});
