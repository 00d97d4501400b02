import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { paginationView } from './pagination.ts';

const shape = (view: ReturnType<typeof paginationView>) => view?.items.map((i) => ('ellipsis' in i ? '…' : i.current ? `[${i.number}]` : String(i.number)));

describe('paginationView', () => {
  it('is null when everything fits on one page', () => {
    assert.equal(paginationView(1, 1, String), null);
    assert.equal(paginationView(1, 0, String), null);
  });

  it('shows the first, last, current and neighbours with ellipses between', () => {
    assert.deepEqual(shape(paginationView(5, 10, String)), ['1', '…', '4', '[5]', '6', '…', '10']);
    assert.deepEqual(shape(paginationView(1, 3, String)), ['[1]', '2', '3']);
  });

  it('links previous and next only where there are pages', () => {
    const first = paginationView(1, 3, (p) => `?page=${p}`)!;
    assert.equal(first.previous, undefined);
    assert.equal(first.next?.href, '?page=2');
    const last = paginationView(9, 3, (p) => `?page=${p}`)!;
    assert.equal(last.next, undefined);
    assert.equal(last.previous?.href, '?page=2');
  });
});
