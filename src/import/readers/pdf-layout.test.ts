import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { layOutPages, type PositionedText } from './pdf-layout.ts';

const at = (text: string, x: number, y: number, size = 10): PositionedText => ({ text, x, y, width: text.length * size * 0.5, fontSize: size });

describe('layOutPages', () => {
  it('orders text by position, not by the order it was written', () => {
    const { lines } = layOutPages([{ height: 842, items: [at('second line', 50, 700), at('first line', 50, 720)] }]);
    assert.deepEqual(lines.map((l) => l.text), ['first line', 'second line']);
  });

  it('joins runs on one baseline into words and splits wide gaps into cells', () => {
    const { lines } = layOutPages([{ height: 842, items: [at('Report', 50, 700), at('back', 83, 700), at('Head of Audit', 330, 700), at('Owner', 330, 720), at('Action', 50, 720)] }]);
    assert.deepEqual(lines.map((l) => l.cells), [['Action', 'Owner'], ['Report back', 'Head of Audit']]);
  });

  it('keeps a wrapped cell in its own column', () => {
    const { lines } = layOutPages([
      {
        height: 842,
        items: [at('Item', 50, 720), at('Action', 200, 720), at('Officer', 400, 720), at('Budget', 50, 700), at('To circulate the', 200, 700), at('Finance', 400, 700), at('overspend figures', 200, 686)],
      },
    ]);
    assert.deepEqual(lines.map((l) => l.cells), [['Item', 'Action', 'Officer'], ['Budget', 'To circulate the', 'Finance'], ['', 'overspend figures']]);
  });

  it('drops running headers and page numbers, keeping the first header', () => {
    const page = (n: number, body: string) => ({ height: 842, items: [at('Northwold District Council', 50, 800), at(body, 50, 600), at(`Page ${n} of 2`, 270, 30)] });
    const { lines, runningHeaders } = layOutPages([page(1, 'One'), page(2, 'Two')]);
    assert.deepEqual(lines.filter((l) => l.text).map((l) => [l.text, l.page]), [['Northwold District Council', 1], ['One', 1], ['Two', 2]]);
    assert.deepEqual(runningHeaders, ['Northwold District Council']);
  });

  it('leaves a blank line where the gap between lines is wide', () => {
    const { lines } = layOutPages([{ height: 842, items: [at('a', 50, 700), at('b', 50, 688), at('c', 50, 676), at('d', 50, 600)] }]);
    assert.deepEqual(lines.map((l) => l.text), ['a', 'b', 'c', '', 'd']);
  });
});
