import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { actionState } from './action-status.ts';

describe('actionState', () => {
  const today = '2026-03-10';

  it('is overdue the day after the due date when not completed', () => {
    assert.equal(actionState({ status: 'in-progress', dueOn: '2026-03-09' }, today), 'overdue');
    assert.equal(actionState({ status: 'open', dueOn: '2026-03-09' }, today), 'overdue');
  });

  it('is not overdue on the due date itself', () => {
    assert.equal(actionState({ status: 'open', dueOn: today }, today), 'open');
  });

  it('stays completed whatever the due date', () => {
    assert.equal(actionState({ status: 'completed', dueOn: '2020-01-01' }, today), 'completed');
  });

  it('cannot be overdue without a due date', () => {
    assert.equal(actionState({ status: 'in-progress', dueOn: null }, today), 'in-progress');
  });
});
