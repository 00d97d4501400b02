import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { blocksOf } from '../fixtures/blocks-of.ts';
import { readRecommendationTracker } from './recommendation-tracker.ts';

describe('readRecommendationTracker', () => {
  it('reads recommendations with the response and status', async () => {
    const text = 'Meeting date\tRecommendation\tExecutive response\tStatus\n14/05/2025\tThat the Cabinet adopt a target of 100 homes a year.\tAccepted in part.\tIn progress\n';
    const entries = readRecommendationTracker(await blocksOf(text)).map(({ at: _at, ...e }) => e);
    assert.deepEqual(entries, [{ meetingDate: '2025-05-14', recommendation: 'That the Cabinet adopt a target of 100 homes a year.', response: 'Accepted in part.', status: 'In progress' }]);
  });

  it('ignores other tables', async () => {
    assert.deepEqual(readRecommendationTracker(await blocksOf('Item\tOrigin\tCurrent position\nHousing review\tRequest\tAssigned\n')), []);
  });
});
