import iconv from 'iconv-lite';

/**
 * Bytes to a string. UTF-8 (with or without a byte-order mark) is tried
 * first; bytes that are not valid UTF-8 are read as Windows-1252, the code
 * page of older Word and Windows exports (a superset of Latin-1 for printable
 * characters, with curly quotes and the pound sign where Latin-1 has
 * controls). UTF-16 files announce themselves with a byte-order mark.
 */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return iconv.decode(Buffer.from(bytes.subarray(2)), 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return iconv.decode(Buffer.from(bytes.subarray(2)), 'utf-16be');
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    return iconv.decode(Buffer.from(body), 'windows-1252');
  }
}

/** True when the bytes look like text rather than a binary format: no NUL bytes in the first few kilobytes. */
export function looksLikeText(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 8192);
  if (head[0] === 0xff && head[1] === 0xfe) return true;
  if (head[0] === 0xfe && head[1] === 0xff) return true;
  return !head.includes(0);
}
