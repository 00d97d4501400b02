import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { blocksOf } from '../fixtures/blocks-of.ts';
import { issueType, readForwardPlan, splitDirectorate } from './forward-plan.ts';

describe('readForwardPlan', () => {
  it('reads decision maker, date, issue type, title, purpose, directorate and officer', async () => {
    const text = 'Final Decision Maker\tMeeting / Decision Date\tIssue Type:\tReport Title\tPurpose\tDirectorate and Lead Officer\nCabinet Member – Finance\t16/9/25\t<b>KEY</b>\tHome Support Contracts\tTo extend the contracts.\tAdults Wellbeing / Helen Cole\nCOUNCIL\tTo be confirmed\tN/A\tLeader\'s Report\t\tCorporate\n\nMEETING/ BRIEFING DATE\tITEM\tPURPOSE\n3 September 2025\tWaste contract update\tTo receive an update\n';
    const entries = readForwardPlan(await blocksOf(text)).map(({ at: _at, ...e }) => e);
    assert.deepEqual(entries, [
      { decisionMaker: 'Cabinet Member – Finance', decisionDate: '2025-09-16', issueType: 'key', title: 'Home Support Contracts', purpose: 'To extend the contracts.', directorate: 'Adults Wellbeing', leadOfficer: 'Helen Cole' },
      { decisionMaker: 'COUNCIL', decisionDate: null, issueType: null, title: "Leader's Report", purpose: null, directorate: 'Corporate', leadOfficer: null },
    ]);
  });

  it('reads a "Key decision?" column of yes and no', async () => {
    const text = '| Matter for decision | Decision maker | Date of decision | Key decision? | Contact officer |\n|---|---|---|---|---|\n| Leisure contract | Cabinet | 23 July 2025 | Yes | Maria Nash, Director of Place |\n| Fees | Portfolio Holder | 1 September 2025 | No | Omar Pike |\n';
    const entries = readForwardPlan(await blocksOf(text));
    assert.deepEqual(entries.map((e) => [e.title, e.issueType, e.leadOfficer]), [['Leisure contract', 'key', 'Maria Nash'], ['Fees', 'non-key', 'Omar Pike']]);
  });
});

describe('issueType', () => {
  it('takes the last type named, since some plans print all three first', () => {
    assert.equal(issueType('• KEY • Budget & Policy Framework Item (B&PF) • Non-Key Non-Key'), 'non-key');
    assert.equal(issueType('KEY – Budget – seeking savings'), 'key');
    assert.equal(issueType('B&PF *decision of Council'), 'budget-policy-framework');
    assert.equal(issueType('N/A'), null);
  });
});

describe('splitDirectorate', () => {
  it('takes the trailing names as the lead officers', () => {
    assert.deepEqual(splitDirectorate('Economies, Communities & Corporate / Richard Gabb / David Hepworth'), { directorate: 'Economies, Communities & Corporate', leadOfficer: 'Richard Gabb / David Hepworth' });
    assert.deepEqual(splitDirectorate("People's/Jo Dawlish"), { directorate: "People's", leadOfficer: 'Jo Dawlish' });
    assert.deepEqual(splitDirectorate("People's Services"), { directorate: "People's Services", leadOfficer: null });
  });
});
