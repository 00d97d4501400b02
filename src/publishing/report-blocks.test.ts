import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readText } from '../import/readers/text.ts';
import { rowLine, textLine } from '../import/source-lines.ts';
import { blocksText } from './pack-blocks.ts';
import { bodyBlocks, reportBlocks } from './report-blocks.ts';
import { fixtureReport } from './testing/pack-fixture.ts';

const context = { committeeName: 'Place Scrutiny Committee', meetingDate: '2026-03-10', itemNumber: '7', restricted: false, exemptParagraph: null };

describe('reportBlocks', () => {
  it('heads the report with its committee, title and metadata', () => {
    const text = blocksText(reportBlocks(fixtureReport(1, 7, { title: 'Highways maintenance', isKeyDecision: true, allWards: false, wards: ['Abbey', 'Castle'] }), context, null));
    assert.match(text, /^Report to Place Scrutiny Committee, Tuesday 10 March 2026, item 7\nHighways maintenance\nReport by: Tomasz Reyes, Head of Highways\nLead officer: Una Selby, Director of Place\nDirectorate: Place\nClassification: Open\nDecision: For scrutiny\nKey decision: Yes\nWards affected: Abbey, Castle/);
  });

  it('typesets the summary when there is no document, its short standalone lines as headings', () => {
    const blocks = reportBlocks(fixtureReport(1, 7, { summary: 'Purpose\n\nFirst point.\n\nSecond point,\nwrapped.' }), context, null);
    assert.deepEqual(blocks.slice(-4), [
      { kind: 'heading', level: 2, text: 'Summary' },
      { kind: 'heading', level: 3, text: 'Purpose' },
      { kind: 'paragraph', text: 'First point.' },
      { kind: 'paragraph', text: 'Second point, wrapped.' },
    ]);
  });

  it('prints the title once when the document opens with it, as Word reports do', () => {
    const report = fixtureReport(1, 7, { title: 'Highways maintenance', summary: null });
    const body = (lines: Parameters<typeof bodyBlocks>[1]) => {
      const blocks = reportBlocks(report, context, { format: 'docx', lines });
      return blocks.slice(blocks.findIndex((b) => b.kind === 'details') + 1);
    };
    assert.deepEqual(body([textLine(1, 'Highways  Maintenance', null, 1), textLine(2, 'Purpose', null, 1), textLine(3, 'To note the programme.')]), [
      { kind: 'heading', level: 2, text: 'Purpose' },
      { kind: 'paragraph', text: 'To note the programme.' },
    ]);
    assert.deepEqual(body([textLine(1, 'Highways maintenance.'), textLine(2, 'To note the programme.')]), [{ kind: 'paragraph', text: 'To note the programme.' }]);
    // A document that opens with something else keeps all of it.
    assert.deepEqual(body([textLine(1, 'Report of the Director of Place'), textLine(2, 'Highways maintenance')]), [
      { kind: 'paragraph', text: 'Report of the Director of Place' },
      { kind: 'paragraph', text: 'Highways maintenance' },
    ]);
  });

  it('says at its head when the report goes in the restricted papers', () => {
    const blocks = reportBlocks(fixtureReport(1, 7, { classification: 'exempt', exemptParagraph: 1 }), { ...context, restricted: true, exemptParagraph: 1 }, null);
    assert.deepEqual(blocks[2], { kind: 'paragraph', style: 'notice', text: 'Not for publication: exempt information under paragraph 1 of Part 1 of Schedule 12A to the Local Government Act 1972 (information relating to any individual).' });
  });
});

describe('bodyBlocks', () => {
  it('joins the wrapped lines of plain text into paragraphs, and finds its headings and bullets', async () => {
    const read = await readText('Purpose of the report\n\nThis report sets out\nthe progress made.\n\n- That the committee notes it.\n- That a further report\n  comes in September.\n');
    assert.deepEqual(bodyBlocks('text', read.lines), [
      { kind: 'heading', level: 3, text: 'Purpose of the report' },
      { kind: 'paragraph', text: 'This report sets out the progress made.' },
      { kind: 'list', items: ['That the committee notes it.', 'That a further report comes in September.'] },
    ]);
  });

  it('keeps a Word document’s headings and paragraphs, and its table rows as a table with a header', () => {
    const lines = [textLine(1, 'Background', null, 1), textLine(2, 'The plan was agreed in July.'), textLine(3, 'It covers fares.'), rowLine(4, ['Route', 'Passengers']), rowLine(5, ['12', '4,100'])];
    const blocks = bodyBlocks('docx', lines);
    assert.deepEqual(blocks.slice(0, 3), [
      { kind: 'heading', level: 2, text: 'Background' },
      { kind: 'paragraph', text: 'The plan was agreed in July.' },
      { kind: 'paragraph', text: 'It covers fares.' },
    ]);
    assert.equal(blocksText(blocks.slice(3)), 'Route\tPassengers\n12\t4,100');
  });
});
