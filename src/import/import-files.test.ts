import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { resultLine, summaryTable, table } from './import-files.ts';
import { emptyCounts } from './save/save-extraction.ts';

describe('import report', () => {
  it('lines up a two-column table under its header', () => {
    assert.equal(table(['Files', 'Count'], [['Imported', '3'], ['Failed', '12']]), 'Files     Count\n--------  -----\nImported  3\nFailed    12');
  });

  it('ends with files by outcome, failures with reasons, and records created by kind', () => {
    const counts = { ...emptyCounts(), meetings: 2, resolutions: 5 };
    const text = summaryTable({
      results: [
        { file: 'a.pdf', status: 'imported', version: 1, records: 7 },
        { file: 'b.pdf', status: 'unchanged' },
        { file: 'c.pdf', status: 'failed', reason: 'the PDF is encrypted (password protected)' },
      ],
      counts,
    });
    assert.match(text, /^Imported +1$/m);
    assert.match(text, /^Unchanged +1$/m);
    assert.match(text, /^c\.pdf +the PDF is encrypted/m);
    assert.match(text, /^Resolutions +5$/m);
    assert.doesNotMatch(text, /^Actions/m);
  });

  it('says which version a re-imported file became', () => {
    assert.equal(resultLine({ file: 'm.txt', status: 'imported', version: 2, records: 4 }), 'imported  m.txt (version 2): 4 records');
    assert.equal(resultLine({ file: 'm.txt', status: 'failed', reason: 'the file is empty' }), 'failed    m.txt: the file is empty');
  });
});
