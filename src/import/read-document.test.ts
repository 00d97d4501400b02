import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import iconv from 'iconv-lite';
import { isGavelError } from '../errors.ts';
import { readDocument } from './read-document.ts';

const bytes = (text: string) => new TextEncoder().encode(text);

async function rejectsWith(name: string, data: Uint8Array, pattern: RegExp) {
  await assert.rejects(readDocument({ name, bytes: data }), (error) => {
    assert.ok(isGavelError(error), String(error));
    assert.match(error.message, pattern);
    return true;
  });
}

describe('readDocument', () => {
  it('chooses the reader by content before extension', async () => {
    assert.equal((await readDocument({ name: 'captions.txt', bytes: bytes('WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nHello\n') })).format, 'captions');
    assert.equal((await readDocument({ name: 'page.txt', bytes: bytes('<!DOCTYPE html><html><body><p>Hi</p></body></html>') })).format, 'html');
    assert.equal((await readDocument({ name: 'notes.md', bytes: bytes('Plain words') })).format, 'markdown');
    assert.equal((await readDocument({ name: 'notes', bytes: bytes('Plain words') })).format, 'text');
  });

  it('reads Windows-1252 text', async () => {
    const { lines } = await readDocument({ name: 'old.txt', bytes: iconv.encode('Cost: £5 – agreed', 'windows-1252') });
    assert.equal(lines[0]!.text, 'Cost: £5 – agreed');
  });

  it('refuses what it cannot read, naming the file', async () => {
    await rejectsWith('empty.txt', new Uint8Array(), /^empty\.txt: the file is empty$/);
    await rejectsWith('blank.txt', bytes('\n\n  \n'), /^blank\.txt: the file has no text$/);
    await rejectsWith('image.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]), /^image\.png: not a document Gavel can read/);
    await rejectsWith('old.doc', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), /^old\.doc: an old Word 97-2003/);
    await rejectsWith('fake.pdf', bytes('hello'), /^fake\.pdf: not a PDF/);
    await rejectsWith('archive.zip', new Uint8Array([0x50, 0x4b, 3, 4, 1, 2]), /^archive\.zip: a zip archive that is not a Word \.docx file/);
  });
});
