import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { MeetingChoice } from '../work-programme/work-programme-move.ts';
import { type EntryForScrutiny, planPreDecisionScrutiny, type ScrutinyTarget } from './pre-decision-scrutiny.ts';

const entry = (over: Partial<EntryForScrutiny> = {}): EntryForScrutiny => ({
  id: 9, reference: 'FP/2026/014', title: 'Home to school transport policy', purpose: 'To agree the policy.', isExempt: false, status: 'planned', decisionDueOn: '2026-04-14', decisionDueMonth: null, leadOfficerName: 'Sam Lead', leadOfficerPersonId: 3, ...over,
});
const meeting = (over: Partial<MeetingChoice> = {}): MeetingChoice => ({ id: 12, committeeId: 1, date: '2026-03-24', status: 'scheduled', municipalYearId: 4, ...over });
const target = (over: Partial<ScrutinyTarget> = {}): ScrutinyTarget => ({ committee: { id: 1, name: 'Children Scrutiny Committee', kind: 'scrutiny' }, meeting: meeting(), currentYearId: 4, alreadyOnProgramme: false, ...over });
const today = '2026-03-02';

describe('planPreDecisionScrutiny', () => {
  it('schedules the decision at a meeting before it, with the forward plan as its origin', () => {
    const plan = planPreDecisionScrutiny(entry(), target(), today);
    assert.ok(plan.ok);
    assert.deepEqual(plan.item, {
      committeeId: 1, municipalYearId: 4, meetingId: 12, kind: 'scheduled', title: 'Home to school transport policy', purpose: 'To agree the policy.',
      raisedByKind: 'forward-plan', raisedBy: 'Forward plan (FP/2026/014)', scrutinyType: 'Pre-decision scrutiny', leadOfficerName: 'Sam Lead', leadOfficerPersonId: 3,
      currentPosition: 'Pre-decision scrutiny: executive decision due on 14 April 2026.', forwardPlanEntryId: 9,
    });
  });

  it('lists it as a potential item in the current year when no meeting is chosen', () => {
    const plan = planPreDecisionScrutiny(entry({ decisionDueOn: null, decisionDueMonth: '2026-06' }), target({ meeting: null }), today);
    assert.ok(plan.ok);
    assert.deepEqual([plan.item.kind, plan.item.meetingId, plan.item.municipalYearId, plan.item.currentPosition], ['potential', null, 4, 'Pre-decision scrutiny: executive decision due in June 2026.']);
  });

  it('refuses a meeting on or after the decision date, or in its month when only the month is known', () => {
    assert.deepEqual(planPreDecisionScrutiny(entry(), target({ meeting: meeting({ date: '2026-04-14' }) }), today), { ok: false, problem: 'Choose a meeting before the decision, which is due on 14 April 2026', field: 'target' });
    const month = planPreDecisionScrutiny(entry({ decisionDueOn: null, decisionDueMonth: '2026-04' }), target({ meeting: meeting({ date: '2026-04-02' }) }), today);
    assert.ok(!month.ok && /due in April 2026/.test(month.problem));
    assert.ok(planPreDecisionScrutiny(entry({ decisionDueOn: null, decisionDueMonth: '2026-04' }), target(), today).ok);
  });

  it('does not copy an exempt entry’s purpose onto the public programme', () => {
    const plan = planPreDecisionScrutiny(entry({ isExempt: true, purpose: 'Confidential terms' }), target(), today);
    assert.ok(plan.ok && plan.item.purpose === null);
  });

  it('refuses a decided or withdrawn entry, a committee other than scrutiny, and one that has it already', () => {
    assert.ok(!planPreDecisionScrutiny(entry({ status: 'decided' }), target(), today).ok);
    assert.ok(!planPreDecisionScrutiny(entry({ status: 'withdrawn' }), target(), today).ok);
    const cabinet = planPreDecisionScrutiny(entry(), target({ committee: { id: 1, name: 'Cabinet', kind: 'cabinet' } }), today);
    assert.ok(!cabinet.ok && /scrutiny committee/.test(cabinet.problem));
    const twice = planPreDecisionScrutiny(entry(), target({ alreadyOnProgramme: true }), today);
    assert.ok(!twice.ok && /already/.test(twice.problem));
    assert.ok(planPreDecisionScrutiny(entry({ status: 'deferred' }), target(), today).ok);
  });

  it('refuses another committee’s meeting, a cancelled one and one already held', () => {
    for (const m of [meeting({ committeeId: 2 }), meeting({ status: 'cancelled' }), meeting({ date: '2026-03-01' })]) {
      assert.ok(!planPreDecisionScrutiny(entry(), target({ meeting: m }), today).ok);
    }
  });
});
