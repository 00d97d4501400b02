import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { londonInstant } from '../deadlines/london-time.ts';
import { workingCalendar } from '../deadlines/working-calendar.ts';
import { type CommitteePlace, type MeetingSlot, sameVenue, schedulingWarnings } from './scheduling-warnings.ts';

const calendar = workingCalendar('england', [{ date: '2026-12-29', reason: 'Offices closed between Christmas and New Year' }]);
const at = (date: string, time: string | null, overrides: Partial<MeetingSlot> = {}): MeetingSlot => ({
  ref: 'new-0',
  committeeId: 1,
  committeeName: 'Children’s Scrutiny Committee',
  date,
  startsAt: time ? londonInstant(date, time) : null,
  endsAt: null,
  venue: 'Committee Room 1',
  ...overrides,
});
const planning = (date: string, time: string | null, overrides: Partial<MeetingSlot> = {}) =>
  at(date, time, { ref: 'meeting-7', committeeId: 2, committeeName: 'Planning Committee', venue: 'Council Chamber', ...overrides });
const place = (committeeId: number, personId: number, personName: string, overrides: Partial<CommitteePlace> = {}): CommitteePlace => ({
  committeeId,
  personId,
  personName,
  isSubstitute: false,
  startsOn: '2026-05-12',
  endsOn: null,
  ...overrides,
});
const keys = (slot: MeetingSlot, others: MeetingSlot[], places: CommitteePlace[] = []) => schedulingWarnings(slot, { others, places, calendar }).map((w) => w.key);

describe('schedulingWarnings: the day', () => {
  it('says nothing about an ordinary working day', () => {
    assert.deepEqual(schedulingWarnings(at('2026-09-08', '18:00'), { others: [], places: [], calendar }), []);
  });

  it('warns about a weekend, a bank holiday and a closure day, naming each', () => {
    const text = (date: string) => schedulingWarnings(at(date, '18:00'), { others: [], places: [], calendar })[0]?.text;
    assert.equal(text('2026-09-05'), 'Saturday 5 September 2026 is a weekend.');
    assert.equal(text('2026-08-31'), 'Monday 31 August 2026 is a bank holiday: Summer bank holiday.');
    assert.equal(text('2026-12-29'), 'Tuesday 29 December 2026 is a closure day: Offices closed between Christmas and New Year.');
  });

  it('follows the council’s nation: St Andrew’s Day is a holiday in Scotland only', () => {
    const scotland = workingCalendar('scotland');
    assert.equal(schedulingWarnings(at('2026-11-30', '18:00'), { others: [], places: [], calendar: scotland })[0]?.kind, 'non-working-day');
    assert.deepEqual(keys(at('2026-11-30', '18:00'), []), []);
  });
});

describe('schedulingWarnings: the past', () => {
  it('warns of a date already gone, and not of today', () => {
    assert.deepEqual(schedulingWarnings(at('2026-09-07', '18:00'), { others: [], places: [], calendar, today: '2026-09-08' }).map((w) => w.text), ['Monday 7 September 2026 has already gone.']);
    assert.deepEqual(schedulingWarnings(at('2026-09-08', '18:00'), { others: [], places: [], calendar, today: '2026-09-08' }), []);
  });
});

describe('schedulingWarnings: members booked twice', () => {
  const places = [place(1, 10, 'Ada Cole'), place(2, 10, 'Ada Cole'), place(1, 11, 'Ben Dale'), place(2, 12, 'Cy Eve')];

  it('warns when someone on this committee sits on another meeting at an overlapping time', () => {
    const warnings = schedulingWarnings(at('2026-09-08', '18:00'), { others: [planning('2026-09-08', '19:00')], places, calendar });
    assert.deepEqual(warnings.map((w) => w.text), ['Ada Cole also sits on Planning Committee, which meets at an overlapping time, from 7pm on Tuesday 8 September 2026.']);
  });

  it('counts named substitutes, on either committee', () => {
    const withSubstitute = [place(1, 11, 'Ben Dale'), place(2, 11, 'Ben Dale', { isSubstitute: true })];
    const [warning] = schedulingWarnings(at('2026-09-08', '18:00'), { others: [planning('2026-09-08', '18:30')], places: withSubstitute, calendar });
    assert.equal(warning?.text, 'Ben Dale (as a named substitute) also sits on Planning Committee, which meets at an overlapping time, from 6.30pm on Tuesday 8 September 2026.');
  });

  it('says nothing when the meetings do not overlap: two hours is assumed without an end time', () => {
    assert.deepEqual(keys(at('2026-09-08', '10:00'), [planning('2026-09-08', '12:00')], places), []);
    assert.deepEqual(keys(at('2026-09-08', '10:00'), [planning('2026-09-08', '11:59')], places), ['member:meeting-7:10']);
  });

  it('uses the end time when there is one', () => {
    const long = at('2026-09-08', '10:00', { endsAt: londonInstant('2026-09-08', '13:00') });
    assert.deepEqual(keys(long, [planning('2026-09-08', '12:30')], places), ['member:meeting-7:10']);
  });

  it('takes a meeting without a start time to fill its day', () => {
    assert.deepEqual(keys(at('2026-09-08', null), [planning('2026-09-08', '09:00')], places), ['member:meeting-7:10']);
    assert.deepEqual(keys(at('2026-09-09', null), [planning('2026-09-08', '21:00')], places), []);
  });

  it('ignores places that have ended or not yet begun on the day', () => {
    const ended = [place(1, 10, 'Ada Cole'), place(2, 10, 'Ada Cole', { endsOn: '2026-09-07' })];
    assert.deepEqual(keys(at('2026-09-08', '18:00'), [planning('2026-09-08', '18:00')], ended), []);
  });

  it('names a few and counts the rest when many are booked twice, as against full council', () => {
    const many = [1, 2, 3, 4, 5, 6].flatMap((n) => [place(1, n, `Member ${n}`), place(2, n, `Member ${n}`)]);
    const [warning] = schedulingWarnings(at('2026-09-08', '18:00'), { others: [planning('2026-09-08', '18:00')], places: many, calendar });
    assert.match(warning?.text ?? '', /^Member 1, Member 2, Member 3 and 3 others also sit on Planning Committee/);
  });

  it('names everyone booked twice in one warning per meeting', () => {
    const both = [...places, place(2, 11, 'Ben Dale')];
    const [warning] = schedulingWarnings(at('2026-09-08', '18:00'), { others: [planning('2026-09-08', '18:00')], places: both, calendar });
    assert.match(warning?.text ?? '', /^Ada Cole and Ben Dale also sit on Planning Committee/);
  });
});

describe('schedulingWarnings: rooms and committees booked twice', () => {
  it('warns when the same room is booked at an overlapping time, however the venue is typed', () => {
    const other = planning('2026-09-08', '18:30', { venue: 'committee room 1' });
    const warnings = schedulingWarnings(at('2026-09-08', '18:00'), { others: [other], places: [], calendar });
    assert.deepEqual(warnings.map((w) => w.text), ['committee room 1 is booked then for Planning Committee, from 6.30pm on Tuesday 8 September 2026.']);
  });

  it('says nothing about another room', () => {
    assert.deepEqual(keys(at('2026-09-08', '18:00'), [planning('2026-09-08', '18:00')]), []);
  });

  it('warns once when the same committee already meets then, not once per member', () => {
    const same = at('2026-09-08', '18:00', { ref: 'meeting-9' });
    assert.deepEqual(keys(at('2026-09-08', '18:00'), [same], [place(1, 10, 'Ada Cole')]), ['committee:meeting-9']);
  });

  it('does not compare a meeting with itself', () => {
    const slot = at('2026-09-08', '18:00', { ref: 'meeting-9' });
    assert.deepEqual(keys(slot, [slot]), []);
  });
});

describe('sameVenue', () => {
  it('folds case, punctuation and spacing', () => {
    assert.equal(sameVenue('Committee Room 1, Civic Centre', 'committee room 1 civic  centre'), true);
    assert.equal(sameVenue('Committee Room 1', 'Committee Room 2'), false);
  });
});
