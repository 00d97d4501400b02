import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { workingCalendar } from '../deadlines/working-calendar.ts';
import { agendaNoticeWarning, timeAndVenueNeedAMove, whyMeetingCannotChange } from './meeting-change-rules.ts';

describe('whyMeetingCannotChange', () => {
  it('lets a meeting still to be held be moved or cancelled, agenda out or not', () => {
    assert.equal(whyMeetingCannotChange('scheduled'), null);
    assert.equal(whyMeetingCannotChange('agenda-published'), null);
  });

  it('says why a held or cancelled meeting cannot be', () => {
    assert.equal(whyMeetingCannotChange('held'), 'This meeting has been held, so it cannot be moved or cancelled.');
    assert.equal(whyMeetingCannotChange('cancelled'), 'This meeting is cancelled, so it cannot be moved or cancelled.');
  });
});

describe('timeAndVenueNeedAMove', () => {
  it('lets the clerk correct the time and room freely only before the agenda is out', () => {
    assert.equal(timeAndVenueNeedAMove('scheduled'), false);
    assert.equal(timeAndVenueNeedAMove('agenda-published'), true);
  });
});

describe('agendaNoticeWarning', () => {
  const calendar = workingCalendar('england');
  // Published Monday 6 October 2025: five clear working days before Tuesday 14 October.
  const publishedAt = new Date('2025-10-06T15:30:00Z');

  it('says nothing when the new date still leaves five clear working days', () => {
    assert.equal(agendaNoticeWarning(calendar, publishedAt, '2025-10-14'), null);
    assert.equal(agendaNoticeWarning(calendar, null, '2025-10-08'), null);
  });

  it('warns when moving the meeting earlier leaves too little notice', () => {
    const warning = agendaNoticeWarning(calendar, publishedAt, '2025-10-13');
    assert.match(warning?.text ?? '', /gives 4 clear working days before Monday 13 October 2025: the law asks for 5/);
  });
});
