import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { agendaPublicationDeadline, agendaPublishedInTime, clearWorkingDaysGiven } from './agenda-publication.ts';
import { addDays } from './days.ts';
import { isWorkingDay, workingCalendar } from './working-calendar.ts';

const england = workingCalendar('england');
const latest = (meetingOn: string, calendar = england) => agendaPublicationDeadline(calendar, meetingOn).latestOn;

describe('agendaPublicationDeadline', () => {
  it('leaves five clear working days before an ordinary Tuesday meeting', () => {
    // Clear days: Tue 7 to Mon 13 October, less the weekend.
    assert.deepEqual(agendaPublicationDeadline(england, '2025-10-14'), {
      latestOn: '2025-10-06',
      lastWorkingDay: '2025-10-06',
      dueAt: new Date('2025-10-06T22:59:59.999Z'),
    });
  });

  it('allows the Sunday before a Monday first clear day, while the office deadline is the Friday', () => {
    const deadline = agendaPublicationDeadline(england, '2025-10-20');
    assert.equal(deadline.latestOn, '2025-10-12');
    assert.equal(deadline.lastWorkingDay, '2025-10-10');
  });

  it('does not count Easter', () => {
    assert.equal(latest('2025-04-23'), '2025-04-13');
    assert.equal(agendaPublicationDeadline(england, '2025-04-23').lastWorkingDay, '2025-04-11');
    assert.equal(latest('2027-03-31'), '2027-03-21', 'Good Friday 26 and Easter Monday 29 March 2027');
  });

  it('does not count the one-off holidays', () => {
    assert.equal(latest('2022-09-23'), '2022-09-14', 'the State Funeral on Monday 19 September 2022');
    assert.equal(latest('2023-05-11'), '2023-05-02', 'the Coronation on Monday 8 May 2023');
    assert.equal(latest('2022-06-08'), '2022-05-29', 'the Jubilee on 2 and 3 June 2022, and 30 May worked');
    assert.equal(latest('2020-05-12'), '2020-05-03', 'VE Day on Friday 8 May 2020, and Monday 4 May worked');
  });

  it('does not count Christmas substitute days, nor the council\'s closure days', () => {
    assert.equal(latest('2027-01-04'), '2026-12-22');
    const closed = workingCalendar('england', ['2026-12-29', '2026-12-30', '2026-12-31'].map((date) => ({ date, reason: 'Offices closed' })));
    assert.equal(latest('2027-01-04', closed), '2026-12-17');
  });

  it("counts each nation's own holidays", () => {
    assert.equal(latest('2026-12-02', workingCalendar('scotland')), '2026-11-23', "St Andrew's Day, Monday 30 November");
    assert.equal(latest('2026-12-02'), '2026-11-24');
    assert.equal(latest('2026-07-16', workingCalendar('northern-ireland')), '2026-07-07', 'the Boyne holiday on Monday 13 July');
    assert.equal(latest('2026-07-16'), '2026-07-08');
  });

  it('takes a constitution\'s own number of clear days', () => {
    assert.equal(agendaPublicationDeadline(england, '2025-10-14', 3).latestOn, '2025-10-08');
    assert.throws(() => agendaPublicationDeadline(england, '2025-10-14', 0), /clear days must be a whole number of at least 1: 0/);
  });
});

describe('clearWorkingDaysGiven and agendaPublishedInTime', () => {
  it('counts the clear working days a publication gave', () => {
    assert.equal(clearWorkingDaysGiven(england, '2025-10-06', '2025-10-14'), 5);
    assert.equal(clearWorkingDaysGiven(england, '2025-10-05', '2025-10-14'), 6, 'from a Sunday, the Monday is clear');
    assert.equal(clearWorkingDaysGiven(england, '2025-10-03', '2025-10-14'), 6, 'the Friday gives no more than the Sunday');
    assert.equal(clearWorkingDaysGiven(england, '2025-10-02', '2025-10-14'), 7);
    assert.equal(clearWorkingDaysGiven(england, '2025-10-14', '2025-10-14'), 0);
    assert.equal(clearWorkingDaysGiven(england, '2025-10-20', '2025-10-14'), 0, 'published after the meeting');
  });

  it('reads a publication time as the London day it fell on', () => {
    // 00:30 BST on Tuesday 7 October is 23:30 UTC on Monday 6 October.
    const justAfterMidnight = new Date('2025-10-06T23:30:00Z');
    assert.equal(clearWorkingDaysGiven(england, justAfterMidnight, '2025-10-14'), 4);
    assert.equal(agendaPublishedInTime(england, justAfterMidnight, '2025-10-14'), false);
    assert.equal(agendaPublishedInTime(england, new Date('2025-10-06T22:59:00Z'), '2025-10-14'), true, '23:59 BST on the Monday');
    assert.equal(agendaPublishedInTime(england, new Date('2025-12-02T23:30:00Z'), '2025-12-10'), true, 'in GMT 23:30 is still the same day');
  });

  it('is met by a publication on the latest day and missed the day after', () => {
    assert.equal(agendaPublishedInTime(england, '2025-10-06', '2025-10-14'), true);
    assert.equal(agendaPublishedInTime(england, '2025-10-07', '2025-10-14'), false);
    assert.equal(agendaPublishedInTime(england, '2025-10-08', '2025-10-14', 3), true);
  });
});

describe('agenda publication properties', () => {
  const meetingDay = fc
    .integer({ min: 0, max: 8 * 366 - 20 })
    .map((n) => addDays('2020-01-20', n))
    .filter((d) => isWorkingDay(england, d));
  const calendars = fc.constantFrom(england, workingCalendar('scotland'), workingCalendar('northern-ireland'));

  it('gives exactly the clear days on the latest day, and one fewer the day after', () => {
    fc.assert(
      fc.property(meetingDay, calendars, fc.integer({ min: 1, max: 10 }), (meetingOn, calendar, clearDays) => {
        const { latestOn } = agendaPublicationDeadline(calendar, meetingOn, clearDays);
        return (
          clearWorkingDaysGiven(calendar, latestOn, meetingOn) === clearDays &&
          clearWorkingDaysGiven(calendar, addDays(latestOn, 1), meetingOn) === clearDays - 1 &&
          agendaPublishedInTime(calendar, latestOn, meetingOn, clearDays) &&
          !agendaPublishedInTime(calendar, addDays(latestOn, 1), meetingOn, clearDays)
        );
      }),
      { numRuns: 400 },
    );
  });

  it('puts the office deadline on the last working day on or before the latest day', () => {
    fc.assert(
      fc.property(meetingDay, calendars, (meetingOn, calendar) => {
        const { latestOn, lastWorkingDay } = agendaPublicationDeadline(calendar, meetingOn);
        if (!isWorkingDay(calendar, lastWorkingDay) || lastWorkingDay > latestOn) return false;
        for (let d = addDays(lastWorkingDay, 1); d <= latestOn; d = addDays(d, 1)) if (isWorkingDay(calendar, d)) return false;
        return agendaPublishedInTime(calendar, lastWorkingDay, meetingOn);
      }),
      { numRuns: 400 },
    );
  });
});
