import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { responseDueDate, responseState } from './recommendation-response.ts';

describe('responseDueDate', () => {
  it('ends the day before the same date two months on', () => {
    assert.equal(responseDueDate('2026-01-15'), '2026-03-14');
    assert.equal(responseDueDate('2026-11-01'), '2026-12-31');
  });

  it('runs to the end of a shorter month when the same date does not exist', () => {
    assert.equal(responseDueDate('2025-12-31'), '2026-02-28');
    assert.equal(responseDueDate('2027-12-30'), '2028-02-29');
  });

  it('crosses the year end', () => {
    assert.equal(responseDueDate('2025-11-20'), '2026-01-19');
  });
});

describe('responseState', () => {
  const base = { receivedOn: '2026-01-15', responseDueOn: null, response: null, respondedOn: null };

  it('is awaiting until the due date and overdue the day after', () => {
    assert.deepEqual(responseState(base, '2026-03-14'), { state: 'awaiting', dueOn: '2026-03-14' });
    assert.equal(responseState(base, '2026-03-15').state, 'overdue');
  });

  it('flags a response given after the due date as late', () => {
    assert.equal(responseState({ ...base, response: 'accepted', respondedOn: '2026-03-20' }, '2026-04-01').state, 'responded-late');
    assert.equal(responseState({ ...base, response: 'accepted', respondedOn: '2026-03-14' }, '2026-04-01').state, 'responded');
  });

  it('prefers the stored due date to the computed one', () => {
    assert.deepEqual(responseState({ ...base, responseDueOn: '2026-03-31' }, '2026-03-20'), { state: 'awaiting', dueOn: '2026-03-31' });
  });

  it('has no due date before the executive receives the recommendation', () => {
    assert.deepEqual(responseState({ ...base, receivedOn: null }, '2026-03-20'), { state: 'not-received', dueOn: null });
  });
});
