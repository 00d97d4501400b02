import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { listItem, toBlocks } from './blocks.ts';
import { rowLine, textLine } from './source-lines.ts';

const lines = (...texts: string[]) => texts.map((t, i) => textLine(i + 1, t));

describe('toBlocks', () => {
  it('joins consecutive lines into one paragraph and keeps each line', () => {
    const [block] = toBlocks(lines('Chairperson Councillor A', 'Vice-chairperson Councillor B'));
    assert.equal(block!.kind, 'paragraph');
    assert.deepEqual(block!.lines, ['Chairperson Councillor A', 'Vice-chairperson Councillor B']);
    assert.deepEqual(block!.at, { fromLine: 1, toLine: 2, page: null });
  });

  it('starts a new block at a blank line, a numbered heading or a decision', () => {
    const blocks = toBlocks(lines('25/01 Apologies for absence', 'Apologies were received.', 'RESOLVED: That it be noted.', '', 'Next'));
    assert.deepEqual(blocks.map((b) => b.text), ['25/01 Apologies for absence', 'Apologies were received.', 'RESOLVED: That it be noted.', 'Next']);
  });

  it('takes bullets and letters off list items', () => {
    const blocks = toBlocks(lines('- a) The Committee promotes the opportunity;', '· This was the first time', '(2) That officers report back.'));
    assert.deepEqual(blocks.map((b) => [b.kind, b.marker, b.text]), [
      ['list-item', 'a', 'The Committee promotes the opportunity;'],
      ['list-item', '·', 'This was the first time'],
      ['list-item', '2', 'That officers report back.'],
    ]);
  });

  it('continues a list item over an indented line', () => {
    const [item] = toBlocks(lines('- Communications team send responses to the team, via', '   the Executive Assistant'));
    assert.equal(item!.text, 'Communications team send responses to the team, via the Executive Assistant');
  });

  it('keeps rows as rows with their cells', () => {
    const [row] = toBlocks([rowLine(4, ['1.', 'APOLOGIES', ''])]);
    assert.equal(row!.kind, 'row');
    assert.deepEqual(row!.cells, ['1.', 'APOLOGIES', '']);
  });
});

describe('listItem', () => {
  it('leaves numbered lines and bold markers alone', () => {
    assert.equal(listItem('72. APOLOGIES'), null);
    assert.equal(listItem('-5 degrees'), null);
  });
});
