import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { dayFrom, ReportForm } from './report-forms.ts';

describe('dayFrom', () => {
  it('reads a GOV.UK date input’s three fields, refusing dates that do not exist', () => {
    assert.equal(dayFrom('7', '3', '2026'), '2026-03-07');
    assert.equal(dayFrom('29', '2', '2028'), '2028-02-29');
    assert.equal(dayFrom('29', '2', '2026'), null);
    assert.equal(dayFrom('', '3', '2026'), null);
    assert.equal(dayFrom('7', 'March', '2026'), null);
    assert.equal(dayFrom('7', '3', '26'), null);
  });
});

describe('ReportForm', () => {
  const valid = { reportTitle: 'Parks review', reportClassification: 'open', keyDecision: 'no', wardScope: 'none' };

  it('takes one ward or several, as a form sends them', () => {
    assert.deepEqual(ReportForm.parse({ ...valid, wardScope: 'some', wards: '4' }).wards, [4]);
    assert.deepEqual(ReportForm.parse({ ...valid, wardScope: 'some', wards: ['4', '9'] }).wards, [4, 9]);
  });

  it('treats empty optional fields as not given', () => {
    const form = ReportForm.parse({ ...valid, summary: '  ', directorate: '', author: '', decisionType: '' });
    assert.deepEqual([form.summary, form.directorate, form.author, form.decisionType], [null, null, null, null]);
  });

  it('allows a key decision only as an executive decision', () => {
    assert.equal(ReportForm.safeParse({ ...valid, keyDecision: 'yes', decisionType: 'committee' }).success, false);
    assert.equal(ReportForm.safeParse({ ...valid, keyDecision: 'yes', decisionType: 'executive' }).success, true);
  });
});
