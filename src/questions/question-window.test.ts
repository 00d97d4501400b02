import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { londonInstant } from '../deadlines/london-time.ts';
import { workingCalendar } from '../deadlines/working-calendar.ts';
import { questionWindow } from './question-window.ts';

const england = workingCalendar('england');
const fivePmFourDays = { workingDaysBefore: 4, time: '17:00' };
// Thursday 9 April 2026: Good Friday (3 April) and Easter Monday (6 April) are bank holidays.
const meeting = { date: '2026-04-09', startsAt: londonInstant('2026-04-09', '14:00'), status: 'agenda-published' as const };

describe('questionWindow', () => {
  it('closes at the committee deadline, counting back working days past bank holidays', () => {
    // Four working days before Thursday 9 April: Wed 8, Tue 7, Thu 2 (Mon 6 and Fri 3 are holidays), Wed 1.
    const window = questionWindow(meeting, fivePmFourDays, england, new Date('2026-03-20T10:00:00Z'));
    assert.deepEqual(window, { closesAt: londonInstant('2026-04-01', '17:00'), state: 'open' });
  });

  it('says when the deadline is later today', () => {
    assert.equal(questionWindow(meeting, fivePmFourDays, england, londonInstant('2026-04-01', '09:00')).state, 'closes-today');
  });

  it('takes a question sent at the deadline itself, and none after', () => {
    assert.equal(questionWindow(meeting, fivePmFourDays, england, londonInstant('2026-04-01', '17:00')).state, 'closes-today');
    assert.equal(questionWindow(meeting, fivePmFourDays, england, new Date(londonInstant('2026-04-01', '17:00').getTime() + 1000)).state, 'closed');
  });

  it('closes a same-day deadline when the meeting begins', () => {
    const noonOnTheDay = { workingDaysBefore: 0, time: '15:00' };
    const window = questionWindow(meeting, noonOnTheDay, england, londonInstant('2026-04-09', '13:00'));
    assert.deepEqual(window, { closesAt: meeting.startsAt, state: 'closes-today' });
  });

  it('is closed for a cancelled or held meeting whatever the clock says', () => {
    const early = new Date('2026-03-01T10:00:00Z');
    for (const status of ['cancelled', 'held', 'draft-minutes', 'minutes-approved'] as const) {
      assert.equal(questionWindow({ ...meeting, status }, fivePmFourDays, england, early).state, 'closed');
    }
  });
});
