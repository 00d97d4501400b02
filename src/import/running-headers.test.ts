import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { dropRunningHeaders } from './running-headers.ts';
import { textLine } from './source-lines.ts';

const lines = (...texts: string[]) => texts.map((t, i) => textLine(i + 1, t));

describe('dropRunningHeaders', () => {
  it('keeps the title copy at the top and drops the repeats and their fragments', () => {
    const result = dropRunningHeaders(lines('Cabinet 12 March 2024 Action sheet', 'one', 'Cabinet 12 March 2024 Action sheet', 'Action sheet', 'two', 'Cabinet 12 March 2024 Action sheet', 'three'));
    assert.deepEqual(result.lines.map((l) => l.text), ['Cabinet 12 March 2024 Action sheet', 'one', 'two', 'three']);
    assert.deepEqual(result.headers, ['Cabinet 12 March 2024 Action sheet']);
  });

  it('treats "Page 1 of 3", "Page 2 of 3" as one footer', () => {
    const result = dropRunningHeaders(lines('a', 'b', 'c', 'Page 1 of 3', 'd', 'Page 2 of 3', 'e', 'Page 3 of 3'));
    assert.deepEqual(result.lines.map((l) => l.text), ['a', 'b', 'c', 'd', 'e']);
  });

  it('leaves repeated table headers and report fields alone', () => {
    const input = lines('Item\tOrigin\tLead officer', 'x', 'Item\tOrigin\tLead officer', 'Meeting date: Tuesday 26 April 2022', 'Item\tOrigin\tLead officer', 'Meeting date: Tuesday 26 April 2022', 'Meeting date: Tuesday 26 April 2022');
    assert.equal(dropRunningHeaders(input).lines.length, input.length);
  });
});
