import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_QUESTION_DEADLINE, DEFAULT_REPORT_DEADLINE } from '../deadlines/deadline-rules.ts';
import { londonInstant } from '../deadlines/london-time.ts';
import { workingCalendar } from '../deadlines/working-calendar.ts';
import { dueAndLate, type MeetingForDashboard, type ReportForDashboard } from './due-and-late.ts';

const calendar = workingCalendar('england');
const rules = { report: DEFAULT_REPORT_DEADLINE, question: DEFAULT_QUESTION_DEADLINE };
// Monday 2 March 2026, 9am.
const now = new Date('2026-03-02T09:00:00Z');

let id = 0;
function meeting(date: string, over: Partial<MeetingForDashboard> = {}): MeetingForDashboard {
  return { id: ++id, date, startsAt: londonInstant(date, '18:30'), status: 'scheduled', agendaPublishedAt: null, committeeName: `Committee ${id}`, rules, reports: [], ...over };
}
function report(title: string, status: ReportForDashboard['status'], personId: number | null = null): ReportForDashboard {
  return { id: ++id, title, status, authorPersonId: personId, leadOfficerPersonId: null };
}

describe('dueAndLate', () => {
  it('puts what is late first, then what is due soon, then what is coming, earliest first', () => {
    // Thursday 12 March: reports were due at noon on 26 February (late), the agenda by Wednesday 4 March (due soon).
    const soon = meeting('2026-03-12', { reports: [report('Library strategy', 'draft'), report('Budget monitoring', 'signed-off')] });
    // Thursday 16 April: everything still to come.
    const later = meeting('2026-04-16', { reports: [report('Parks review', 'submitted')] });
    const due = dueAndLate([later, soon], { calendar, now });
    assert.deepEqual(due.map((d) => [d.meetingId, d.kind, d.urgency]), [
      [soon.id, 'report', 'late'],
      [soon.id, 'agenda-publication', 'due-soon'],
      [soon.id, 'question', 'upcoming'],
      [later.id, 'report', 'upcoming'],
      [later.id, 'agenda-publication', 'upcoming'],
      [later.id, 'question', 'upcoming'],
    ]);
    assert.deepEqual(due[0]!.reports.map((r) => [r.title, r.status]), [['Library strategy', 'draft']]);
  });

  it('leaves out what is done: reports all signed off, an agenda published, questions closed', () => {
    const done = meeting('2026-03-05', {
      status: 'agenda-published',
      agendaPublishedAt: new Date('2026-02-25T10:00:00Z'),
      reports: [report('Signed off', 'signed-off'), report('Published', 'published')],
    });
    // Questions closed at 5pm on Friday 27 February (four working days before Thursday 5 March).
    assert.deepEqual(dueAndLate([done], { calendar, now }), []);
  });

  it('marks an agenda that missed its deadline as late', () => {
    const missed = meeting('2026-03-06');
    const agenda = dueAndLate([missed], { calendar, now }).find((d) => d.kind === 'agenda-publication');
    assert.equal(agenda?.urgency, 'late');
  });

  it('shows a report author only their own outstanding reports, and no agenda or question deadlines', () => {
    const m = meeting('2026-03-12', { reports: [report('Mine', 'draft', 7), report('Someone else’s', 'draft', 8)] });
    const due = dueAndLate([m], { calendar, now, personId: 7 });
    assert.deepEqual(due.map((d) => [d.kind, d.reports.map((r) => r.title)]), [['report', ['Mine']]]);
    assert.deepEqual(dueAndLate([m], { calendar, now, personId: null }), []);
  });

  it('has nothing for a cancelled meeting', () => {
    assert.deepEqual(dueAndLate([meeting('2026-03-12', { status: 'cancelled', reports: [report('x', 'draft')] })], { calendar, now }), []);
  });
});
