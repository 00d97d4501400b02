import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { RecommendationRow } from './recommendation-repository.ts';
import { filterTracker, responseReminderRecipients, trackerEntry } from './recommendation-tracker.ts';

const row = (over: Partial<RecommendationRow>): RecommendationRow =>
  ({
    id: 1,
    committeeId: 1,
    committeeName: 'Place Scrutiny Committee',
    committeeSlug: 'place-scrutiny',
    committeeKind: 'scrutiny',
    committeeContactEmail: 'place.scrutiny@northwold.example',
    meetingDate: '2026-02-10',
    itemTitle: 'Bus service review',
    itemNumber: '6',
    minuteNumber: '64',
    letter: 'a',
    text: 'That Cabinet protect rural bus routes',
    addressedTo: 'executive',
    addresseeName: null,
    addresseeEmail: null,
    receivedOn: null,
    responseDueOn: null,
    response: null,
    respondedOn: null,
    implementationStatus: null,
    reviewOn: null,
    reviewOutcome: null,
    ...over,
  }) as RecommendationRow;

const today = '2026-03-02';

describe('trackerEntry', () => {
  it('counts down to the s.9FE date and says how late a response is', () => {
    const awaiting = trackerEntry(row({ receivedOn: '2026-02-17' }), today);
    assert.deepEqual([awaiting.state, awaiting.dueOn, awaiting.daysToDue, awaiting.statutory, awaiting.sentTo], ['awaiting', '2026-04-16', 45, true, 'The executive']);
    const overdue = trackerEntry(row({ receivedOn: '2025-12-15' }), today);
    assert.deepEqual([overdue.state, overdue.daysToDue, overdue.isLate], ['overdue', -16, true]);
    const late = trackerEntry(row({ receivedOn: '2025-12-15', response: 'accepted', respondedOn: '2026-02-20' }), today);
    assert.deepEqual([late.state, late.daysLate, late.daysToDue, late.responseLabel], ['responded-late', 6, null, 'Accepted']);
  });

  it('names the item as the minutes number it, and the addressee as the recommendation names it', () => {
    const entry = trackerEntry(row({ addressedTo: 'partner', addresseeName: 'Northwold Bus Partnership' }), today);
    assert.deepEqual([entry.itemText, entry.sentTo, entry.statutory], ['64. Bus service review', 'Northwold Bus Partnership', false]);
  });
});

describe('filterTracker', () => {
  const entries = [
    row({ id: 1, receivedOn: '2026-02-17' }),
    row({ id: 2, receivedOn: '2025-12-15' }),
    row({ id: 3, receivedOn: '2025-12-15', response: 'rejected', respondedOn: '2026-02-20' }),
    row({ id: 4, receivedOn: '2025-11-01', response: 'accepted', respondedOn: '2025-12-01' }),
    row({ id: 5 }),
  ].map((r) => trackerEntry(r, today));
  const ids = (filter: Parameters<typeof filterTracker>[1]) => filterTracker(entries, filter).entries.map((e) => e.id);

  it('filters by status, by response and by lateness, together', () => {
    assert.deepEqual(ids({ state: 'overdue' }), [2]);
    assert.deepEqual(ids({ response: 'none' }), [1, 2, 5]);
    assert.deepEqual(ids({ response: 'rejected' }), [3]);
    assert.deepEqual(ids({ late: true }), [2, 3]);
    assert.deepEqual(ids({ late: true, response: 'none' }), [2]);
  });

  it('counts each status among what the other filters leave', () => {
    assert.deepEqual(filterTracker(entries, { state: 'overdue' }).counts, { 'not-received': 1, awaiting: 1, overdue: 1, responded: 1, 'responded-late': 1 });
    assert.deepEqual(filterTracker(entries, { late: true }).counts, { 'not-received': 0, awaiting: 0, overdue: 1, responded: 0, 'responded-late': 1 });
  });
});

describe('responseReminderRecipients', () => {
  const settings = { scrutinyOfficerEmail: null, executiveContactEmail: 'cabinet.support@northwold.example' };

  it('chases the executive’s contact and the committee’s contact when no one else is named', () => {
    assert.deepEqual(responseReminderRecipients(row({}), settings), ['cabinet.support@northwold.example', 'place.scrutiny@northwold.example']);
  });

  it('prefers the recommendation’s own contact and the committee’s scrutiny officer', () => {
    assert.deepEqual(
      responseReminderRecipients(row({ addresseeEmail: 'leader@northwold.example' }), { ...settings, scrutinyOfficerEmail: 'scrutiny@northwold.example' }),
      ['leader@northwold.example', 'scrutiny@northwold.example'],
    );
  });

  it('does not send a partner’s chase to the cabinet clerk, and names nobody twice', () => {
    assert.deepEqual(responseReminderRecipients(row({ addressedTo: 'partner' }), settings), ['place.scrutiny@northwold.example']);
    assert.deepEqual(responseReminderRecipients(row({ addresseeEmail: 'Place.Scrutiny@northwold.example' }), settings), ['Place.Scrutiny@northwold.example']);
    assert.deepEqual(responseReminderRecipients(row({ addressedTo: 'partner', committeeContactEmail: null }), settings), []);
  });
});
