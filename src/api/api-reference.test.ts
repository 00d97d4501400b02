import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { describeType } from './api-reference.ts';

describe('describeType', () => {
  it('reads a parameter’s JSON Schema as a phrase', () => {
    assert.equal(describeType({ type: 'integer', minimum: 1, maximum: 200, default: 50 }), 'integer, 1 to 200, default 50');
    assert.equal(describeType({ type: 'string', enum: ['open', 'completed'] }), 'one of: open, completed');
    assert.equal(describeType({ type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' }), 'string, YYYY-MM-DD');
  });
});
