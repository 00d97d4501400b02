import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isGavelError } from '../../errors.ts';
import { agendaDocx } from '../fixtures/make-files.ts';
import { readDocx } from './docx.ts';

describe('readDocx', () => {
  it('reads headings, paragraphs and tables of a Word file in order', async () => {
    const { format, lines } = await readDocx('agenda.docx', await agendaDocx());
    assert.equal(format, 'docx');
    const filled = lines.filter((l) => l.text);
    assert.deepEqual(filled.slice(0, 3).map((l) => [l.text, l.heading ?? null]), [['Agenda', 1], ['Ashby Parish Council', 2], ['Date: Monday 7 April 2025', null]]);
    assert.deepEqual(filled.at(-1)!.cells, ['3.', 'Planning applications', '7 - 12']);
  });

  it('says so when the file is not a Word document', async () => {
    await assert.rejects(readDocx('agenda.docx', new Uint8Array([0x50, 0x4b, 3, 4, 0, 0])), (error) => isGavelError(error) && /agenda\.docx: the Word file is damaged/.test(error.message));
  });
});
