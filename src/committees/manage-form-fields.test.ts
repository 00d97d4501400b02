import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formErrors } from '../web/form-errors.ts';
import { clockTimeInputValue, dateInputValues, linkDateErrorsToDayBox, readClockTime, readDateInput, warningsConfirmation, warningsFingerprint } from './manage-form-fields.ts';

const date = (day: string, month: string, year: string) => ({ 'startsOn-day': day, 'startsOn-month': month, 'startsOn-year': year });

describe('readDateInput', () => {
  it('reads the three boxes as a day', () => {
    assert.deepEqual(readDateInput(date('20', '5', '2026'), 'startsOn', 'Start date'), { value: '2026-05-20', error: null });
  });

  it('asks for the date when the boxes are empty and it is required', () => {
    assert.equal(readDateInput(date('', '', ''), 'startsOn', 'Start date').error, 'Enter the start date');
  });

  it('gives null for empty boxes when the date is optional', () => {
    assert.deepEqual(readDateInput({}, 'endsOn', 'End date', { required: false }), { value: null, error: null });
  });

  it('names the missing part', () => {
    assert.equal(readDateInput(date('20', '', '2026'), 'startsOn', 'Start date').error, 'Start date must include a month');
    assert.equal(readDateInput(date('', '', '2026'), 'startsOn', 'Start date').error, 'Start date must include a day and month');
  });

  it('refuses a day that does not exist', () => {
    assert.equal(readDateInput(date('30', '2', '2027'), 'startsOn', 'Start date').error, 'Start date must be a real date');
    assert.equal(readDateInput(date('1', 'May', '2027'), 'startsOn', 'Start date').error, 'Start date must be a real date');
    assert.equal(readDateInput(date('1', '5', '27'), 'startsOn', 'Start date').error, 'Start date must be a real date');
  });

  it('fills the boxes back from a stored day', () => {
    assert.deepEqual(dateInputValues('2026-05-09'), { day: '9', month: '5', year: '2026' });
  });
});

describe('readClockTime', () => {
  const cases: [string, string][] = [
    ['6.30pm', '18:30'],
    ['6:30 PM', '18:30'],
    ['10am', '10:00'],
    ['12pm', '12:00'],
    ['12am', '00:00'],
    ['noon', '12:00'],
    ['14:00', '14:00'],
    ['1400', '14:00'],
    ['9.05', '09:05'],
  ];
  for (const [typed, expected] of cases) {
    it(`reads "${typed}" as ${expected}`, () => {
      assert.deepEqual(readClockTime(typed, 'Start time'), { value: expected, error: null });
    });
  }

  it('asks whether a bare hour is morning or evening rather than guessing', () => {
    assert.equal(readClockTime('10', 'Start time').error, 'Start time must be a time, like 10am, 6.30pm or 14:00');
  });

  it('refuses times that do not exist', () => {
    for (const typed of ['25:00', '13pm', '6.75pm', 'soon']) assert.notEqual(readClockTime(typed, 'Start time').error, null, typed);
  });

  it('is optional unless required', () => {
    assert.deepEqual(readClockTime('', 'End time'), { value: null, error: null });
    assert.equal(readClockTime(' ', 'Start time', { required: true }).error, 'Enter the start time');
  });

  it('writes a time back the way it is typed', () => {
    assert.equal(clockTimeInputValue('18:30'), '6.30pm');
    assert.equal(clockTimeInputValue('10:00:00'), '10am');
    assert.equal(clockTimeInputValue('00:00'), '12am');
  });
});

describe('linkDateErrorsToDayBox', () => {
  it('links a date’s error to its day box and leaves other fields alone', () => {
    const errors = linkDateErrorsToDayBox(formErrors({ startsOn: 'Enter the start date', reason: 'Enter a reason' }), ['startsOn']);
    assert.deepEqual(errors.summary.map((s) => s.href), ['#startsOn-day', '#reason']);
    assert.equal(errors.fields.startsOn?.text, 'Enter the start date');
  });
});

describe('warningsConfirmation', () => {
  const warnings = [
    { key: 'room:12', text: 'Committee Room 1 is booked' },
    { key: 'weekend', text: 'Saturday' },
  ];
  const shown = warningsFingerprint(warnings);

  it('lets a change without warnings go ahead', () => {
    assert.equal(warningsConfirmation([], {}), 'go');
  });

  it('shows warnings the clerk has not seen', () => {
    assert.equal(warningsConfirmation(warnings, { confirmWarnings: 'yes' }), 'show');
  });

  it('goes ahead once the clerk ticks the box under the same warnings', () => {
    assert.equal(warningsConfirmation(warnings, { warningsShown: shown, confirmWarnings: 'yes' }), 'go');
    assert.equal(warningsConfirmation([...warnings].reverse(), { warningsShown: shown, confirmWarnings: 'yes' }), 'go');
  });

  it('asks again when the warnings changed after they were confirmed', () => {
    assert.equal(warningsConfirmation([...warnings, { key: 'member:4', text: 'x' }], { warningsShown: shown, confirmWarnings: 'yes' }), 'show');
  });

  it('asks for the tick when the clerk saw the warnings but did not confirm', () => {
    assert.equal(warningsConfirmation(warnings, { warningsShown: shown }), 'unconfirmed');
  });
});
