import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readMilestoneForm, readRecommendationForm, readReportForm } from './task-and-finish-forms.ts';
import { readItemForm, readMoveForm, readPositionForm } from './work-programme-item-form.ts';
import { readTriageForm } from './suggestion-triage.ts';
import { SuggestionForm } from './suggestion-form.ts';

const date = (name: string, day: string, month: string, year: string) => ({ [`${name}-day`]: day, [`${name}-month`]: month, [`${name}-year`]: year });

describe('readItemForm', () => {
  it('reads a workshop’s day and times, dropping fields that do not apply', () => {
    const result = readItemForm({ kind: 'workshop', title: ' Budget workshop ', ...date('sessionOn', '19', '5', '2026'), sessionStartsAt: '11am', sessionEndsAt: '1pm', taskAndFinishCommitteeId: '4' });
    assert.ok(result.ok);
    assert.deepEqual([result.values.title, result.values.sessionOn, result.values.sessionStartsAt, result.values.sessionEndsAt, result.values.taskAndFinishCommitteeId], ['Budget workshop', '2026-05-19', '11:00', '13:00', null]);
  });

  it('names each field with a problem, the date linked to its day box', () => {
    const result = readItemForm({ kind: 'workshop', title: '', ...date('sessionOn', '31', '2', '2026'), sessionStartsAt: '2pm', sessionEndsAt: '1pm' });
    assert.ok(!result.ok);
    assert.deepEqual(result.errors.fields.title, { text: 'Enter the item’s title' });
    assert.deepEqual(result.errors.fields.sessionOn, { text: 'Workshop date must be a real date' });
    assert.deepEqual(result.errors.fields.sessionEndsAt, { text: 'The end time must be after the start time' });
    assert.ok(result.errors.summary.some((s) => s.href === '#sessionOn-day'));
  });

  it('asks which group carries out a task and finish review, and keeps workshops off meetings', () => {
    const review = readItemForm({ kind: 'task-and-finish', title: 'Bus review' });
    assert.ok(!review.ok && review.errors.fields.taskAndFinishCommitteeId!.text === 'Choose the task and finish group that carries out the review');
    const workshop = readItemForm({ kind: 'briefing-note', title: 'Note', meetingId: '3' });
    assert.ok(!workshop.ok && /own date/.test(workshop.errors.fields.meetingId!.text));
    assert.ok(!readItemForm({ title: 'No kind' }).ok);
  });
});

describe('the move, position and triage forms', () => {
  it('reads a move to a meeting or off the meeting plan', () => {
    assert.deepEqual(readMoveForm({ to: '12', note: ' Report delayed ' }), { ok: true, to: 12, note: 'Report delayed' });
    assert.deepEqual(readMoveForm({ to: 'none' }), { ok: true, to: null, note: null });
    assert.ok(!readMoveForm({ to: '' }).ok);
  });

  it('needs a status for a position update', () => {
    assert.ok(readPositionForm({ status: 'in-progress', currentPosition: 'Report drafted' }).ok);
    assert.ok(!readPositionForm({ status: 'suggested' }).ok);
  });

  it('needs a reason to reject and an item to merge into', () => {
    assert.deepEqual(readTriageForm({ decision: 'reject' }).ok ? null : (readTriageForm({ decision: 'reject' }) as { errors: { fields: object } }).errors.fields, { reason: { text: 'Enter why the suggestion is not taken forward: the resident is sent it' } });
    assert.ok(!readTriageForm({ decision: 'merge' }).ok);
    assert.ok(readTriageForm({ decision: 'accept' }).ok);
    assert.ok(!readTriageForm({}).ok);
  });
});

describe('the task and finish forms', () => {
  it('needs a milestone’s title and date', () => {
    assert.deepEqual(readMilestoneForm({ title: 'Evidence', ...date('dueOn', '10', '3', '2026') }), { ok: true, values: { title: 'Evidence', dueOn: '2026-03-10' } });
    const missing = readMilestoneForm({ title: '' });
    assert.ok(!missing.ok && missing.errors.fields.title && missing.errors.fields.dueOn);
  });

  it('takes the final report’s text with an optional date', () => {
    assert.deepEqual(readReportForm({ finalReportText: 'Findings', reportedToMeetingId: '' }), { ok: true, values: { finalReportText: 'Findings', reportedToMeetingId: null, finalReportOn: null } });
  });

  it('refuses a recommendation received before it was sent', () => {
    const result = readRecommendationForm({ text: 'That Cabinet…', ...date('sentOn', '10', '3', '2026'), ...date('receivedOn', '9', '3', '2026') });
    assert.ok(!result.ok && result.errors.fields.receivedOn!.text === 'The date received must be the same as or after the date sent');
  });
});

describe('SuggestionForm', () => {
  it('asks for a name, a valid email, the topic and why it matters', () => {
    const result = SuggestionForm.safeParse({ name: '', email: 'not-an-address', topic: '', reason: '' });
    assert.ok(!result.success);
    assert.deepEqual(result.error.issues.map((i) => i.path[0]).sort(), ['email', 'name', 'reason', 'topic']);
    assert.ok(SuggestionForm.safeParse({ name: 'Jo', email: 'jo@example.com', topic: 'Crossings', reason: 'Safety' }).success);
  });
});
