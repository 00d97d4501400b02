import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { describeFollow, followTargetKey, savedSearchHref } from './follow-target.ts';

describe('followTargetKey', () => {
  it('names a committee and a topic by id', () => {
    assert.equal(followTargetKey({ kind: 'committee', committeeId: 12 }), 'committee:12');
    assert.equal(followTargetKey({ kind: 'topic', topicId: 3 }), 'topic:3');
  });

  it('treats spacing, capitals and the order of filters as the same search', () => {
    const a = followTargetKey({ kind: 'search', search: { q: ' Bus  Lanes ', kinds: ['resolution', 'agenda-item'], committees: ['planning', 'cabinet'] } });
    const b = followTargetKey({ kind: 'search', search: { q: 'bus lanes', kinds: ['agenda-item', 'resolution'], committees: ['cabinet', 'planning', 'cabinet'] } });
    assert.equal(a, b);
    assert.equal(a, 'search:q=bus+lanes&kind=agenda-item&kind=resolution&committee=cabinet&committee=planning');
  });

  it('tells different searches apart', () => {
    assert.notEqual(followTargetKey({ kind: 'search', search: { q: 'bus lanes', kinds: [], committees: [] } }), followTargetKey({ kind: 'search', search: { q: 'bus lanes', kinds: ['resolution'], committees: [] } }));
  });
});

describe('describeFollow', () => {
  it('names a committee, a topic and a saved search with its filters', () => {
    assert.equal(describeFollow({ kind: 'committee', committeeName: 'Planning Committee' }), 'the Planning Committee');
    assert.equal(describeFollow({ kind: 'committee', committeeName: 'The Cabinet' }), 'The Cabinet');
    assert.equal(describeFollow({ kind: 'topic', topicName: 'School transport' }), 'the topic School transport');
    assert.equal(
      describeFollow({ kind: 'search', search: { q: 'bus lanes', kinds: ['resolution'], committees: ['planning'] } }, new Map([['planning', 'Planning Committee']])),
      'new results for “bus lanes” (decisions, in Planning Committee)',
    );
  });
});

describe('savedSearchHref', () => {
  it('links to the search page with the same words and filters', () => {
    assert.equal(savedSearchHref({ q: 'bus lanes', kinds: ['resolution'], committees: ['planning'] }), '/search?q=bus+lanes&kind=resolution&committee=planning');
  });
});
