import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { outstandingSignOffs, reportIsEditable, statusAfterNewVersion, stepsFrom, takeReportStep } from './report-status.ts';

const signed = (role: string) => ({ reviewerRole: role, signedOffOn: '2026-02-20' });

describe('outstandingSignOffs', () => {
  it('lists the legal, finance and governance reviewers still to sign, whatever the case of the role', () => {
    assert.deepEqual(outstandingSignOffs([]), ['Legal', 'Finance', 'Governance']);
    assert.deepEqual(outstandingSignOffs([signed('finance'), { reviewerRole: 'Legal', signedOffOn: null }]), ['Legal', 'Governance']);
    assert.deepEqual(outstandingSignOffs([signed('Legal'), signed('Finance'), signed('Governance')]), []);
  });
});

describe('takeReportStep', () => {
  it('submits a draft only once its document is uploaded', () => {
    assert.deepEqual(takeReportStep({ status: 'draft', hasDocument: false, signOffs: [] }, 'submit'), { error: 'Upload the report before submitting it' });
    assert.deepEqual(takeReportStep({ status: 'draft', hasDocument: true, signOffs: [] }, 'submit'), { status: 'submitted' });
    assert.ok('error' in takeReportStep({ status: 'submitted', hasDocument: true, signOffs: [] }, 'submit'));
  });

  it('confirms the sign-off only when every reviewer has signed, naming those who have not', () => {
    const report = { status: 'submitted' as const, hasDocument: true, signOffs: [signed('Legal')] };
    assert.deepEqual(takeReportStep(report, 'confirm-sign-off'), { error: 'The report still needs signing off by finance and governance' });
    assert.deepEqual(takeReportStep({ ...report, signOffs: [signed('Legal'), signed('Finance'), signed('Governance')] }, 'confirm-sign-off'), { status: 'signed-off' });
    assert.ok('error' in takeReportStep({ ...report, status: 'draft' }, 'confirm-sign-off'));
  });

  it('returns a submitted or signed-off report to draft, and changes nothing once published', () => {
    assert.deepEqual(takeReportStep({ status: 'signed-off', hasDocument: true, signOffs: [] }, 'return-to-draft'), { status: 'draft' });
    assert.ok('error' in takeReportStep({ status: 'draft', hasDocument: true, signOffs: [] }, 'return-to-draft'));
    assert.match((takeReportStep({ status: 'published', hasDocument: true, signOffs: [] }, 'return-to-draft') as { error: string }).error, /supplement/);
  });

  it('offers only the steps that make sense from each status', () => {
    assert.deepEqual(stepsFrom('draft'), ['submit']);
    assert.deepEqual(stepsFrom('submitted'), ['confirm-sign-off', 'return-to-draft']);
    assert.deepEqual(stepsFrom('published'), []);
  });
});

describe('statusAfterNewVersion', () => {
  it('sends a signed-off report back to submitted, since the reviewers signed the old text', () => {
    assert.equal(statusAfterNewVersion('signed-off'), 'submitted');
    assert.equal(statusAfterNewVersion('draft'), 'draft');
    assert.equal(statusAfterNewVersion('submitted'), 'submitted');
  });
});

describe('reportIsEditable', () => {
  it('keeps a report open until it is published or its meeting is held, even after the agenda goes out', () => {
    assert.equal(reportIsEditable('draft', 'scheduled'), true);
    assert.equal(reportIsEditable('submitted', 'agenda-published'), true);
    assert.equal(reportIsEditable('published', 'agenda-published'), false);
    assert.equal(reportIsEditable('signed-off', 'held'), false);
    assert.equal(reportIsEditable('draft', 'cancelled'), false);
  });
});
