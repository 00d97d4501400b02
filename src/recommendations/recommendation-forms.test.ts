import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readImplementationForm, readReceiptForm, readResponseForm, readReviewForm } from './recommendation-forms.ts';

const today = '2026-03-02';
const date = (name: string, day: string) => {
  const [y, m, d] = day.split('-');
  return { [`${name}-day`]: d!, [`${name}-month`]: m!, [`${name}-year`]: y! };
};
const messages = (result: { errors: { summary: { text: string; href: string }[] } | null }) => result.errors?.summary.map((s) => [s.href, s.text]);

describe('readReceiptForm', () => {
  it('works out the executive’s response date from the day it received the recommendations, ignoring any date posted', () => {
    const result = readReceiptForm({ addressedTo: 'executive', addresseeName: 'Cabinet', ...date('receivedOn', '2026-01-15'), ...date('responseDueOn', '2026-12-31') }, today);
    assert.deepEqual(result.data, { addressedTo: 'executive', addresseeName: 'Cabinet', addresseeEmail: null, sentOn: null, receivedOn: '2026-01-15', responseDueOn: '2026-03-14' });
  });

  it('keeps the date the committee set for a partner', () => {
    const result = readReceiptForm({ addressedTo: 'partner', ...date('receivedOn', '2026-01-27'), ...date('responseDueOn', '2026-02-24') }, today);
    assert.equal(result.data?.responseDueOn, '2026-02-24');
  });

  it('refuses a receipt before sending, a date in the future and a bad email address, naming each field', () => {
    const result = readReceiptForm({ addressedTo: 'executive', addresseeEmail: 'cabinet at council', ...date('sentOn', '2026-02-20'), ...date('receivedOn', '2026-02-19') }, today);
    assert.deepEqual(messages(result), [
      ['#addresseeEmail', 'Enter the contact’s email address in the correct format, like cabinet.support@council.gov.uk'],
      ['#receivedOn-day', 'Date received must be the same as or after the date sent'],
    ]);
    assert.deepEqual(messages(readReceiptForm({ addressedTo: 'council', ...date('receivedOn', '2026-03-03') }, today)), [['#receivedOn-day', 'Date received must be today or in the past']]);
    assert.deepEqual(messages(readReceiptForm({}, today)), [['#addressedTo', 'Choose who the recommendation is addressed to']]);
  });
});

describe('readResponseForm', () => {
  it('needs the response, its text and its date; the decision is optional but checked', () => {
    assert.deepEqual(messages(readResponseForm({ responseDecisionUrl: 'cabinet minutes', responseMeetingId: '99' }, today, [4])), [
      ['#response', 'Choose whether the recommendation was accepted, partly accepted, rejected or noted'],
      ['#responseText', 'Enter the response, as the executive gave it'],
      ['#respondedOn-day', 'Enter the date of the response'],
      ['#responseDecisionUrl', 'Enter a link to the decision starting https://'],
      ['#responseMeetingId', 'Choose a meeting from the list'],
    ]);
    const ok = readResponseForm({ response: 'partly-accepted', responseText: 'Two routes protected.', ...date('respondedOn', '2026-02-24'), responseDecisionReference: 'CAB/2026/011', responseMeetingId: '4', responseDecisionUrl: 'https://northwold.example/decisions/11' }, today, [4]);
    assert.deepEqual(ok.data, { response: 'partly-accepted', responseText: 'Two routes protected.', respondedOn: '2026-02-24', responseDecisionReference: 'CAB/2026/011', responseDecisionUrl: 'https://northwold.example/decisions/11', responseMeetingId: 4 });
  });
});

describe('readImplementationForm', () => {
  it('asks for the date once implemented, and only then', () => {
    assert.deepEqual(messages(readImplementationForm({ implementationStatus: 'implemented' }, today)), [['#implementedOn-day', 'Enter the date implemented']]);
    assert.deepEqual(readImplementationForm({ implementationStatus: 'in-progress', ...date('implementedOn', '2026-01-01') }, today).data, { implementationStatus: 'in-progress', implementationDueOn: null, implementedOn: null });
  });
});

describe('readReviewForm', () => {
  it('plans a review for a date, and takes an outcome only once it has happened', () => {
    assert.deepEqual(readReviewForm({ ...date('reviewOn', '2026-07-14') }, today, []).data, { reviewOn: '2026-07-14', reviewOutcome: null, reviewMeetingId: null });
    assert.deepEqual(messages(readReviewForm({ ...date('reviewOn', '2026-07-14'), reviewOutcome: 'All done' }, today, [])), [['#reviewOutcome', 'Record the outcome once the review has taken place, or change the review date']]);
    assert.equal(readReviewForm({ ...date('reviewOn', '2026-02-10'), reviewOutcome: 'Implemented in full.' }, today, []).data?.reviewOutcome, 'Implemented in full.');
  });
});
