import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import iconv from 'iconv-lite';
import { decodeText, looksLikeText } from './decode.ts';

describe('decodeText', () => {
  it('reads UTF-8 and drops a byte-order mark', () => {
    assert.equal(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from('£5 – café')])), '£5 – café');
  });

  it('falls back to Windows-1252 when the bytes are not UTF-8', () => {
    const bytes = iconv.encode('Councillor O’Neill paid £4.50 – “noted”', 'windows-1252');
    assert.equal(decodeText(bytes), 'Councillor O’Neill paid £4.50 – “noted”');
  });

  it('reads UTF-16 with a byte-order mark', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Agenda', 'utf16le')]);
    assert.equal(decodeText(bytes), 'Agenda');
    assert.ok(looksLikeText(bytes));
  });
});

describe('looksLikeText', () => {
  it('is false for binary data', () => {
    assert.ok(!looksLikeText(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01])));
  });
});
