import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { actionRemovalProblem, draftPublicationProblem, recommendationRemovalProblem, recommendationResponseDue, resolutionWording } from './minute-record-rules.ts';

describe('resolutionWording', () => {
  it('drops the RESOLVED heading clerks type', () => {
    assert.equal(resolutionWording('RESOLVED: That the report be noted.'), 'That the report be noted.');
    assert.equal(resolutionWording('  Resolved - That the item be deferred. '), 'That the item be deferred.');
  });

  it('keeps wording that does not start with it', () => {
    assert.equal(resolutionWording('That the resolved issues be reported.'), 'That the resolved issues be reported.');
  });
});

describe('recommendationResponseDue', () => {
  it('is two months beginning with receipt for the executive and the council', () => {
    assert.equal(recommendationResponseDue('executive', '2026-01-15'), '2026-03-14');
    assert.equal(recommendationResponseDue('council', '2025-12-31'), '2026-02-28');
  });

  it('is not set before receipt, nor for partners and officers', () => {
    assert.equal(recommendationResponseDue('executive', null), null);
    assert.equal(recommendationResponseDue('partner', '2026-01-15'), null);
    assert.equal(recommendationResponseDue('officers', '2026-01-15'), null);
  });
});

describe('removing tracked records from the minutes', () => {
  it('lets a recommendation go until it has a response', () => {
    assert.equal(recommendationRemovalProblem({ response: null, respondedOn: null, implementationStatus: null }), null);
    assert.match(recommendationRemovalProblem({ response: 'accepted', respondedOn: '2026-03-01', implementationStatus: null })!, /already on the tracker/);
  });

  it('lets an action go until progress is logged', () => {
    assert.equal(actionRemovalProblem({ status: 'open', completedOn: null }, 0), null);
    assert.match(actionRemovalProblem({ status: 'open', completedOn: null }, 1)!, /progress in the action log/);
    assert.notEqual(actionRemovalProblem({ status: 'in-progress', completedOn: null }, 0), null);
  });
});

describe('draftPublicationProblem', () => {
  it('publishes the minutes of a meeting that has been held', () => {
    assert.equal(draftPublicationProblem({ date: '2026-03-02', status: 'held' }, '2026-03-02'), null);
    assert.equal(draftPublicationProblem({ date: '2026-02-02', status: 'agenda-published' }, '2026-03-02'), null);
  });

  it('refuses a meeting still to come, a cancelled one, and approved minutes', () => {
    assert.match(draftPublicationProblem({ date: '2026-03-09', status: 'agenda-published' }, '2026-03-02')!, /once the meeting on Monday 9 March 2026 has been held/);
    assert.match(draftPublicationProblem({ date: '2026-02-02', status: 'cancelled' }, '2026-03-02')!, /cancelled/);
    assert.match(draftPublicationProblem({ date: '2026-02-02', status: 'minutes-approved' }, '2026-03-02')!, /approved/);
  });
});
