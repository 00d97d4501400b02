import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkForwardPlanNotice, describeNoticeRoute, type NoticeFacts } from './forward-plan-notice.ts';

const facts = (over: Partial<NoticeFacts> = {}): NoticeFacts => ({
  decisionKind: 'key', firstPublishedOn: '2026-03-02', decisionDueOn: '2026-03-20', decisionDueMonth: null, urgencyRoute: null, scrutinyChairNotifiedOn: null, exceptionNoticePublishedOn: null, urgencyAgreedBy: null, urgencyAgreedOn: null, ...over,
});

describe('checkForwardPlanNotice', () => {
  it('accepts a key decision with 28 clear days’ notice and no route', () => {
    // 2 March to 31 March: the 3rd to the 30th are 28 clear days.
    const check = checkForwardPlanNotice(facts({ decisionDueOn: '2026-03-31' }));
    assert.deepEqual([check.applies, check.shortNotice, check.clearDays, check.problems], [true, false, 28, {}]);
  });

  it('flags 27 clear days and requires a route to be recorded', () => {
    const check = checkForwardPlanNotice(facts({ decisionDueOn: '2026-03-30' }));
    assert.deepEqual([check.shortNotice, check.clearDays, check.earliestWithFullNotice], [true, 27, '2026-03-31']);
    assert.equal(check.problems.urgencyRoute, 'This key decision has 27 clear days’ notice, fewer than 28: choose the general exception or special urgency');
  });

  it('asks for the dates that show the general exception was followed', () => {
    const check = checkForwardPlanNotice(facts({ urgencyRoute: 'general-exception' }));
    assert.deepEqual(Object.keys(check.problems).sort(), ['exceptionNoticePublishedOn', 'scrutinyChairNotifiedOn']);
  });

  it('accepts the general exception after five clear days from the later of telling the chair and publishing', () => {
    // Told the chair on the 10th, published on the 13th: the 14th to the 18th are clear, so the 19th is the earliest.
    const ok = checkForwardPlanNotice(facts({ urgencyRoute: 'general-exception', scrutinyChairNotifiedOn: '2026-03-10', exceptionNoticePublishedOn: '2026-03-13', decisionDueOn: '2026-03-19' }));
    assert.deepEqual(ok.problems, {});
    const tooSoon = checkForwardPlanNotice(facts({ urgencyRoute: 'general-exception', scrutinyChairNotifiedOn: '2026-03-14', exceptionNoticePublishedOn: '2026-03-13', decisionDueOn: '2026-03-19' }));
    assert.match(tooSoon.problems.exceptionNoticePublishedOn!, /not before 20 March 2026: use special urgency/);
  });

  it('refuses notice dates after the decision', () => {
    const check = checkForwardPlanNotice(facts({ urgencyRoute: 'general-exception', scrutinyChairNotifiedOn: '2026-03-21', exceptionNoticePublishedOn: '2026-03-02' }));
    assert.equal(check.problems.scrutinyChairNotifiedOn, 'The date the chair was told must be on or before the decision (20 March 2026)');
  });

  it('asks who agreed special urgency and when', () => {
    assert.deepEqual(Object.keys(checkForwardPlanNotice(facts({ urgencyRoute: 'special-urgency' })).problems).sort(), ['urgencyAgreedBy', 'urgencyAgreedOn']);
    const ok = checkForwardPlanNotice(facts({ urgencyRoute: 'special-urgency', urgencyAgreedBy: 'Councillor Ash', urgencyAgreedOn: '2026-03-05' }));
    assert.deepEqual(ok.problems, {});
  });

  it('says no route is needed when full notice was given, or for a decision that is not key', () => {
    assert.match(checkForwardPlanNotice(facts({ decisionDueOn: '2026-05-01', urgencyRoute: 'special-urgency' })).problems.urgencyRoute!, /no urgency route is needed/);
    const nonKey = checkForwardPlanNotice(facts({ decisionKind: 'non-key', urgencyRoute: 'general-exception' }));
    assert.deepEqual([nonKey.applies, nonKey.shortNotice], [false, false]);
    assert.match(nonKey.problems.urgencyRoute!, /Only a key decision/);
    assert.deepEqual(checkForwardPlanNotice(facts({ decisionKind: 'budget-and-policy-framework' })).problems, {});
  });

  it('flags a month-only decision against the first of its month without requiring a route yet', () => {
    const check = checkForwardPlanNotice(facts({ decisionDueOn: null, decisionDueMonth: '2026-03' }));
    assert.deepEqual([check.shortNotice, check.monthOnly, check.problems], [true, true, {}]);
    assert.equal(checkForwardPlanNotice(facts({ decisionDueOn: null, decisionDueMonth: '2026-05' })).shortNotice, false);
    assert.match(checkForwardPlanNotice(facts({ decisionDueOn: null, decisionDueMonth: '2026-02' })).problems.decisionDueOn!, /before the entry was first published/);
  });

  it('refuses a decision date before first publication', () => {
    assert.match(checkForwardPlanNotice(facts({ decisionDueOn: '2026-03-01' })).problems.decisionDueOn!, /before the entry was first published/);
  });

  it('does not apply without a decision date or a publication date', () => {
    assert.equal(checkForwardPlanNotice(facts({ decisionDueOn: null })).applies, false);
    assert.equal(checkForwardPlanNotice(facts({ firstPublishedOn: null })).applies, false);
  });
});

describe('describeNoticeRoute', () => {
  it('says the route taken, with its dates, for the public page', () => {
    const general = facts({ urgencyRoute: 'general-exception', scrutinyChairNotifiedOn: '2026-03-10', exceptionNoticePublishedOn: '2026-03-11', decisionDueOn: '2026-03-19' });
    assert.equal(describeNoticeRoute(general, checkForwardPlanNotice(general)), 'Less than 28 clear days’ notice was given. The decision is taken under the general exception (regulation 10): the chair of the scrutiny committee was told on 10 March 2026 and notice was published on 11 March 2026.');
    const urgent = facts({ urgencyRoute: 'special-urgency', urgencyAgreedBy: 'Councillor Ash, chair of scrutiny', urgencyAgreedOn: '2026-03-05' });
    assert.match(describeNoticeRoute(urgent, checkForwardPlanNotice(urgent))!, /special urgency \(regulation 11\): Councillor Ash, chair of scrutiny agreed on 5 March 2026/);
  });

  it('says nothing when full notice was given', () => {
    const full = facts({ decisionDueOn: '2026-05-01' });
    assert.equal(describeNoticeRoute(full, checkForwardPlanNotice(full)), null);
  });
});
