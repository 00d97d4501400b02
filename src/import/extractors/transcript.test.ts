import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { blocksOf } from '../fixtures/blocks-of.ts';
import { readTranscript, splitRecommendations } from './transcript.ts';

describe('readTranscript', () => {
  it('reads the meeting, its items and the last reading of the recommendations', async () => {
    const text =
      'Planning Committee - Wednesday 5 March 2025 6.30 pm\n' +
      'Welcome. Are there any declarations of interest? None. Thank you. We move to item number three on the agenda which is the minutes of the last meeting. Now agenda item four, which is the application for land at Orchard Farm. So the committee recommends that the applicant provides a travel plan and agrees a bus contribution. Sorry, again: the committee recommends that the applicant provides a travel plan before occupation, agrees a contribution to the bus service and ensures that the hedgerow is retained. All those in favour.';
    const [meeting] = readTranscript(await blocksOf(text));
    assert.equal(meeting!.committee, 'Planning Committee');
    assert.equal(meeting!.date, '2025-03-05');
    assert.equal(meeting!.startTime, '18:30');
    assert.deepEqual(meeting!.declarations, []);
    assert.deepEqual(meeting!.items.map((i) => [i.number, i.title, i.recommendations]), [
      ['3', 'Minutes of the last meeting', []],
      ['4', 'Application for land at Orchard Farm', ['provides a travel plan before occupation', 'agrees a contribution to the bus service', 'ensures that the hedgerow is retained']],
    ]);
  });
});

describe('splitRecommendations', () => {
  it('splits an unpunctuated reading at each recommending verb', () => {
    assert.deepEqual(
      splitRecommendations('the council identifies measures of success for each strand makes clear the links between the strategies builds links with and invests in schools and finally describes the theory of change right thank you'),
      ['identifies measures of success for each strand', 'makes clear the links between the strategies', 'builds links with and invests in schools', 'describes the theory of change'],
    );
  });
});

describe('readTranscript from captions', () => {
  it('reads a roll call and the adjournment', async () => {
    const [meeting] = readTranscript(await blocksOf('Good evening. I call this meeting of the Riverton City Council to order. Councilmember Ortiz? Here. Mayor Quinn? Present. The meeting is adjourned at 9:05 p.m.'));
    assert.equal(meeting!.committee, 'Riverton City Council');
    assert.deepEqual(meeting!.attendance?.present, ['Ortiz', 'Quinn']);
    assert.equal(meeting!.endTime, '21:05');
  });
});
