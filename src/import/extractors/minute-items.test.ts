import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { blocksOf } from '../fixtures/blocks-of.ts';
import { splitMinuteItems } from './minute-items.ts';

describe('splitMinuteItems', () => {
  it('splits at rising minute numbers and leaves numbered sentences in the text', async () => {
    const { before, items } = splitMinuteItems(await blocksOf('Present: Cllr A Able\n\n53. APOLOGIES\n\nNone.\n\n54. MINUTES\n\n1. The Committee noted the report.\n\n55. BUDGET\n\n2. Figures\n'));
    assert.equal(before.length, 1);
    assert.deepEqual(items.map((i) => [i.number, i.title, i.body.map((b) => b.text)]), [
      ['53', 'APOLOGIES', ['None.']],
      ['54', 'MINUTES', ['1. The Committee noted the report.']],
      ['55', 'BUDGET', ['2. Figures']],
    ]);
  });

  it('reads parish numbering and a heading with its text on the next line', async () => {
    const { items } = splitMinuteItems(await blocksOf('25/01 Apologies for absence\nApologies were received from Cllr A Wood.\n25/02 Finance\nRESOLVED that the accounts be approved.'));
    assert.deepEqual(items.map((i) => [i.number, i.title, i.body.length]), [['25/01', 'Apologies for absence', 1], ['25/02', 'Finance', 1]]);
  });

  it('reads a modern.gov page: number, title, agenda text, then the minutes', async () => {
    const { items } = splitMinuteItems(await blocksOf('60.\n\nApologies for absence pdf icon PDF 12 KB\n\nTo receive apologies.\n\nMinutes:\n\nNone were received.\n'), { itemMinutes: true });
    assert.deepEqual(items.map((i) => [i.number, i.title, i.preamble.map((b) => b.text), i.body.map((b) => b.text)]), [['60', 'Apologies for absence', ['To receive apologies.'], ['None were received.']]]);
  });
});
