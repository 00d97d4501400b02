import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { neutraliseFormula, toCsv } from './csv.ts';

describe('toCsv', () => {
  const columns = [
    { header: 'Number', value: (r: { n: number; text: string | null }) => r.n },
    { header: 'Action', value: (r: { n: number; text: string | null }) => r.text },
  ];

  it('writes a header line, then one CRLF-terminated line a row, after a byte-order mark', () => {
    const csv = toCsv(columns, [{ n: 1, text: 'Report back' }]);
    assert.equal(csv, '\uFEFFNumber,Action\r\n1,Report back\r\n');
  });

  it('quotes commas, quotes and line breaks', () => {
    const csv = toCsv(columns, [{ n: 2, text: 'Say "yes", then\nwait' }]);
    assert.equal(csv.split('\r\n')[1], '2,"Say ""yes"", then\nwait"');
  });

  it('leaves an empty cell for a missing value', () => {
    assert.equal(toCsv(columns, [{ n: 3, text: null }]).split('\r\n')[1], '3,');
  });

  it('prefixes an apostrophe to cells a spreadsheet would run as formulas', () => {
    const csv = toCsv(columns, [{ n: 4, text: '=HYPERLINK("http://x")' }]);
    assert.equal(csv.split('\r\n')[1], `4,"'=HYPERLINK(""http://x"")"`);
  });
});

describe('neutraliseFormula', () => {
  it('prefixes = + - @ tab and carriage return, and nothing else', () => {
    assert.deepEqual(['=1', '+1', '-1', '@SUM', '\t1', '\r1'].map(neutraliseFormula), ["'=1", "'+1", "'-1", "'@SUM", "'\t1", "'\r1"]);
    assert.equal(neutraliseFormula('Overdue'), 'Overdue');
    assert.equal(neutraliseFormula('1 = 1'), '1 = 1');
  });
});
