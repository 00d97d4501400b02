import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { blocksOf } from '../fixtures/blocks-of.ts';
import { readAgenda, splitTitle } from './agenda.ts';

const agenda = async (text: string) => readAgenda(await blocksOf(text)).map((a) => [a.number, a.title, a.pages]);

describe('readAgenda', () => {
  it('reads a table of number, title with description, and pages', async () => {
    assert.deepEqual(await agenda('Agenda\n\n\t\tPages\n1.\t<p>APOLOGIES FOR ABSENCE</p> <p>To receive apologies.</p>\t\n2.\t<b>MINUTES</b> To approve the minutes.\t9 - 16\n'), [
      ['1', 'APOLOGIES FOR ABSENCE', null],
      ['2', 'MINUTES', '9 - 16'],
    ]);
  });

  it('reads numbered paragraphs with pages on their own line and titles that wrapped', async () => {
    assert.deepEqual(await agenda('AGENDA\n\n9.\tPLAN - PROGRESS\t51 - 58\n\nUPDATE\n\nTo review progress.\n\n10. WORK PROGRAMME\n\nTo review the programme.\n\n59 - 86\n'), [
      ['9', 'PLAN - PROGRESS UPDATE', '51 - 58'],
      ['10', 'WORK PROGRAMME', '59 - 86'],
    ]);
  });

  it('stops where the numbering starts again', async () => {
    assert.deepEqual(await agenda('Agenda\n\n1. Apologies\n\n2. Minutes (Pages 3 - 8)\n\nThe Seven Principles\n\n1. Selflessness\n'), [
      ['1', 'Apologies', null],
      ['2', 'Minutes', '3 - 8'],
    ]);
  });

  it('reads a Markdown pipe table', async () => {
    assert.deepEqual(await agenda('## Agenda\n\n| Item | Title | Pages |\n|---|---|---|\n| 1 | Apologies for absence | |\n| 2 | Budget monitoring | 5-12 |\n'), [
      ['1', 'Apologies for absence', null],
      ['2', 'Budget monitoring', '5 - 12'],
    ]);
  });
});

describe('splitTitle', () => {
  it('separates capitals from the description and drops link decorations', () => {
    assert.deepEqual(splitTitle('NAMED SUBSTITUTES (IF ANY) To receive details of members'), { title: 'NAMED SUBSTITUTES (IF ANY)', pages: null });
    assert.deepEqual(splitTitle('Minutes pdf icon PDF 245 KB'), { title: 'Minutes', pages: null });
    assert.deepEqual(splitTitle('CCTV Provision'), { title: 'CCTV Provision', pages: null });
  });
});
