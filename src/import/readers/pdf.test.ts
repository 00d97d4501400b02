import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isGavelError } from '../../errors.ts';
import { minutesPdf } from '../fixtures/make-files.ts';
import { readPdf } from './pdf.ts';

describe('readPdf', () => {
  it('reads a generated PDF into numbered lines with pages, rows and no running footers', async () => {
    const { format, lines } = await readPdf('minutes.pdf', await minutesPdf());
    assert.equal(format, 'pdf');
    const filled = lines.filter((l) => l.text);
    assert.equal(filled[0]!.text, 'Northwold District Council');
    assert.ok(filled.some((l) => l.text.startsWith('Minutes of the meeting of the Audit Committee') && l.page === 1));
    assert.deepEqual(filled.find((l) => l.text.startsWith('Report the fraud'))!.cells, ['Report the fraud figures', 'Head of Audit', '30/09/2025']);
    assert.ok(!filled.some((l) => /^Page \d/.test(l.text)));
    assert.equal(filled.filter((l) => l.text === 'Northwold District Council').length, 1);
    assert.deepEqual(filled.map((l) => l.line), [...filled.map((l) => l.line)].sort((a, b) => a - b));
  });

  it('says so when the file is not a readable PDF', async () => {
    await assert.rejects(readPdf('broken.pdf', new TextEncoder().encode('%PDF-1.7\nnot really a pdf')), (error) => {
      assert.ok(isGavelError(error));
      assert.match(error.message, /^broken\.pdf: the PDF is damaged/);
      return true;
    });
  });
});
