import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readEntryForm, readMonth } from './forward-plan-form.ts';

const date = (name: string, day: string, month: string, year: string) => ({ [`${name}-day`]: day, [`${name}-month`]: month, [`${name}-year`]: year });
const base = { title: 'Bus service support contracts', decisionMakerChoice: 'committee:2', decisionKind: 'key', status: 'planned' };
const today = '2026-03-02';

describe('readEntryForm', () => {
  it('reads a key decision with full notice, first published today when no date is given', () => {
    const result = readEntryForm({ ...base, ...date('decisionDueOn', '28', '4', '2026'), wardIds: ['3', '5', '3'] }, today);
    assert.ok(result.ok);
    assert.deepEqual([result.values.decisionDueOn, result.values.decisionDueMonth, result.values.firstPublishedOn, result.values.wardIds], ['2026-04-28', null, '2026-03-02', [3, 5]]);
  });

  it('takes a month while the date is not known, and drops it once a date is given', () => {
    const month = readEntryForm({ ...base, decisionKind: 'non-key', 'decisionDueMonth-month': '7', 'decisionDueMonth-year': '2026' }, today);
    assert.ok(month.ok && month.values.decisionDueMonth === '2026-07');
    const both = readEntryForm({ ...base, ...date('decisionDueOn', '28', '4', '2026'), 'decisionDueMonth-month': '7', 'decisionDueMonth-year': '2026' }, today);
    assert.ok(both.ok && both.values.decisionDueMonth === null);
  });

  it('asks for a date or a month, and names bad ones', () => {
    const none = readEntryForm(base, today);
    assert.ok(!none.ok && none.errors.fields.decisionDueOn!.text === 'Enter the decision date, or the month if the date is not yet known');
    assert.deepEqual(none.ok ? null : none.errors.summary[0], { text: 'Enter the decision date, or the month if the date is not yet known', href: '#decisionDueOn-day' });
    const badMonth = readEntryForm({ ...base, 'decisionDueMonth-month': '13', 'decisionDueMonth-year': '2026' }, today);
    assert.ok(!badMonth.ok && badMonth.errors.summary.some((s) => s.href === '#decisionDueMonth-month'));
  });

  it('requires a route, with its dates, for a key decision with less than 28 clear days’ notice', () => {
    const short = { ...base, ...date('decisionDueOn', '20', '3', '2026') };
    const missing = readEntryForm(short, today);
    assert.ok(!missing.ok && /17 clear days’ notice, fewer than 28/.test(missing.errors.fields.urgencyRoute!.text));
    const general = readEntryForm({ ...short, urgencyRoute: 'general-exception', ...date('scrutinyChairNotifiedOn', '3', '3', '2026'), ...date('exceptionNoticePublishedOn', '3', '3', '2026'), urgencyAgreedBy: 'Ignored' }, today);
    assert.ok(general.ok);
    assert.deepEqual([general.values.scrutinyChairNotifiedOn, general.values.urgencyAgreedBy], ['2026-03-03', null]);
  });

  it('needs the paragraph of an exempt entry, the date of a decision taken, and a name for another decision maker', () => {
    const result = readEntryForm({ ...base, ...date('decisionDueOn', '28', '4', '2026'), isExempt: 'yes', status: 'decided', decisionMakerChoice: 'other' }, today);
    assert.ok(!result.ok);
    assert.deepEqual(Object.keys(result.errors.fields).sort(), ['decidedOn', 'decisionMakerName', 'exemptParagraph']);
  });

  it('clears the wards when the decision affects all wards', () => {
    const result = readEntryForm({ ...base, ...date('decisionDueOn', '28', '4', '2026'), allWards: 'yes', wardIds: '3' }, today);
    assert.ok(result.ok && result.values.allWards && result.values.wardIds.length === 0);
  });
});

describe('readMonth', () => {
  it('reads two boxes as a month', () => {
    assert.deepEqual(readMonth({ 'm-month': '3', 'm-year': '2026' }, 'm'), { value: '2026-03', error: null });
    assert.deepEqual(readMonth({}, 'm'), { value: null, error: null });
    assert.ok(readMonth({ 'm-month': '3', 'm-year': '26' }, 'm').error);
  });
});
