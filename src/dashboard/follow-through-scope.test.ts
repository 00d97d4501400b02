import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { committeeFilter, followThroughScope } from './follow-through-scope.ts';

describe('followThroughScope', () => {
  it('gives those who keep the trackers every committee, whatever they chair', () => {
    assert.deepEqual(followThroughScope({ role: 'scrutiny-officer' }, []), { committeeIds: 'all' });
    assert.deepEqual(followThroughScope({ role: 'democratic-services' }, [4]), { committeeIds: 'all' });
  });

  it('gives a chair the committees they chair', () => {
    assert.deepEqual(followThroughScope({ role: 'councillor' }, [3, 7]), { committeeIds: [3, 7] });
  });

  it('gives a councillor who chairs nothing, an administrator or a report author nothing', () => {
    assert.equal(followThroughScope({ role: 'councillor' }, []), null);
    assert.equal(followThroughScope({ role: 'administrator' }, []), null);
    assert.equal(followThroughScope({ role: 'report-author' }, []), null);
  });

  it('filters repositories by the chair’s committees, or not at all', () => {
    assert.equal(committeeFilter({ committeeIds: 'all' }), undefined);
    assert.deepEqual(committeeFilter({ committeeIds: [3] }), [3]);
  });
});
