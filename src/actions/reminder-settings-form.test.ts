import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readDaysBefore, readReminderSettingsForm } from './reminder-settings-form.ts';

describe('readDaysBefore', () => {
  it('reads days as clerks type them, furthest first, once each', () => {
    assert.deepEqual(readDaysBefore('7, 14; 1 7', 'Days'), { value: [14, 7, 1], error: null });
    assert.deepEqual(readDaysBefore('  ', 'Days'), { value: [], error: null });
  });

  it('refuses anything that is not a whole number of days from 1 to 365', () => {
    for (const typed of ['0', '366', 'a week', '7.5', '-1']) assert.equal(readDaysBefore(typed, 'Days before').error, 'Days before must be whole numbers of days from 1 to 365, separated by commas, like 14, 7', typed);
  });
});

describe('readReminderSettingsForm', () => {
  it('reads both sets of reminders and the addresses chased', () => {
    const form = readReminderSettingsForm(
      { actionsDaysBefore: '7', actionsOnDueDate: 'yes', actionsOverdueEveryDays: '', responsesDaysBefore: '28, 14', responsesOverdueEveryDays: '7', scrutinyOfficerEmail: 'scrutiny@northwold.example', executiveContactEmail: '' },
      5,
    );
    assert.deepEqual(form.data, {
      committeeId: 5,
      actions: { daysBefore: [7], onDueDate: true, overdueEveryDays: null },
      responses: { daysBefore: [28, 14], onDueDate: false, overdueEveryDays: 7 },
      scrutinyOfficerEmail: 'scrutiny@northwold.example',
      executiveContactEmail: null,
    });
  });

  it('names each field that is wrong', () => {
    const form = readReminderSettingsForm({ actionsDaysBefore: 'soon', actionsOverdueEveryDays: '0', responsesDaysBefore: '14', scrutinyOfficerEmail: 'scrutiny officer' }, 5);
    assert.deepEqual(form.errors?.summary.map((s) => s.href), ['#actionsDaysBefore', '#actionsOverdueEveryDays', '#scrutinyOfficerEmail']);
  });
});
