import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { committeeDeadlineRules, DEFAULT_QUESTION_DEADLINE, DEFAULT_REPORT_DEADLINE } from './deadline-rules.ts';
import { londonInstant } from './london-time.ts';
import { type MeetingForDeadlines, meetingDeadlines } from './meeting-deadlines.ts';
import { workingCalendar } from './working-calendar.ts';

const calendar = workingCalendar('england');
const rules = { report: DEFAULT_REPORT_DEADLINE, question: DEFAULT_QUESTION_DEADLINE };

// Thursday 12 March 2026 at 6.30pm: reports by noon Thu 26 Feb, agenda by Wed 4 March, questions by 5pm Fri 6 March.
function meeting(over: Partial<MeetingForDeadlines> = {}): MeetingForDeadlines {
  return { date: '2026-03-12', startsAt: londonInstant('2026-03-12', '18:30'), agendaPublishedAt: null, status: 'scheduled', ...over };
}
const at = (iso: string) => new Date(iso);
const statuses = (m: MeetingForDeadlines, now: Date, extra = {}) =>
  Object.fromEntries(meetingDeadlines(m, { calendar, rules, now, ...extra }).map((d) => [d.kind, d.status]));

describe('meetingDeadlines', () => {
  it('lists the report, agenda and question deadlines in order, with their London days and times', () => {
    const deadlines = meetingDeadlines(meeting(), { calendar, rules, now: at('2026-02-02T09:00:00Z') });
    assert.deepEqual(
      deadlines.map((d) => [d.kind, d.dueOn, d.dueTime, d.dueAt.toISOString(), d.status]),
      [
        ['report', '2026-02-26', '12:00', '2026-02-26T12:00:00.000Z', 'upcoming'],
        ['agenda-publication', '2026-03-04', null, '2026-03-04T23:59:59.999Z', 'upcoming'],
        ['question', '2026-03-06', '17:00', '2026-03-06T17:00:00.000Z', 'upcoming'],
      ],
    );
  });

  it('marks a deadline due soon from two working days ahead', () => {
    // Monday 2 March: due soon up to Wednesday 4 March.
    assert.deepEqual(statuses(meeting(), at('2026-03-02T09:00:00Z')), { report: 'passed', 'agenda-publication': 'due-soon', question: 'upcoming' });
    assert.equal(statuses(meeting(), at('2026-03-02T09:00:00Z'), { dueSoonWorkingDays: 4 }).question, 'due-soon');
    // Friday 27 February: Wednesday is three working days away.
    assert.equal(statuses(meeting(), at('2026-02-27T09:00:00Z'))['agenda-publication'], 'upcoming');
  });

  it('tells an agenda published in time from one published late, and one never published', () => {
    const inTime = meeting({ agendaPublishedAt: at('2026-03-04T16:00:00Z'), status: 'agenda-published' });
    const late = meeting({ agendaPublishedAt: at('2026-03-05T09:00:00Z'), status: 'agenda-published' });
    assert.equal(statuses(inTime, at('2026-03-10T09:00:00Z'))['agenda-publication'], 'met');
    assert.equal(statuses(inTime, at('2026-03-01T09:00:00Z'))['agenda-publication'], 'met', 'met before it was due');
    assert.equal(statuses(late, at('2026-03-10T09:00:00Z'))['agenda-publication'], 'late');
    assert.equal(statuses(meeting(), at('2026-03-05T00:00:00Z'))['agenda-publication'], 'missed');
    const deadline = meetingDeadlines(late, { calendar, rules, now: at('2026-03-10T09:00:00Z') }).find((d) => d.kind === 'agenda-publication');
    assert.deepEqual(deadline?.doneAt, at('2026-03-05T09:00:00Z'));
  });

  it('cannot judge an agenda recorded as published without a time once the deadline has gone', () => {
    assert.equal(statuses(meeting({ status: 'held' }), at('2026-03-20T09:00:00Z'))['agenda-publication'], 'passed');
    assert.equal(statuses(meeting({ status: 'agenda-published' }), at('2026-03-03T09:00:00Z'))['agenda-publication'], 'met');
  });

  it('judges the report deadline by the reports outstanding, when the caller knows them', () => {
    const after = at('2026-02-27T09:00:00Z');
    assert.equal(statuses(meeting({ reportsOutstanding: 2 }), after).report, 'missed');
    assert.equal(statuses(meeting({ reportsOutstanding: 0 }), after).report, 'met');
    assert.equal(statuses(meeting(), after).report, 'passed');
    assert.equal(statuses(meeting({ reportsOutstanding: 2 }), at('2026-02-25T09:00:00Z')).report, 'due-soon');
    assert.equal(statuses(meeting({ reportsOutstanding: 0 }), at('2026-02-02T09:00:00Z')).report, 'met', 'all in early');
  });

  it('says an agenda with no reports on it has none, rather than that the report deadline was met', () => {
    for (const now of [at('2026-02-02T09:00:00Z'), at('2026-02-25T09:00:00Z'), at('2026-03-11T09:00:00Z')]) {
      assert.equal(statuses(meeting({ reportsOutstanding: 0, reportsOnAgenda: 0 }), now).report, 'no-reports');
    }
    assert.equal(statuses(meeting({ reportsOutstanding: 0, reportsOnAgenda: 3 }), at('2026-03-11T09:00:00Z')).report, 'met');
    assert.equal(statuses(meeting({ reportsOutstanding: 1, reportsOnAgenda: 3 }), at('2026-03-11T09:00:00Z')).report, 'missed');
  });

  it('closes questions at the instant: open at 5pm, passed a second later', () => {
    assert.equal(statuses(meeting(), at('2026-03-06T17:00:00Z')).question, 'due-soon');
    assert.equal(statuses(meeting(), at('2026-03-06T17:00:01Z')).question, 'passed');
  });

  it('uses London time across the clocks going forward', () => {
    // Thursday 2 April 2026; the clocks change on Sunday 29 March.
    const deadlines = meetingDeadlines(meeting({ date: '2026-04-02', startsAt: londonInstant('2026-04-02', '14:00') }), {
      calendar,
      rules: committeeDeadlineRules({ reportDeadlineWorkingDays: null, questionDeadlineWorkingDays: 2, questionDeadlineTime: '17:00:00' }),
      now: at('2026-03-31T15:30:00Z'),
    });
    const question = deadlines.find((d) => d.kind === 'question');
    assert.equal(question?.dueAt.toISOString(), '2026-03-31T16:00:00.000Z');
    assert.equal(question?.dueTime, '17:00');
    assert.equal(question?.status, 'due-soon');
    assert.equal(deadlines.find((d) => d.kind === 'agenda-publication')?.dueAt.toISOString(), '2026-03-25T23:59:59.999Z', 'still GMT on 25 March');
  });

  it('closes a same-day rule when the meeting starts, not after', () => {
    const sameDay = { report: DEFAULT_REPORT_DEADLINE, question: { workingDaysBefore: 0, time: '17:00' } };
    const deadlines = meetingDeadlines(meeting({ startsAt: londonInstant('2026-03-12', '14:00') }), { calendar, rules: sameDay, now: at('2026-03-12T09:00:00Z') });
    const question = deadlines.at(-1);
    assert.equal(question?.kind, 'question');
    assert.equal(question?.dueAt.toISOString(), '2026-03-12T14:00:00.000Z');
    assert.equal(question?.dueTime, '14:00');
  });

  it('orders by due instant when a committee takes questions before the agenda is out', () => {
    const early = { report: DEFAULT_REPORT_DEADLINE, question: { workingDaysBefore: 8, time: '12:00' } };
    assert.deepEqual(
      meetingDeadlines(meeting(), { calendar, rules: early, now: at('2026-02-02T09:00:00Z') }).map((d) => d.kind),
      ['report', 'question', 'agenda-publication'],
    );
  });

  it("takes the constitution's clear days for the agenda", () => {
    const deadlines = meetingDeadlines(meeting(), { calendar, rules, now: at('2026-02-02T09:00:00Z'), agendaClearDays: 3 });
    assert.equal(deadlines.find((d) => d.kind === 'agenda-publication')?.dueOn, '2026-03-08', 'the Sunday before Monday 9 March');
  });

  it('has no deadlines for a cancelled meeting', () => {
    assert.deepEqual(meetingDeadlines(meeting({ status: 'cancelled' }), { calendar, rules, now: at('2026-03-02T09:00:00Z') }), []);
  });
});
