import yauzl from 'yauzl';
import { GavelError } from '../errors.ts';

/** A real Word file unpacks to a few megabytes; a decompression bomb claims gigabytes. */
export const zipLimits = {
  /** Total uncompressed size of all parts. */
  maxUncompressedBytes: 256 * 1024 * 1024,
  /** Word compresses XML about 10:1; several hundred to one is a bomb. */
  maxRatio: 200,
  maxEntries: 10_000,
};

/**
 * Refuses a .docx whose central directory promises more than a Word file
 * holds, before mammoth inflates any of it. Reads sizes only, decompresses
 * nothing.
 */
export async function checkZipSizes(name: string, bytes: Uint8Array, limits = zipLimits): Promise<void> {
  let zip: yauzl.ZipFile;
  try {
    zip = await yauzl.fromBufferPromise(Buffer.from(bytes), { lazyEntries: true, validateEntrySizes: true });
  } catch {
    throw new GavelError(`${name}: the Word file is damaged (its zip directory cannot be read)`);
  }
  let total = 0;
  let entries = 0;
  try {
    await new Promise<void>((resolve, reject) => {
      zip.on('entry', (entry: yauzl.Entry) => {
        entries++;
        total += entry.uncompressedSize;
        const ratio = entry.compressedSize > 0 ? entry.uncompressedSize / entry.compressedSize : entry.uncompressedSize > 0 ? Infinity : 0;
        if (total > limits.maxUncompressedBytes || entries > limits.maxEntries || (entry.uncompressedSize > 1024 * 1024 && ratio > limits.maxRatio)) {
          reject(new GavelError(`${name}: refused as a possible zip bomb (it unpacks to ${megabytes(total)} MB or more from ${megabytes(bytes.length)} MB)`));
          return;
        }
        zip.readEntry();
      });
      zip.on('end', () => resolve());
      zip.on('error', () => reject(new GavelError(`${name}: the Word file is damaged (its zip directory cannot be read)`)));
      zip.readEntry();
    });
  } finally {
    zip.close();
  }
}

function megabytes(n: number): string {
  return (n / 1024 / 1024).toFixed(n < 1024 * 1024 ? 2 : 0);
}
