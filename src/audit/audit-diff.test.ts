import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { diffSnapshots } from './audit-diff.ts';

describe('diffSnapshots', () => {
  it('lists only the fields that changed, with readable names', () => {
    assert.deepEqual(diffSnapshots({ status: 'scheduled', venue: 'Room 1', startsAt: '10:00' }, { status: 'cancelled', venue: 'Room 1', startsAt: '10:00' }), [
      { field: 'status', before: 'scheduled', after: 'cancelled' },
    ]);
  });

  it('shows every field of a new record as added, and of a deleted one as removed', () => {
    assert.deepEqual(diffSnapshots(null, { title: 'Budget', isExempt: false }), [
      { field: 'title', before: '', after: 'Budget' },
      { field: 'is exempt', before: '', after: 'false' },
    ]);
    assert.deepEqual(diffSnapshots({ title: 'Budget' }, undefined), [{ field: 'title', before: 'Budget', after: '' }]);
  });

  it('compares nested values as JSON and treats null, undefined and empty text alike', () => {
    assert.deepEqual(diffSnapshots({ wards: [1, 2], note: null }, { wards: [1, 3], note: '' }), [{ field: 'wards', before: '[1,2]', after: '[1,3]' }]);
  });
});
