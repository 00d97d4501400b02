import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { responseState } from './recommendation-response.ts';

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
});
