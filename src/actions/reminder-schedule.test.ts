import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  defaultActionReminders,
  describeReminderSettings,
  nextReminderOn,
  REMINDER_CATCH_UP_DAYS,
  reminderOccasions,
  remindersDue,
  type ReminderSettings,
} from './reminder-schedule.ts';

const dueOn = '2026-03-10';
const open = { dueOn, done: false };
const keysDue = (today: string, sent: string[] = [], settings: ReminderSettings = defaultActionReminders, subject: { dueOn: string | null; done: boolean } = open) =>
  remindersDue(subject, today, settings, sent.map((key) => ({ key }))).map((r) => r.key);

describe('reminderOccasions', () => {
  it('lists a week before, the due date, then every 14 days while overdue, by default', () => {
    assert.deepEqual(
      reminderOccasions(dueOn, defaultActionReminders, '2026-04-08').map((o) => [o.key, o.on]),
      [
        ['before-7:2026-03-10', '2026-03-03'],
        ['due:2026-03-10', '2026-03-10'],
        ['overdue-1:2026-03-10', '2026-03-24'],
        ['overdue-2:2026-03-10', '2026-04-07'],
      ],
    );
  });

  it('puts several reminders before the due date furthest first, once each', () => {
    const settings = { daysBefore: [1, 14, 7, 7], onDueDate: false, overdueEveryDays: null };
    assert.deepEqual(reminderOccasions(dueOn, settings, '2027-01-01').map((o) => o.key), ['before-14:2026-03-10', 'before-7:2026-03-10', 'before-1:2026-03-10']);
  });
});

describe('remindersDue', () => {
  it('sends nothing before the first reminder’s day', () => {
    assert.deepEqual(keysDue('2026-03-02'), []);
  });

  it('sends the reminder a week before, saying how many days are left', () => {
    const [reminder] = remindersDue(open, '2026-03-03', defaultActionReminders, []);
    assert.deepEqual(reminder, { key: 'before-7:2026-03-10', kind: 'before', on: '2026-03-03', number: null, dueOn, daysToDue: 7 });
  });

  it('sends each reminder once: not again the next day', () => {
    assert.deepEqual(keysDue('2026-03-04', ['before-7:2026-03-10']), []);
  });

  it('sends the due-date reminder on the due date itself, when the action is not yet overdue', () => {
    const [reminder] = remindersDue(open, dueOn, defaultActionReminders, [{ key: 'before-7:2026-03-10' }]);
    assert.equal(reminder?.kind, 'due');
    assert.equal(reminder?.daysToDue, 0);
  });

  it('sends an overdue reminder every 14 days after the due date, numbered', () => {
    const sent = ['before-7:2026-03-10', 'due:2026-03-10'];
    assert.deepEqual(keysDue('2026-03-23', sent), []);
    const [first] = remindersDue(open, '2026-03-24', defaultActionReminders, sent.map((key) => ({ key })));
    assert.deepEqual([first?.key, first?.number, first?.daysToDue], ['overdue-1:2026-03-10', 1, -14]);
    assert.deepEqual(keysDue('2026-04-07', [...sent, 'overdue-1:2026-03-10']), ['overdue-2:2026-03-10']);
  });

  it('sends nothing for a completed action or one without a due date', () => {
    assert.deepEqual(keysDue('2026-03-10', [], defaultActionReminders, { dueOn, done: true }), []);
    assert.deepEqual(keysDue('2026-03-10', [], defaultActionReminders, { dueOn: null, done: false }), []);
  });

  it('sends only the latest reminder after an outage, not every one missed', () => {
    // No sweep ran from 2 to 11 March: the week-before and due-date reminders were both missed.
    assert.deepEqual(keysDue('2026-03-12'), ['due:2026-03-10']);
  });

  it(`still sends a missed reminder ${REMINDER_CATCH_UP_DAYS} days late, but not later`, () => {
    const settings = { daysBefore: [], onDueDate: true, overdueEveryDays: null };
    assert.deepEqual(keysDue('2026-03-17', [], settings), ['due:2026-03-10']);
    assert.deepEqual(keysDue('2026-03-18', [], settings), []);
  });

  it('does not tell the owner of an old imported action at once, but waits for the next overdue reminder', () => {
    // Imported 40 days after the due date: overdue-2 (day 28) is 12 days old; overdue-3 comes on day 42.
    assert.deepEqual(keysDue('2026-04-19'), []);
    assert.deepEqual(keysDue('2026-04-21'), ['overdue-3:2026-03-10']);
  });

  it('sends the week-before reminder late when the action was added with less than a week to go', () => {
    const [reminder] = remindersDue(open, '2026-03-08', defaultActionReminders, []);
    assert.deepEqual([reminder?.key, reminder?.daysToDue], ['before-7:2026-03-10', 2]);
  });

  it('starts again when the due date moves: reminders sent for the old date do not count', () => {
    const moved = { dueOn: '2026-03-31', done: false };
    assert.deepEqual(keysDue('2026-03-24', ['before-7:2026-03-10', 'due:2026-03-10'], defaultActionReminders, moved), ['before-7:2026-03-31']);
  });

  it('sends no overdue reminders when the committee wants none', () => {
    const settings = { daysBefore: [7], onDueDate: true, overdueEveryDays: null };
    assert.deepEqual(keysDue('2026-03-24', ['before-7:2026-03-10', 'due:2026-03-10'], settings), []);
  });
});

describe('nextReminderOn', () => {
  it('is the next reminder’s day after today', () => {
    assert.equal(nextReminderOn(open, '2026-03-01', defaultActionReminders), '2026-03-03');
    assert.equal(nextReminderOn(open, '2026-03-03', defaultActionReminders), '2026-03-10');
    assert.equal(nextReminderOn(open, '2026-03-10', defaultActionReminders), '2026-03-24');
    assert.equal(nextReminderOn({ dueOn: '2026-12-01', done: false }, '2026-03-01', defaultActionReminders), '2026-11-24');
  });

  it('is null when none will come', () => {
    assert.equal(nextReminderOn(open, '2026-03-10', { daysBefore: [7], onDueDate: true, overdueEveryDays: null }), null);
    assert.equal(nextReminderOn({ dueOn, done: true }, '2026-03-01', defaultActionReminders), null);
  });
});

describe('describeReminderSettings', () => {
  it('says the intervals in words', () => {
    assert.equal(describeReminderSettings(defaultActionReminders), '7 days before, on the due date, then every 14 days while overdue');
    assert.equal(describeReminderSettings({ daysBefore: [1, 14], onDueDate: false, overdueEveryDays: 1 }), '14, 1 days before, then every day while overdue');
    assert.equal(describeReminderSettings({ daysBefore: [], onDueDate: false, overdueEveryDays: null }), 'No reminders');
  });
});
