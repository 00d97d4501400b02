import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { actionState, completion, daysOverdue, statusAfterReport } from './action-status.ts';

describe('actionState', () => {
  const today = '2026-03-10';

  it('is overdue the day after the due date when not completed', () => {
    assert.equal(actionState({ status: 'in-progress', dueOn: '2026-03-09' }, today), 'overdue');
    assert.equal(actionState({ status: 'open', dueOn: '2026-03-09' }, today), 'overdue');
  });

  it('is not overdue on the due date itself', () => {
    assert.equal(actionState({ status: 'open', dueOn: today }, today), 'open');
    assert.equal(actionState({ status: 'in-progress', dueOn: today }, today), 'in-progress');
  });

  it('stays open or in progress before the due date', () => {
    assert.equal(actionState({ status: 'open', dueOn: '2026-04-01' }, today), 'open');
    assert.equal(actionState({ status: 'in-progress', dueOn: '2026-04-01' }, today), 'in-progress');
  });

  it('stays completed whatever the due date', () => {
    assert.equal(actionState({ status: 'completed', dueOn: '2020-01-01' }, today), 'completed');
  });

  it('cannot be overdue without a due date', () => {
    assert.equal(actionState({ status: 'in-progress', dueOn: null }, today), 'in-progress');
  });
});

describe('daysOverdue', () => {
  it('counts whole days after the due date, 0 on it', () => {
    assert.equal(daysOverdue({ status: 'open', dueOn: '2026-03-01' }, '2026-03-15'), 14);
    assert.equal(daysOverdue({ status: 'open', dueOn: '2026-03-15' }, '2026-03-15'), 0);
    assert.equal(daysOverdue({ status: 'open', dueOn: '2026-03-20' }, '2026-03-15'), 0);
  });

  it('is null once completed or without a due date', () => {
    assert.equal(daysOverdue({ status: 'completed', dueOn: '2026-03-01' }, '2026-03-15'), null);
    assert.equal(daysOverdue({ status: 'open', dueOn: null }, '2026-03-15'), null);
  });
});

describe('completion', () => {
  it('is on time when completed on the due date or before it', () => {
    assert.deepEqual(completion({ status: 'completed', dueOn: '2026-02-20', completedOn: '2026-02-20' }), { late: false, daysLate: 0 });
    assert.deepEqual(completion({ status: 'completed', dueOn: '2026-02-20', completedOn: '2026-02-02' }), { late: false, daysLate: 0 });
  });

  it('is late, by how many days, when completed after the due date', () => {
    assert.deepEqual(completion({ status: 'completed', dueOn: '2026-02-20', completedOn: '2026-03-02' }), { late: true, daysLate: 10 });
  });

  it('cannot say when an imported action has no completion date or no due date', () => {
    assert.deepEqual(completion({ status: 'completed', dueOn: '2026-02-20', completedOn: null }), { late: null, daysLate: null });
    assert.deepEqual(completion({ status: 'completed', dueOn: null, completedOn: '2026-02-20' }), { late: null, daysLate: null });
  });

  it('is null for an action not yet completed', () => {
    assert.equal(completion({ status: 'in-progress', dueOn: '2026-02-20', completedOn: null }), null);
  });
});

describe('statusAfterReport', () => {
  const today = '2026-03-10';
  const open = { status: 'open' as const, completedOn: null };

  it('moves an open action to in progress when its owner reports progress', () => {
    assert.deepEqual(statusAfterReport(open, { progress: 'Data requested from schools' }, today), { status: 'in-progress', completedOn: null });
  });

  it('keeps the status the person chose', () => {
    assert.deepEqual(statusAfterReport(open, { progress: 'Waiting on finance', status: 'open' }, today), { status: 'open', completedOn: null });
  });

  it('completes an action with the date it was done, today or earlier', () => {
    assert.deepEqual(statusAfterReport(open, { status: 'completed', completedOn: '2026-03-09' }, today), { status: 'completed', completedOn: '2026-03-09' });
    assert.deepEqual(statusAfterReport(open, { status: 'completed', completedOn: today }, today), { status: 'completed', completedOn: today });
  });

  it('asks for the date completed, and refuses one in the future', () => {
    assert.deepEqual(statusAfterReport(open, { status: 'completed' }, today), { problem: { field: 'completedOn', message: 'Enter the date the action was completed' } });
    assert.deepEqual(statusAfterReport(open, { status: 'completed', completedOn: '2026-03-11' }, today), {
      problem: { field: 'completedOn', message: 'The date completed must be today or in the past' },
    });
  });

  it('keeps the completion date of an action already completed when a note is added', () => {
    assert.deepEqual(statusAfterReport({ status: 'completed', completedOn: '2026-02-01' }, { progress: 'Circulated again' }, today), { status: 'completed', completedOn: '2026-02-01' });
  });

  it('clears the completion date when an action is reopened', () => {
    assert.deepEqual(statusAfterReport({ status: 'completed', completedOn: '2026-02-01' }, { status: 'in-progress' }, today), { status: 'in-progress', completedOn: null });
  });
});
