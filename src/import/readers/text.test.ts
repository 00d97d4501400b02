import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readText } from './text.ts';
import { markdownLine, looksLikeMarkdown } from './markdown.ts';

describe('readText', () => {
  it('numbers lines from 1 and makes tab-separated lines rows', async () => {
    const { lines } = await readText('Agenda\n\n1.\tApologies\t\n2.\tMinutes\t3 - 6\n');
    assert.deepEqual(lines.map((l) => [l.line, l.text, l.cells]), [
      [1, 'Agenda', null],
      [2, '', null],
      [3, '1.\tApologies\t', ['1.', 'Apologies', '']],
      [4, '2.\tMinutes\t3 - 6', ['2.', 'Minutes', '3 - 6']],
      [5, '', null],
    ]);
  });

  it('strips HTML fragments in a cell into paragraphs, decoding entities', async () => {
    const { lines } = await readText('4.\t<p>TASK &amp; FINISH REPORT</p> <p>To consider the findings.</p>\t9 - 16');
    assert.deepEqual(lines[0]!.cells, ['4.', 'TASK & FINISH REPORT\nTo consider the findings.', '9 - 16']);
  });

  it('makes a bold run that opens a fragment its own paragraph', async () => {
    const { lines } = await readText('1.\t<b>MINUTES</b> To approve the minutes.\t');
    assert.equal(lines[0]!.cells![1], 'MINUTES\nTo approve the minutes.');
  });

  it('reads Markdown headings, emphasis and pipe tables when the file is Markdown', async () => {
    const { format, lines } = await readText('# AGENDA\n\n**Date:** Tuesday\n\n| No | Item |\n|---|---|\n| 1 | Apologies |\n', { markdown: true });
    assert.equal(format, 'markdown');
    assert.deepEqual(lines.filter((l) => l.text).map((l) => [l.text, l.heading ?? null]), [
      ['AGENDA', 1],
      ['Date: Tuesday', null],
      ['No\tItem', null],
      ['1\tApologies', null],
    ]);
  });

  it('treats non-breaking spaces as spaces and blank-looking lines as blank', async () => {
    const { lines } = await readText('\u00a0\nText\u00a0here');
    assert.deepEqual(lines.map((l) => l.text), ['', 'Text here']);
  });
});

describe('markdownLine', () => {
  it('strips links, escapes and converter superscripts', () => {
    assert.equal(markdownLine('See [the plan](#) at <https://example.org/x>').text, 'See the plan at https://example.org/x');
    assert.equal(markdownLine('63\\* contacts as at $19^{th}$ November').text, '63* contacts as at 19th November');
  });

  it('turns rules into blank lines', () => {
    assert.equal(markdownLine('---').text, '');
    assert.equal(markdownLine('|---|:---:|').text, '');
  });
});

describe('looksLikeMarkdown', () => {
  it('needs several signs of Markdown', () => {
    assert.ok(looksLikeMarkdown('# Title\n\n**Bold**\n\n## Sub'));
    assert.ok(!looksLikeMarkdown('Plain text with one *star*.'));
  });
});

describe('readText rows', () => {
  it('reads a row whose only filled cell is the first as a plain line', async () => {
    const { lines } = await readText('Annual agenda items\t\t\t');
    assert.deepEqual([lines[0]!.text, lines[0]!.cells], ['Annual agenda items', null]);
  });
});
