import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import ICAL from 'ical.js';
import { buildCalendar, DEFAULT_MEETING_MINUTES } from './calendar.ts';
import type { CalendarMeetingRow } from './publish-repository.ts';

const publicUrl = 'https://meetings.northwold.example';
const now = new Date('2026-03-02T09:00:00Z');

function meeting(overrides: Partial<CalendarMeetingRow>): CalendarMeetingRow {
  return {
    id: 1,
    committeeSlug: 'audit',
    committeeName: 'Audit Committee',
    slug: '2026-07-14',
    date: '2026-07-14',
    startsAt: null,
    endsAt: null,
    kind: 'ordinary',
    venue: 'Council Chamber, Town Hall',
    status: 'scheduled',
    cancellationReason: null,
    ...overrides,
  };
}

function parseEvents(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  return calendar.getAllSubcomponents('vevent').map((vevent) => ({ vevent, event: new ICAL.Event(vevent) }));
}

/** The wall-clock time in London of an instant, "19:00". */
function londonClock(date: Date): string {
  return new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/London' }).format(date);
}

describe('buildCalendar', () => {
  // 7pm in London is 18:00 UTC in July (BST) and 19:00 UTC in January (GMT).
  const summer = meeting({ id: 11, slug: '2026-07-14', date: '2026-07-14', startsAt: new Date('2026-07-14T18:00:00Z'), endsAt: new Date('2026-07-14T20:30:00Z') });
  const winter = meeting({ id: 12, slug: '2027-01-12', date: '2027-01-12', startsAt: new Date('2027-01-12T19:00:00Z') });
  const ics = buildCalendar([summer, winter], { name: 'Audit Committee meetings', publicUrl, now });

  it('puts a summer and a winter meeting at 7pm London time, across the BST change', () => {
    const [july, january] = parseEvents(ics);
    assert.equal(july!.event.startDate.toJSDate().toISOString(), '2026-07-14T18:00:00.000Z');
    assert.equal(january!.event.startDate.toJSDate().toISOString(), '2027-01-12T19:00:00.000Z');
    assert.equal(londonClock(july!.event.startDate.toJSDate()), '19:00');
    assert.equal(londonClock(january!.event.startDate.toJSDate()), '19:00');
  });

  it('uses the recorded end time, or a default duration when there is none', () => {
    const [july, january] = parseEvents(ics);
    assert.equal(july!.event.endDate.toJSDate().toISOString(), '2026-07-14T20:30:00.000Z');
    const minutes = (january!.event.endDate.toJSDate().getTime() - january!.event.startDate.toJSDate().getTime()) / 60_000;
    assert.equal(minutes, DEFAULT_MEETING_MINUTES);
  });

  it('gives each meeting a stable UID, a DTSTAMP, its location and the meeting page', () => {
    const [july] = parseEvents(ics);
    assert.equal(july!.event.uid, 'meeting-11@meetings.northwold.example');
    assert.equal(july!.vevent.getFirstPropertyValue('dtstamp')!.toString(), '2026-03-02T09:00:00Z');
    assert.equal(july!.event.location, 'Council Chamber, Town Hall');
    assert.equal(String(july!.vevent.getFirstPropertyValue('url')), `${publicUrl}/committees/audit/meetings/2026-07-14`);
    assert.equal(july!.vevent.getFirstPropertyValue('status'), 'CONFIRMED');
    const again = buildCalendar([summer], { name: 'x', publicUrl, now: new Date('2026-04-01T00:00:00Z') });
    assert.equal(parseEvents(again)[0]!.event.uid, july!.event.uid);
  });

  it('marks a cancelled meeting CANCELLED and says why', () => {
    const cancelled = meeting({ id: 13, status: 'cancelled', cancellationReason: 'no business', startsAt: new Date('2026-07-14T18:00:00Z') });
    const [only] = parseEvents(buildCalendar([cancelled], { name: 'x', publicUrl, now }));
    assert.equal(only!.vevent.getFirstPropertyValue('status'), 'CANCELLED');
    assert.match(only!.event.summary, /^CANCELLED: Audit Committee/);
    assert.match(only!.event.description, /cancelled: no business/);
  });

  it('keeps a moved meeting’s UID with a higher SEQUENCE, at its new time, saying where it moved from', () => {
    const before = meeting({ id: 14, slug: '2027-03-03', date: '2027-03-03', startsAt: new Date('2027-03-03T18:00:00Z') });
    const moved = meeting({
      id: 14,
      slug: '2027-03-10',
      date: '2027-03-10',
      startsAt: new Date('2027-03-10T18:00:00Z'),
      sequence: 1,
      notice: { kind: 'moved', reason: 'The chair is unwell', previousDate: '2027-03-03', previousStartsAt: before.startsAt, previousVenue: null, newDate: '2027-03-10', newStartsAt: new Date('2027-03-10T18:00:00Z'), newVenue: null },
    });
    const [old] = parseEvents(buildCalendar([before], { name: 'x', publicUrl, now }));
    const [only] = parseEvents(buildCalendar([moved], { name: 'x', publicUrl, now }));
    assert.equal(only!.event.uid, old!.event.uid);
    assert.equal(old!.event.sequence, 0);
    assert.equal(only!.event.sequence, 1);
    assert.equal(only!.event.startDate.toJSDate().toISOString(), '2027-03-10T18:00:00.000Z');
    assert.match(only!.event.description, /This meeting was moved from Wednesday 3 March 2027 to Wednesday 10 March 2027: The chair is unwell\./);
    assert.equal(String(only!.vevent.getFirstPropertyValue('url')), `${publicUrl}/committees/audit/meetings/2027-03-10`);
  });

  it('makes a meeting without a start time an all-day event on its date', () => {
    const [only] = parseEvents(buildCalendar([meeting({ date: '2026-10-25' })], { name: 'x', publicUrl, now }));
    assert.equal(only!.event.startDate.isDate, true);
    assert.equal(only!.event.startDate.toString(), '2026-10-25');
  });

  it('names the calendar and writes CRLF line endings as RFC 5545 requires', () => {
    assert.match(ics, /^BEGIN:VCALENDAR\r\n/);
    assert.match(ics, /\r\nX-WR-CALNAME:Audit Committee meetings\r\n/);
    assert.ok(!/[^\r]\n/.test(ics), 'a bare LF in the file');
  });
});
