import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ActionLogRow, DecisionRow, RecommendationRow } from './tracking-repository.ts';
import { buildActionLog, buildRecommendations, groupDecisions, minuteAnchor } from './tracking-views.ts';

const decision = (over: Partial<DecisionRow>): DecisionRow => ({
  meetingSlug: '2026-02-10', meetingDate: '2026-02-10', itemPosition: 4, itemNumber: '4', minuteNumber: '63', itemTitle: 'Budget', text: 'That the report be noted.', outcome: 'noted', ...over,
});

describe('minuteAnchor', () => {
  it('matches the meeting page’s minute ids, punctuation dropped', () => {
    assert.equal(minuteAnchor({ itemNumber: '4a.', itemPosition: 5 }), 'minute-item-4a');
    assert.equal(minuteAnchor({ itemNumber: null, itemPosition: 7 }), 'minute-item-7');
  });
});

describe('groupDecisions', () => {
  it('puts resolutions under their item and meeting, keeping the order given', () => {
    const groups = groupDecisions([
      decision({ text: 'First.' }),
      decision({ text: 'Second.' }),
      decision({ itemNumber: '5', itemPosition: 5, itemTitle: 'Fees', text: 'Third.' }),
      decision({ meetingSlug: '2026-01-12', meetingDate: '2026-01-12', text: 'Older.' }),
    ]);
    assert.deepEqual(groups.map((m) => m.meetingSlug), ['2026-02-10', '2026-01-12']);
    assert.deepEqual(groups[0]!.items.map((i) => [i.anchor, i.number, i.resolutions.length]), [['minute-item-4', '63', 2], ['minute-item-5', '63', 1]]);
  });
});

const noSource = { sourceDocumentId: null, sourceLineFrom: null, sourceLineTo: null, sourceTitle: null };

const action = (over: Partial<ActionLogRow>): ActionLogRow => ({
  number: '1', description: 'Report back', meetingSlug: null, meetingDate: null, ownerName: null, directorate: null, dueOn: null, dueText: null, status: 'open', completedOn: null, latestUpdate: null, latestUpdateOn: null, ...noSource, ...over,
});

describe('buildActionLog', () => {
  const rows = [action({ dueOn: '2026-03-01' }), action({ status: 'completed', dueOn: '2026-01-01' }), action({ status: 'in-progress', dueOn: '2026-04-01' })];

  it('counts each state, overdue computed from today', () => {
    assert.deepEqual(buildActionLog(rows, '2026-03-02').counts, { open: 0, 'in-progress': 1, overdue: 1, completed: 1 });
  });

  it('keeps only the state asked for', () => {
    const { entries } = buildActionLog(rows, '2026-03-02', 'overdue');
    assert.deepEqual(entries.map((e) => [e.dueOn, e.stateLabel]), [['2026-03-01', 'Overdue']]);
  });
});

const rec = (over: Partial<RecommendationRow>): RecommendationRow => ({
  letter: 'a', reference: null, text: 'That the executive review fees.', meetingSlug: null, meetingDate: null, addressedTo: 'executive', addresseeName: null, sentOn: null, receivedOn: '2026-01-15', responseDueOn: null, response: null, responseText: null, respondedOn: null, implementationStatus: null, implementedOn: null, responseDecisionReference: null, responseDecisionUrl: null, reviewOn: null, reviewOutcome: null, ...noSource, ...over,
});

describe('buildRecommendations', () => {
  it('flags an overdue response and a late one, not a timely one', () => {
    const [overdue, late, timely] = buildRecommendations(
      [rec({}), rec({ response: 'accepted', respondedOn: '2026-03-20' }), rec({ response: 'rejected', respondedOn: '2026-02-01', addresseeName: 'Cabinet' })],
      '2026-03-16',
    );
    assert.deepEqual([overdue!.isLate, overdue!.responseStateLabel, overdue!.dueOn], [true, 'Response overdue', '2026-03-14']);
    assert.deepEqual([late!.isLate, late!.responseLabel], [true, 'Accepted']);
    assert.deepEqual([timely!.isLate, timely!.sentTo], [false, 'Cabinet']);
  });
});
